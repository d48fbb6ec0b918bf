"""CSV for spreadsheets: UTF-8 with BOM, ';' separator, formulas defused, the same
suppressed breakdowns as the PDF, never a code or a private note."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from facilitator.export.breakdowns import course_breakdowns
from facilitator.export.build import summarise_course, summarise_meeting
from facilitator.export.csv_export import csv_bytes, safe_cell, write_csv
from facilitator.export.i18n import translation
from facilitator.export.summary import SharedNote
from tests.export.pdfread import CODE
from tests.export.samples import PRIVATE_NOTE, SampleCourse, bundled, sample_course


@pytest.fixture(scope="module")
def course() -> SampleCourse:
    return sample_course(bundled("parents-in-a-new-country"), participants=15)


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "no BOM"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


@pytest.mark.parametrize("dangerous", ["=1+1", "+45 1234", "-2", "@SUM(A1)", "\tcmd", "\r=x", "  =HYPERLINK()"])
def test_cells_that_start_like_formulas_are_defused(dangerous: str) -> None:
    assert safe_cell(dangerous) == "'" + dangerous
    assert read(csv_bytes([["a", dangerous]]))[0][1] == "'" + dangerous


def test_ordinary_cells_stay_as_they_are() -> None:
    for value in ("12", "<5", "x", "Fælleshuset; Engparken", "المجموع", 'say "hi"', "1.0.0"):
        assert safe_cell(value) == value
    assert read(csv_bytes([["Fælleshuset; Engparken", 'say "hi"']])) == [["Fælleshuset; Engparken", 'say "hi"']]


def test_meeting_csv_carries_the_figures_and_defuses_a_formula_in_a_note(course: SampleCourse) -> None:
    summary = summarise_meeting(course.records.meetings[4], course.programme, "da")
    summary = replace(summary, notes=(*summary.notes, SharedNote("=HYPERLINK(\"http://x\")")))
    out = io.BytesIO()
    write_csv(summary, out)
    rows = read(out.getvalue())
    assert rows[0] == ["Afsnit", "Punkt", "Detalje", "Værdi"]
    assert all(len(row) == 4 for row in rows)
    values = {(r[0], r[1], r[2]): r[3] for r in rows}
    assert values[("Fremmøde", "til stede", "")] == str(summary.attendance.present)
    assert values[("Fremmøde", "Deltog", "")] == str(summary.attendance.attended)
    step = summary.steps[0]
    assert values[("Trin", step.title, "Planlagt min")] == str(step.planned_minutes)
    notes = [r for r in rows if r[0] == "Delbare noter"]
    assert any(r[1] == "'=HYPERLINK(\"http://x\")" for r in notes)
    text = out.getvalue().decode("utf-8-sig")
    assert not CODE.search(text) and PRIVATE_NOTE.split(":")[0] not in text and "QX-DELETED" not in text


@pytest.mark.parametrize("language", ["en", "ar"])
def test_course_csv_publishes_exactly_the_cells_the_pdf_publishes(course: SampleCourse, language: str) -> None:
    summary = summarise_course(course.records, lambda _v: course.programme, language)
    out = io.BytesIO()
    write_csv(summary, out)
    rows = read(out.getvalue())
    tr = translation(language)
    published = {(r[0], r[1], r[2]): r[3] for r in rows}
    total = tr.gettext("Total")
    for item in course_breakdowns(summary, tr):
        labels = [*item.row_labels, total]
        for r, cells in enumerate(item.rows(total)):
            if item.column_labels:
                for c, column in enumerate([*item.column_labels, total]):
                    assert published[(item.title, labels[r], column)] == cells[1 + c]
            else:
                assert published[(item.title, labels[r], "")] == cells[1]
    text = out.getvalue().decode("utf-8-sig")
    assert not CODE.search(text)
    for meeting in course.records.meetings:
        for note in meeting.notes:
            if not note.shareable:
                assert note.text not in text
