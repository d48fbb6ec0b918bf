"""Attendance per meeting as a bar chart (reportlab.graphics), mirrored for right-to-left.

Drawn from plain shapes rather than ReportLab's chart widgets so that every label goes
through the same shaping and ordering as the rest of the page, and the whole chart can be
mirrored: in Arabic the first meeting stands on the right and the scale on the right edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from facilitator.export.pdf_text import FONT, visual, width
from facilitator.export.summary import MeetingLine

PRESENT = colors.HexColor("#1f5f8b")
LATE = colors.HexColor("#7fb0d3")
GRID = colors.HexColor("#d5d9de")
TEXT = colors.HexColor("#333333")


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 50):
        if top / step <= 6:
            return step
    return 100


def attendance_chart(
    meetings: Sequence[MeetingLine],
    registered: int,
    chart_width: float,
    height: float,
    rtl: bool,
    labels: dict[str, str],
) -> Drawing:
    """Stacked bars (present, late) per meeting, the attended number on top, a dashed line
    at the number registered. `labels` holds translated "present", "late", "registered"
    and "session"."""
    drawing = Drawing(chart_width, height)
    left, right, bottom, top = 26.0, 10.0, 30.0, 26.0
    if rtl:
        left, right = right, left
    plot_w, plot_h = chart_width - left - right, height - bottom - top
    peak = max([registered, *[m.attendance.enrolled for m in meetings], 1])
    step = _step(peak)
    ceiling = ((peak + step - 1) // step) * step

    def x_of(x: float) -> float:
        return left + (plot_w - x if rtl else x)

    def y_of(value: float) -> float:
        return bottom + plot_h * value / ceiling

    def text(x: float, y: float, words: str, size: float = 7, anchor: str = "middle",
             color: Any = TEXT) -> None:
        drawing.add(String(x, y, visual(words, rtl), fontName=FONT, fontSize=size,
                           fillColor=color, textAnchor=anchor))

    axis_x = x_of(0)
    for value in range(0, ceiling + 1, step):
        y = y_of(value)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        text(axis_x + (4 if rtl else -4), y - 2.5, str(value), anchor="start" if rtl else "end")
    n = max(1, len(meetings))
    slot = plot_w / n
    bar = min(28.0, slot * 0.6)
    for i, meeting in enumerate(meetings):
        centre = x_of(slot * (i + 0.5))
        present, late = meeting.attendance.present, meeting.attendance.late
        drawing.add(Rect(centre - bar / 2, y_of(0), bar, y_of(present) - y_of(0),
                         fillColor=PRESENT, strokeColor=None))
        if late:
            drawing.add(Rect(centre - bar / 2, y_of(present), bar, y_of(present + late) - y_of(present),
                             fillColor=LATE, strokeColor=None))
        top = y_of(present + late)
        if top - y_of(0) > 14:  # inside the bar's top, clear of the dashed line
            text(centre, top - 9, str(present + late), size=7.5, color=colors.white)
        else:
            text(centre, top + 2.5, str(present + late), size=7.5)
        text(centre, bottom - 10, str(meeting.session_number))
    drawing.add(Line(left, y_of(0), left + plot_w, y_of(0), strokeColor=TEXT, strokeWidth=0.7))
    drawing.add(Line(left, y_of(registered), left + plot_w, y_of(registered),
                     strokeColor=colors.HexColor("#b3261e"), strokeWidth=0.8, strokeDashArray=[3, 2]))
    text(x_of(plot_w / 2), bottom - 20, labels["session"], size=7.5)
    # Legend along the top, in reading order.
    items = [(PRESENT, labels["present"]), (LATE, labels["late"]), (None, labels["registered"])]
    cursor = 0.0
    for swatch, words in items:
        x = x_of(cursor)
        y = height - 10
        box_x = x - 8 if rtl else x
        if swatch is None:
            drawing.add(Line(box_x, y + 3, box_x + 8, y + 3, strokeColor=colors.HexColor("#b3261e"),
                             strokeWidth=0.8, strokeDashArray=[3, 2]))
        else:
            drawing.add(Rect(box_x, y, 8, 6, fillColor=swatch, strokeColor=None))
        label_x = x - 11 if rtl else x + 11
        text(label_x, y, words, size=7.5, anchor="end" if rtl else "start")
        cursor += 11 + width(words, FONT, 7.5) + 14
    return drawing
