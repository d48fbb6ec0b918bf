"""Films on screen: the projector's picture and the facilitator's controls.

`FilmSurface` is what the group sees: the film, full size on black, and nothing else.
A native backend (VLC) draws into a native child window whose id the surface hands to
the player; otherwise the surface paints the frames of the player's video sink and draws
the subtitle cue itself, right to left for Arabic. `FilmControls` is what the facilitator
uses on the laptop: play/pause, from the start, ±10 s, where the film is and how long is
left, subtitle and sound language, volume, and blank (pause and silence in one go).
`FilmWidget` puts both in one widget for a single window.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator.media.catalogue import ResolvedFilm
from facilitator.media.languages import is_right_to_left, native_name
from facilitator.media.messages import clock
from facilitator.media.player import Player, PlayerState

SEEK_STEP_MS = 10_000


def _starts_right_to_left(text: str) -> bool:
    """The direction of a cue is that of its first strong letter (Unicode bidi rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class _PaintedVideo(QWidget):
    """Frames from a video sink, scaled onto black, with the subtitle cue over them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._cue = ""
        self._rtl = False
        self._blanked = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._image = frame.toImage()
            self.update()

    def set_cue(self, text: str, rtl: bool) -> None:
        self._cue, self._rtl = text, rtl
        self.update()

    def set_blanked(self, blanked: bool) -> None:
        self._blanked = blanked
        self.update()

    def clear(self) -> None:
        self._image, self._cue = QImage(), ""
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self._blanked:
            if not self._image.isNull():
                size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(0, 0, size.width(), size.height())
                target.moveCenter(self.rect().center())
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, self._image)
            if self._cue:
                self._paint_cue(painter)
        painter.end()

    def _paint_cue(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(16, self.height() // 16))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        margin = max(12, self.height() // 18)
        area = QRectF(self.rect().adjusted(margin * 2, margin, -margin * 2, -margin))
        direction = Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        painter.setLayoutDirection(direction)
        flags = int(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        )
        bounds = painter.boundingRect(area, flags, self._cue)
        # Outlined text stays readable on any picture, bright or dark.
        path = QPainterPath()
        metrics = painter.fontMetrics()
        lines = self._cue.split("\n")
        y = bounds.top() + metrics.ascent()
        for line in lines:
            width = metrics.horizontalAdvance(line)
            x = area.left() + (area.width() - width) / 2
            path.addText(x, y, font, line)
            y += metrics.lineSpacing()
        if len(lines) == 1 and metrics.horizontalAdvance(self._cue) <= area.width():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.strokePath(path, QPen(QColor(0, 0, 0, 220), max(3, font.pixelSize() // 7)))
            painter.fillPath(path, QColor("#ffffff"))
        else:
            painter.fillRect(bounds.adjusted(-10, -4, 10, 4), QColor(0, 0, 0, 170))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(area, flags, self._cue)


class FilmSurface(QWidget):
    """The projector's film: the picture on black, nothing else."""

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._subtitle_language: str | None = None
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("black"))
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Film picture"))
        self._native = QWidget(self)
        self._native.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self._native.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self._native.setAutoFillBackground(True)
        self._native.setPalette(palette)
        self._painted = _PaintedVideo(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._native)
        self._stack.addWidget(self._painted)
        signals = player.signals
        if player.native_video:
            self._stack.setCurrentWidget(self._native)
            player.attach(int(self._native.winId()))
        else:
            self._stack.setCurrentWidget(self._painted)
            sink = player.video_sink()
            if sink is not None:
                sink.videoFrameChanged.connect(self._painted.show_frame)
            signals.subtitle_text_changed.connect(self._on_player_subtitle_text_changed)

    @property
    def native_window(self) -> QWidget:
        """The child window a native backend draws into."""
        return self._native

    def set_subtitle_language(self, language: str | None) -> None:
        """The language shown (the cue's direction follows its own letters; this is the
        fallback for a cue without any)."""
        self._subtitle_language = language

    def set_blanked(self, blanked: bool) -> None:
        """Black, whatever the player shows (VLC's paused picture included)."""
        self._native.setVisible(not blanked or not self._player.native_video)
        self._painted.set_blanked(blanked)

    def clear(self) -> None:
        self._painted.clear()

    def _on_player_subtitle_text_changed(self, text: str) -> None:
        rtl = _starts_right_to_left(text) if text else is_right_to_left(self._subtitle_language)
        self._painted.set_cue(text, rtl)


class FilmControls(QWidget):
    """The facilitator's controls for the film of the current step."""

    ended = Signal()
    """The film reached its end: the projector can go back to the step's text."""
    blank_changed = Signal(bool)
    subtitle_language_changed = Signal(object)
    """The language now shown as subtitles (str), or None."""

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._title = ""
        self._duration = 0
        self._position = 0
        self._blanked = False
        self._resume_after_blank = False
        self._muted_before_blank = False
        self._message = ""
        self._updating = False
        self._build()
        signals = player.signals
        signals.state_changed.connect(self._on_player_state_changed)
        signals.position_changed.connect(self._on_player_position_changed)
        signals.duration_changed.connect(self._on_player_duration_changed)
        signals.tracks_changed.connect(self._on_player_tracks_changed)
        signals.ended.connect(self._on_player_ended)
        signals.error.connect(self.show_message)
        signals.notice.connect(self.show_message)
        self.retranslate_ui()
        self._update_buttons()

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("filmTitle")
        self.play_button = QPushButton()
        self.restart_button = QPushButton()
        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.blank_button = QPushButton()
        self.blank_button.setCheckable(True)
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setPageStep(SEEK_STEP_MS)
        self.position_slider.setSingleStep(1000)
        self.time_label = QLabel()
        self.subtitle_label = QLabel()
        self.subtitle_combo = QComboBox()
        self.audio_label = QLabel()
        self.audio_combo = QComboBox()
        self.volume_label = QLabel()
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(self._player.volume())
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("filmMessage")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        for label, buddy in (
            (self.subtitle_label, self.subtitle_combo),
            (self.audio_label, self.audio_combo),
            (self.volume_label, self.volume_slider),
        ):
            label.setBuddy(buddy)

        transport = QHBoxLayout()
        for button in (self.play_button, self.restart_button, self.back_button):
            transport.addWidget(button)
        transport.addWidget(self.forward_button)
        transport.addWidget(self.position_slider, 1)
        transport.addWidget(self.time_label)
        transport.addWidget(self.blank_button)
        options = QGridLayout()
        options.addWidget(self.subtitle_label, 0, 0)
        options.addWidget(self.subtitle_combo, 0, 1)
        options.addWidget(self.audio_label, 0, 2)
        options.addWidget(self.audio_combo, 0, 3)
        options.addWidget(self.volume_label, 0, 4)
        options.addWidget(self.volume_slider, 0, 5)
        options.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(transport)
        layout.addLayout(options)
        layout.addWidget(self.message_label)
        order = [
            self.play_button,
            self.restart_button,
            self.back_button,
            self.forward_button,
            self.position_slider,
            self.blank_button,
            self.subtitle_combo,
            self.audio_combo,
            self.volume_slider,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.play_button.clicked.connect(self.toggle_play)
        self.restart_button.clicked.connect(self.restart)
        self.back_button.clicked.connect(lambda: self.skip(-SEEK_STEP_MS))
        self.forward_button.clicked.connect(lambda: self.skip(SEEK_STEP_MS))
        self.blank_button.toggled.connect(self._on_blank_button_toggled)
        self.position_slider.valueChanged.connect(self._on_position_slider_value_changed)
        self.subtitle_combo.currentIndexChanged.connect(self._on_subtitle_combo_changed)
        self.audio_combo.currentIndexChanged.connect(self._on_audio_combo_changed)
        self.volume_slider.valueChanged.connect(self._player.set_volume)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.restart_button.setText(self.tr("From the start"))
        self.back_button.setText(self.tr("−10 s"))
        self.forward_button.setText(self.tr("+10 s"))
        self.blank_button.setText(self.tr("Blank"))
        self.subtitle_label.setText(self.tr("&Subtitles:"))
        self.audio_label.setText(self.tr("S&ound:"))
        self.volume_label.setText(self.tr("&Volume:"))
        self.restart_button.setAccessibleName(self.tr("Play the film from the start"))
        self.back_button.setAccessibleName(self.tr("Back 10 seconds"))
        self.forward_button.setAccessibleName(self.tr("Forward 10 seconds"))
        self.blank_button.setAccessibleName(self.tr("Blank the projector and silence the film"))
        self.position_slider.setAccessibleName(self.tr("Film position"))
        self.subtitle_combo.setAccessibleName(self.tr("Subtitle language"))
        self.audio_combo.setAccessibleName(self.tr("Sound language"))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.message_label.setAccessibleName(self.tr("Film message"))
        self._update_languages()
        self._update_buttons()
        self._update_time()

    # -- what the facilitator (or the live session) does ----------------------------------

    def load(
        self,
        video: Path,
        *,
        title: str = "",
        subtitles: Mapping[str, Path] | None = None,
        audio_languages: Sequence[str] = (),
        group_language: str | None = None,
        duration_ms: int = 0,
    ) -> None:
        """Load a film for the group: their language as sound when the film has it,
        else as subtitles."""
        self._title = title
        self._duration, self._position = duration_ms, 0
        self.clear_message()
        self._player.load(video, subtitles, audio_languages)
        if group_language:
            if group_language in self._player.audio_languages():
                self._player.set_audio_language(group_language)
            elif group_language in self._player.subtitle_languages():
                self._player.set_subtitle_language(group_language)
        self._update_languages()
        self.subtitle_language_changed.emit(self._player.subtitle_language())
        self.title_label.setText(title)
        self._update_time()

    def load_film(self, film: ResolvedFilm, group_language: str, title_language: str) -> None:
        """Load a catalogue film, or show why it cannot play."""
        if film.video is None or film.problem:
            self.title_label.setText(film.title(title_language))
            self.show_message(film.problem or "")
            if film.video is None:
                return
        self.load(
            film.video,
            title=film.title(title_language),
            subtitles=film.subtitles,
            audio_languages=film.audio_languages,
            group_language=group_language,
            duration_ms=film.duration_ms,
        )

    def toggle_play(self) -> None:
        if self._player.state() is PlayerState.PLAYING:
            self._player.pause()
        else:
            self.play()

    def play(self) -> None:
        if self._blanked:
            self.unblank()
        self._player.play()

    def restart(self) -> None:
        self._player.stop()
        self.play()

    def skip(self, delta_ms: int) -> None:
        self._player.seek(max(0, self._player.position() + delta_ms))

    def is_blanked(self) -> bool:
        return self._blanked

    def blank(self) -> None:
        """Pause and silence in one go (a participant is upset); `unblank` resumes."""
        if self._blanked:
            return
        self._blanked = True
        self._resume_after_blank = self._player.state() is PlayerState.PLAYING
        self._muted_before_blank = self._player.is_muted()
        self._player.pause()
        self._player.set_muted(True)
        self._set_blank_button(True)
        self.blank_changed.emit(True)

    def unblank(self) -> None:
        if not self._blanked:
            return
        self._blanked = False
        self._player.set_muted(self._muted_before_blank)
        if self._resume_after_blank:
            self._player.play()
        self._resume_after_blank = False
        self._set_blank_button(False)
        self.blank_changed.emit(False)

    def show_message(self, text: str) -> None:
        self._message = text
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def message(self) -> str:
        return self._message

    # -- slots -------------------------------------------------------------------------

    def _on_player_state_changed(self, _state: object) -> None:
        self._update_buttons()

    def _on_player_position_changed(self, ms: int) -> None:
        self._position = ms
        self._update_time()

    def _on_player_duration_changed(self, ms: int) -> None:
        if ms > 0:
            self._duration = ms
            self._update_time()

    def _on_player_tracks_changed(self) -> None:
        self._update_languages()

    def _on_player_ended(self) -> None:
        self._update_buttons()
        self.ended.emit()

    def _on_blank_button_toggled(self, checked: bool) -> None:
        if checked:
            self.blank()
        else:
            self.unblank()

    def _on_position_slider_value_changed(self, value: int) -> None:
        if not self._updating:
            self._player.seek(value)

    def _on_subtitle_combo_changed(self, _index: int) -> None:
        if self._updating:
            return
        language = self.subtitle_combo.currentData()
        self._player.set_subtitle_language(language)
        self.subtitle_language_changed.emit(language)

    def _on_audio_combo_changed(self, _index: int) -> None:
        language = self.audio_combo.currentData()
        if not self._updating and language:
            self._player.set_audio_language(language)

    # -- redrawing ---------------------------------------------------------------------

    def _set_blank_button(self, checked: bool) -> None:
        self.blank_button.blockSignals(True)
        self.blank_button.setChecked(checked)
        self.blank_button.blockSignals(False)

    def _update_buttons(self) -> None:
        state = self._player.state()
        playing = state is PlayerState.PLAYING
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(
            self.tr("Pause the film") if playing else self.tr("Play the film")
        )
        ready = state not in (PlayerState.EMPTY, PlayerState.ERROR)
        for widget in (
            self.play_button,
            self.restart_button,
            self.back_button,
            self.forward_button,
            self.position_slider,
        ):
            widget.setEnabled(ready)

    def _update_time(self) -> None:
        duration = max(self._duration, self._player.duration())
        position = min(self._position, duration) if duration else self._position
        self._updating = True
        self.position_slider.setRange(0, max(0, duration))
        if not self.position_slider.isSliderDown():
            self.position_slider.setValue(position)
        self._updating = False
        remaining = max(0, duration - position)
        self.time_label.setText(
            self.tr("%1 / −%2").replace("%1", clock(position)).replace("%2", clock(remaining))
        )
        self.time_label.setAccessibleName(
            self.tr("%1 played, %2 left")
            .replace("%1", clock(position))
            .replace("%2", clock(remaining))
        )

    def _update_languages(self) -> None:
        self._updating = True
        self.subtitle_combo.clear()
        self.subtitle_combo.addItem(self.tr("None"), None)
        for language in self._player.subtitle_languages():
            self.subtitle_combo.addItem(native_name(language), language)
        index = self.subtitle_combo.findData(self._player.subtitle_language())
        self.subtitle_combo.setCurrentIndex(max(0, index))
        self.audio_combo.clear()
        for language in self._player.audio_languages():
            self.audio_combo.addItem(native_name(language), language)
        index = self.audio_combo.findData(self._player.audio_language())
        self.audio_combo.setCurrentIndex(max(0, index))
        self.audio_combo.setEnabled(self.audio_combo.count() > 1)
        self._updating = False


class FilmWidget(QWidget):
    """The picture above the controls, for a single window (and for trying a film)."""

    ended = Signal()

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.surface = FilmSurface(player)
        self.controls = FilmControls(player)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.surface, 1)
        layout.addWidget(self.controls)
        self.controls.blank_changed.connect(self.surface.set_blanked)
        self.controls.subtitle_language_changed.connect(self.surface.set_subtitle_language)
        self.controls.ended.connect(self.ended)
