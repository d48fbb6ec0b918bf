"""The coordinator store's schema: created from the models, with a version number.

The same shape as the facilitator's store (created at head, checked with one plain query
at opening), but the coordinator keeps a plain version number in `coordinator_schema`
instead of Alembic: its tables are a cache of imported bundles plus host merges, so a
future change ships an ordered migration function in MIGRATIONS (append, never edit),
run in one transaction like the settings migrations.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from sqlalchemy import Connection, Engine, insert, inspect, select, update
from sqlalchemy import exc as sa_exc

from facilitator.records.coordinator.models import CoordinatorBase, SchemaVersion
from facilitator.records.errors import (
    StoreCorrupt,
    StoreTooNew,
    StoreUnavailable,
    classify,
    translate_errors,
)

VERSION = 1

# (version reached, migration) in order; each runs inside the opening transaction.
MIGRATIONS: tuple[tuple[int, Callable[[Connection], None]], ...] = ()


class CoordinatorSchema(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    AHEAD = "ahead"
    FOREIGN = "foreign"


def _connect(engine: Engine) -> Connection:
    try:
        return engine.connect()
    except sa_exc.OperationalError as error:
        if engine.dialect.name != "sqlite":
            raise StoreUnavailable(
                "The coordinator's database server cannot be reached, so nothing was imported or counted."
            ) from error
        raise classify(error) from error


def state(engine: Engine) -> tuple[CoordinatorSchema, int | None]:
    with translate_errors(), _connect(engine) as connection:
        names = set(inspect(connection).get_table_names())
        names.discard("sqlite_sequence")
        if not names:
            return CoordinatorSchema.EMPTY, None
        if SchemaVersion.__tablename__ not in names:
            return CoordinatorSchema.FOREIGN, None
        version = connection.execute(select(SchemaVersion.version)).scalar()
    if version is None:
        return CoordinatorSchema.FOREIGN, None
    if version == VERSION:
        return CoordinatorSchema.CURRENT, version
    if version < VERSION:
        return CoordinatorSchema.BEHIND, version
    return CoordinatorSchema.AHEAD, version


def prepare(engine: Engine) -> None:
    """Create a new store, or bring an older one up to VERSION; refuse foreign or newer."""
    current, version = state(engine)
    if current is CoordinatorSchema.CURRENT:
        return
    if current is CoordinatorSchema.FOREIGN:
        raise StoreCorrupt(
            "The coordinator database holds tables that are not a coordinator store, "
            "so it was left alone."
        )
    if current is CoordinatorSchema.AHEAD:
        raise StoreTooNew()
    with translate_errors(), engine.begin() as connection:
        if current is CoordinatorSchema.EMPTY:
            CoordinatorBase.metadata.create_all(connection)
            connection.execute(insert(SchemaVersion).values(version=VERSION))
            return
        assert version is not None
        for reached, migration in MIGRATIONS:
            if version < reached:
                migration(connection)
        connection.execute(update(SchemaVersion).values(version=VERSION))
