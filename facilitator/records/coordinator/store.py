"""The coordinator store: summaries imported from many laptops, apart from any live store.

    store = open_coordinator_store(None, facilitator_db=None)   # <data folder>/coordinator.db
    outcome = store.import_content(content, programme)            # one transaction
    figures = store.period_counts(Filters(start=…, end=…))

By default an SQLite file beside the facilitator's store file (`coordinator.db`); a URL
names another file or a PostgreSQL database an organisation shares. It never opens the
facilitator's store itself: a database holding other tables is refused. Same pragmas and
error translation as the facilitator's store (records/engine.py, records/errors.py).
Safe to use from one thread at a time; the dashboard opens its own connection per query
thread through the engine's pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

from facilitator import paths
from facilitator.records.base import Clock, utc_now
from facilitator.records.coordinator import schema
from facilitator.records.coordinator.hosts import HostUseCases
from facilitator.records.coordinator.importer import ImportUseCases
from facilitator.records.coordinator.queries import DashboardQueries
from facilitator.records.coordinator.retention import RetentionUseCases
from facilitator.records.engine import StoreLocation, locate, make_engine
from facilitator.records.errors import StoreError, translate_errors

DEFAULT_FILE_NAME = "coordinator.db"


class CoordinatorStore(ImportUseCases, HostUseCases, RetentionUseCases, DashboardQueries):
    """The coordinator's store. Open with `open_coordinator_store`; close when done."""


def _relax_sync(engine: Engine) -> None:
    """synchronous=NORMAL instead of the live store's FULL. In WAL mode NORMAL keeps every
    transaction atomic and survives a killed process; only a power cut can lose the last
    commits, and an import is repeatable from the bundles (the same bundle twice changes
    nothing). It saves an fsync per bundle: on a laptop disk most of an import's time."""

    @event.listens_for(engine, "connect")
    def _normal(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def locate_coordinator(coordinator_db: str | None, facilitator_db: str | None = None) -> StoreLocation:
    """`coordinator_db` (URL or file path), else `coordinator.db` beside the facilitator's
    store file (in the data folder when that store is on a server)."""
    if coordinator_db:
        return locate(coordinator_db)
    live = locate(facilitator_db)
    folder = live.path.parent if live.is_file else paths.data_dir()
    return StoreLocation(URL.create("sqlite", database=str(folder / DEFAULT_FILE_NAME)))


def open_coordinator_store(
    coordinator_db: str | None = None,
    facilitator_db: str | None = None,
    *,
    clock: Clock = utc_now,
) -> CoordinatorStore:
    """Open (creating if new) the coordinator store; StoreError subclasses on failure."""
    location = locate_coordinator(coordinator_db, facilitator_db)
    if facilitator_db is not None or coordinator_db is not None:
        live = locate(facilitator_db)
        if live.url == location.url:
            raise StoreError("The coordinator store must be another database than the facilitator's records.")
    if location.is_file:
        with translate_errors():
            Path(location.path).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(location)
    if location.url.get_backend_name() == "sqlite":
        _relax_sync(engine)
    try:
        schema.prepare(engine)
    except BaseException:
        engine.dispose()
        raise
    return CoordinatorStore(engine, location, clock)
