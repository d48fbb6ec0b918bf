"""The theme holds WCAG AA contrast and shows where the keyboard focus is."""

from __future__ import annotations

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
