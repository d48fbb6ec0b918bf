"""Backups: on demand, daily, before migrations; pruning; restore."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.records import backup
from facilitator.records.errors import BackupUnsupported, StoreCorrupt
from facilitator.records.store import Store, open_store
from tests.records.conftest import FakeClock, make_course
from tests.records.first_revision import create_first_revision_store


@pytest.fixture
def file_store(tmp_path: Path, clock: FakeClock) -> Store:
    store = open_store(str(tmp_path / "store" / "facilitator.db"), clock=clock)
    yield store  # type: ignore[misc]
    store.close()


def _notes(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM notes ORDER BY text")]


def test_backup_holds_what_was_committed_even_while_still_in_the_wal(file_store: Store) -> None:
    course = make_course(file_store)
    meeting = file_store.start_meeting(course.id, 1)
    file_store.save_note(meeting.id, "Written just now")
    assert Path(str(file_store.location.path) + "-wal").stat().st_size > 0
    made = file_store.backup_now()
    assert _notes(made) == ["Written just now"]
    assert not Path(str(made) + "-wal").exists()
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_daily_only_when_24_hours_passed(file_store: Store, clock: FakeClock) -> None:
    first = file_store.backup_if_due()
    assert first is not None and first.name.endswith("-daily.db")
    clock.advance(hours=23)
    assert file_store.backup_if_due() is None
    clock.advance(hours=2)
    assert file_store.backup_if_due() is not None


def test_backup_keeps_the_newest_automatic_ones_and_every_manual_one(file_store: Store, clock: FakeClock) -> None:
    file_store.set_setting("backups.keep", 3)
    manual = file_store.backup_now()
    for _ in range(5):
        clock.advance(days=1)
        file_store.backup_if_due()
    reasons = [b.reason for b in file_store.backups()]
    assert reasons.count("daily") == 3 and reasons.count("manual") == 1 and manual.exists()
    assert file_store.backups()[0].made_at == clock.now


def test_backup_to_a_chosen_file_refuses_to_overwrite(file_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "copy.db"
    out.parent.mkdir()
    file_store.backup_now(out)
    with pytest.raises(backup.BackupFailed, match="already exists"):
        file_store.backup_now(out)


def test_restore_brings_back_the_backup_and_keeps_the_state_it_replaced(file_store: Store) -> None:
    course = make_course(file_store)
    meeting = file_store.start_meeting(course.id, 1)
    file_store.save_note(meeting.id, "Before the backup")
    made = file_store.backup_now()
    file_store.save_note(meeting.id, "After the backup")
    file_store.restore(made)
    assert [n.text for n in file_store.notes(meeting.id)] == ["Before the backup"]
    safety = [b for b in file_store.backups() if b.reason == "restore"]
    assert len(safety) == 1 and _notes(safety[0].path) == ["After the backup", "Before the backup"]


def test_restore_of_an_old_revision_backup_is_migrated(file_store: Store, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    counts = create_first_revision_store(f"sqlite:///{old}")
    file_store.restore(old)
    assert len(file_store.courses()) == counts["courses"]
    assert {b.reason for b in file_store.backups()} >= {"restore", "migration"}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(file_store: Store, tmp_path: Path) -> None:
    make_course(file_store)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises(StoreCorrupt, match="not restored"):
        file_store.restore(bad)
    assert len(file_store.courses()) == 1 and file_store.backups() == []


@pytest.mark.postgres
def test_backup_of_a_server_store_is_left_to_its_administrator(postgres_url: str, data_home: object) -> None:
    store = open_store(postgres_url)
    try:
        with pytest.raises(BackupUnsupported, match="administrator"):
            store.backup_now()
        assert store.backup_if_due() is None
    finally:
        store.close()


def test_backup_due_counts_from_the_newest_backup(file_store: Store, clock: FakeClock) -> None:
    file_store.backup_now()
    assert not backup.backup_due(file_store.location, clock.now + timedelta(hours=1))
    assert backup.backup_due(file_store.location, clock.now + timedelta(hours=25))


def test_backup_runs_on_a_worker_thread_while_the_store_is_in_use(file_store: Store) -> None:
    import threading

    course = make_course(file_store)
    meeting = file_store.start_meeting(course.id, 1)
    made: list[Path] = []
    worker = threading.Thread(target=lambda: made.append(file_store.backup_now()))
    worker.start()
    for n in range(20):
        file_store.save_note(meeting.id, f"note {n}")
    worker.join(timeout=60)
    assert len(made) == 1 and len(_notes(made[0])) <= 20
