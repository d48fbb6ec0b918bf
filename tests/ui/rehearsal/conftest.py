"""Fixtures for rehearsals: a store whose clock the test holds (the same instant drives the
session run's monotonic clock), a course with a held meeting (attendance, a note, a
concern) that a rehearsal must leave untouched, and the rehearsal flow on the fake player.
Synthetic data only: codes, invented places."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from facilitator.media.fake_backend import FakePlayer
from facilitator.records.models import Base
from facilitator.records.store import Store, open_store
from facilitator.sessions.package import load_programme
from facilitator.sessions.programme import Programme
from facilitator.sessions.vocabulary import Attendance, ConcernKind
from facilitator.ui.records_model import Records
from facilitator.ui.rehearsal.flow import Rehearsals
from tests.clock import ControlledClock
from tests.conftest import REPO

DEMO = REPO / "resources" / "programmes" / "managing-stress-together"
APART = {"rehearsals", "rehearsal_visits", "settings"}


TrainerClock = ControlledClock


@cache
def demo_programme() -> Programme:
    return load_programme(DEMO)


@pytest.fixture
def clock() -> TrainerClock:
    return TrainerClock()


@pytest.fixture
def store(tmp_path: Path, clock: TrainerClock, data_home: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "trainer.db"), clock=clock.utc)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def held_course(store: Store) -> None:
    """A course with codes and one held meeting: what a rehearsal must never touch."""
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    programme = demo_programme()
    course = store.create_course(
        host_id=host.id, programme_id=programme.id, programme_version=programme.version,
        title="Tuesday group", location="Borgerhuset", group_languages=["ar"],
        facilitator_language="en", facilitator_initials=["ab"])
    people = store.add_participants(course.id, 6)
    meeting = store.start_meeting(course.id, 1, first_step_id="s1-welcome")
    for person in people[:4]:
        store.mark_attendance(meeting.id, person.id, Attendance.PRESENT)
    store.save_note(meeting.id, "The group asked for more breathing practice.",
                    step_id="s1-welcome", shareable=True)
    store.record_concern(meeting.id, ConcernKind.HEALTH)
    store.finish_meeting(meeting.id)


def rows_about_courses(store: Store) -> dict[str, int]:
    """Rows in every table of courses and meetings (rehearsals and settings left out)."""
    counts: dict[str, int] = {}
    with store.engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            if name not in APART:
                counts[name] = int(connection.execute(
                    select(func.count()).select_from(table)).scalar_one())
    return counts


@pytest.fixture
def flow(records: Records, clock: TrainerClock) -> Iterator[Rehearsals]:
    rehearsals = Rehearsals(records, lambda: FakePlayer(duration_ms=5000),
                            clock=clock.monotonic, wall=clock.local)
    yield rehearsals
    if rehearsals.session is not None:
        rehearsals.session.close()
    records.background.wait_for_done(10000)
    rehearsals.deleteLater()


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """Qt objects of a test are deleted by the event loop and cycles collected here, on the
    GUI thread, never by a collection on a worker thread during a later test."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
