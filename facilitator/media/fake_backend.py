"""A player whose clock the test holds: `advance(ms)` and `finish()` move film time.

It checks files like the real backends (missing, not a video, subtitles) and then plays
nothing: widget tests run instantly and deterministically. Audio tracks are the
languages passed to `load` (or to the constructor).
"""

from __future__ import annotations

from pathlib import Path

from facilitator.media.base import BasePlayer
from facilitator.media.player import PlayerState


class FakePlayer(BasePlayer):
    name = "fake"
    native_video = False
    clock_runs = False

    def __init__(self, duration_ms: int = 2000, audio_languages: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._duration_default = duration_ms
        self._duration = 0
        self._audio_default = audio_languages
        self._position = 0
        self._audio = ""
        self.attached_handle: int | None = None

    def _open(self, video: Path) -> None:
        self._duration = self._duration_default
        self.signals.duration_changed.emit(self._duration)
        self._position = 0
        languages = self.audio_languages()
        self._audio = languages[0] if languages else ""

    def play(self) -> None:
        if self._state in (PlayerState.EMPTY, PlayerState.ERROR, PlayerState.PLAYING):
            return
        if self._state is PlayerState.ENDED:
            self._position = 0
        if self._state in (PlayerState.STOPPED, PlayerState.ENDED):
            self._begin_play_through()
        self._set_state(PlayerState.PLAYING)
        self._frame_seen()
        self._moved_to(self._position)

    def pause(self) -> None:
        if self._state is PlayerState.PLAYING:
            self._set_state(PlayerState.PAUSED)

    def stop(self) -> None:
        if self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        self._position = 0
        self._set_state(PlayerState.STOPPED)
        self._moved_to(0)

    def seek(self, ms: int) -> None:
        if self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        self._position = max(0, min(int(ms), self._duration))
        if self._state is PlayerState.ENDED:
            self._set_state(PlayerState.STOPPED)
        self._moved_to(self._position)

    def position(self) -> int:
        return self._position

    def duration(self) -> int:
        return self._duration

    def attach(self, handle: int) -> None:
        self.attached_handle = handle

    def audio_languages(self) -> list[str]:
        return list(self._audio_hint or self._audio_default)

    def audio_language(self) -> str | None:
        return self._audio or None

    def set_audio_language(self, language: str) -> bool:
        if language not in self.audio_languages():
            return False
        self._audio = language
        return True

    # -- the test's hand on the clock ---------------------------------------------------

    def advance(self, ms: int) -> None:
        """Let `ms` of film time pass (only while playing)."""
        if self._state is not PlayerState.PLAYING:
            return
        self._position = min(self._duration, self._position + max(0, int(ms)))
        if self._position >= self._duration:
            self._reached_end(self._position)
        else:
            self._last_seen_ms = self._position
            self.signals.position_changed.emit(self._position)
            self._update_cue(self._position)

    def finish(self) -> None:
        """Play on to the end at once (resuming a paused film)."""
        if self._state is PlayerState.PAUSED:
            self._set_state(PlayerState.PLAYING)
        self.advance(self._duration)
