"""Text on PDF pages in any of the four languages, Arabic right to left.

ReportLab neither shapes Arabic nor orders it. What works (FIELD-NOTES "PDF with Arabic"):
wrap the logical text into lines first, measuring the shaped words, then shape each line
with arabic-reshaper and put it in visual order with python-bidi. So this module wraps text
itself (`TextBlock`) instead of using ReportLab's Paragraph, which would wrap the already
reordered text and read the lines of a paragraph in the wrong order.

python-bidi's default `bidi.get_display` (the Rust one, 0.6.12) does not mirror brackets, so
"(اختياري)" came out as ")اختياري(" on the page; its pure-Python `bidi.algorithm.get_display`
applies rule L4 (mirroring) and gives the same order otherwise, so that one is used.

Vowel marks (harakat, such as shadda) are dropped by the reshaper: ReportLab cannot place
combining marks over their letters, and Arabic prose reads normally without them.

Tables are mirrored for right-to-left documents: the first column stands on the right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Table, TableStyle

from facilitator import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
SOFT_HYPHEN = "\u00ad"

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC_CHARS = re.compile("[\u0600-\u08ff]")


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu fonts with ReportLab (once per process)."""
    fonts = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def shape(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept)."""
    return arabic_reshaper.reshape(text) if _ARABIC_CHARS.search(text) else text


def visual(line: str, rtl: bool) -> str:
    """One already wrapped line as it must be drawn from left to right."""
    line = line.replace(SOFT_HYPHEN, "")
    if not rtl and not _RTL_CHARS.search(line):
        return line
    return str(get_display(shape(line), base_dir="R" if rtl else "L"))


def starts_right_to_left(text: str) -> bool | None:
    """The direction of the first strong character (Unicode rule P2), None if there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(shape(text), font, size))


def wrap_lines(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Logical lines no wider than `max_width`. A word longer than a line breaks at a soft
    hyphen (U+00AD, which translators put in long words such as Program\u00adtroskab) and
    gets a hyphen; failing that it is cut."""
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for raw in words:
            word = raw.replace(SOFT_HYPHEN, "")
            w = width(word, font, size)
            if w > max_width:
                if current:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                pieces = _hyphenate(raw, font, size, max_width) or _cut(word, font, size, max_width)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                w = width(word, font, size)
            extra = w if not current else current_width + space + w
            if current and extra > max_width:
                lines.append(" ".join(current))
                current, current_width = [word], w
            else:
                current.append(word)
                current_width = extra
        lines.append(" ".join(current))
    return lines


def _syllables(word: str) -> list[str]:
    """The narrowest pieces a word may be broken into: at each soft hyphen, with a hyphen."""
    parts = word.split(SOFT_HYPHEN)
    return [part + "-" for part in parts[:-1]] + [parts[-1]]


def _hyphenate(word: str, font: str, size: float, max_width: float) -> list[str]:
    """Pieces broken at soft hyphens, each but the last ending in "-"; [] if none fit."""
    parts = word.split(SOFT_HYPHEN)
    if len(parts) < 2:
        return []
    pieces: list[str] = []
    piece = parts[0]
    for part in parts[1:]:
        if width(piece + part + "-", font, size) > max_width:
            pieces.append(piece + "-")
            piece = part
        else:
            piece += part
    pieces.append(piece)
    if any(width(p, font, size) > max_width for p in pieces):
        return []
    return pieces


def _cut(word: str, font: str, size: float, max_width: float) -> list[str]:
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and width(piece + char, font, size) > max_width:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces


@dataclass(frozen=True)
class TextStyle:
    """How a piece of text is set in an exported PDF."""

    size: float = 9.0
    bold: bool = False
    color: Any = colors.black
    leading_factor: float = 1.35
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def font(self) -> str:
        return FONT_BOLD if self.bold else FONT

    @property
    def leading(self) -> float:
        return self.size * self.leading_factor


class TextBlock(Flowable):
    """Wrapped text drawn in the document's direction; `align` is start, end or center."""

    def __init__(self, text: str, style: TextStyle, rtl: bool, align: str = "start",
                 shrink: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.shrink = shrink
        """Make the type smaller rather than cut a word (table headers in narrow columns)."""
        self.rtl = rtl
        self.align = align
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines: list[str] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        if self.shrink:
            # The widest piece a word can be broken into (at soft hyphens) must fit.
            widest = max((width(piece, self.style.font, self.style.size)
                          for word in self.text.split() for piece in _syllables(word)),
                         default=0.0)
            if widest > availWidth > 0:
                size = max(5.5, 0.97 * self.style.size * availWidth / widest)
                self.style = replace(self.style, size=size)
                self.shrink = False
        self._lines = wrap_lines(self.text, self.style.font, self.style.size, availWidth)
        return availWidth, len(self._lines) * self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = wrap_lines(self.text, self.style.font, self.style.size, availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        head = TextBlock("\n".join(lines[:fit]), self.style, self.rtl, self.align)
        tail = TextBlock("\n".join(lines[fit:]), self.style, self.rtl, self.align)
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(style.color)
        y = len(self._lines) * style.leading - style.size  # first baseline from the top
        for line in self._lines:
            text = visual(line, self.rtl)
            align = self.align
            if align == "center":
                canvas.drawCentredString(self._width / 2, y, text)
            elif (align == "start") != self.rtl:
                canvas.drawString(0, y, text)
            else:
                canvas.drawRightString(self._width, y, text)
            y -= style.leading


@dataclass(frozen=True)
class Writer:
    """Builds text and tables in one document's direction."""

    rtl: bool

    def text(self, text: str, style: TextStyle, align: str = "start") -> TextBlock:
        return TextBlock(text, style, self.rtl, align)

    def free_text(self, text: str, style: TextStyle, prefix: str = "") -> TextBlock:
        """Text a person wrote (a note, a reason): ordered in its own direction, like
        dir="auto" on the web, and aligned with the document."""
        own = starts_right_to_left(text)
        block = TextBlock(prefix + text, style, self.rtl if own is None else own,
                          "start" if own is None or own == self.rtl else "end")
        return block

    def table(
        self,
        rows: Sequence[Sequence[str | Flowable]],
        widths: Sequence[float],
        style: TextStyle,
        aligns: Sequence[str] | None = None,
        header_rows: int = 1,
        total_rows: int = 0,
        header_style: TextStyle | None = None,
        zebra: bool = True,
        ruled: bool = False,
    ) -> Table:
        """A table with a bold header, thin rules and mirrored columns in right-to-left."""
        n = len(widths)
        aligns = list(aligns or ["start"] * n)
        header_style = header_style or TextStyle(style.size, bold=True, color=colors.HexColor("#333333"))
        cells: list[list[Flowable]] = []
        for r, row in enumerate(rows):
            is_header = r < header_rows
            is_total = total_rows and r >= len(rows) - total_rows
            cell_style = header_style if is_header else (
                TextStyle(style.size, bold=True) if is_total else style)
            built = [
                value if isinstance(value, Flowable)
                else TextBlock(str(value), cell_style, self.rtl, aligns[c], shrink=is_header)
                for c, value in enumerate(row)
            ]
            cells.append(list(reversed(built)) if self.rtl else built)
        col_widths = list(reversed(widths)) if self.rtl else list(widths)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if header_rows:
            commands += [
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.HexColor("#555555")),
            ]
        if zebra:
            for r in range(header_rows, len(rows) - total_rows):
                if (r - header_rows) % 2 == 1:
                    commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f4f7")))
        if total_rows:
            commands.append(("LINEABOVE", (0, len(rows) - total_rows), (-1, len(rows) - total_rows),
                             0.6, colors.HexColor("#555555")))
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.HexColor("#999999")))
        if ruled:
            # A form to fill in by hand: a line under every row and between the columns.
            commands.append(("GRID", (0, header_rows), (-1, -1), 0.5, colors.HexColor("#9aa3ad")))
            commands.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
        table = Table(cells, colWidths=col_widths, repeatRows=header_rows, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle(commands))
        return table
