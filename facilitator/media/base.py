"""What every player backend shares: state and signals, subtitle cues, the end fired once
per play-through, the position timer, and the checks made before a file reaches a library.

Backends subclass `BasePlayer` and call `_set_state`, `_frame_seen`, `_reached_end` and
`_fail` when their library reports something; they implement the `_open`, `_apply_*` and
`_release_backend` hooks. Everything here runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QVideoSink

from facilitator.media import messages
from facilitator.media.files import looks_like_video
from facilitator.media.player import EndCallback, PlayerSignals, PlayerState
from facilitator.media.subtitles import SubtitleError, SubtitleTrack


class BasePlayer:
    name = "base"
    native_video = False
    position_interval_ms = 100
    """How often position and subtitle cue are refreshed while playing (display only)."""
    clock_runs = True
    """False for a player whose time moves only when told (the fake)."""
    first_frame_timeout_ms = 8000
    """A play-through that shows no picture for this long is reported as an error."""

    def __init__(self) -> None:
        self.signals = PlayerSignals()
        self._state = PlayerState.EMPTY
        self._video: Path | None = None
        self._audio_hint: tuple[str, ...] = ()
        self._subtitles: dict[str, SubtitleTrack] = {}
        self._subtitle_files: dict[str, Path] = {}
        self._wanted_subtitle: str | None = None
        self._cue_text = ""
        self._end_callback: EndCallback | None = None
        self._end_fired = False
        self._saw_frame = False
        self._last_seen_ms = 0
        self._volume = 100
        self._muted = False
        self._released = False
        self._position_timer = QTimer(self.signals)
        self._position_timer.setInterval(self.position_interval_ms)
        self._position_timer.timeout.connect(self._on_position_timer_timeout)
        self._watchdog = QTimer(self.signals)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(self.first_frame_timeout_ms)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)

    # -- hooks for backends -------------------------------------------------------------

    def _open(self, video: Path) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        """Forget the current film (before another load)."""

    def _apply_subtitle(self, language: str | None) -> None:
        """Make the library show `language` (backends that draw subtitles themselves)."""

    def _apply_volume(self) -> None:
        """Hand `_volume` and `_muted` to the library."""

    def _release_backend(self) -> None:
        """Free the library's player."""

    # -- shared behaviour ---------------------------------------------------------------

    def _film_name(self) -> str:
        return self._video.name if self._video is not None else ""

    def _set_state(self, state: PlayerState) -> None:
        if state is self._state:
            return
        self._state = state
        if state is PlayerState.PLAYING and self.clock_runs:
            self._position_timer.start()
        else:
            self._position_timer.stop()
        if state is not PlayerState.PLAYING:
            self._watchdog.stop()
        self.signals.state_changed.emit(state)

    def _begin_play_through(self) -> None:
        self._end_fired = False
        self._saw_frame = False
        self._watchdog.start()

    def _frame_seen(self) -> None:
        if self._saw_frame:
            return
        self._saw_frame = True
        self._watchdog.stop()
        self.signals.first_frame.emit()

    def _reached_end(self, reached_ms: int | None = None) -> None:
        """The library says the film is over: fire the end once, or report a bad file."""
        if self._end_fired or self._state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        if not self._saw_frame:
            self._fail(self._cannot_play())
            return
        self._end_fired = True
        duration = self.duration()
        reached = self._last_seen_ms if reached_ms is None else reached_ms
        early = duration > 0 and reached < duration * 0.9 - 1000
        self._set_state(PlayerState.ENDED)
        self._last_seen_ms = duration
        self.signals.position_changed.emit(duration)
        self._update_cue(-1)
        if early:
            self.signals.notice.emit(
                messages.ended_early(
                    self._film_name(), messages.clock(reached), messages.clock(duration)
                ),
            )
        self.signals.ended.emit()
        if self._end_callback is not None:
            self._end_callback()

    def _fail(self, message: str) -> None:
        if self._state is PlayerState.ERROR:
            return
        self._set_state(PlayerState.ERROR)
        self._update_cue(-1)
        self.signals.error.emit(message)

    def _cannot_play(self) -> str:
        return messages.cannot_play(self._film_name())

    def _check_video(self, video: Path) -> str | None:
        name = video.name
        try:
            if not video.is_file():
                return messages.film_not_found(name)
            if not looks_like_video(video):
                return messages.not_a_video(name)
        except OSError as exc:
            return messages.unreadable(name, exc.strerror or str(exc))
        return None

    def _update_cue(self, ms: int) -> None:
        track = self._subtitles.get(self._wanted_subtitle or "")
        text = track.text_at(ms) if track is not None and ms >= 0 else ""
        if text != self._cue_text:
            self._cue_text = text
            self.signals.subtitle_text_changed.emit(text)

    def _on_position_timer_timeout(self) -> None:
        ms = self.position()
        self._last_seen_ms = max(self._last_seen_ms, ms)
        self.signals.position_changed.emit(ms)
        self._update_cue(ms)

    def _on_watchdog_timeout(self) -> None:
        if not self._saw_frame and self._state is PlayerState.PLAYING:
            self._fail(messages.no_picture(self._film_name(), self.first_frame_timeout_ms // 1000))

    def _moved_to(self, ms: int) -> None:
        """After a seek or stop: show the new time and its subtitle at once."""
        self._last_seen_ms = ms
        self.signals.position_changed.emit(ms)
        self._update_cue(ms)

    # -- the Player protocol (shared parts) ---------------------------------------------

    def load(
        self,
        video: Path,
        subtitles: Mapping[str, Path] | None = None,
        audio_languages: Sequence[str] = (),
    ) -> None:
        if self._released:
            return
        self._close()
        self._video = Path(video)
        self._audio_hint = tuple(audio_languages)
        self._subtitles, self._subtitle_files = {}, {}
        self._wanted_subtitle = None
        self._end_fired, self._saw_frame, self._last_seen_ms = False, False, 0
        self._update_cue(-1)
        problem = self._check_video(self._video)
        if problem is not None:
            self._state = PlayerState.EMPTY
            self._fail(problem)
            return
        for language, path in (subtitles or {}).items():
            try:
                self._subtitles[language] = SubtitleTrack.from_file(Path(path))
                self._subtitle_files[language] = Path(path)
            except SubtitleError as exc:
                if not Path(path).exists():
                    self.signals.notice.emit(messages.subtitles_missing(language, Path(path).name))
                else:
                    self.signals.notice.emit(
                        messages.subtitles_unreadable(language, Path(path).name, str(exc)),
                    )
        self._open(self._video)
        self._set_state(PlayerState.STOPPED)
        self.signals.position_changed.emit(0)
        self.signals.tracks_changed.emit()

    def state(self) -> PlayerState:
        return self._state

    def volume(self) -> int:
        return self._volume

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))
        if not self._released:
            self._apply_volume()

    def is_muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if not self._released:
            self._apply_volume()

    def video_sink(self) -> QVideoSink | None:
        return None

    def attach(self, handle: int) -> None:
        """Backends that paint from a sink have nothing to attach."""

    def subtitle_languages(self) -> list[str]:
        return list(self._subtitles)

    def subtitle_language(self) -> str | None:
        return self._wanted_subtitle

    def set_subtitle_language(self, language: str | None) -> None:
        if self._released:
            return
        if language is not None and language not in self._subtitles:
            language = None
        self._wanted_subtitle = language
        self._apply_subtitle(language)
        self._update_cue(self.position() if self._state is not PlayerState.ENDED else -1)

    def set_end_callback(self, callback: EndCallback | None) -> None:
        self._end_callback = callback

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        self._position_timer.stop()
        self._watchdog.stop()
        self.signals.blockSignals(True)
        self._end_callback = None
        self._release_backend()
        self._state = PlayerState.EMPTY

    # Backends provide these; declared so that type checkers see a complete player.
    def position(self) -> int:
        raise NotImplementedError

    def _seek_target(self, ms: int) -> int | None:
        """Where a seek to `ms` lands (inside the film), or None when nothing is loaded."""
        if self._released or self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return None
        length = self.duration()
        return max(0, min(int(ms), length - 1 if length > 0 else int(ms)))

    def duration(self) -> int:
        raise NotImplementedError
