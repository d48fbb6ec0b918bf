"""Fixtures for the live session: a demo programme, a store whose clock the test holds
(the same instant drives the session run's monotonic clock), a course with codes and a
safety card, and a live session on the fake film player. Synthetic data only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.fake_backend import FakePlayer
from facilitator.records.store import Store, open_store
from facilitator.records.values import CourseRecord
from facilitator.sessions.package import load_programme
from facilitator.sessions.programme import Programme
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.opening import begin_meeting
from facilitator.ui.live.session import LiveSession
from facilitator.ui.live.writer import StoreWriter
from tests.clock import ControlledClock
from tests.conftest import REPO

DEMO = REPO / "resources" / "programmes" / "managing-stress-together"


LiveClock = ControlledClock


@cache
def demo_programme() -> Programme:
    return load_programme(DEMO)


@pytest.fixture
def clock() -> LiveClock:
    return LiveClock()


@pytest.fixture
def store(tmp_path: Path, clock: LiveClock, data_home: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "live.db"), clock=clock.utc)
    try:
        yield opened
    finally:
        opened.close()


def make_course(store: Store, codes: int = 6, group: str = "ar",
                facilitator: str = "en") -> CourseRecord:
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    store.set_safety_card(host.id, facilitator, "Egebjerg health line: 11 22 33 44",
                          "1. Stay with the person.\n2. Call the health line together.")
    programme = demo_programme()
    course = store.create_course(
        host_id=host.id, programme_id=programme.id, programme_version=programme.version,
        title="Tuesday group", location="Borgerhuset", group_languages=[group],
        facilitator_language=facilitator, facilitator_initials=["ab"])
    store.add_participants(course.id, codes)
    return course


@pytest.fixture
def course(store: Store) -> CourseRecord:
    return make_course(store)


def lookup(programme_id: str, version: str) -> Programme | None:
    programme = demo_programme()
    return programme if (programme.id, programme.version) == (programme_id, version) else None


@dataclass
class Live:
    session: LiveSession
    meeting: LiveMeeting
    player: FakePlayer
    writer: StoreWriter
    store: Store
    clock: LiveClock
    qtbot: QtBot

    def settle(self) -> None:
        """Wait until every queued write is committed."""
        self.qtbot.waitUntil(lambda: self.writer.pending == 0, timeout=5000)


@pytest.fixture
def open_live(qtbot: QtBot, store: Store, course: CourseRecord,
              clock: LiveClock) -> Iterator[Callable[..., Live]]:
    sessions: list[LiveSession] = []

    def make(session_number: int = 2, large_text: bool = False) -> Live:
        snapshot = begin_meeting(store, lookup, course.id, session_number)
        writer = StoreWriter(store)
        meeting = LiveMeeting(snapshot, writer, clock=clock.monotonic, wall=clock.local)
        player = FakePlayer(duration_ms=5000)
        live_session = LiveSession(meeting, player, FilmCatalogue(snapshot.programme),
                                   large_text=large_text)
        sessions.append(live_session)
        live_session.show()
        qtbot.waitExposed(live_session.window)
        live = Live(live_session, meeting, player, writer, store, clock, qtbot)
        live.settle()
        return live

    yield make
    for live_session in sessions:
        live_session.close()  # closes and deletes its windows
    QApplication.processEvents()
