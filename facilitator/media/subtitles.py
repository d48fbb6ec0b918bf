"""SubRip (.srt) subtitles: a small, forgiving parser and a cue lookup by film time.

Both backends use it: the Qt backend draws the current cue itself, and every backend
reports the current cue through the player signals so that tests and the facilitator's
view can follow the subtitles whichever backend renders them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

_TIMING = re.compile(
    r"(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")


class SubtitleError(ValueError):
    """A subtitle file that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class Cue:
    """One subtitle: the text on screen over a stretch of the film's time."""

    start_ms: int
    end_ms: int
    text: str


def _ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis.ljust(3, "0"))


def parse_srt(text: str) -> list[Cue]:
    """Cues of an SRT text in time order. Index lines are optional; formatting tags
    (<i>, {\\an8}) are dropped because the overlay draws plain text."""
    cues: list[Cue] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _TIMING.search(lines[i])
        if not match:
            i += 1
            continue
        start, end = _ms(*match.group(1, 2, 3, 4)), _ms(*match.group(5, 6, 7, 8))
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            if _TIMING.search(lines[i]):
                break
            body.append(_TAG.sub("", lines[i]).strip())
            i += 1
        # A lone number just before the next timing line is that cue's index.
        if body and body[-1].isdigit() and i < len(lines) and _TIMING.search(lines[i]):
            body.pop()
        if end > start:
            cues.append(Cue(start, end, "\n".join(line for line in body if line)))
    cues.sort(key=lambda cue: (cue.start_ms, cue.end_ms))
    return cues


def load_srt(path: Path) -> list[Cue]:
    """Cues of an SRT file (UTF-8, with or without BOM); SubtitleError if unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SubtitleError("the file is missing") from None
    except OSError as exc:
        raise SubtitleError(exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubtitleError("the file is not UTF-8 text") from None
    cues = parse_srt(text)
    if not cues:
        raise SubtitleError("the file holds no subtitles")
    return cues


class SubtitleTrack:
    """The cues of one language, looked up by film time in O(log n)."""

    def __init__(self, cues: list[Cue]) -> None:
        self._cues = sorted(cues, key=lambda cue: cue.start_ms)
        self._starts = [cue.start_ms for cue in self._cues]
        self._longest = max((cue.end_ms - cue.start_ms for cue in self._cues), default=0)

    @classmethod
    def from_file(cls, path: Path) -> SubtitleTrack:
        return cls(load_srt(path))

    def __len__(self) -> int:
        return len(self._cues)

    @property
    def cues(self) -> tuple[Cue, ...]:
        return tuple(self._cues)

    def text_at(self, ms: int) -> str:
        """The text shown at `ms` (overlapping cues joined, earliest first), or ""."""
        last = bisect.bisect_right(self._starts, ms)
        first = bisect.bisect_left(self._starts, ms - self._longest)
        shown = [cue.text for cue in self._cues[first:last] if cue.start_ms <= ms < cue.end_ms]
        return "\n".join(text for text in shown if text)
