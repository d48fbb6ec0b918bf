"""The course report PDF: every meeting, attendance chart, retention, adherence, themes,
films, and breakdowns with small-cell suppression (DESIGN 8)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from facilitator.export.breakdowns import PublishedBreakdown, course_breakdowns, legend
from facilitator.export.i18n import Translation, capitalised, translation
from facilitator.export.pdf_chart import attendance_chart
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
from facilitator.export.summary import CourseSummary
from facilitator.export.suppression import DEFAULT_MINIMUM, effective_minimum
from facilitator.sessions.vocabulary import Attendance

TABLE_TEXT = TextStyle(8)
TABLE_HEAD = TextStyle(7.5, bold=True, color=SMALL.color)


def write_course_pdf(summary: CourseSummary, out: Path | IO[bytes], language: str | None = None,
                     minimum: int = DEFAULT_MINIMUM) -> None:
    """Write the course report PDF in `language` (default: the summary's language)."""
    tr = translation(language or summary.language)
    write_pdf(course_flowables(summary, tr, minimum), decoration(summary, tr), out,
              title=f"{summary.host_name}: {summary.course_title}", language=tr.language)


def course_flowables(s: CourseSummary, tr: Translation, minimum: int = DEFAULT_MINIMUM) -> list[Flowable]:
    _ = tr.gettext
    w = Writer(tr.rtl)
    full = content_width()
    minimum = effective_minimum(minimum)
    period = "–"
    if s.meetings:
        period = f"{tr.date(s.meetings[0].date)} – {tr.date(s.meetings[-1].date)}"
    out: list[Flowable] = [
        w.text(s.host_name, TITLE),
        w.text(_("Course report") + " · " + s.programme_title, SUBTITLE),
        w.text(s.course_title, SESSION),
        key_values(w, [
            (_("Place"), s.place),
            (_("Facilitators"), ", ".join(s.facilitators) or "–"),
            (_("Period"), period),
            (_("Sessions held"), _("{number} of {count}").format(number=len(s.meetings),
                                                                  count=s.sessions_planned)),
            (_("Registered"), str(s.participants)),
            (_("Attended at least once"), str(s.reached)),
            (_("Retention"), tr.percent(s.retention)),
            (_("Concerns"), str(s.concern_total)),
        ], full),
        heading(w, _("Attendance per meeting")),
        attendance_chart(s.meetings, s.participants, full, 150, tr.rtl, {
            "present": tr.label(Attendance.PRESENT),
            "late": tr.label(Attendance.LATE),
            "registered": _("registered"),
            "session": _("Session"),
        }),
        w.text(_("Retention = attended at the latest meeting ÷ attended at the first. "
                 "Attended = present + late."), SMALL),
    ]
    out += _meetings(s, tr, w, full)
    out += _themes_and_films(s, tr, w, full)
    out += _breakdowns(course_breakdowns(s, tr, minimum), tr, w, full, minimum)
    return out


def _meetings(s: CourseSummary, tr: Translation, w: Writer, full: float) -> list[Flowable]:
    _ = tr.gettext
    header = [_("No."), _("Date"), _("Title"), _("Attended"), capitalised(tr.label(Attendance.EXCUSED)),
              capitalised(tr.label(Attendance.ABSENT)), _("Adherence"), _("Minutes planned / actual"),
              _("Skipped"), _("Overruns")]
    rows: list[list[str]] = [header]
    for m in s.meetings:
        rows.append([
            str(m.session_number), tr.short_date(m.date), m.session_title, str(m.attendance.attended),
            str(m.attendance.excused), str(m.attendance.absent), tr.percent(m.adherence),
            f"{m.planned_minutes} / {tr.minutes(m.actual_minutes)}", str(m.skipped), str(m.overruns),
        ])
    fractions = [0.04, 0.11, 0.21, 0.08, 0.09, 0.10, 0.11, 0.10, 0.08, 0.08]
    table = w.table(rows, [f * full for f in fractions], TABLE_TEXT, header_style=TABLE_HEAD,
                    aligns=["center", "start", "start"] + ["center"] * 7)
    return [heading(w, _("Meetings")), table,
            w.text(_("Adherence = required steps delivered ÷ required steps planned."), SMALL)]


def _themes_and_films(s: CourseSummary, tr: Translation, w: Writer, full: float) -> list[Flowable]:
    _ = tr.gettext
    out: list[Flowable] = [CondPageBreak(60), heading(w, _("Themes raised in shareable notes"))]
    if s.themes:
        out.append(counts_table(w, [(t.theme.title, str(t.notes)) for t in s.themes],
                                (_("Theme"), _("Notes")), full * 0.6))
    else:
        out.append(w.text(_("No themes were tagged."), BODY))
    out.append(heading(w, _("Films shown")))
    if s.films:
        out.append(counts_table(w, [(f.title, str(f.times)) for f in s.films],
                                (_("Film"), _("Times shown")), full * 0.6))
    else:
        out.append(w.text(_("No film was shown."), BODY))
    return out


def _breakdowns(tables: tuple[PublishedBreakdown, ...], tr: Translation, w: Writer, full: float,
                minimum: int) -> list[Flowable]:
    _ = tr.gettext
    out: list[Flowable] = [CondPageBreak(120), heading(w, _("Participants, concerns and referrals"))]
    out.append(w.text(legend(tr, minimum), SMALL))
    for item in tables:
        block: list[Flowable] = [gap(6), w.text(item.title, TextStyle(8.5, bold=True, space_after=2))]
        suppressed = item.table
        if suppressed.empty:
            block.append(w.text(_("None recorded."), BODY))
        elif suppressed.withheld:
            block.append(w.text(_("Not shown: the numbers are too small to publish without "
                                  "revealing individuals. Total: {total}.").format(
                                      total=suppressed.table.total), BODY))
        else:
            rows = item.rows(_("Total"))
            if item.column_labels:
                header = [item.row_header, *item.column_labels, _("Total")]
                first = 0.2 * full
                other = (full - first) / (len(item.column_labels) + 1)
                widths = [first] + [other] * (len(item.column_labels) + 1)
                aligns = ["start"] + ["center"] * (len(item.column_labels) + 1)
            else:
                header = [item.row_header, _("Number")]
                widths = [0.45 * full, 0.15 * full]
                aligns = ["start", "center"]
            block.append(w.table([header, *rows], widths, TABLE_TEXT, aligns=aligns,
                                 header_style=TABLE_HEAD, total_rows=1))
        out.append(KeepTogether(block))
    return out
