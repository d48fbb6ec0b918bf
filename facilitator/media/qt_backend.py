"""The fallback backend: Qt Multimedia (its bundled FFmpeg), used when VLC is absent.

Frames go to a QVideoSink (or a video output object passed in) that the film widget
paints; the package's .srt subtitles are not handed to Qt: the shared cue lookup reports
the current text through `signals.subtitle_text_changed` and the widget draws it, right
to left for Arabic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QObject,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaMetaData,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from facilitator.media import messages
from facilitator.media.base import BasePlayer
from facilitator.media.player import PlayerState
from facilitator.media.qtcompat import settle_virtual_overrides

_Status = QMediaPlayer.MediaStatus
_Playback = QMediaPlayer.PlaybackState


def _track_language(meta: QMediaMetaData) -> str | None:
    language = meta.value(QMediaMetaData.Key.Language)
    if not isinstance(language, QLocale.Language) or language in (
        QLocale.Language.AnyLanguage,
        QLocale.Language.C,
    ):
        return None
    return QLocale.languageToCode(language, QLocale.LanguageCodeType.ISO639Part1) or None


class _FrameWatch(QObject):
    """Receives frames from Qt's render thread. A QObject slot, not a plain Python method,
    so that frames still queued when the player goes away die with this object instead of
    calling into a freed player (which crashed here)."""

    seen = Signal(int)
    """Start time of a valid frame, in ms; emitted on the GUI thread."""

    @Slot(QVideoFrame)
    def take(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.seen.emit(frame.startTime() // 1000)


class QtPlayer(BasePlayer):
    name = "qt"
    native_video = False

    def __init__(self, video_output: QObject | None = None) -> None:
        super().__init__()
        self._player = QMediaPlayer()
        self._audio = QAudioOutput()
        self._player.setAudioOutput(self._audio)
        self._own_sink: QVideoSink | None = None
        if video_output is None:
            self._own_sink = QVideoSink()
            self._player.setVideoSink(self._own_sink)
        else:
            self._player.setVideoOutput(video_output)
        self._sink = self._player.videoSink()
        settle_virtual_overrides(self._player, self._audio, *([self._sink] if self._sink else []))
        self._last_frame_ms = 0
        self._starting = False
        self._pending_seek: int | None = None
        self._wanted_audio: str | None = None
        """A seek made before Qt finished opening the file (it would be ignored)."""
        self._connections: list[tuple[Any, Any]] = [
            (self._player.mediaStatusChanged, self._on_player_media_status_changed),
            (self._player.playbackStateChanged, self._on_player_playback_state_changed),
            (self._player.errorOccurred, self._on_player_error_occurred),
            (self._player.durationChanged, self._on_player_duration_changed),
            (self._player.tracksChanged, self._on_player_tracks_changed),
        ]
        self._frames = _FrameWatch(self.signals)
        if self._sink is not None:
            self._sink.videoFrameChanged.connect(self._frames.take)
        self._connections.append((self._frames.seen, self._on_frames_seen))
        for signal, slot in self._connections:
            signal.connect(slot)

    # -- Qt Multimedia's signals ---------------------------------------------------------

    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._released:
            return
        if status is _Status.LoadedMedia and not self._player.hasVideo():
            # FFmpeg "opens" some damaged files with no streams and would play silence.
            self._player.stop()
            self._fail(self._cannot_play())
        elif status is _Status.LoadedMedia and self._pending_seek is not None:
            self._player.setPosition(self._pending_seek)
            self._pending_seek = None
        elif status is _Status.InvalidMedia:
            self._fail(self._cannot_play())
        elif status is _Status.EndOfMedia:
            self._starting = False
            self._reached_end(self._last_frame_ms)

    def _on_player_playback_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._released or self._state in (PlayerState.ERROR, PlayerState.ENDED):
            return
        if state is _Playback.PlayingState:
            self._starting = False
            self._set_state(PlayerState.PLAYING)
        elif state is _Playback.PausedState and self._state is PlayerState.PLAYING:
            self._set_state(PlayerState.PAUSED)

    def _on_player_error_occurred(self, error: QMediaPlayer.Error, _text: str) -> None:
        if self._released or error is QMediaPlayer.Error.NoError:
            return
        self._fail(self._cannot_play())

    def _on_player_duration_changed(self, duration: int) -> None:
        if not self._released:
            self.signals.duration_changed.emit(int(duration))

    def _on_player_tracks_changed(self) -> None:
        if self._released:
            return
        self._player.setActiveSubtitleTrack(-1)  # the package's .srt are drawn instead
        if self._wanted_audio is not None:
            self.set_audio_language(self._wanted_audio)
        self.signals.tracks_changed.emit()

    def _on_frames_seen(self, start_ms: int) -> None:
        if self._released:
            return
        self._last_frame_ms = max(self._last_frame_ms, start_ms)
        if self._state is PlayerState.PLAYING or self._starting:
            self._frame_seen()

    # -- BasePlayer hooks --------------------------------------------------------------

    def _open(self, video: Path) -> None:
        self._last_frame_ms = 0
        self._pending_seek = None
        self._wanted_audio = None
        self._player.setSource(QUrl.fromLocalFile(str(video)))
        self._apply_volume()

    def _close(self) -> None:
        self._starting = False
        self._player.stop()

    def _apply_volume(self) -> None:
        self._audio.setVolume(self._volume / 100)
        self._audio.setMuted(self._muted)

    def _release_backend(self) -> None:
        # Silence first: nothing may reach this player once it is released.
        silenced: list[QObject | None] = [self._player, self._audio, self._sink, self._frames]
        for obj in silenced:
            if obj is not None:
                obj.blockSignals(True)
        self._player.stop()
        self._player.setSource(QUrl())
        for obj in (self._player, self._audio, self._own_sink):
            if obj is not None:
                obj.deleteLater()

    # -- the Player protocol -----------------------------------------------------------

    def play(self) -> None:
        if self._released or self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        if self._state in (PlayerState.STOPPED, PlayerState.ENDED):
            if self._state is PlayerState.ENDED:
                self._player.setPosition(0)
            self._last_frame_ms = 0
            self._begin_play_through()
            self._starting = True
            if self._state is PlayerState.ENDED:
                self._set_state(PlayerState.STOPPED)
        self._player.play()

    def pause(self) -> None:
        if self._state is PlayerState.PLAYING or self._starting:
            self._player.pause()
            self._set_state(PlayerState.PAUSED)
            self._starting = False

    def stop(self) -> None:
        if self._released or self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        self._starting = False
        self._pending_seek = None
        self._player.stop()
        self._player.setPosition(0)
        self._set_state(PlayerState.STOPPED)
        self._moved_to(0)

    def seek(self, ms: int) -> None:
        target = self._seek_target(ms)
        if target is None:
            return
        ms = target
        if self._state is PlayerState.ENDED:
            self._set_state(PlayerState.STOPPED)
        if self._player.mediaStatus() in (_Status.LoadingMedia, _Status.NoMedia):
            self._pending_seek = ms
        else:
            self._player.setPosition(ms)
        self._last_frame_ms = ms
        self._moved_to(ms)

    def position(self) -> int:
        if self._state is PlayerState.ENDED:
            return self.duration()
        if self._pending_seek is not None:
            return self._pending_seek
        return int(self._player.position())

    def duration(self) -> int:
        return max(0, int(self._player.duration()))

    def video_sink(self) -> QVideoSink | None:
        return self._sink

    def audio_languages(self) -> list[str]:
        tracks = self._player.audioTracks()
        if not tracks:
            return list(self._audio_hint)
        languages = []
        for index, meta in enumerate(tracks):
            language = _track_language(meta) or (
                self._audio_hint[index] if index < len(self._audio_hint) else None
            )
            if language:
                languages.append(language)
        return languages

    def _track_languages(self) -> list[str | None]:
        hint = self._audio_hint
        return [
            _track_language(meta) or (hint[i] if i < len(hint) else None)
            for i, meta in enumerate(self._player.audioTracks())
        ]

    def audio_language(self) -> str | None:
        languages = self._track_languages()
        if not languages:  # not opened yet
            return self._wanted_audio or (self._audio_hint[0] if self._audio_hint else None)
        active = self._player.activeAudioTrack()
        if 0 <= active < len(languages):
            return languages[active]
        return languages[0]

    def set_audio_language(self, language: str) -> bool:
        languages = self._track_languages()
        if not languages:  # Qt is still opening the file: choose when its tracks are known
            if language not in self._audio_hint:
                return False
            self._wanted_audio = language
            return True
        if language not in languages:
            return False
        self._wanted_audio = language
        if self._player.activeAudioTrack() != languages.index(language):
            self._player.setActiveAudioTrack(languages.index(language))
        return True


def probe_first_frame(video: Path, timeout_s: float) -> str | None:
    """Decode `video` until its first frame: None when one arrived, else the reason.

    Runs a private event loop; call it from a worker thread (objects are created in,
    and die with, the calling thread) while the application exists."""
    if QCoreApplication.instance() is None:
        raise RuntimeError("probe_first_frame needs a QCoreApplication")
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    settle_virtual_overrides(player, sink)
    loop = QEventLoop()
    outcome: list[str] = []

    def finish(result: str) -> None:
        if not outcome:
            outcome.append(result)
            loop.quit()

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            finish("frame")

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        no_video = status is _Status.LoadedMedia and not player.hasVideo()
        if no_video or status in (_Status.InvalidMedia, _Status.EndOfMedia):
            finish("error")

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(lambda *_: finish("error"))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish("timeout"))
    timer.start(int(timeout_s * 1000))
    player.setSource(QUrl.fromLocalFile(str(video)))
    player.play()
    if not outcome:
        loop.exec()
    player.stop()
    player.setSource(QUrl())
    timer.stop()
    if outcome[:1] == ["frame"]:
        return None
    if outcome[:1] == ["timeout"]:
        return messages.no_picture(video.name, int(timeout_s))
    return messages.cannot_play(video.name)
