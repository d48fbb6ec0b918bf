"""Printable PDFs that are not summaries: the blank participant code sheet and the
rehearsal report.

The code sheet is the one paper that links codes to people (DESIGN 8): the application
prints codes beside an empty column, the facilitator writes the names by hand and keeps
the sheet locked away. No name ever goes into the application.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, TableStyle

from facilitator.export.build import local_date
from facilitator.export.i18n import translation
from facilitator.export.pdf_page import PageDecoration, content_width, write_pdf
from facilitator.export.pdf_parts import (
    BODY,
    SESSION,
    SMALL,
    SUBTITLE,
    TITLE,
    gap,
    heading,
    key_values,
)
from facilitator.export.pdf_text import TextStyle, Writer
from facilitator.records.meeting_log import RehearsalRecord, StepVisitRecord
from facilitator.sessions.measures import is_overrun, step_times
from facilitator.sessions.programme import Programme

SHEET_ROW = TextStyle(11, leading_factor=1.3)
SHEET_PADDING = 9


@dataclass(frozen=True)
class CodeSheet:
    """A course's blank participant code sheet: codes beside an empty column for names by hand."""

    host_name: str
    course_title: str
    programme_title: str
    codes: tuple[str, ...]
    blank_rows: int = 0
    """Extra empty rows for participants who join later."""
    is_demo: bool = False


def write_code_sheet(sheet: CodeSheet, out: Path | IO[bytes], language: str) -> None:
    tr = translation(language)
    _ = tr.gettext
    w = Writer(tr.rtl)
    full = content_width()
    rows: list[list[str]] = [[_("Code"), _("Name (written by hand)"), _("Notes")]]
    rows += [[code, "", ""] for code in sheet.codes]
    rows += [["", "", ""] for _row in range(sheet.blank_rows)]
    table = w.table(rows, [0.18 * full, 0.52 * full, 0.30 * full], SHEET_ROW,
                    aligns=["center", "start", "start"], zebra=False, ruled=True)
    # Room to write a name by hand: rows about a centimetre high.
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), SHEET_PADDING),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), SHEET_PADDING)]))
    flowables: list[Flowable] = [
        w.text(sheet.host_name, TITLE),
        w.text(_("Participant code sheet") + " · " + sheet.programme_title, SUBTITLE),
        w.text(sheet.course_title, SESSION),
        w.text(_("Write each participant's name beside their code by hand. Keep this sheet "
                 "locked away and never type a name into the application."), BODY),
        gap(8),
        table,
    ]
    decoration = PageDecoration(
        rtl=tr.rtl,
        footer_start=_("Confidential: links codes to people"),
        footer_end=sheet.course_title,
        page_label=_("page {page} of {pages}"),
        demo_band=_("DEMO DATA: made-up course, not a real group; not for reporting") if sheet.is_demo else None,
        demo_mark=_("DEMO") if sheet.is_demo else None,
    )
    write_pdf(flowables, decoration, out, title=_("Participant code sheet"), language=tr.language)


@dataclass(frozen=True)
class RehearsalStep:
    """One step in a rehearsal report, its rehearsed time set against the plan."""

    title: str
    planned_minutes: int
    rehearsed_minutes: float | None
    """None when the step was not rehearsed."""
    optional: bool = False

    @property
    def difference(self) -> float | None:
        if self.rehearsed_minutes is None:
            return None
        return self.rehearsed_minutes - self.planned_minutes

    @property
    def overrun(self) -> bool:
        if self.rehearsed_minutes is None:
            return False
        return is_overrun(timedelta(minutes=self.rehearsed_minutes), self.planned_minutes)


@dataclass(frozen=True)
class RehearsalReport:
    """A trainer's rehearsal of one session as printed: each step's time against the plan."""

    programme_title: str
    programme_version: str
    session_number: int
    session_title: str
    date: date
    steps: tuple[RehearsalStep, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(s.planned_minutes for s in self.steps)

    @property
    def rehearsed_minutes(self) -> float:
        return sum(s.rehearsed_minutes or 0.0 for s in self.steps)

    @property
    def overruns(self) -> tuple[RehearsalStep, ...]:
        return tuple(s for s in self.steps if s.overrun)


def summarise_rehearsal(rehearsal: RehearsalRecord, visits: Sequence[StepVisitRecord],
                        programme: Programme, language: str, time_zone: str = "UTC") -> RehearsalReport:
    """The rehearsal report of a stored rehearsal (records' rehearsal tables), titles in
    `language`; step times as in a meeting: visits summed, pauses left out."""
    session = programme.session(rehearsal.session_number)
    texts = programme.text(language)
    times = step_times(visits)
    steps = tuple(
        RehearsalStep(
            title=texts.steps[step.id].title if step.id in texts.steps else step.id,
            planned_minutes=step.minutes,
            rehearsed_minutes=times[step.id].total_seconds() / 60 if step.id in times else None,
            optional=step.optional,
        )
        for step in session.steps
    )
    return RehearsalReport(
        programme_title=texts.programme.title,
        programme_version=rehearsal.programme_version,
        session_number=session.number,
        session_title=texts.sessions[session.id].title if session.id in texts.sessions else session.id,
        date=local_date(rehearsal.started_at, time_zone),
        steps=steps,
    )


def _signed(value: float | None) -> str:
    """Whole minutes with their sign: +3, −2, ±0."""
    if value is None:
        return "–"
    rounded = round(value)
    return f"+{rounded}" if rounded > 0 else ("±0" if rounded == 0 else f"−{abs(rounded)}")


def write_rehearsal_report(report: RehearsalReport, out: Path | IO[bytes], language: str) -> None:
    """Per step: planned, rehearsed and the difference; the total; the overruns."""
    tr = translation(language)
    _ = tr.gettext
    w = Writer(tr.rtl)
    full = content_width()
    rows: list[list[str]] = [[_("Step"), _("Planned min"), _("Rehearsed min"), _("Difference"), ""]]
    for step in report.steps:
        title = step.title + (" " + _("(optional)") if step.optional else "")
        rows.append([title, str(step.planned_minutes), tr.minutes(step.rehearsed_minutes),
                     _signed(step.difference), _("Overrun") if step.overrun else ""])
    total_difference = report.rehearsed_minutes - report.planned_minutes
    rows.append([_("Total"), str(report.planned_minutes), tr.minutes(report.rehearsed_minutes),
                 _signed(total_difference), ""])
    flowables: list[Flowable] = [
        w.text(_("Rehearsal report"), TITLE),
        w.text(report.programme_title, SUBTITLE),
        w.text(report.session_title, SESSION),
        key_values(w, [
            (_("Session"), str(report.session_number)),
            (_("Date"), tr.date(report.date)),
        ], full),
        heading(w, _("Pacing against the manual")),
        w.table(rows, [0.46 * full, 0.13 * full, 0.14 * full, 0.13 * full, 0.14 * full], BODY,
                aligns=["start", "center", "center", "center", "start"], total_rows=1),
        gap(4),
        w.text(_("Overruns: {overruns}").format(overruns=len(report.overruns)), TextStyle(9, bold=True)),
        w.text(_("Overrun: more than 1.5 × the planned time and at least 3 minutes over. "
                 "Time paused is not counted."), SMALL),
        w.text(_("A rehearsal records nothing about people and is never counted in any statistic."),
               SMALL),
    ]
    decoration = PageDecoration(
        rtl=tr.rtl,
        footer_start=_("Facilitator Companion · programme {id} {version}").format(
            id=report.programme_title, version=report.programme_version),
        footer_end=_("Rehearsal report"),
        page_label=_("page {page} of {pages}"),
    )
    write_pdf(flowables, decoration, out, title=_("Rehearsal report"), language=tr.language)
