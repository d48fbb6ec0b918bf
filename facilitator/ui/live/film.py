"""The film of a film step: the picture on the projector and the controls on the laptop.

A thin stage around a `Player` (media/player.py): it loads the step's film with the
group's subtitles and audio, logs each play for the summary, and pauses and mutes in one
go when the projector is blanked. Frames from a sink are painted here; a native backend
(VLC) draws into the surface's window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player, PlayerState
from facilitator.ui.i18n import is_rtl
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.text import minutes_seconds


class FilmSurface(QWidget):
    """Black, with the film's picture and the subtitle cue drawn over it."""

    def __init__(self, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._cue = ""
        self._rtl = rtl
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(False)

    def set_cue(self, text: str) -> None:
        self._cue = text
        self.update()

    def show_frame(self, frame: QVideoFrame) -> None:
        self._image = frame.toImage() if frame.isValid() else QImage()
        self.update()

    def clear(self) -> None:
        self._image = QImage()
        self._cue = ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if not self._image.isNull():
            scaled = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(self.rect().center())
            painter.drawImage(target, self._image)
        if self._cue:
            font = painter.font()
            font.setPixelSize(max(18, self.height() // 18))
            painter.setFont(font)
            painter.setPen(QColor("#f2f2f2"))
            area = self.rect().adjusted(40, 0, -40, -max(20, self.height() // 14))
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                        | Qt.TextFlag.TextWordWrap)
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self._rtl
                                       else Qt.LayoutDirection.LeftToRight)
            painter.drawText(area, flags, self._cue)
        painter.end()


class FilmControls(QWidget):
    """Play or pause, back to the start, and where the film is."""

    def __init__(self, stage: FilmStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage = stage
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.play_button = QPushButton()
        self.play_button.setAutoDefault(True)
        self.restart_button = QPushButton()
        self.restart_button.setAutoDefault(True)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.time = QLabel()
        self.message = QLabel()
        self.message.setObjectName("warning")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.restart_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.play_button.clicked.connect(stage.toggle)
        self.restart_button.clicked.connect(stage.restart)
        self.position.sliderMoved.connect(stage.seek)
        stage.changed.connect(self._on_stage_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.restart_button.setText(self.tr("From the start"))
        self._update_controls()

    def _on_stage_changed(self) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        stage = self._stage
        self.title.setText(self.tr("Film: %1").replace("%1", stage.title) if stage.title else "")
        playing = stage.state is PlayerState.PLAYING
        self.play_button.setText(self.tr("Pause film") if playing else self.tr("Play film"))
        self.play_button.setEnabled(stage.state not in (PlayerState.EMPTY, PlayerState.ERROR))
        duration = stage.duration
        self.position.setRange(0, max(0, duration))
        if not self.position.isSliderDown():
            self.position.setValue(stage.position)
        self.time.setText(self.tr("%1 of %2").replace("%1", minutes_seconds(stage.position / 1000))
                          .replace("%2", minutes_seconds(duration / 1000)))
        self.message.setText(stage.problem)
        self.message.setVisible(bool(stage.problem))


class FilmStage(QObject):
    changed = Signal()
    showing_changed = Signal(bool)
    """True while the film's picture belongs on the projector (playing or paused in it)."""

    def __init__(self, meeting: LiveMeeting, player: Player, catalogue: FilmCatalogue | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.player = player
        self._catalogue = catalogue
        self.film_id: str | None = None
        self.title = ""
        self.problem = ""
        self.position = 0
        self.duration = 0
        self._loaded: str | None = None
        self._released = False
        self._showing = False
        self._blanked_while_playing = False
        self.surface = FilmSurface(is_rtl(meeting.group_language))
        if player.native_video:
            self.surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            player.attach(int(self.surface.winId()))
        sink = player.video_sink()
        if sink is not None:
            sink.videoFrameChanged.connect(self.surface.show_frame)
        signals = player.signals
        signals.state_changed.connect(self._on_player_state_changed)
        signals.position_changed.connect(self._on_player_position_changed)
        signals.duration_changed.connect(self._on_player_duration_changed)
        signals.subtitle_text_changed.connect(self.surface.set_cue)
        signals.error.connect(self._on_player_error)
        signals.notice.connect(self._on_player_error)
        signals.ended.connect(self._on_player_ended)
        self.controls = FilmControls(self)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self._on_meeting_step_changed()

    @property
    def state(self) -> PlayerState:
        return PlayerState.EMPTY if self._released else self.player.state()

    @property
    def showing(self) -> bool:
        return self._showing

    def toggle(self) -> None:
        if self.state is PlayerState.PLAYING:
            self.player.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.film_id is None or self.state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        if self.state in (PlayerState.STOPPED, PlayerState.ENDED):
            self._meeting.film_started(self.film_id, self.player.subtitle_language(),
                                       self.player.audio_language())
        self.player.set_muted(False)
        self.player.play()

    def restart(self) -> None:
        self.player.stop()
        self.play()

    def seek(self, ms: int) -> None:
        self.player.seek(ms)

    def blank(self, blanked: bool) -> None:
        """Blanking pauses and silences the film; unblanking plays on if it was playing."""
        if blanked:
            self._blanked_while_playing = self.state is PlayerState.PLAYING
            self.player.set_muted(True)
            if self._blanked_while_playing:
                self.player.pause()
        else:
            self.player.set_muted(False)
            if self._blanked_while_playing and self.state is PlayerState.PAUSED:
                self.player.play()
            self._blanked_while_playing = False

    def release(self) -> None:
        self._released = True
        self.player.release()

    # -- slots ----------------------------------------------------------------------------

    def _on_meeting_step_changed(self) -> None:
        if self._released:
            return
        film = self._meeting.current.film
        if film == self.film_id and self._meeting.is_active:
            return
        if self.film_id is not None and self.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self.player.stop()
            self._meeting.film_ended()
        self.film_id = film
        self.surface.clear()
        if film is None or not self._meeting.is_active or self._catalogue is None:
            self.title = ""
            self._update_showing()
            self.changed.emit()
            return
        self.title = self._catalogue.title(film, self._meeting.facilitator_language)
        if film != self._loaded:  # back on the same film's step: it is still loaded
            self._load(film)
        elif self.state is PlayerState.ENDED:
            self.player.stop()
        self._update_showing()
        self.changed.emit()

    def _load(self, film: str) -> None:
        assert self._catalogue is not None
        self.problem = ""
        self.position = 0
        self.duration = 0
        self._loaded = film
        group = self._meeting.group_language
        resolved = self._catalogue.resolve(film, audio_language=group)
        if resolved.video is None:
            self.problem = resolved.problem or ""
            self._loaded = None
            return
        self.player.load(resolved.video, resolved.subtitles, resolved.audio_languages)
        # The group hears its own language when the film has it, else reads it.
        if self.player.set_audio_language(group):
            self.player.set_subtitle_language(None)
        else:
            self.player.set_subtitle_language(group)

    def _on_player_state_changed(self, _state: object) -> None:
        self._update_showing()
        self.changed.emit()

    def _on_player_duration_changed(self, ms: int) -> None:
        self.duration = ms
        self.changed.emit()

    def _on_player_position_changed(self, ms: int) -> None:
        self.position = ms
        self.changed.emit()

    def _on_player_error(self, message: str) -> None:
        self.problem = message
        self._loaded = None  # try again next time
        self.changed.emit()

    def _on_player_ended(self) -> None:
        self._meeting.film_ended()
        self._update_showing()
        self.changed.emit()

    def _update_showing(self) -> None:
        showing = self.state in (PlayerState.PLAYING, PlayerState.PAUSED)
        if showing != self._showing:
            self._showing = showing
            self.showing_changed.emit(showing)
