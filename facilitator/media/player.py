"""The film player: a narrow Protocol every backend meets, and its Qt signal bridge.

Threading and callback rules (every backend, every test of the contract):

* Call every method from the GUI thread (the thread that owns the QApplication). Methods
  never block on decoding; they return at once and report through signals.
* Signals of `PlayerSignals`, and the end callback, are delivered on the GUI thread, even
  though libraries such as libvlc report events on threads of their own: a backend hands
  those to Qt through a queued connection and never calls back into the library from
  inside the library's callback.
* The end callback (and `signals.ended`) fires exactly once per play-through: when the film
  reaches its end after `play()`, not again until the film is played anew. `stop()`,
  `load()` and errors never fire it.
* Times are milliseconds, volume is 0–100, languages are two-letter codes ("en", "ar").
* After `release()` the player is inert: it emits nothing and holds no files or threads.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QVideoSink


class PlayerState(enum.Enum):
    EMPTY = "empty"
    """Nothing loaded, or the last load failed."""
    STOPPED = "stopped"
    """Loaded and ready, at the start (or at a position set by `seek`)."""
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    ERROR = "error"


class PlayerSignals(QObject):
    """What a player reports; widgets connect here rather than to a backend."""

    state_changed = Signal(object)
    """The new PlayerState."""
    position_changed = Signal(int)
    """Film time in ms, a few times a second while playing and after every seek."""
    duration_changed = Signal(int)
    ended = Signal()
    """The film reached its end (once per play-through)."""
    error = Signal(str)
    """The film cannot play; the text is for the facilitator."""
    notice = Signal(str)
    """Something is wrong but the film plays (e.g. subtitles missing); for the facilitator."""
    first_frame = Signal()
    """The first picture of a play-through has been decoded."""
    tracks_changed = Signal()
    """Audio or subtitle languages became known or changed."""
    subtitle_text_changed = Signal(str)
    """The current subtitle cue in the chosen language ("" between cues or when hidden)."""


EndCallback = Callable[[], None]


@runtime_checkable
class Player(Protocol):
    """A film player. See the module docstring for the threading and callback rules."""

    name: str
    """"vlc", "qt" or "fake"."""
    native_video: bool
    """True when video is drawn by the library into a native window given to `attach`;
    False when the widget paints frames from `video_sink()` (or nothing, for the fake)."""
    signals: PlayerSignals

    def load(
        self,
        video: Path,
        subtitles: Mapping[str, Path] | None = None,
        audio_languages: Sequence[str] = (),
    ) -> None:
        """Prepare `video` to play from the start, with subtitle files by language.

        `audio_languages` names the file's audio tracks in stream order, used when the file
        itself does not tag them. A missing or unusable file is reported by `signals.error`,
        a missing subtitle file by `signals.notice`.
        """
        ...

    def play(self) -> None:
        """Start, resume, or (after the end) play again from the start."""
        ...

    def pause(self) -> None: ...

    def stop(self) -> None:
        """Stop and go back to the start; the end callback does not fire."""
        ...

    def seek(self, ms: int) -> None:
        """Jump to `ms` (clamped to the film); works while playing, paused or stopped."""
        ...

    def position(self) -> int: ...

    def duration(self) -> int:
        """Length in ms, or 0 until known."""
        ...

    def state(self) -> PlayerState: ...

    def volume(self) -> int: ...

    def set_volume(self, volume: int) -> None: ...

    def is_muted(self) -> bool: ...

    def set_muted(self, muted: bool) -> None: ...

    def attach(self, handle: int) -> None:
        """Draw video into the native window `handle` (X11 window id, HWND or NSView*)."""
        ...

    def video_sink(self) -> QVideoSink | None:
        """Where frames arrive when `native_video` is False (None for the fake)."""
        ...

    def audio_languages(self) -> list[str]:
        """Languages of the audio tracks, once known (see `signals.tracks_changed`)."""
        ...

    def audio_language(self) -> str | None:
        """The language of the audio track playing (or chosen to play)."""
        ...

    def set_audio_language(self, language: str) -> bool:
        """Choose the audio track in `language`; False when the film has none."""
        ...

    def subtitle_languages(self) -> list[str]:
        """Languages whose subtitle files were given to `load` and exist."""
        ...

    def subtitle_language(self) -> str | None:
        """The subtitles being shown, or None."""
        ...

    def set_subtitle_language(self, language: str | None) -> None:
        """Show subtitles in `language` (None hides them); works during playback."""
        ...

    def set_end_callback(self, callback: EndCallback | None) -> None: ...

    def release(self) -> None:
        """Stop and free the library's player, files and threads."""
        ...
