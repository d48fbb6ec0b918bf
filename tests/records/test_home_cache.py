"""The home cache: the home screen's facts kept when the store closes, used at the next
start only while the store file is unchanged; never for an encrypted store, forgotten on
erasure, and a tampered file is refused without running anything."""

from __future__ import annotations

import os
import pickle
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.records import home_cache
from facilitator.records.engine import locate
from facilitator.records.schedule import todays_and_upcoming
from facilitator.records.store import Store, open_store
from tests.records.conftest import FakeClock, make_course


@pytest.fixture
def path(data_home: Path) -> Path:
    return data_home / "facilitator.db"


def _filled(path: Path, clock: FakeClock) -> Store:
    store = open_store(str(path), clock=clock)
    course = make_course(store)
    for number in range(1, 4):
        store.schedule_meeting(course.id, number, date(2025, 3, 3 + number), time(18, 30))
    store.start_meeting(course.id, 1, first_step_id="s1-welcome")
    return store


def test_kept_on_close_and_read_back_while_the_file_is_unchanged(path: Path, clock: FakeClock) -> None:
    store = _filled(path, clock)
    overviews, hosts, settings = store.course_overviews(), store.hosts(), store.settings()
    home_cache.close_and_remember(store)

    facts = home_cache.read(str(path))
    assert facts is not None
    assert list(facts.overviews) == overviews
    assert list(facts.hosts) == hosts
    assert facts.settings == settings
    assert facts.location == str(path)
    assert os.stat(home_cache.cache_file()).st_mode & 0o077 == 0  # the user's only


def test_any_write_to_the_store_makes_it_stale(path: Path, clock: FakeClock) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    store = open_store(str(path), clock=clock)
    store.set_setting("retention.notes_months", 12)
    store.close()
    assert home_cache.read(str(path)) is None


def test_another_store_or_a_url_is_never_answered_from_it(path: Path, clock: FakeClock,
                                                          tmp_path: Path) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    other = open_store(str(tmp_path / "other.db"), clock=clock)
    other.close()
    assert home_cache.read(str(tmp_path / "other.db")) is None
    assert home_cache.read(f"sqlite:///{path}") is None  # URLs always open the store


def test_the_default_store_and_plain_paths_name_the_files_the_store_uses(data_home: Path) -> None:
    for db in (None, "", "records.db", "~/records.db", str(data_home / "x.db")):
        assert paths.store_file(db) == locate(db).path
    assert paths.store_file("postgresql://host/db") is None


def test_an_encrypted_store_is_never_cached_and_encrypting_forgets(path: Path, clock: FakeClock) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    assert home_cache.cache_file().exists()
    store = open_store(str(path), clock=clock)
    store.set_passphrase("a long enough passphrase for this test")
    assert not home_cache.cache_file().exists()
    home_cache.close_and_remember(store)
    assert not home_cache.cache_file().exists()
    assert home_cache.read(str(path)) is None


def test_erasing_a_course_forgets_it(path: Path, clock: FakeClock) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    store = open_store(str(path), clock=clock)
    store.erase_course(store.course_overviews()[0].course.id)
    assert not home_cache.cache_file().exists()
    home_cache.close_and_remember(store)
    facts = home_cache.read(str(path))
    assert facts is not None and facts.overviews == ()


class _Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch exploited",))


def test_a_tampered_or_damaged_cache_is_refused_without_running_anything(
        path: Path, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    header, _facts = pickle.loads(home_cache.cache_file().read_bytes())
    monkeypatch.chdir(tmp_path)
    home_cache.cache_file().write_bytes(pickle.dumps((header, _Exploit())))
    assert home_cache.read(str(path)) is None
    assert not (tmp_path / "exploited").exists()
    home_cache.cache_file().write_bytes(b"\x80\x05 not a pickle at all")
    assert home_cache.read(str(path)) is None


def test_a_cache_of_another_version_is_not_used(path: Path, clock: FakeClock,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    home_cache.close_and_remember(_filled(path, clock))
    monkeypatch.setattr(home_cache, "__version__", "99.0.0")
    assert home_cache.read(str(path)) is None


@pytest.mark.parametrize("zone", ["Europe/Copenhagen", "Pacific/Auckland", "America/Los_Angeles"])
def test_todays_and_coming_meetings_from_the_cache_are_the_stores(
        data_home: Path, zone: str) -> None:
    """Around each midnight of the host's zone, what the cache works out equals what the
    store's queries answer."""
    clock = FakeClock(datetime(2025, 3, 4, 0, 0, tzinfo=UTC))
    store = open_store(str(data_home / "facilitator.db"), clock=clock)
    host = store.create_host("Host", "Place", "da", zone)
    courses = []
    for title in ("A", "B"):
        course = store.create_course(
            host_id=host.id, programme_id="managing-stress-together", programme_version="1.0.0",
            title=title, location="Room", group_languages=["da"], facilitator_language="da",
            facilitator_initials=["ab"])
        store.add_participants(course.id, 3)
        courses.append(course)
    for offset, (course, number) in enumerate((c, n) for c in courses for n in range(1, 6)):
        store.schedule_meeting(course.id, number, date(2025, 3, 3 + offset % 7),
                               time(0, 30) if offset % 2 else time(23, 30))
    store.start_meeting(courses[0].id, 2, first_step_id="s2-welcome")
    overviews = store.course_overviews()
    for hours in range(0, 24 * 6, 5):
        clock.now = datetime(2025, 3, 4, 0, 0, tzinfo=UTC) + timedelta(hours=hours)
        today, upcoming = todays_and_upcoming(overviews, clock.now, 3)
        assert today == store.todays_meetings(), clock.now
        assert upcoming == store.upcoming_meetings(days=3), clock.now
    store.close()
