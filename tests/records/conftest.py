"""Fixtures for the storage tests: a store on each backend, a clock the test moves, and a
small course with codes and a meeting (synthetic: codes and invented places only)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.records.store import Store, open_store
from facilitator.records.values import CourseRecord, HostRecord, MeetingRecord, ParticipantRecord


class FakeClock:
    """The store's clock, moved by the test."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2025, 3, 4, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass(frozen=True)
class Course:
    host: HostRecord
    course: CourseRecord
    people: list[ParticipantRecord]

    @property
    def id(self) -> uuid.UUID:
        return self.course.id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(store_url: str, clock: FakeClock, data_home: object) -> Iterator[Store]:
    opened = open_store(store_url, clock=clock)
    try:
        yield opened
    finally:
        opened.close()


def make_course(store: Store, codes: int = 5, title: str = "Tuesday group") -> Course:
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    course = store.create_course(
        host_id=host.id, programme_id="managing-stress-together", programme_version="1.0.0",
        title=title, location="Borgerhuset", group_languages=["ar", "da"],
        facilitator_language="ar", facilitator_initials=["ab", "cd"],
    )
    return Course(host, course, store.add_participants(course.id, codes))


@pytest.fixture
def course(store: Store) -> Course:
    return make_course(store)


@pytest.fixture
def meeting(store: Store, course: Course) -> MeetingRecord:
    return store.start_meeting(course.id, 1, first_step_id="s1-welcome")
