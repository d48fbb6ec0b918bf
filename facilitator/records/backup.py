"""Backups of a store kept in a file: daily, before each migration, on demand; restore.

A backup is made with `VACUUM INTO` on a connection of its own: a consistent, compact copy
that includes what is still in the WAL, without ever copying a live `-wal` file. An
encrypted store gives encrypted backups (SQLCipher writes them with the same key). These
functions open their own connections and may run on a worker thread while the interface
uses the store; restore needs the store closed.

Backups live in `backups/` beside the store, named `facilitator-<UTC instant>-<reason>.db`.
Automatic ones (daily, migration, before a restore) are pruned to the newest N; manual ones
are kept until deleted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from facilitator.paths import is_plain_sqlite
from facilitator.records.backup_files import (
    BackupInfo,
    backup_name,
    backups_of,
    daily_backup_due,
)
from facilitator.records.engine import (
    StoreLocation,
    connect_file,
    fsync_dir,
    locate,
    make_engine,
)
from facilitator.records.errors import (
    BackupFailed,
    BackupUnsupported,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    WrongPassphrase,
    translate_errors,
)

AUTOMATIC = ("daily", "migration", "restore")
REASONS = (*AUTOMATIC, "manual")
def _require_file(location: StoreLocation) -> None:
    if not location.is_file:
        raise BackupUnsupported()


def list_backups(location: StoreLocation) -> list[BackupInfo]:
    """Backups in the store's backup folder, newest first."""
    return backups_of(location.path) if location.is_file else []


def _vacuum_into(source: Path, key: bytes | None, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = connect_file(source, key)
    try:
        connection.execute("VACUUM INTO ?", (str(partial),))
    finally:
        connection.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    fsync_dir(target.parent)


def make_backup(
    location: StoreLocation,
    key: bytes | None,
    *,
    reason: str = "manual",
    out: Path | None = None,
    keep: int = 10,
    now: datetime | None = None,
) -> Path:
    """Back the store up now; returns the backup's path. Prunes old automatic backups."""
    _require_file(location)
    if reason not in REASONS:
        raise ValueError(reason)
    made_at = now or datetime.now(UTC)
    if out is None:
        location.backup_dir.mkdir(parents=True, exist_ok=True)
        target = location.backup_dir / backup_name(made_at, reason)
    else:
        target = out
        if target.exists():
            raise BackupFailed(f"{target} already exists; choose another name for the backup.")
    try:
        with translate_errors():
            _vacuum_into(location.path, key, target)
    except StoreError as error:
        target.with_name(target.name + ".partial").unlink(missing_ok=True)
        if type(error) is StoreError:
            raise BackupFailed("The backup could not be written, so none was made.") from error
        raise
    if reason in AUTOMATIC:
        prune(location, keep)
    return target


def prune(location: StoreLocation, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; manual ones stay."""
    automatic = [b for b in list_backups(location) if b.reason in AUTOMATIC]
    removed = []
    for backup in automatic[max(keep, 1):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def backup_due(location: StoreLocation, now: datetime | None = None) -> bool:
    """True when no backup was made in the last 24 hours."""
    return location.is_file and daily_backup_due(location.path, now)


def backup_if_due(
    location: StoreLocation, key: bytes | None, *, keep: int = 10, now: datetime | None = None
) -> Path | None:
    """The daily backup, if one is due (call it off the GUI thread)."""
    if backup_due(location, now):
        return make_backup(location, key, reason="daily", keep=keep, now=now)
    return None


def check_backup(path: Path, key: bytes | None) -> str:
    """Open a backup, prove it is whole and ours; returns its schema revision."""
    from facilitator.records.migrate import REVISIONS

    if not path.is_file():
        raise BackupFailed(f"There is no backup at {path}.")
    with translate_errors():
        plain = is_plain_sqlite(path)
    if not plain and key is None:
        raise WrongPassphrase(
            "This backup is encrypted; set the passphrase it was made with before restoring it."
        )
    try:
        with translate_errors():
            connection = connect_file(path, None if plain else key)
            try:
                check = connection.execute("PRAGMA quick_check").fetchone()
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                connection.close()
    except StoreCorrupt as error:
        if plain:
            raise StoreCorrupt("The backup file is damaged, so it was not restored.") from error
        raise WrongPassphrase(
            "This backup does not open with the store's key (or is damaged), so it was not restored."
        ) from error
    except StoreError as error:
        raise StoreCorrupt("The file is not a Facilitator Companion backup, so it was not restored.") from error
    if not check or check[0] != "ok":
        raise StoreCorrupt("The backup file is damaged, so it was not restored.")
    if not revision:
        raise StoreCorrupt("The file is not a Facilitator Companion backup, so it was not restored.")
    if revision[0] not in REVISIONS:
        raise StoreTooNew()
    return str(revision[0])


def restore_file(
    location: StoreLocation,
    key: bytes | None,
    source: Path,
    *,
    keep: int = 10,
    now: datetime | None = None,
) -> None:
    """Replace the store with the backup at `source`; the store must be closed.

    The current store is backed up first when it can be read. The backup is copied with
    VACUUM INTO (or re-encrypted to match the store), then swapped in; an older schema is
    migrated when the store is next opened.
    """
    _require_file(location)
    check_backup(source, key)
    try:
        if location.path.exists():
            make_backup(location, key, reason="restore", keep=keep, now=now)
    except (StoreCorrupt, WrongPassphrase):
        pass  # the damaged store is what the restore replaces
    staged = location.path.with_name(location.path.name + ".restoring")
    staged.unlink(missing_ok=True)
    with translate_errors():
        if is_plain_sqlite(source) == (key is None):
            _vacuum_into(source, key, staged)
        else:
            from facilitator.records.encryption import export_copy

            export_copy(source, None, staged, key)
        # The old store's WAL belongs to the old file: it must go before the swap, or it
        # would be replayed into the restored one.
        for suffix in ("-wal", "-shm"):
            location.path.with_name(location.path.name + suffix).unlink(missing_ok=True)
        os.replace(staged, location.path)
        fsync_dir(location.path.parent)


def rewrite_backups(
    location: StoreLocation, key: bytes | None, change: Callable[[Engine], int]
) -> tuple[int, int]:
    """Apply `change` (an erasure) to every backup in the backup folder, then VACUUM it so
    no freed page keeps the erased rows. A backup that cannot be rewritten is deleted:
    erased data must not survive in it. Returns (rewritten, deleted)."""
    rewritten = deleted = 0
    for backup in list_backups(location):
        backup_key = None if is_plain_sqlite(backup.path) else key
        engine = make_engine(locate(str(backup.path)), backup_key)
        try:
            changed = change(engine)
            engine.dispose()
            if changed:
                connection = connect_file(backup.path, backup_key)
                try:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    connection.execute("VACUUM")
                    connection.execute("PRAGMA journal_mode=DELETE")
                finally:
                    connection.close()
                rewritten += 1
        except Exception:
            engine.dispose()
            for doomed in (backup.path, *(backup.path.with_name(backup.path.name + s) for s in ("-wal", "-shm"))):
                doomed.unlink(missing_ok=True)
            deleted += 1
    return rewritten, deleted
