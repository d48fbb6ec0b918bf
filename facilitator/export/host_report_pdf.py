"""The host report as PDF, built from the exports' page, text, table and breakdown parts
(so Arabic is shaped and laid out right to left exactly like the course report)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable

from facilitator.export.host_report import HostReport, is_small, people_count
from facilitator.export.i18n import Translation
from facilitator.export.pdf_course import _breakdowns as breakdown_flowables
from facilitator.export.pdf_page import PageDecoration, content_width, write_pdf
from facilitator.export.pdf_parts import (
    BODY,
    SMALL,
    SUBTITLE,
    TITLE,
    counts_table,
    heading,
    key_values,
)
from facilitator.export.pdf_text import FONT, TextStyle, Writer, visual

TABLE_TEXT = TextStyle(8)
TABLE_HEAD = TextStyle(7.5, bold=True, color=SMALL.color)
BAR = colors.HexColor("#1f5f8b")
GRID = colors.HexColor("#d5d9de")
INK = colors.HexColor("#333333")


def host_report_pdf(report: HostReport) -> bytes:
    tr = report.tr
    buffer = io.BytesIO()
    write_pdf(report_flowables(report), _decoration(report), buffer,
              title=f"{report.host}: {_period(report)}", language=tr.language)
    return buffer.getvalue()


def _period(report: HostReport) -> str:
    return f"{report.tr.date(report.start)} – {report.tr.date(report.end)}"


def _decoration(report: HostReport) -> PageDecoration:
    _ = report.tr.gettext
    return PageDecoration(
        rtl=report.tr.rtl,
        footer_start=_("Facilitator Companion · activity report"),
        footer_end=_("Made on {date}").format(date=report.tr.date(report.made_on)),
        page_label=_("page {page} of {pages}"),
        demo_band=_("INCLUDES DEMO DATA: made-up courses; not for reporting") if report.is_demo else None,
        demo_mark=_("DEMO") if report.is_demo else None,
    )


def report_flowables(report: HostReport) -> list[Flowable]:
    tr, c = report.tr, report.counts
    _ = tr.gettext
    w = Writer(tr.rtl)
    full = content_width()
    out: list[Flowable] = [
        w.text(report.host, TITLE),
        w.text(_("Activity report") + " · " + _period(report), SUBTITLE),
        key_values(w, [
            (_("Meetings held"), str(c.meetings)),
            (_("Courses"), str(c.courses)),
            (_("Attendances"), people_count(c.attended, report.minimum)),
            (_("Retention"), tr.percent(c.retention)),
            (_("People reached"), people_count(c.reached, report.minimum)),
            (_("Course reports received"), _("{number} of {count}").format(
                number=c.courses_reporting, count=c.courses)),
        ], full),
        w.text(_("Attended = present + late; an attendance is one person at one meeting. "
                 "Retention = attended at each course's latest meeting ÷ attended at its first."),
               SMALL),
    ]
    if not c.meetings:
        out.append(w.text(_("No meetings were held in this period."), BODY))
        return out
    out += _months(report, w, full)
    out += _sessions(report, w, full)
    out += _programmes(report, w, full)
    out += _themes_and_films(report, w, full)
    out += breakdown_flowables(report.breakdowns, tr, w, full, report.minimum)
    out.append(w.text(_("People reached are counted from the course reports of courses with a "
                        "meeting in the period ({number} of {count} courses).").format(
                            number=c.courses_reporting, count=c.courses), SMALL))
    return out


def _months(report: HostReport, w: Writer, full: float) -> list[Flowable]:
    tr, m = report.tr, report.minimum
    _ = tr.gettext
    lines = report.counts.by_month
    labels = [_month_label(tr, line.month) for line in lines]
    rows = [[_("Month"), _("Meetings"), _("Attendances")]]
    rows += [[label, str(line.meetings), people_count(line.attended, m)] for label, line in zip(labels, lines, strict=True)]
    return [
        heading(w, _("Meetings per month")),
        bars([f"{line.month[5:]}/{line.month[2:4]}" for line in lines],
             [line.meetings for line in lines], full, 120, tr.rtl),
        w.table(rows, [0.3 * full, 0.15 * full, 0.15 * full], TABLE_TEXT, header_style=TABLE_HEAD,
                aligns=["start", "center", "center"]),
    ]


def _month_label(tr: Translation, month: str) -> str:
    from facilitator.export.i18n import MONTHS

    year, number = month.split("-")
    return f"{tr.pgettext('month', MONTHS[int(number) - 1])} {year}"


def _sessions(report: HostReport, w: Writer, full: float) -> list[Flowable]:
    tr, m = report.tr, report.minimum
    _ = tr.gettext
    lines = report.counts.by_session
    first = lines[0].attended if lines else 0
    rows = [[_("Session"), _("Meetings"), _("Attendances"), _("Of the first session")]]
    for line in lines:
        share = tr.percent(line.attended / first) if first and not is_small(line.attended, m) else "–"
        rows.append([str(line.session_number), str(line.meetings), people_count(line.attended, m), share])
    values = [0 if is_small(line.attended, m) else line.attended for line in lines]
    return [
        CondPageBreak(200),
        heading(w, _("Attendance by session number")),
        bars([str(line.session_number) for line in lines], values, full, 120, tr.rtl),
        w.table(rows, [0.15 * full, 0.15 * full, 0.15 * full, 0.2 * full], TABLE_TEXT,
                header_style=TABLE_HEAD, aligns=["center"] * 4),
    ]


def _programmes(report: HostReport, w: Writer, full: float) -> list[Flowable]:
    tr = report.tr
    _ = tr.gettext
    rows = [[_("Programme"), _("Meetings"), _("Adherence")]]
    rows += [[title, str(n), tr.percent(adherence)] for title, n, adherence in report.programmes]
    return [
        heading(w, _("Adherence per programme")),
        w.table(rows, [0.5 * full, 0.15 * full, 0.15 * full], TABLE_TEXT, header_style=TABLE_HEAD,
                aligns=["start", "center", "center"]),
        w.text(_("Adherence = required steps delivered ÷ required steps planned, averaged over "
                 "the meetings."), SMALL),
    ]


def _themes_and_films(report: HostReport, w: Writer, full: float) -> list[Flowable]:
    _ = report.tr.gettext
    out: list[Flowable] = [CondPageBreak(60), heading(w, _("Themes raised in shareable notes"))]
    if report.themes:
        out.append(counts_table(w, [(t.title, str(t.count)) for t in report.themes],
                                (_("Theme"), _("Notes")), full * 0.6))
    else:
        out.append(w.text(_("No themes were tagged."), BODY))
    out.append(heading(w, _("Films shown")))
    if report.films:
        out.append(counts_table(w, [(f.title, str(f.count)) for f in report.films],
                                (_("Film"), _("Times shown")), full * 0.6))
    else:
        out.append(w.text(_("No film was shown."), BODY))
    return out


def bars(labels: Sequence[str], values: Sequence[int], chart_width: float, height: float,
         rtl: bool) -> Drawing:
    """A plain bar chart, values on top, first bar on the reading side (mirrored in RTL)."""
    drawing = Drawing(chart_width, height)
    bottom, top, side = 22.0, 12.0, 8.0
    plot_w, plot_h = chart_width - 2 * side, height - bottom - top
    peak = max([*values, 1])
    slot = plot_w / max(1, len(values))
    bar = min(26.0, slot * 0.65)
    size = 7 if slot > 30 else 5.5
    drawing.add(Line(side, bottom, side + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        offset = slot * (i + 0.5)
        centre = side + (plot_w - offset if rtl else offset)
        h = plot_h * value / peak
        if h:
            drawing.add(Rect(centre - bar / 2, bottom, bar, h, fillColor=BAR, strokeColor=None))
            drawing.add(String(centre, bottom + h + 2.5, str(value), fontName=FONT, fontSize=size,
                               fillColor=INK, textAnchor="middle"))
        drawing.add(String(centre, bottom - 10, visual(label, rtl), fontName=FONT, fontSize=size,
                           fillColor=INK, textAnchor="middle"))
    return drawing
