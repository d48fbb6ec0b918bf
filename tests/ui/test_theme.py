"""The theme holds WCAG AA contrast and shows where the keyboard focus is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator.ui import theme


def test_every_text_colour_holds_four_and_a_half_to_one() -> None:
    weak = [(fg, bg, round(theme.contrast(fg, bg), 2)) for fg, bg in theme.CONTRAST_PAIRS
            if theme.contrast(fg, bg) < 4.5]
    assert weak == []


def test_focus_ring_stands_out_from_every_surface() -> None:
    for surface in (theme.WINDOW, theme.SURFACE, theme.RAISED):
        assert theme.contrast(theme.FOCUS, surface) >= 3  # WCAG non-text contrast
    sheet = theme.stylesheet()
    assert sheet.count(":focus") >= 5 and theme.FOCUS in sheet


def test_large_text_enlarges_the_script() -> None:
    assert "22pt" in theme.stylesheet(large_text=True)
    assert "22pt" not in theme.stylesheet(large_text=False)


def test_section_titles_line_up_with_the_text_beneath_them(qtbot: QtBot) -> None:
    # A margin in a style sheet gives a QLabel a frame width, and a label with a frame
    # indents its text by half an "x" unless its indent is set.
    holder = QWidget()
    holder.setStyleSheet(theme.stylesheet())
    layout = QVBoxLayout(holder)
    title, text = QLabel("Today's meetings"), QLabel("No meetings today.")
    title.setObjectName("sectionTitle")
    layout.addWidget(title)
    layout.addWidget(text)
    qtbot.addWidget(holder)
    holder.show()
    assert title.frameWidth() > 0  # the margin
    assert title.indent() == 0
