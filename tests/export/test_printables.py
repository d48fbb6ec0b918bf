"""Printables: the blank participant code sheet and the rehearsal report."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.export.i18n import translation
from facilitator.export.printables import (
    CodeSheet,
    RehearsalReport,
    RehearsalStep,
    summarise_rehearsal,
    write_code_sheet,
    write_rehearsal_report,
)
from facilitator.records.meeting_log import RehearsalRecord, StepVisitRecord
from facilitator.records.values import MeetingState
from tests.export.pdfread import lines_with, loose, pdf_text, tokens
from tests.export.samples import bundled


@pytest.mark.parametrize("language", ["da", "ar"])
def test_code_sheet_lists_codes_beside_an_empty_name_column(language: str, tmp_path: Path) -> None:
    codes = tuple(f"P{i:02d}" for i in range(1, 13))
    sheet = CodeSheet("Nordby Kommune", "Spring group", "Managing stress together", codes, blank_rows=3,
                      is_demo=True)
    path = tmp_path / "codes.pdf"
    write_code_sheet(sheet, path, language)
    text = pdf_text(path, layout=True)
    tr = translation(language)
    for code in codes:
        line = lines_with(text, code)
        # Nothing else on its row (no name); single letters are the faint DEMO watermark.
        assert line and [t for t in tokens(line[0]) if len(t) > 1] == [code], line
    assert loose(tr.gettext("Name (written by hand)")) in loose(text)
    assert loose(tr.gettext("DEMO")) in loose(text)


def test_rehearsal_report_compares_pacing_with_the_manual(tmp_path: Path) -> None:
    programme = bundled("managing-stress-together")
    session = programme.session(2)
    start = datetime(2025, 2, 3, 9, 0, tzinfo=UTC)
    visits, clock = [], start
    for i, step in enumerate(session.steps):
        if step.optional:
            continue
        minutes = step.minutes * (2 if i == 2 else 1)
        visits.append(StepVisitRecord(i, step.id, clock, clock + timedelta(minutes=minutes), timedelta(0)))
        clock += timedelta(minutes=minutes)
    record = RehearsalRecord(uuid.uuid4(), programme.id, programme.version, 2, "en", MeetingState.FINISHED,
                             start, clock, None)
    report = summarise_rehearsal(record, visits, programme, "en", "Europe/Copenhagen")
    assert len(report.overruns) == 1
    assert report.rehearsed_minutes == sum(s.minutes * (2 if i == 2 else 1)
                                           for i, s in enumerate(session.steps) if not s.optional)
    path = tmp_path / "rehearsal.pdf"
    write_rehearsal_report(report, path, "en")
    text = pdf_text(path, layout=True)
    doubled = report.steps[2]
    line = lines_with(text, doubled.title.split()[0])[0]
    assert {str(doubled.planned_minutes), str(2 * doubled.planned_minutes),
            f"+{doubled.planned_minutes}", "Overrun"} <= set(tokens(line))
    total = lines_with(text, "Total")[-1]
    assert str(report.planned_minutes) in tokens(total)
    assert "Overruns: 1" in text


def test_rehearsal_differences_carry_their_sign() -> None:
    report = RehearsalReport("P", "1.0.0", 1, "S", datetime(2025, 1, 1).date(), (
        RehearsalStep("a", 10, 7.0), RehearsalStep("b", 10, 10.2), RehearsalStep("c", 5, None, optional=True)))
    assert [s.difference for s in report.steps] == [-3.0, pytest.approx(0.2), None]
    assert report.overruns == ()
