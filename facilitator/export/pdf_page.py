"""The page around every exported PDF: footer with page numbers, and the demo marking.

Demo data says so on every page: a band across the top and a faint word across the page
(DESIGN 8). The footer carries what identifies the export (programme version, revision,
checksum) and "page x of y", which needs the page count, so pages are kept until the end.
PDFs are written in ReportLab's invariant mode: the same summary gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from facilitator.export.pdf_text import FONT, FONT_BOLD, register_fonts, visual, width

MARGIN = 18 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 18 * mm
FOOTER_COLOR = colors.HexColor("#666666")
DEMO_COLOR = colors.HexColor("#b3261e")


@dataclass(frozen=True)
class PageDecoration:
    """What every page of a PDF carries around its content: footers and any demo warning."""

    rtl: bool
    footer_start: str
    footer_end: str
    page_label: str
    """A format with {page} and {pages}."""
    demo_band: str | None = None
    demo_mark: str | None = None


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return pagesize[0] - 2 * MARGIN


def write_pdf(
    flowables: Sequence[Flowable],
    decoration: PageDecoration,
    out: Path | IO[bytes],
    title: str,
    language: str,
    pagesize: tuple[float, float] = A4,
) -> None:
    """Lay out the flowables on decorated pages and write the PDF to a path or binary file."""
    register_fonts()
    target: Any = str(out) if isinstance(out, Path) else out
    document = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author="Facilitator Companion",
        creator="Facilitator Companion",
        invariant=1,
        lang=language,
    )
    on_page = partial(_draw_demo, decoration)
    document.build(
        list(flowables),
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=partial(_NumberedCanvas, decoration=decoration),
    )


def _draw_demo(decoration: PageDecoration, canvas: Canvas, _document: Any) -> None:
    """Under the page's content: the demo band and watermark, when the data is demo."""
    if not decoration.demo_band:
        return
    page_width, page_height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(DEMO_COLOR)
    canvas.rect(0, page_height - 12 * mm, page_width, 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 9.5)
    canvas.drawCentredString(page_width / 2, page_height - 9.2 * mm,
                             visual(decoration.demo_band, decoration.rtl))
    if decoration.demo_mark:
        canvas.setFillColor(DEMO_COLOR)
        canvas.setFillAlpha(0.08)
        canvas.translate(page_width / 2, page_height / 2)
        canvas.rotate(35)
        canvas.setFont(FONT_BOLD, 110)
        canvas.drawCentredString(0, -35, visual(decoration.demo_mark, decoration.rtl))
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Keeps each page until the end so the footer can say "page x of y"."""

    def __init__(self, *args: Any, decoration: PageDecoration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(count)
            super().showPage()
        super().save()

    def _draw_footer(self, pages: int) -> None:
        decoration = self._decoration
        page_width = self._pagesize[0]
        y = BOTTOM_MARGIN - 9 * mm
        self.saveState()
        self.setStrokeColor(colors.HexColor("#bbbbbb"))
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 3.6 * mm, page_width - MARGIN, y + 3.6 * mm)
        self.setFillColor(FOOTER_COLOR)
        self.setFont(FONT, 7)
        page = decoration.page_label.format(page=self._pageNumber, pages=pages)
        start = f"{decoration.footer_start}  ·  {page}"
        end = decoration.footer_end
        room = page_width - 2 * MARGIN
        if width(start, FONT, 7) + width(end, FONT, 7) + 24 > room:
            # Too long for one line (Russian): the end part goes on a line of its own below.
            self._footer_line(start, y, decoration.rtl, at_start=True)
            self._footer_line(end, y - 3 * mm, decoration.rtl, at_start=False)
        else:
            self._footer_line(start, y, decoration.rtl, at_start=True)
            self._footer_line(end, y, decoration.rtl, at_start=False)
        self.restoreState()

    def _footer_line(self, text: str, y: float, rtl: bool, at_start: bool) -> None:
        page_width = self._pagesize[0]
        if at_start != rtl:
            self.drawString(MARGIN, y, visual(text, rtl))
        else:
            self.drawRightString(page_width - MARGIN, y, visual(text, rtl))
