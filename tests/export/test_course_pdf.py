"""The course report PDF read back with pdftotext: meetings, retention, breakdowns with
suppression, demo band on every page; in all four languages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.export.breakdowns import course_breakdowns
from facilitator.export.build import summarise_course
from facilitator.export.i18n import translation
from facilitator.export.pdf_course import write_course_pdf
from facilitator.export.summary import CourseSummary
from facilitator.export.suppression import Mark
from tests.export.pdfread import (
    CODE,
    flat,
    lines_with,
    loose,
    page_count,
    pdf_text,
    tokens,
)
from tests.export.samples import PRIVATE_NOTE, SampleCourse, bundled, sample_course
from tests.export.test_meeting_pdf import in_order, percent_shown

LANGUAGES = ("en", "da", "ar", "ru")


@pytest.fixture(scope="module")
def course() -> SampleCourse:
    return sample_course(bundled("parents-in-a-new-country"), participants=15, is_demo=True)


def report(course: SampleCourse, language: str) -> CourseSummary:
    summary = summarise_course(course.records, lambda _version: course.programme, language)
    return replace(summary, export_revision=2)


@pytest.mark.parametrize("language", LANGUAGES)
def test_course_pdf_shows_every_meeting_and_the_suppressed_breakdowns(
    course: SampleCourse, language: str, tmp_path: Path
) -> None:
    summary = report(course, language)
    tr = translation(language)
    path = tmp_path / f"course-{language}.pdf"
    write_course_pdf(summary, path)
    layout = pdf_text(path, layout=True)
    text = pdf_text(path)
    words = loose(text)
    everything = flat(text)

    assert loose(summary.course_title) in words and loose(summary.programme_title) in words
    assert len(summary.meetings) == 8
    for m in summary.meetings:
        line = next(iter(lines_with(layout, tr.short_date(m.date))), "")
        found = tokens(line)
        a = m.attendance
        for value in (str(a.attended), str(a.excused), str(a.absent), str(m.planned_minutes),
                      tr.minutes(m.actual_minutes)):
            assert value in found, (m.session_number, value, line)
        assert percent_shown(tr.percent(m.adherence), tr.rtl, line)
    assert percent_shown(tr.percent(summary.retention), tr.rtl, everything)
    for label, value in ((tr.gettext("Registered"), summary.participants),
                         (tr.gettext("Attended at least once"), summary.reached)):
        assert str(value) in everything and loose(label).split()[0] in words

    for item in course_breakdowns(summary, tr):
        table = item.table
        assert not table.withheld and not table.empty
        assert loose(item.title) in words
        total_label = tr.gettext("Total")
        for cells in item.rows(total_label):
            shown = cells[1:]
            label_words = loose(cells[0]).split()
            # Right to left, "<5" is printed with the mirrored glyph (Unicode rule L4), which
            # pdftotext hands back as ">5"; the columns come left to right as printed.
            expected = [c.replace("<", ">") for c in shown[::-1]] if tr.rtl else shown
            assert any(in_order(line, expected) for line in lines_with(layout, *label_words)), (item.key, cells)
        # Nothing below the minimum is printed as its number.
        for cell in table.table.cells():
            if table.mark(cell) is not Mark.SHOWN:
                assert table.display(cell) in ("<5", "x")

    band = loose(tr.gettext("DEMO DATA: made-up course, not a real group; not for reporting"))
    for page in range(1, page_count(path) + 1):
        assert band in loose(pdf_text(path, page=page)), page
    assert not CODE.search(everything)
    assert PRIVATE_NOTE.split(":")[0] not in everything


def test_course_report_suppresses_small_cells_and_shows_large_ones(course: SampleCourse) -> None:
    summary = report(course, "en")
    tables = {t.key: t for t in course_breakdowns(summary, translation("en"))}
    languages = tables["languages"].table
    counts = dict(zip(summary.languages.rows, (row[0] for row in summary.languages.counts), strict=True))
    for r, row in enumerate(summary.languages.rows):
        shown = languages.display((r, 0))
        if counts[row] < 5:
            assert shown == "<5"
        else:
            assert shown in (str(counts[row]), "x")
    assert languages.display((len(summary.languages.rows), 0)) == str(summary.reached)


def test_minimum_can_be_raised_but_never_below_three(course: SampleCourse, tmp_path: Path) -> None:
    summary = report(course, "da")
    path = tmp_path / "min.pdf"
    write_course_pdf(summary, path, minimum=2)
    text = pdf_text(path)
    assert "<3" in text and "<2" not in text and "<5" not in text
