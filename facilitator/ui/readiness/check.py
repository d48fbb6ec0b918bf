"""The readiness check of one meeting, as the screen sees it: findings that update in place.

`ReadinessCheck` gathers the facts (films checked on a worker thread, the screens Qt
lists, the host's safety card read from the store off the GUI thread, the materials the
facilitator ticks) and turns them into `ReadinessItem`s with the rules of
`facilitator.sessions.readiness`. `changed` after every new fact; `recheck()` gathers them
again (a projector plugged in, a film copied into the folder).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from facilitator import paths
from facilitator.media.catalogue import FilmCatalogue
from facilitator.sessions import readiness
from facilitator.sessions.programme import Programme, Session
from facilitator.sessions.readiness import (
    FilmFacts,
    FilmOutcome,
    Light,
    Material,
    ReadinessItem,
)
from facilitator.ui.readiness.films import FilmChecks, FilmRequest

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import SafetyCard
    from facilitator.ui.records_model import Records

ScreenList = Callable[[], list[str]]


def qt_screens() -> list[str]:
    """The screens Qt knows now, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = ([primary] if primary is not None else []) + [s for s in screens if s != primary]
    return [screen.name() or str(index + 1) for index, screen in enumerate(ordered)]


@dataclass(frozen=True)
class MeetingToCheck:
    """A scheduled (or about to start) meeting: what the check needs to know of it."""

    programme: Programme
    session_number: int
    group_languages: tuple[str, ...]
    facilitator_language: str
    host_id: uuid.UUID | None = None
    host_name: str = ""
    course_id: uuid.UUID | None = None
    course_title: str = ""
    starts_at: datetime | None = None

    @property
    def session(self) -> Session:
        return self.programme.session(self.session_number)

    @property
    def text_language(self) -> str:
        """The facilitator's language when the programme has it, else its source language."""
        if self.facilitator_language in self.programme.languages:
            return self.facilitator_language
        return self.programme.source_language


class ReadinessCheck(QObject):
    changed = Signal()
    progress = Signal(int, int)
    """Films checked so far, of how many."""

    def __init__(self, meeting: MeetingToCheck, records: Records, *,
                 screens: ScreenList = qt_screens, film_checks: FilmChecks | None = None,
                 host_films: Path | None = None, bundled_films: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self._records = records
        self._screens = screens
        self._host_films = host_films
        self._catalogue = FilmCatalogue(meeting.programme, host_dir=host_films,
                                        bundled_dir=bundled_films)
        self._film_checks = film_checks or FilmChecks(parent=self)
        self._film_checks.checked.connect(self._on_film_checks_checked)
        self._film_checks.progress.connect(self.progress)
        self._films = readiness.session_films(meeting.programme, meeting.session)
        self._facts: dict[str, FilmFacts] = {}
        self._screen_names: list[str] = []
        self._card: SafetyCard | None = None
        self._card_known = False
        self.materials: tuple[Material, ...] = readiness.session_materials(
            meeting.programme, meeting.session, meeting.text_language)
        self._ticked: set[int] = set()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_application_screens_changed)
            app.screenRemoved.connect(self._on_application_screens_changed)

    # -- what the screen shows ------------------------------------------------------------

    @property
    def checking(self) -> bool:
        return self._film_checks.running or not self._card_known

    @property
    def host_films_folder(self) -> Path:
        return self._host_films or paths.host_films_dir()

    def items(self) -> list[ReadinessItem]:
        found: list[ReadinessItem] = []
        folder = str(self.host_films_folder)
        for film in self._films:
            facts = self._facts.get(film.id) or FilmFacts(
                film, film.title(self.meeting.text_language), FilmOutcome.PENDING)
            found += readiness.film_items(facts, self.meeting.group_languages, folder)
        found.append(readiness.screen_item(self._screen_names))
        found.append(self._card_item())
        found.append(readiness.materials_item(len(self.materials), len(self._ticked)))
        return found

    def light(self) -> Light:
        return readiness.worst(item.light for item in self.items())

    def is_ticked(self, index: int) -> bool:
        return index in self._ticked

    def tick(self, index: int, ticked: bool) -> None:
        if ticked:
            self._ticked.add(index)
        else:
            self._ticked.discard(index)
        self.changed.emit()

    # -- checking -------------------------------------------------------------------------

    def recheck(self) -> None:
        """Look at everything again; films are checked in the background."""
        self._facts.clear()
        self._screen_names = self._screens()
        self._card_known = False
        self._read_card()
        requests = [FilmRequest(film.id, self.meeting.text_language,
                                self.meeting.group_languages[0]
                                if self.meeting.group_languages else None)
                    for film in self._films]
        self._film_checks.start(self._catalogue, requests)
        self.changed.emit()

    def _read_card(self) -> None:
        host_id, language = self.meeting.host_id, self.meeting.facilitator_language
        if host_id is None:
            self._on_card_read(None)
            return

        def read(store: Store) -> SafetyCard | None:
            return store.safety_card(host_id, language)

        self._records.call(read, self._on_card_read, lambda _error: self._on_card_read(None),
                           refresh=False)

    def _card_item(self) -> ReadinessItem:
        if not self._card_known:
            return ReadinessItem(readiness.Finding.CARD_CHECKING, Light.CHECKING,
                                 self.meeting.host_name)
        card = self._card
        return readiness.safety_card_item(
            self.meeting.host_name, card.contacts if card else None,
            card.referral_steps if card else None)

    # -- slots ----------------------------------------------------------------------------

    def _on_card_read(self, card: SafetyCard | None) -> None:
        if not isValid(self):
            return  # the check was closed before the store answered
        self._card = card
        self._card_known = True
        self.changed.emit()

    def _on_film_checks_checked(self, facts: FilmFacts) -> None:
        self._facts[facts.film.id] = facts
        self.changed.emit()

    def _on_application_screens_changed(self) -> None:
        self._screen_names = self._screens()
        self.changed.emit()
