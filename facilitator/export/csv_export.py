"""Summaries as CSV for spreadsheets: UTF-8 with BOM, ';' between cells (what Danish
spreadsheet programs expect), one long table of section; item; detail; value so a
pivot table can take it apart.

A cell that begins with = + - @ (or a tab or carriage return, or any of those after
spaces) gets a leading apostrophe, so a spreadsheet shows it as text and never runs it as
a formula. Breakdowns carry the same suppressed cells as the PDF.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from facilitator.export.breakdowns import course_breakdowns
from facilitator.export.i18n import Translation, translation
from facilitator.export.summary import (
    AttendanceTotals,
    CourseSummary,
    MeetingSummary,
    StepStatus,
    Summary,
)
from facilitator.export.suppression import DEFAULT_MINIMUM
from facilitator.sessions.vocabulary import Attendance

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

Row = list[str]


def safe_cell(value: object) -> str:
    """The cell's text, defused if a spreadsheet would take it for a formula."""
    text = "" if value is None else str(value).replace("\u00ad", "")  # soft hyphens are for print
    if text.startswith(_FORMULA_START) or text.lstrip(" ").startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(summary: Summary, out: Path | IO[bytes], language: str | None = None,
              minimum: int = DEFAULT_MINIMUM) -> None:
    tr = translation(language or summary.language)
    rows = meeting_rows(summary, tr) if isinstance(summary, MeetingSummary) else course_rows(summary, tr, minimum)
    data = csv_bytes(rows)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)


def csv_bytes(rows: list[Row]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return text.getvalue().encode("utf-8-sig")


def _identity(s: Summary, tr: Translation) -> list[Row]:
    _ = tr.gettext
    section = _("About")
    return [
        [_("Section"), _("Item"), _("Detail"), _("Value")],
        [section, _("Host"), "", s.host_name],
        [section, _("Programme"), s.programme_version, s.programme_title],
        [section, _("Course"), "", s.course_title],
        [section, _("Place"), "", s.place],
        [section, _("Facilitators"), "", ", ".join(s.facilitators)],
        [section, _("Demo data"), "", _("yes") if s.is_demo else _("no")],
        [section, _("Export revision"), "", str(s.export_revision)],
        [section, _("Checksum"), "SHA-256", s.digest],
    ]


def _attendance_rows(section: str, detail: str, totals: AttendanceTotals, tr: Translation) -> list[Row]:
    _ = tr.gettext
    values = [
        (tr.label(Attendance.PRESENT), totals.present),
        (tr.label(Attendance.LATE), totals.late),
        (tr.label(Attendance.EXCUSED), totals.excused),
        (tr.label(Attendance.ABSENT), totals.absent),
        (tr.label(Attendance.NOT_MARKED), totals.not_marked),
        (_("Attended"), totals.attended),
        (_("Registered"), totals.enrolled),
    ]
    return [[section, label, detail, str(n)] for label, n in values]


def meeting_rows(s: MeetingSummary, tr: Translation) -> list[Row]:
    _ = tr.gettext
    rows = _identity(s, tr)
    about = _("About")
    rows += [
        [about, _("Session"), str(s.session_number), s.session_title],
        [about, _("Date"), "", s.date.isoformat()],
    ]
    rows += _attendance_rows(_("Attendance"), "", s.attendance, tr)
    so_far = _("The course's attendance so far (attended per session)")
    rows += [[so_far, _("Session"), str(m.session_number), str(m.attended)] for m in s.course_attendance]
    steps = _("Steps")
    status_names = {StepStatus.DELIVERED: _("delivered"), StepStatus.SKIPPED: _("skipped"),
                    StepStatus.NOT_USED: _("optional, not used")}
    for step in s.steps:
        rows += [
            [steps, step.title, _("Planned min"), str(step.planned_minutes)],
            [steps, step.title, _("Actual min"), tr.minutes(step.actual_minutes) if step.actual_minutes is not None else ""],
            [steps, step.title, _("Status"), status_names[step.status]],
        ]
        if step.overrun:
            rows.append([steps, step.title, _("Overrun"), _("yes")])
        if step.reason:
            rows.append([steps, step.title, _("Reason"), step.reason])
    rows += [
        [steps, _("Total"), _("Planned min"), str(s.planned_minutes)],
        [steps, _("Total"), _("Actual min"), tr.minutes(s.actual_minutes)],
        [steps, _("Adherence"), "%", _percent_number(s.adherence, tr)],
        [steps, _("Skipped"), "", str(len(s.skipped))],
        [steps, _("Overruns"), "", str(len(s.overruns))],
    ]
    rows += [[_("Other deviations from the manual"), "", "", reason] for reason in s.other_deviations]
    rows += [[_("Films shown"), f.title, _("Times shown"), str(f.times)] for f in s.films]
    rows += [[_("Shareable notes"), note.text, _("Themes"), ", ".join(t.title for t in note.themes)]
             for note in s.notes]
    # Totals only for one meeting (DESIGN 8); by kind in the course report, suppressed.
    rows += [[_("Concerns"), _("Concerns recorded"), "", str(s.concern_total)],
             [_("Referrals"), _("Referrals to other services"), "", str(s.referral_total)]]
    return rows


def course_rows(s: CourseSummary, tr: Translation, minimum: int = DEFAULT_MINIMUM) -> list[Row]:
    _ = tr.gettext
    rows = _identity(s, tr)
    about = _("About")
    rows += [
        [about, _("Sessions held"), str(s.sessions_planned), str(len(s.meetings))],
        [about, _("Registered"), "", str(s.participants)],
        [about, _("Attended at least once"), "", str(s.reached)],
        [about, _("Retention"), "%", _percent_number(s.retention, tr)],
    ]
    for m in s.meetings:
        section = _("Meeting {number}").format(number=m.session_number)
        rows += [
            [section, _("Date"), "", m.date.isoformat()],
            [section, _("Title"), "", m.session_title],
        ]
        rows += _attendance_rows(section, "", m.attendance, tr)
        rows += [
            [section, _("Adherence"), "%", _percent_number(m.adherence, tr)],
            [section, _("Planned min"), "", str(m.planned_minutes)],
            [section, _("Actual min"), "", tr.minutes(m.actual_minutes)],
            [section, _("Skipped"), "", str(m.skipped)],
            [section, _("Overruns"), "", str(m.overruns)],
        ]
    rows += [[_("Themes raised in shareable notes"), t.theme.title, _("Notes"), str(t.notes)] for t in s.themes]
    rows += [[_("Films shown"), f.title, _("Times shown"), str(f.times)] for f in s.films]
    rows += breakdown_rows(course_breakdowns(s, tr, minimum), tr)
    return rows


def breakdown_rows(breakdowns: Iterable[Any], tr: Translation) -> list[Row]:
    """Suppressed breakdowns in the long format: a row per published cell, totals
    included; a withheld table gives only its total."""
    _ = tr.gettext
    rows: list[Row] = []
    for item in breakdowns:
        table = item.table
        if table.empty:
            continue
        if table.withheld:
            rows.append([item.title, _("Total"), "", str(table.table.total)])
            continue
        labels = [*item.row_labels, _("Total")]
        for r, cells in enumerate(item.rows(_("Total"))):
            if item.column_labels:
                columns = [*item.column_labels, _("Total")]
                rows += [[item.title, labels[r], columns[c], value]
                         for c, value in enumerate(cells[1:])]
            else:
                rows.append([item.title, labels[r], "", cells[1]])
    return rows


def _percent_number(ratio: float | None, tr: Translation) -> str:
    return "" if ratio is None else tr.number(ratio * 100, 1)
