"""Encryption at rest: turning a store file into an SQLCipher file and back.

Setting a passphrase re-writes the store (and every backup beside it) encrypted with a
random key, wrapped in the key file by the passphrase and by a recovery key that is shown
once (see keyfile.py). Every step is ordered so that a crash or power cut at any point
leaves a store that opens: the old file is checkpointed, the new one written beside it,
fsynced and renamed over it; `finish_interrupted` completes or undoes a half-done swap
of the key file at the next start.

What this cannot do: blocks of the old plain file that the file system has freed are not
overwritten (use full-disk encryption for that).
"""

from __future__ import annotations

import os
from pathlib import Path

from facilitator.paths import is_plain_sqlite
from facilitator.records import keyfile
from facilitator.records.backup import list_backups
from facilitator.records.engine import (
    StoreLocation,
    connect_file,
    fsync_dir,
    is_empty,
    raw_key,
    sqlcipher_module,
)
from facilitator.records.errors import translate_errors

_SIDECARS = ("-wal", "-shm")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def export_copy(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Copy a database into a new file with another key (None: plain) via sqlcipher_export."""
    target.unlink(missing_ok=True)
    connection = sqlcipher_module().connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            connection.execute(f'PRAGMA key = "{raw_key(source_key)}"')
        connection.execute(
            "ATTACH DATABASE ? AS target KEY ?", (str(target), raw_key(target_key) if target_key else "")
        )
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def convert_file(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Re-write one database file under `new_key`, safely against a crash mid-way."""
    with translate_errors():
        connection = connect_file(path, old_key)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        staged = _sidecar(path, ".converting")
        export_copy(path, old_key, staged, new_key)
        for suffix in _SIDECARS:
            _sidecar(path, suffix).unlink(missing_ok=True)
        os.replace(staged, path)
        fsync_dir(path.parent)


def _pending_key_file(location: StoreLocation) -> Path:
    return _sidecar(location.key_file, ".new")


def finish_interrupted(location: StoreLocation) -> None:
    """Complete or undo a conversion that a crash interrupted (called before opening)."""
    path = location.path
    with translate_errors():
        _sidecar(path, ".converting").unlink(missing_ok=True)
        _sidecar(path, ".restoring").unlink(missing_ok=True)
        pending = _pending_key_file(location)
        store_plain = is_empty(path) or is_plain_sqlite(path)
        if pending.exists():
            if store_plain:
                pending.unlink()
            else:
                os.replace(pending, location.key_file)
        elif store_plain and not is_empty(path) and location.key_file.exists():
            # Removing the passphrase got as far as the plain file; the key file is stale.
            location.key_file.unlink()


def encrypt_store(location: StoreLocation, passphrase: str) -> tuple[bytes, str]:
    """Encrypt the (closed) store and its backups; returns the key and the recovery key."""
    database_key = keyfile.new_database_key()
    document, recovery = keyfile.create(database_key, passphrase)
    keyfile.write(_pending_key_file(location), document)
    if location.path.exists() and not is_empty(location.path):
        convert_file(location.path, None, database_key)
    with translate_errors():
        os.replace(_pending_key_file(location), location.key_file)
        fsync_dir(location.path.parent)
    align_backups(location, database_key)
    return database_key, recovery


def decrypt_store(location: StoreLocation, database_key: bytes) -> None:
    """Turn the (closed) store and its backups back into plain SQLite files."""
    for backup in list_backups(location):
        if not is_plain_sqlite(backup.path):
            convert_file(backup.path, database_key, None)
    convert_file(location.path, database_key, None)
    with translate_errors():
        location.key_file.unlink(missing_ok=True)
        fsync_dir(location.path.parent)


def align_backups(location: StoreLocation, database_key: bytes) -> int:
    """Encrypt any plain backup left by an interrupted conversion; returns how many."""
    converted = 0
    for backup in list_backups(location):
        if is_plain_sqlite(backup.path):
            convert_file(backup.path, None, database_key)
            converted += 1
    return converted


def change_passphrase(location: StoreLocation, database_key: bytes, new_passphrase: str) -> None:
    document = keyfile.read(location.key_file)
    keyfile.write(location.key_file, keyfile.with_passphrase(document, database_key, new_passphrase))
