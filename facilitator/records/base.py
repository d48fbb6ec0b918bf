"""What every use case of the store shares: the engine, the clock and transactions.

Each use case runs in its own short transaction and commits before returning, so an
acknowledged change is on disk. `Store.batch()` lets a bulk job (the demo generator, an
import) group many use cases into one transaction. Results are frozen values from
`values.py`, never ORM objects.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from facilitator.records import settings as defaults
from facilitator.records.engine import StoreLocation
from facilitator.records.errors import NotFound, translate_errors
from facilitator.records.models import SettingRow

Clock = Callable[[], datetime]
Row = TypeVar("Row")


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreBase:
    """The engine and the transaction helpers the use-case mixins build on."""

    def __init__(
        self,
        engine: Engine,
        location: StoreLocation,
        key: bytes | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._engine = engine
        self._location = location
        self._key = key
        self._clock = clock
        # The open batch belongs to the thread that opened it: the live writer's thread
        # and the records worker use one Store, and a write from one must never land in a
        # transaction the other has open.
        self._local = threading.local()

    @property
    def location(self) -> StoreLocation:
        return self._location

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def now(self) -> datetime:
        """The current instant in UTC (from the clock the store was given)."""
        value = self._clock()
        if value.tzinfo is None:
            raise ValueError("the store's clock must return aware datetimes")
        return value.astimezone(UTC)

    def close(self) -> None:
        """Release every connection; the store must not be used afterwards."""
        self._engine.dispose()

    @property
    def _batch(self) -> Session | None:
        batch: Session | None = getattr(self._local, "batch", None)
        return batch

    @_batch.setter
    def _batch(self, session: Session | None) -> None:
        self._local.batch = session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One committed transaction (or the open batch)."""
        if self._batch is not None:
            with translate_errors():
                yield self._batch
                self._batch.flush()
            return
        with (
            translate_errors(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        if self._batch is not None:
            with translate_errors():
                yield self._batch
            return
        with (
            translate_errors(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many use cases as one transaction: all of them are saved, or none."""
        if self._batch is not None:
            yield
            return
        with (
            translate_errors(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            self._batch = session
            try:
                yield
            finally:
                self._batch = None

    @staticmethod
    def _get(session: Session, model: type[Row], key: Any, what: str = "record") -> Row:
        row = session.get(model, key)
        if row is None:
            raise NotFound(f"The {what} asked for does not exist (it may have been erased).")
        return row

    @staticmethod
    def _new_id() -> uuid.UUID:
        return uuid.uuid4()

    # Settings ----------------------------------------------------------------------

    def setting(self, key: str) -> Any:
        """The user's value for `key`, or its default (settings.DEFAULTS)."""
        defaults.validate_key(key)
        with self._read() as session:
            row = session.get(SettingRow, key)
            return defaults.DEFAULTS[key] if row is None else row.value

    def settings(self) -> dict[str, Any]:
        """Every setting with the user's values over the defaults."""
        with self._read() as session:
            stored = {row.key: row.value for row in session.scalars(select(SettingRow))}
        return {key: stored.get(key, default) for key, default in defaults.DEFAULTS.items()}

    def set_setting(self, key: str, value: Any) -> None:
        defaults.validate_key(key)
        with self._write() as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    def reset_setting(self, key: str) -> None:
        """Back to the default (which then follows future releases)."""
        defaults.validate_key(key)
        with self._write() as session:
            session.execute(delete(SettingRow).where(SettingRow.key == key))

    def _migrate_settings(self) -> None:
        """Bring stored settings to settings.VERSION (ordered migrations), once."""
        with self._write() as session:
            rows = {row.key: row for row in session.scalars(select(SettingRow))}
            version_row = rows.pop(defaults.VERSION_KEY, None)
            version = int(version_row.value) if version_row is not None else (1 if rows else defaults.VERSION)
            if version >= defaults.VERSION and version_row is not None:
                return
            migrated = defaults.migrate({k: r.value for k, r in rows.items()}, version)
            for key, row in rows.items():
                if key not in migrated:
                    session.delete(row)
            for key, value in migrated.items():
                if key in rows:
                    rows[key].value = value
                else:
                    session.add(SettingRow(key=key, value=value))
            if version_row is None:
                session.add(SettingRow(key=defaults.VERSION_KEY, value=defaults.VERSION))
            else:
                version_row.value = defaults.VERSION
