"""The Store: every use case the screens need, so the interface never writes SQL.

    store = open_store()                       # default SQLite file, migrated if behind
    course = store.create_course(host_id=…, programme_id=…, programme_version=…)
    store.mark_attendance(meeting.id, participant.id, Attendance.PRESENT)

Threading: a Store is safe to use from one thread at a time. The backup methods
(`backup_now`, `backup_if_due`) open their own connections and may run on a worker thread
while the GUI thread keeps using the store. `restore`, `set_passphrase`,
`change_passphrase` and `remove_passphrase` need the store to themselves.

Every failure is a `StoreError` subclass with one clear sentence (errors.py).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from facilitator.paths import is_plain_sqlite
from facilitator.records import backup, encryption, home_cache, keyfile
from facilitator.records.base import Clock, utc_now
from facilitator.records.courses import CourseUseCases
from facilitator.records.engine import (
    StoreLocation,
    is_empty,
    locate,
    make_engine,
)
from facilitator.records.errors import (
    InvalidRecord,
    PassphraseRequired,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    WrongPassphrase,
    translate_errors,
)
from facilitator.records.meetings import MeetingUseCases
from facilitator.records.migrate import (
    SchemaState,
    create_schema,
    foreign_schema_error,
    schema_state,
    upgrade,
)
from facilitator.records.notes import NoteUseCases
from facilitator.records.privacy import PrivacyUseCases
from facilitator.records.queries import ScreenQueries
from facilitator.records.rehearsals import RehearsalUseCases

MINIMUM_PASSPHRASE = 8


class Store(
    CourseUseCases,
    MeetingUseCases,
    NoteUseCases,
    ScreenQueries,
    PrivacyUseCases,
    RehearsalUseCases,
):
    """The facilitator's records. Open with `open_store`; close when done."""

    @property
    def is_encrypted(self) -> bool:
        return self._key is not None

    # Backups -----------------------------------------------------------------------

    def _keep(self) -> int:
        return int(self.setting("backups.keep"))

    def backup_now(self, out: Path | None = None) -> Path:
        """A backup on demand (to `out`, or the backup folder); safe off the GUI thread."""
        return backup.make_backup(
            self._location, self._key, reason="manual", out=out, keep=self._keep(), now=self.now()
        )

    def backup_if_due(self) -> Path | None:
        """The daily backup when none was made in 24 hours; call it off the GUI thread."""
        if not self._location.is_file or not self.setting("backups.daily"):
            return None
        return backup.backup_if_due(self._location, self._key, keep=self._keep(), now=self.now())

    def daily_maintenance(self) -> None:
        """Once a day, off the GUI thread: notes past their retention are deleted (here and
        in the backups), then the daily backup is made if it is due."""
        self.purge_expired_notes()
        self.backup_if_due()

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self._location)

    def restore(self, source: Path) -> None:
        """Replace the records with a backup (the current ones are backed up first)."""
        keep, now = self._keep(), self.now()
        self._engine.dispose()
        try:
            backup.restore_file(self._location, self._key, source, keep=keep, now=now)
        finally:
            self._engine = _prepare(self._location, self._key, keep)

    # Encryption at rest ------------------------------------------------------------

    def set_passphrase(self, passphrase: str) -> str:
        """Encrypt the store and its backups; returns the recovery key, shown only once."""
        if not self._location.is_file:
            raise StoreError("Encryption at rest applies to records kept in a file on this computer.")
        if self._key is not None:
            raise InvalidRecord("The records already have a passphrase; change it instead.")
        _check_passphrase(passphrase)
        home_cache.forget()  # a plain copy of the home screen's records must not outlive this
        self._engine.dispose()
        try:
            self._key, recovery = encryption.encrypt_store(self._location, passphrase)
        finally:
            self._engine = make_engine(self._location, self._key)
        return recovery

    def change_passphrase(self, current: str, new: str) -> None:
        """A new passphrase (the current one, or the recovery key, is asked again)."""
        key = self._unlock_again(current)
        _check_passphrase(new)
        encryption.change_passphrase(self._location, key, new)

    def remove_passphrase(self, current: str) -> None:
        """Decrypt the store and its backups back to plain files."""
        key = self._unlock_again(current)
        self._engine.dispose()
        try:
            encryption.decrypt_store(self._location, key)
            self._key = None
        finally:
            self._engine = make_engine(self._location, self._key)

    def _unlock_again(self, secret: str) -> bytes:
        if self._key is None:
            raise InvalidRecord("The records have no passphrase.")
        key = keyfile.unlock(keyfile.read(self._location.key_file), secret)
        if key != self._key:
            raise WrongPassphrase()
        return key


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MINIMUM_PASSPHRASE:
        raise InvalidRecord(f"A passphrase needs at least {MINIMUM_PASSPHRASE} characters.")


def _unlock(location: StoreLocation, passphrase: str | None) -> bytes | None:
    """The database key for an encrypted file store, None for a plain one."""
    if not location.is_file:
        return None
    with translate_errors():
        location.path.parent.mkdir(parents=True, exist_ok=True)
        encryption.finish_interrupted(location)
        if is_empty(location.path) or is_plain_sqlite(location.path):
            return None
        has_key_file = location.key_file.exists()
    if not has_key_file:
        raise StoreCorrupt()
    document = keyfile.read(location.key_file)
    if passphrase is None:
        raise PassphraseRequired()
    return keyfile.unlock(document, passphrase)


def _prepare(location: StoreLocation, key: bytes | None, keep: int = 10) -> Engine:
    """An engine on a store at the head revision: created, or migrated after a backup."""
    engine = make_engine(location, key)
    try:
        state, _revision = schema_state(engine)
        if state is SchemaState.EMPTY:
            create_schema(engine)
        elif state is SchemaState.FOREIGN:
            raise foreign_schema_error()
        elif state is SchemaState.AHEAD:
            raise StoreTooNew()
        elif state is SchemaState.BEHIND:
            engine.dispose()
            if location.is_file:
                backup.make_backup(location, key, reason="migration", keep=keep)
            upgrade(location, key)
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_store(
    db: str | None = None,
    passphrase: str | None = None,
    *,
    clock: Clock = utc_now,
) -> Store:
    """Open (creating or migrating as needed) the store named by `db`: a database URL or
    a file path; None means FACILITATOR_DB's absence, i.e. the default file in the user's
    data folder. Raises PassphraseRequired, WrongPassphrase, StoreCorrupt, StoreReadOnly …
    without changing anything."""
    location = locate(db)
    key = _unlock(location, passphrase)
    engine = _prepare(location, key)
    store = Store(engine, location, key, clock)
    try:
        store._migrate_settings()
        if key is not None:
            encryption.align_backups(location, key)
    except BaseException:
        store.close()
        raise
    return store
