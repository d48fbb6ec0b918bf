"""Can this session's films play for this group? Checked before the meeting, off the GUI
thread, for the readiness check.

For each film: the video is found (package, host folder, bundled films) and matches its
checksum, is a video, has what the group needs to follow it in their language (a sound
track, or readable subtitles), and decodes its first picture. Each film is checked in a
thread pool; results arrive on the GUI thread through `film_checked`, then `finished`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from facilitator.media import messages
from facilitator.media.catalogue import FilmCatalogue, FilmOrigin
from facilitator.media.files import looks_like_video
from facilitator.media.subtitles import SubtitleError, load_srt
from facilitator.sessions.programme import Session

FrameProbe = Callable[[Path, float], "str | None"]
"""Decodes a video's first frame: None when it did, else the reason. Blocks."""


class Playability(enum.Enum):
    OK = "ok"
    WARNING = "warning"
    """The film plays, but something will be missed (e.g. no subtitles in the language)."""
    ERROR = "error"
    """The film will not play, or the group cannot follow it."""


@dataclass(frozen=True)
class FilmPlayability:
    """Whether one of a session's films can play for this group here, and what was found."""

    film_id: str
    title: str
    status: Playability
    reasons: tuple[str, ...] = ()
    video: Path | None = None
    origin: FilmOrigin = FilmOrigin.MISSING
    language: str = ""
    subtitles: dict[str, Path] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """Why the status is not OK, for the facilitator ("" when it is)."""
        return " ".join(self.reasons)


def default_probe() -> FrameProbe:
    """VLC's first-frame probe when VLC works here, else Qt Multimedia's."""
    from facilitator.media import vlc_backend

    if vlc_backend.vlc_available(headless=True) is None:
        return vlc_backend.probe_first_frame
    from facilitator.media import qt_backend

    return qt_backend.probe_first_frame


def check_film(
    catalogue: FilmCatalogue,
    film_id: str,
    language: str,
    probe: FrameProbe | None,
    timeout_s: float = 5.0,
) -> FilmPlayability:
    """Everything about one film, for a group speaking `language`. Blocking: call it from
    a worker thread. `probe=None` skips decoding."""
    if film_id not in catalogue.programme.films:
        return FilmPlayability(
            film_id, film_id, Playability.ERROR, (messages.unknown_film(film_id),)
        )
    film = catalogue.film(film_id)
    title = film.title(language)
    resolved = catalogue.resolve(film_id, audio_language=language)

    def result(status: Playability, *reasons: str) -> FilmPlayability:
        return FilmPlayability(
            film_id,
            title,
            status,
            reasons,
            resolved.video,
            resolved.origin,
            language,
            dict(resolved.subtitles),
        )

    if resolved.video is None or resolved.problem:
        return result(Playability.ERROR, resolved.problem or messages.film_not_found(film.file))
    try:
        if not looks_like_video(resolved.video):
            return result(Playability.ERROR, messages.not_a_video(resolved.video.name))
    except OSError as exc:
        reason = messages.unreadable(resolved.video.name, exc.strerror or str(exc))
        return result(Playability.ERROR, reason)

    errors: list[str] = []
    warnings: list[str] = []
    hears_language = language in film.audio or language in film.versions
    subtitle = resolved.subtitles.get(language)
    if subtitle is not None:
        try:
            load_srt(subtitle)
        except SubtitleError as exc:
            if subtitle.exists():
                problem = messages.subtitles_unreadable(language, subtitle.name, str(exc))
            else:
                problem = messages.subtitles_missing(language, subtitle.name)
            (warnings if hears_language else errors).append(problem)
    elif not hears_language:
        warnings.append(messages.no_subtitles_for(language))

    if probe is not None:
        failure = probe(resolved.video, timeout_s)
        if failure is not None:
            errors.insert(0, failure)
    status = Playability.ERROR if errors else Playability.WARNING if warnings else Playability.OK
    return result(status, *errors, *warnings)


class _Reporter(QObject):
    done = Signal(int, object)
    """(round, FilmPlayability), emitted on a worker thread."""


class _FilmJob(QRunnable):
    def __init__(self, check: Callable[[], FilmPlayability], reporter: _Reporter, number: int):
        super().__init__()
        self._check = check
        self._reporter = reporter
        self._number = number

    def run(self) -> None:
        self._reporter.done.emit(self._number, self._check())


class PlayabilityCheck(QObject):
    """Checks films in a thread pool; results come back on the GUI thread."""

    film_checked = Signal(object)
    """A FilmPlayability."""
    finished = Signal(list)
    """Every FilmPlayability of the round, in the order asked."""

    def __init__(
        self,
        catalogue: FilmCatalogue,
        *,
        probe: FrameProbe | None = None,
        decode: bool = True,
        timeout_s: float = 5.0,
        max_threads: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._probe = probe
        self._decode = decode
        self._timeout = timeout_s
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # No parent: the jobs hold the reporter, so a job finishing after this check is
        # gone still emits into a live object (and Qt drops the call).
        self._reporter = _Reporter()
        self._reporter.done.connect(self._on_reporter_done)
        self._round = 0
        self._expected: list[str] = []
        self._results: dict[str, FilmPlayability] = {}

    def is_running(self) -> bool:
        return len(self._results) < len(self._expected)

    def results(self) -> list[FilmPlayability]:
        return [self._results[film] for film in self._expected if film in self._results]

    def check_session(self, session: Session, language: str) -> None:
        films = [step.film for step in session.steps if step.film]
        self.check_films(dict.fromkeys(f for f in films if f), language)

    def check_films(self, film_ids: Iterable[str], language: str) -> None:
        """Start a round (a round still running is dropped: its results are ignored)."""
        self._round += 1
        self._expected = list(dict.fromkeys(film_ids))
        self._results = {}
        if not self._expected:
            self.finished.emit([])
            return
        probe = self._probe
        if probe is None and self._decode:
            probe = _LazyProbe()
        for film_id in self._expected:
            check = partial(check_film, self._catalogue, film_id, language, probe, self._timeout)
            self._pool.start(_FilmJob(check, self._reporter, self._round))

    def wait(self, ms: int = -1) -> bool:
        """Block until the pool is idle (for shutting down; never during a meeting)."""
        return self._pool.waitForDone(ms)

    @Slot(int, object)
    def _on_reporter_done(self, number: int, result: object) -> None:
        if number != self._round or not isinstance(result, FilmPlayability):
            return
        self._results[result.film_id] = result
        self.film_checked.emit(result)
        if not self.is_running():
            self.finished.emit(self.results())


class _LazyProbe:
    """Chooses VLC or Qt on first use, in the worker (starting libvlc takes ~150 ms)."""

    def __init__(self) -> None:
        self._probe: FrameProbe | None = None

    def __call__(self, video: Path, timeout_s: float) -> str | None:
        if self._probe is None:
            self._probe = default_probe()
        return self._probe(video, timeout_s)
