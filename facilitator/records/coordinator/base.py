"""What the coordinator store's use cases share: engine, clock, transactions, settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from facilitator.records.base import Clock, utc_now
from facilitator.records.coordinator.driver import DriverStatements
from facilitator.records.coordinator.models import CoordinatorSetting
from facilitator.records.engine import StoreLocation
from facilitator.records.errors import InvalidRecord, translate_errors

DEFAULTS: dict[str, Any] = {
    "retention.years": 5,
    "privacy.minimum_cell": 5,
}


class CoordinatorBase:
    def __init__(self, engine: Engine, location: StoreLocation, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._location = location
        self._clock = clock
        self._known_programmes: dict[tuple[str, str], str] = {}
        """Programme versions this store is known to hold, by source (filled after commits)."""
        self._host_ids: dict[str, int] = {}
        """Typed host names → host, as committed (cleared by a merge and by each import run)."""
        self._new_host_ids: dict[str, int] = {}
        self._driver = DriverStatements(engine.dialect)

    def forget_cached(self) -> None:
        """Forget hosts remembered between imports (another program may have merged some)."""
        self._host_ids.clear()

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
        return self._clock().astimezone(UTC)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One transaction, committed on leaving, rolled back (all of it) on any error."""
        with (
            translate_errors(),
            Session(self._engine, expire_on_commit=False, autoflush=False) as session,
            session.begin(),
        ):
            yield session

    # Settings ------------------------------------------------------------------------

    def setting(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        with self._transaction() as session:
            row = session.get(CoordinatorSetting, key)
            return DEFAULTS[key] if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        if key == "retention.years" and (not isinstance(value, int) or value < 1):
            raise InvalidRecord("Imported meetings are kept for at least one year.")
        if key == "privacy.minimum_cell" and (not isinstance(value, int) or value < 3):
            raise InvalidRecord("The minimum cell size is never below 3.")
        with self._transaction() as session:
            row = session.get(CoordinatorSetting, key)
            if row is None:
                session.add(CoordinatorSetting(key=key, value=value))
            else:
                row.value = value
