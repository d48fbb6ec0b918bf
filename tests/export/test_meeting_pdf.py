"""The session summary PDF read back with pdftotext, in all four languages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.export.build import summarise_meeting
from facilitator.export.i18n import capitalised, translation
from facilitator.export.pdf_meeting import write_meeting_pdf
from facilitator.export.pdf_parts import checksum
from facilitator.export.summary import MeetingSummary, StepStatus
from tests.export.pdfread import (
    CODE,
    flat,
    lines_with,
    loose,
    normalise,
    page_count,
    pdf_text,
    tokens,
)
from tests.export.samples import PRIVATE_NOTE, SKIP_REASON, SampleCourse, bundled, sample_course

LANGUAGES = ("en", "da", "ar", "ru")


@pytest.fixture(scope="module")
def course() -> SampleCourse:
    return sample_course(bundled("parents-in-a-new-country"), participants=14, is_demo=True)


def meeting_with_everything(course: SampleCourse, language: str) -> MeetingSummary:
    """Meeting 4 of the sample: a skipped step with a reason, a concern and a referral."""
    summary = summarise_meeting(course.records.meetings[4], course.programme, language)
    assert summary.skipped and summary.concern_total and summary.films and summary.notes
    return replace(summary, export_revision=3)


def in_order(line: str, values: list[str]) -> bool:
    """The values appear as tokens of the line in this order (other tokens between)."""
    found = tokens(line)
    position = 0
    for value in values:
        try:
            position = found.index(value, position) + 1
        except ValueError:
            return False
    return True


def percent_shown(percent: str, rtl: bool, text: str) -> bool:
    """In Arabic context digits are Arabic numbers (Unicode rule W2), so "89%" is printed
    with its sign to the left and pdftotext gives "%89"."""
    return percent in text or (rtl and "%" + percent.rstrip("%") in text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_meeting_pdf_shows_the_summary_figures_in_every_language(
    course: SampleCourse, language: str, tmp_path: Path
) -> None:
    summary = meeting_with_everything(course, language)
    tr = translation(language)
    path = tmp_path / f"summary-{language}.pdf"
    write_meeting_pdf(summary, path)
    text = pdf_text(path)
    layout = pdf_text(path, layout=True)
    everything = flat(text)
    words = loose(text)

    assert page_count(path) == 1
    for phrase in (summary.host_name, summary.session_title, summary.programme_title,
                   tr.gettext("Attendance"), tr.gettext("Steps delivered against the plan"),
                   tr.gettext("Shareable notes"), *[f.title for f in summary.films]):
        assert loose(phrase) in words, phrase
    for note in summary.notes:
        assert loose(note.text) in words

    a = summary.attendance
    row = [str(n) for n in (a.present, a.late, a.excused, a.absent, a.not_marked, a.attended, a.enrolled)]
    if tr.rtl:
        row.reverse()  # pdftotext lays table cells out left to right, as printed
    assert any(in_order(line, row) for line in layout.splitlines()), row

    so_far = [str(m.attended) for m in summary.course_attendance]
    assert any(in_order(line, so_far[::-1] if tr.rtl else so_far) for line in layout.splitlines())

    for step in summary.steps:
        title_words = loose(step.title).split()
        candidates = lines_with(layout, *[w for w in title_words if len(w) >= 3][:2])
        assert candidates, step.title
        expected = [str(step.planned_minutes), tr.minutes(step.actual_minutes)]
        assert any(set(expected) <= set(tokens(line)) for line in candidates), (step.title, expected)
        if step.status is StepStatus.SKIPPED:
            assert SKIP_REASON.split()[0] in everything

    totals = lines_with(layout, tr.gettext("Total"))
    assert any({str(summary.planned_minutes), tr.minutes(summary.actual_minutes)} <= set(tokens(line))
               for line in totals)
    assert percent_shown(tr.percent(summary.adherence), tr.rtl, everything)
    # One meeting's page gives totals only; kinds are a breakdown for the course report.
    recorded = lines_with(layout, normalise(tr.gettext("Concerns recorded")))
    assert any(str(summary.concern_total) in tokens(line) for line in recorded)
    referred = lines_with(layout, normalise(tr.gettext("Referrals to other services")))
    assert any(str(summary.referral_total) in tokens(line) for line in referred)
    for kind, n in summary.concerns:
        if n:
            assert not lines_with(layout, normalise(capitalised(tr.label(kind))))

    assert summary.programme_version in everything and summary.programme_id in everything
    assert checksum(summary.digest) in everything
    assert loose(tr.gettext("DEMO DATA: made-up course, not a real group; not for reporting")) in words

    assert not CODE.search(everything), "a participant code reached the PDF"
    assert PRIVATE_NOTE.split(":")[0] not in everything
    assert "QX-DELETED" not in everything


def test_arabic_summary_reads_in_logical_order_after_normalising(course: SampleCourse, tmp_path: Path) -> None:
    summary = meeting_with_everything(course, "ar")
    path = tmp_path / "ar.pdf"
    write_meeting_pdf(summary, path)
    text = pdf_text(path)
    # Presentation forms are gone after NFKC, and the words come out in reading order.
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)
    for phrase in ("الخطوات المنفذة مقارنة بالخطة", "ملاحظات قابلة للمشاركة", "المخاوف والإحالات"):
        assert phrase in text, phrase
        assert phrase[::-1] not in text
    # The session title, a long Arabic phrase, in logical order word by word.
    words = normalise(summary.session_title).split()
    line = next(line for line in text.splitlines() if words[0] in line and words[-1] in line)
    assert [w for w in line.split() if w in words] == words


def test_meeting_pdf_without_demo_data_has_no_demo_band(course: SampleCourse, tmp_path: Path) -> None:
    summary = replace(meeting_with_everything(course, "da"), is_demo=False)
    path = tmp_path / "real.pdf"
    write_meeting_pdf(summary, path)
    text = pdf_text(path)
    assert "DEMO" not in text.upper()


def test_same_summary_gives_the_same_pdf_bytes(course: SampleCourse, tmp_path: Path) -> None:
    summary = meeting_with_everything(course, "ru")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    write_meeting_pdf(summary, first)
    write_meeting_pdf(summary, second)
    assert first.read_bytes() == second.read_bytes()
