"""Checking a session's films off the GUI thread, one after another, reporting each.

`check_film` finds the video (package, host folder, bundled films), makes sure it is a
video that matches the programme's checksum, and which subtitle files can be read; it runs
on a worker thread. `FilmChecks` runs it for every film of a session and reports each
result on the GUI thread, with the progress; a new round drops what an old one still sends,
and a check closed while a film is read never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from facilitator.media import messages
from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.files import looks_like_video
from facilitator.media.playability import FrameProbe
from facilitator.media.subtitles import SubtitleError, load_srt
from facilitator.sessions.readiness import FilmFacts, FilmOutcome
from facilitator.ui.background import Background


@dataclass(frozen=True)
class FilmRequest:
    """What to check: a film, the language its title is shown in, the sound wanted."""

    film_id: str
    title_language: str
    audio_language: str | None = None


FilmCheck = Callable[[FilmCatalogue, FilmRequest], FilmFacts]
"""Runs on a worker thread; never touches a widget."""


def check_film(catalogue: FilmCatalogue, request: FilmRequest) -> FilmFacts:
    film = catalogue.film(request.film_id)
    title = film.title(request.title_language)
    resolved = catalogue.resolve(request.film_id, audio_language=request.audio_language)
    subtitles = frozenset(language for language, path in resolved.subtitles.items()
                          if _readable(path))
    if resolved.video is None:
        return FilmFacts(film, title, FilmOutcome.MISSING, resolved.problem or "", subtitles)
    if resolved.problem is not None:
        return FilmFacts(film, title, FilmOutcome.ERROR, resolved.problem, subtitles)
    try:
        is_video = looks_like_video(resolved.video)
    except OSError as exc:
        reason = messages.unreadable(resolved.video.name, exc.strerror or str(exc))
        return FilmFacts(film, title, FilmOutcome.ERROR, reason, subtitles)
    if not is_video:
        return FilmFacts(film, title, FilmOutcome.ERROR,
                         messages.not_a_video(resolved.video.name), subtitles)
    failure = _first_frame_problem(resolved.video)
    if failure is not None:
        return FilmFacts(film, title, FilmOutcome.ERROR, failure, subtitles)
    return FilmFacts(film, title, FilmOutcome.OK, "", subtitles)


_probe: list[FrameProbe] = []


def _first_frame_problem(video: Path) -> str | None:
    """Decode the film's first picture with the player that will show it (VLC, or Qt
    Multimedia where VLC is missing): a film that opens but cannot be decoded is red."""
    if not _probe:
        from facilitator.media.playability import default_probe

        _probe.append(default_probe())
    return _probe[0](video, 5.0)


def _readable(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        load_srt(path)
    except SubtitleError:
        return False
    return True


_worker: Background | None = None


def _film_worker() -> Background:
    """One worker for every check, for the life of the application: films are read one at
    a time (a laptop disk reads one big file faster than two), and closing a check never
    waits for the film being read. No QObject of a check travels to the worker thread, so
    none is ever released there."""
    global _worker
    if _worker is None:
        _worker = Background(QCoreApplication.instance())
    return _worker


class FilmChecks(QObject):
    """`checked(FilmFacts)` per film as it is done; `progress(done, total)`; `finished()`."""

    checked = Signal(object)
    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, check: FilmCheck = check_film, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._round = 0
        self._done = 0
        self._total = 0

    @property
    def running(self) -> bool:
        return self._done < self._total

    def start(self, catalogue: FilmCatalogue, requests: Sequence[FilmRequest]) -> None:
        self._round += 1
        this_round = self._round
        self._done, self._total = 0, len(requests)
        self.progress.emit(0, self._total)
        if not requests:
            self.finished.emit()
            return
        check = self._check
        for request in requests:
            work = partial(_checked_safely, check, catalogue, request)
            _film_worker().run(work, lambda facts: self._on_checked(this_round, facts))

    def wait(self, msecs: int = -1) -> bool:
        """Block until no film is being checked (at shutdown and in tests only)."""
        return _film_worker().wait_for_done(msecs)

    def _on_checked(self, this_round: int, facts: FilmFacts) -> None:
        # The answer may arrive after the check that asked was closed, or re-started.
        if not isValid(self) or this_round != self._round:
            return
        self._done += 1
        self.checked.emit(facts)
        self.progress.emit(self._done, self._total)
        if self._done == self._total:
            self.finished.emit()


def _checked_safely(check: FilmCheck, catalogue: FilmCatalogue,
                    request: FilmRequest) -> FilmFacts:
    try:
        return check(catalogue, request)
    except Exception:
        # An unforeseen failure still reads as one sentence about the film.
        film = catalogue.film(request.film_id)
        return FilmFacts(film, film.title(request.title_language), FilmOutcome.ERROR,
                         messages.cannot_play(film.file))
