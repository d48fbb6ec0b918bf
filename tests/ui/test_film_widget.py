"""The film widget: what the facilitator controls and what the projector shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from facilitator.media.fake_backend import FakePlayer
from facilitator.media.player import PlayerState
from facilitator.ui.film_widget import FilmControls, FilmSurface, FilmWidget
from tests.media.conftest import clips  # noqa: F401 (fixture)

pytestmark = pytest.mark.no_qt_log  # see tests/media/conftest.py

SRT = "1\n00:00:00,000 --> 00:01:00,000\n{}\n"


@pytest.fixture
def film(tmp_path: Path) -> dict[str, Path]:
    video = tmp_path / "anchor.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(64))  # the fake decodes nothing
    files = {"video": video}
    for language, text in (("en", "Notice your feet"), ("ar", "لاحظ قدميك على الأرض")):
        files[language] = tmp_path / f"anchor.{language}.srt"
        files[language].write_text(SRT.format(text), encoding="utf-8")
    return files


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer(duration_ms=90_000, audio_languages=("en", "da"))


@pytest.fixture
def widget(qtbot: QtBot, player: FakePlayer, film: dict[str, Path]) -> FilmWidget:
    shown = FilmWidget(player)
    qtbot.addWidget(shown)
    shown.resize(800, 600)
    shown.controls.load(
        film["video"],
        title="Dropping anchor",
        subtitles={"en": film["en"], "ar": film["ar"]},
        audio_languages=("en", "da"),
        group_language="ar",
        duration_ms=90_000,
    )
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def lit_pixels(image: QImage, top_fraction: float = 0.0) -> int:
    """Pixels (every third row and column) that are clearly not black."""
    count = 0
    for y in range(int(image.height() * top_fraction), image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            if max(colour.red(), colour.green(), colour.blue()) > 150:
                count += 1
    return count


def test_film_controls_choose_the_group_language(widget: FilmWidget, player: FakePlayer) -> None:
    controls = widget.controls
    # Arabic is not among the sound tracks, so the group reads it.
    assert player.subtitle_language() == "ar"
    assert controls.subtitle_combo.currentText() == "العربية"
    assert [controls.subtitle_combo.itemData(i) for i in range(3)] == [None, "en", "ar"]
    assert controls.audio_combo.count() == 2
    assert controls.title_label.text() == "Dropping anchor"


def test_film_controls_play_pause_and_show_time_left(
    widget: FilmWidget, player: FakePlayer
) -> None:
    controls = widget.controls
    assert controls.time_label.text() == "0:00 / −1:30"
    controls.play_button.click()
    assert player.state() is PlayerState.PLAYING
    assert controls.play_button.text() == "Pause"
    player.advance(12_000)
    assert controls.time_label.text() == "0:12 / −1:18"
    assert controls.position_slider.value() == 12_000
    controls.play_button.click()
    assert player.state() is PlayerState.PAUSED
    assert controls.play_button.text() == "Play"


def test_film_controls_skip_ten_seconds_and_restart(
    widget: FilmWidget, player: FakePlayer
) -> None:
    controls = widget.controls
    controls.play()
    player.advance(30_000)
    controls.forward_button.click()
    assert player.position() == 40_000
    controls.back_button.click()
    controls.back_button.click()
    assert player.position() == 20_000
    controls.restart_button.click()
    assert player.position() == 0
    assert player.state() is PlayerState.PLAYING


def test_film_controls_switch_subtitles_and_sound(widget: FilmWidget, player: FakePlayer) -> None:
    controls = widget.controls
    controls.subtitle_combo.setCurrentIndex(controls.subtitle_combo.findData("en"))
    assert player.subtitle_language() == "en"
    controls.subtitle_combo.setCurrentIndex(0)
    assert player.subtitle_language() is None
    controls.audio_combo.setCurrentIndex(controls.audio_combo.findData("da"))
    assert player.audio_language() == "da"
    controls.volume_slider.setValue(35)
    assert player.volume() == 35


def test_film_surface_draws_the_cue_right_to_left_for_arabic(
    widget: FilmWidget, player: FakePlayer, qtbot: QtBot
) -> None:
    widget.controls.play()
    player.advance(1000)
    picture = widget.surface.grab().toImage()
    assert lit_pixels(picture, top_fraction=0.6) > 20  # the cue, near the bottom
    assert lit_pixels(picture.copy(0, 0, picture.width(), picture.height() // 2)) == 0
    overlay = widget.surface._painted
    assert overlay._cue == "لاحظ قدميك على الأرض"
    assert overlay._rtl


def test_film_blank_pauses_and_silences_in_one_go(widget: FilmWidget, player: FakePlayer) -> None:
    controls = widget.controls
    changes: list[bool] = []
    controls.blank_changed.connect(changes.append)
    controls.play()
    player.advance(5000)
    controls.blank()
    assert player.state() is PlayerState.PAUSED
    assert player.is_muted()
    assert controls.blank_button.isChecked()
    picture = widget.surface.grab().toImage()
    assert lit_pixels(picture) == 0  # black: no picture, no subtitle
    controls.unblank()
    assert player.state() is PlayerState.PLAYING
    assert not player.is_muted()
    assert changes == [True, False]


def test_film_blank_keeps_a_paused_film_paused(widget: FilmWidget, player: FakePlayer) -> None:
    controls = widget.controls
    controls.play()
    controls.toggle_play()
    controls.blank_button.click()
    assert player.is_muted()
    controls.blank_button.click()
    assert player.state() is PlayerState.PAUSED
    assert not player.is_muted()


def test_film_widget_says_when_the_film_ends(
    widget: FilmWidget, player: FakePlayer, qtbot: QtBot
) -> None:
    widget.controls.play()
    with qtbot.waitSignal(widget.ended):
        player.finish()
    assert widget.controls.play_button.text() == "Play"


def test_film_controls_show_why_a_film_cannot_play(qtbot: QtBot, tmp_path: Path) -> None:
    controls = FilmControls(FakePlayer())
    qtbot.addWidget(controls)
    controls.load(tmp_path / "missing.mp4", title="Unhooking")
    assert "“missing.mp4” was not found" in controls.message()
    assert not controls.message_label.isHidden()
    assert not controls.play_button.isEnabled()


def test_film_controls_are_named_and_reachable_by_keyboard(widget: FilmWidget) -> None:
    controls = widget.controls
    focusable = [
        controls.play_button,
        controls.restart_button,
        controls.back_button,
        controls.forward_button,
        controls.position_slider,
        controls.blank_button,
        controls.subtitle_combo,
        controls.audio_combo,
        controls.volume_slider,
    ]
    for control in focusable:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    walk = [focusable[0]]
    while len(walk) < len(focusable):
        walk.append(walk[-1].nextInFocusChain())
        while not walk[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            walk[-1] = walk[-1].nextInFocusChain()
    assert walk == focusable
    controls.retranslate_ui()
    assert controls.play_button.text() == "Play"


def test_film_surface_hands_its_native_window_to_a_native_player(qtbot: QtBot) -> None:
    class NativeFake(FakePlayer):
        native_video = True

    player = NativeFake()
    surface = FilmSurface(player)
    qtbot.addWidget(surface)
    native = surface.native_window
    assert native.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    assert player.attached_handle == int(native.winId())
    surface.set_blanked(True)
    assert native.isHidden()
    surface.set_blanked(False)
    assert not native.isHidden()


def test_film_surface_paints_the_qt_players_frames(qtbot: QtBot, clips) -> None:  # noqa: F811
    from facilitator.media.qt_backend import QtPlayer

    player = QtPlayer()
    try:
        widget = FilmWidget(player)
        qtbot.addWidget(widget)
        widget.resize(640, 520)
        widget.show()
        with qtbot.waitSignal(player.signals.first_frame, timeout=10_000):
            widget.controls.load(clips.bright, subtitles={"ar": clips.subtitles["ar"]})
            widget.controls.play()
        qtbot.waitUntil(lambda: lit_pixels(widget.surface.grab().toImage()) > 100)
        picture = widget.surface.grab().toImage()
        centre = QColor(picture.pixel(picture.width() // 2, picture.height() // 3))
        assert centre.red() > 200 and 90 < centre.green() < 170 and centre.blue() < 60  # orange
    finally:
        player.release()
