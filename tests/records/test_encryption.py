"""Encryption at rest: SQLCipher with an argon2id-derived key, a recovery key, change and
remove; nothing readable left in the data folder."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from facilitator.records import keyfile
from facilitator.records.errors import InvalidRecord, PassphraseRequired, WrongPassphrase
from facilitator.records.store import Store, open_store
from tests.records.conftest import make_course

NOTE = "Talked about the long wait for the family reunification letter"
PASSPHRASE = "sommerfugl-ved-fjorden"


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _opens_with_plain_sqlite(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def encrypted(folder: Path) -> tuple[Store, str]:
    store = open_store(str(folder / "facilitator.db"))
    course = make_course(store)
    store.save_note(store.start_meeting(course.id, 1).id, NOTE)
    store.backup_now()
    recovery = store.set_passphrase(PASSPHRASE)
    yield store, recovery  # type: ignore[misc]
    store.close()


def test_encryption_leaves_no_readable_file_in_the_data_folder(encrypted: tuple[Store, str], folder: Path) -> None:
    store, _ = encrypted
    meeting = store.course_overviews()[0].meetings[0]
    store.save_note(meeting.id, NOTE + " (again)")
    store.backup_now()
    store.close()
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"facilitator.db", "facilitator.db.keyinfo"}
    assert len([p for p in files if p.parent.name == "backups"]) == 2
    for path in files:
        assert NOTE.encode() not in path.read_bytes(), path
        assert not _opens_with_plain_sqlite(path), path


def test_encryption_key_file_uses_argon2id_with_t3_and_64_mib(encrypted: tuple[Store, str], folder: Path) -> None:
    document = json.loads((folder / "facilitator.db.keyinfo").read_text())
    assert document["kdf"] == {"name": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
    assert set(document["slots"]) == {"passphrase", "recovery"}


def test_encryption_wrong_passphrase_is_refused_and_changes_nothing(encrypted: tuple[Store, str], folder: Path) -> None:
    encrypted[0].close()
    before = _fingerprint(folder)
    with pytest.raises(WrongPassphrase, match="not right"):
        open_store(str(folder / "facilitator.db"), "sommerfugl-ved-fjorde")
    with pytest.raises(PassphraseRequired):
        open_store(str(folder / "facilitator.db"))
    assert _fingerprint(folder) == before


def test_encryption_recovery_key_opens_the_store(encrypted: tuple[Store, str], folder: Path) -> None:
    encrypted[0].close()
    recovery = encrypted[1]
    typed = recovery.lower().replace("-", " ")
    store = open_store(str(folder / "facilitator.db"), typed)
    try:
        assert store.is_encrypted and len(store.courses()) == 1
    finally:
        store.close()


def test_encryption_change_keeps_backups_readable(encrypted: tuple[Store, str], folder: Path) -> None:
    store, recovery = encrypted
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", "another-good-one")
    with pytest.raises(InvalidRecord, match="8 characters"):
        store.change_passphrase(PASSPHRASE, "short")
    store.change_passphrase(PASSPHRASE, "another-good-one")
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(str(folder / "facilitator.db"), PASSPHRASE)
    store = open_store(str(folder / "facilitator.db"), "another-good-one")
    try:
        store.restore(store.backups()[-1].path)
        assert [n.text for n in store.notes(store.course_overviews()[0].meetings[0].id)] == [NOTE]
    finally:
        store.close()
    open_store(str(folder / "facilitator.db"), recovery).close()


def test_encryption_removed_gives_plain_files_back(encrypted: tuple[Store, str], folder: Path) -> None:
    store, _ = encrypted
    store.remove_passphrase(PASSPHRASE)
    assert not store.is_encrypted and len(store.courses()) == 1
    store.close()
    assert not (folder / "facilitator.db.keyinfo").exists()
    for path in [folder / "facilitator.db", *(folder / "backups").iterdir()]:
        assert _opens_with_plain_sqlite(path), path
    open_store(str(folder / "facilitator.db")).close()


def test_encryption_erase_reaches_encrypted_backups(encrypted: tuple[Store, str], folder: Path) -> None:
    store, _ = encrypted
    erased = store.erase_course(store.courses()[0].id)
    assert erased.backups_rewritten == 1 and erased.backups_deleted == 0
    backup_path = store.backups()[0].path
    store.restore(backup_path)
    assert store.courses() == []


def test_encryption_interrupted_before_the_swap_leaves_a_plain_store(folder: Path) -> None:
    store = open_store(str(folder / "facilitator.db"))
    make_course(store)
    store.close()
    document, _ = keyfile.create(keyfile.new_database_key(), PASSPHRASE)
    keyfile.write(folder / "facilitator.db.keyinfo.new", document)  # crash right after this
    (folder / "facilitator.db.converting").write_bytes(os.urandom(4096))
    store = open_store(str(folder / "facilitator.db"))
    try:
        assert not store.is_encrypted and len(store.courses()) == 1
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["facilitator.db"]


def test_encryption_interrupted_after_the_swap_is_completed(encrypted: tuple[Store, str], folder: Path) -> None:
    encrypted[0].close()
    os.replace(folder / "facilitator.db.keyinfo", folder / "facilitator.db.keyinfo.new")  # crash before rename
    store = open_store(str(folder / "facilitator.db"), PASSPHRASE)
    try:
        assert store.is_encrypted and len(store.courses()) == 1
    finally:
        store.close()


def test_encryption_needs_a_passphrase_of_eight_characters(folder: Path) -> None:
    store = open_store(str(folder / "facilitator.db"))
    try:
        with pytest.raises(InvalidRecord, match="8 characters"):
            store.set_passphrase("1234567")
        assert not store.is_encrypted
    finally:
        store.close()
