"""Pieces every exported PDF shares: styles, headings, label–value grids, the page footer."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from facilitator.export.i18n import Translation
from facilitator.export.pdf_page import PageDecoration
from facilitator.export.pdf_text import TextStyle, Writer
from facilitator.export.summary import Summary

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f5f8b")

TITLE = TextStyle(17, bold=True, color=INK, leading_factor=1.25)
SUBTITLE = TextStyle(10.5, color=MUTED, space_after=2)
SESSION = TextStyle(13, bold=True, color=ACCENT, space_before=4, space_after=3, leading_factor=1.25)
HEADING = TextStyle(10.5, bold=True, color=ACCENT, space_before=9, space_after=3)
BODY = TextStyle(9)
SMALL = TextStyle(7.5, color=MUTED)
LABEL = TextStyle(8.5, bold=True, color=MUTED)
VALUE = TextStyle(9, color=INK)


def heading(writer: Writer, text: str) -> Flowable:
    return writer.text(text, HEADING)


def key_values(writer: Writer, pairs: Sequence[tuple[str, str]], total_width: float) -> Flowable:
    """Two label–value pairs per row, read in the document's direction."""
    rows = []
    for i in range(0, len(pairs), 2):
        chunk = list(pairs[i:i + 2]) + [("", "")] * (2 - len(pairs[i:i + 2]))
        rows.append([
            writer.text(chunk[0][0], LABEL), writer.text(chunk[0][1], VALUE),
            writer.text(chunk[1][0], LABEL), writer.text(chunk[1][1], VALUE),
        ])
    widths = [0.15 * total_width, 0.35 * total_width, 0.15 * total_width, 0.35 * total_width]
    return writer.table(rows, widths, BODY, header_rows=0, zebra=False)


def gap(points: float = 4) -> Flowable:
    return Spacer(1, points)


def checksum(digest: str) -> str:
    """The short checksum printed on paper: the digest's first 16 hex digits in fours."""
    short = digest[:16]
    return " ".join(short[i:i + 4] for i in range(0, len(short), 4))


def decoration(summary: Summary, tr: Translation) -> PageDecoration:
    _ = tr.gettext
    return PageDecoration(
        rtl=tr.rtl,
        footer_start=_("Facilitator Companion · programme {id} {version}").format(
            id=summary.programme_id, version=summary.programme_version),
        footer_end=_("Export revision {revision} · checksum {checksum}").format(
            revision=summary.export_revision, checksum=checksum(summary.digest)),
        page_label=_("page {page} of {pages}"),
        demo_band=_("DEMO DATA: made-up course, not a real group; not for reporting")
        if summary.is_demo else None,
        demo_mark=_("DEMO") if summary.is_demo else None,
    )


def counts_table(writer: Writer, rows: Sequence[tuple[str, str]], header: tuple[str, str],
                 total_width: float) -> Flowable:
    """A two-column table of a label and a count."""
    return writer.table([list(header), *[list(r) for r in rows]],
                        [0.75 * total_width, 0.25 * total_width], BODY,
                        aligns=["start", "center"])
