"""The session summary PDF for the host: one page a municipal officer reads in a minute.

Attendance totals are exact (never suppressed); there are no breakdowns per meeting.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable

from facilitator.export.i18n import Translation, capitalised, translation
from facilitator.export.pdf_page import content_width, write_pdf
from facilitator.export.pdf_parts import (
    BODY,
    SESSION,
    SMALL,
    SUBTITLE,
    TITLE,
    counts_table,
    decoration,
    gap,
    heading,
    key_values,
)
from facilitator.export.pdf_text import TextStyle, Writer
from facilitator.export.summary import MeetingSummary, StepLine, StepStatus
from facilitator.sessions.vocabulary import Attendance

NOTE_STYLE = TextStyle(9, space_before=1)
THEME_STYLE = TextStyle(7.5, color=SMALL.color, space_after=2)


def write_meeting_pdf(summary: MeetingSummary, out: Path | IO[bytes], language: str | None = None) -> None:
    """Write the session summary PDF in `language` (default: the summary's language)."""
    tr = translation(language or summary.language)
    write_pdf(meeting_flowables(summary, tr), decoration(summary, tr), out,
              title=f"{summary.host_name}: {summary.session_title}", language=tr.language)


def meeting_flowables(s: MeetingSummary, tr: Translation) -> list[Flowable]:
    _ = tr.gettext
    w = Writer(tr.rtl)
    full = content_width()
    out: list[Flowable] = [
        w.text(s.host_name, TITLE),
        w.text(_("Session summary") + " · " + s.programme_title, SUBTITLE),
        w.text(s.session_title, SESSION),
        key_values(w, [
            (_("Session"), _("{number} of {count}").format(number=s.session_number,
                                                          count=s.sessions_planned)),
            (_("Date"), tr.date(s.date)),
            (_("Place"), s.place),
            (_("Facilitators"), ", ".join(s.facilitators) or "–"),
            (_("Course"), s.course_title),
            (_("Host"), s.host_name),
        ], full),
    ]
    out += _attendance(s, tr, w, full)
    out += _steps(s, tr, w, full)
    out += _films_and_notes(s, tr, w)
    out += _concerns(s, tr, w, full)
    return out


def _attendance(s: MeetingSummary, tr: Translation, w: Writer, full: float) -> list[Flowable]:
    _ = tr.gettext
    a = s.attendance
    labels = [capitalised(tr.label(v)) for v in (Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED,
                                    Attendance.ABSENT, Attendance.NOT_MARKED)]
    header = [*labels, _("Attended"), _("Registered")]
    values = [str(n) for n in (a.present, a.late, a.excused, a.absent, a.not_marked, a.attended, a.enrolled)]
    out: list[Flowable] = [
        heading(w, _("Attendance")),
        w.table([header, values], [full / 7] * 7, BODY, aligns=["center"] * 7, zebra=False),
        w.text(_("Attended = present + late."), SMALL, ),
    ]
    if s.course_attendance:
        out.append(gap(5))
        out.append(w.text(_("The course's attendance so far (attended per session)"), TextStyle(8.5, bold=True)))
        chunk = 12
        meetings = list(s.course_attendance)
        for i in range(0, len(meetings), chunk):
            part = meetings[i:i + chunk]
            label_width = 0.2 * full
            cell = (full - label_width) / chunk
            rows = [
                [_("Session"), *[str(m.session_number) for m in part]],
                [_("Attended"), *[str(m.attended) for m in part]],
            ]
            out.append(w.table(rows, [label_width] + [cell] * len(part), BODY,
                               aligns=["start"] + ["center"] * len(part), zebra=False))
    return out


def _step_remark(step: StepLine, tr: Translation) -> str:
    _ = tr.gettext
    parts: list[str] = []
    if step.status is StepStatus.SKIPPED:
        parts.append(_("Skipped: {reason}").format(reason=step.reason) if step.reason
                     else _("Skipped (no reason given)"))
    elif step.status is StepStatus.NOT_USED:
        parts.append(_("Optional, not used"))
    elif step.reason:
        parts.append(_("Changed: {reason}").format(reason=step.reason))
    if step.overrun:
        parts.append(_("Overrun"))
    return " · ".join(parts)


def _steps(s: MeetingSummary, tr: Translation, w: Writer, full: float) -> list[Flowable]:
    _ = tr.gettext
    rows: list[list[str]] = [[_("Step"), _("Planned min"), _("Actual min"), _("Remarks")]]
    for step in s.steps:
        title = step.title + (" " + _("(optional)") if step.optional else "")
        rows.append([title, str(step.planned_minutes), tr.minutes(step.actual_minutes),
                     _step_remark(step, tr)])
    rows.append([_("Total"), str(s.planned_minutes), tr.minutes(s.actual_minutes), ""])
    widths = [0.42 * full, 0.12 * full, 0.12 * full, 0.34 * full]
    adherence = _("Adherence {percent}: {delivered} of {planned} required steps delivered.").format(
        percent=tr.percent(s.adherence), delivered=s.delivered_required, planned=s.planned_required)
    counts = _("Skipped steps: {skipped} · Overruns: {overruns}").format(
        skipped=len(s.skipped), overruns=len(s.overruns))
    out: list[Flowable] = [
        heading(w, _("Steps delivered against the plan")),
        w.table(rows, widths, BODY, aligns=["start", "center", "center", "start"], total_rows=1),
        gap(3),
        w.text(adherence + " " + counts, TextStyle(9, bold=True)),
        w.text(_("Overrun: more than 1.5 × the planned time and at least 3 minutes over. "
                 "Time paused is not counted."), SMALL),
    ]
    if s.other_deviations:
        out.append(w.text(_("Other deviations from the manual"), TextStyle(8.5, bold=True, space_before=3)))
        out += [w.free_text(reason, BODY, "• ") for reason in s.other_deviations]
    return out


def _films_and_notes(s: MeetingSummary, tr: Translation, w: Writer) -> list[Flowable]:
    _ = tr.gettext
    out: list[Flowable] = [heading(w, _("Films shown"))]
    if not s.films:
        out.append(w.text(_("No film was shown."), BODY))
    for film in s.films:
        line = _("{title} (shown {times}×)").format(title=film.title, times=film.times)
        if film.subtitles:
            line += " · " + _("subtitles: {languages}").format(
                languages=", ".join(tr.language_name(code) for code in film.subtitles))
        out.append(w.text("• " + line, BODY))
    out.append(heading(w, _("Shareable notes")))
    if not s.notes:
        out.append(w.text(_("No shareable notes."), BODY))
    for note in s.notes:
        out.append(w.free_text(note.text, NOTE_STYLE, "• "))
        if note.themes:
            out.append(w.text("   " + _("Themes: {themes}").format(
                themes=", ".join(t.title for t in note.themes)), THEME_STYLE))
    return out


def _concerns(s: MeetingSummary, tr: Translation, w: Writer, full: float) -> list[Flowable]:
    """Totals only: DESIGN 8 keeps breakdowns (concern kind among them) out of a single
    meeting's page, where one small group could be recognised; the course report shows
    them by kind, with small numbers protected."""
    _ = tr.gettext
    out: list[Flowable] = [heading(w, _("Concerns and referrals"))]
    if s.concern_total == 0:
        out.append(w.text(_("No concerns were recorded."), BODY))
        return out
    rows = [(_("Concerns recorded"), str(s.concern_total)),
            (_("Referrals to other services"), str(s.referral_total))]
    out.append(counts_table(w, rows, (_("Concerns and referrals"), _("Number")), full * 0.7))
    out.append(gap(4))
    out.append(w.text(_("Concerns by kind appear in the course report, where small numbers "
                        "are protected."), BODY))
    return out
    kinds = [(capitalised(tr.label(kind)), str(n)) for kind, n in s.concerns if n]
    referrals = [(capitalised(tr.label(dest)), str(n)) for dest, n in s.referrals if n]
    out.append(counts_table(w, kinds, (_("Concern"), _("Number")), full * 0.7))
    out.append(gap(4))
    out.append(counts_table(w, referrals, (_("Referred to"), _("Number")), full * 0.7))
    return out
