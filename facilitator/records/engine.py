"""Where the store lives and how connections to it are made.

The default store is an SQLite file in the user's data folder; `--db URL` or
`FACILITATOR_DB` choose another file or a PostgreSQL server. Every SQLite connection gets
WAL, foreign keys, a busy timeout and synchronous=FULL (a tick that was acknowledged is on
disk), plus secure_delete so erased rows do not linger in free pages.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from facilitator import paths
from facilitator.records.backup_files import backup_folder

PRAGMAS = (
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
)


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: its URL and, for a file, the files that go with it."""

    url: URL

    @property
    def is_file(self) -> bool:
        return self.url.get_backend_name() == "sqlite" and bool(self.url.database) and (
            self.url.database != ":memory:"
        )

    @property
    def path(self) -> Path:
        if not self.is_file:
            raise ValueError("not a file store")
        return Path(str(self.url.database))

    @property
    def key_file(self) -> Path:
        """The plain header beside an encrypted store: KDF salt and wrapped keys."""
        return self.path.with_name(self.path.name + ".keyinfo")

    @property
    def backup_dir(self) -> Path:
        return backup_folder(self.path)

    @property
    def display(self) -> str:
        return str(self.path) if self.is_file else self.url.render_as_string(hide_password=True)


def locate(db: str | None = None) -> StoreLocation:
    """The store named by `db` (a URL or a file path), or the default file."""
    path = paths.store_file(db)
    if path is not None:
        return StoreLocation(URL.create("sqlite", database=str(path)))
    url = make_url(str(db))
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg2")
    if url.get_backend_name() == "sqlite":
        url = url.set(drivername="sqlite")
    return StoreLocation(url)


def is_empty(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def raw_key(key: bytes) -> str:
    """SQLCipher's raw-key literal: no key derivation inside SQLCipher (we did it)."""
    return f"x'{key.hex()}'"


def _quiet_sqlcipher() -> None:
    # SQLCipher logs decryption failures on stderr; the store reports them itself.
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.close()


_sqlcipher_quieted = False


def sqlcipher_module() -> Any:
    global _sqlcipher_quieted
    import sqlcipher3

    if not _sqlcipher_quieted:
        _quiet_sqlcipher()
        _sqlcipher_quieted = True
    return sqlcipher3


def connect_file(path: Path, key: bytes | None, *, foreign_keys: bool = True) -> Any:
    """A DB-API connection to a store file (autocommit; BEGIN explicitly) for backups and checks."""
    if key is None:
        connection: Any = sqlite3.connect(str(path), isolation_level=None)
    else:
        connection = sqlcipher_module().connect(str(path), isolation_level=None)
        connection.execute(f'PRAGMA key = "{raw_key(key)}"')
    connection.execute("PRAGMA busy_timeout=5000")
    connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    connection.execute("PRAGMA secure_delete=ON")
    return connection


def make_engine(location: StoreLocation, key: bytes | None = None, *, foreign_keys: bool = True) -> Engine:
    """An engine for the store; `foreign_keys=False` only for migrations (see migrate.py)."""
    if location.url.get_backend_name() != "sqlite":
        return create_engine(location.url)
    if key is None:
        engine = create_engine(location.url)
    else:
        sqlcipher_module()
        url = URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(location.path))
        engine = create_engine(url)
    fk = "ON" if foreign_keys else "OFF"

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.execute(f"PRAGMA foreign_keys={fk}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Straight to the driver: this runs before every write, the tick's hot path included.
        connection.connection.driver_connection.execute("BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the database file and empty it (outside any transaction)."""
    connection = engine.raw_connection()
    try:
        connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
    finally:
        connection.close()


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
