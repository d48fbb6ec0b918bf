"""The schema's revision, checked fast at start-up, and Alembic migrations when needed.

Start-up reads `alembic_version` with one plain query and imports Alembic only when the
store is behind. A new store is created from the models and stamped at head (a test keeps
the models and the migrations in step). Migrations run on a connection with SQLite's
foreign keys OFF: Alembic's batch mode rebuilds a table by copying it and dropping the
old one, and with foreign keys on, that DROP deletes every child row through ON DELETE
CASCADE. `PRAGMA foreign_key_check` then proves nothing was left dangling, before commit.
"""

from __future__ import annotations

import enum
from pathlib import Path

from sqlalchemy import Column, Engine, MetaData, String, Table, inspect
from sqlalchemy import exc as sa_exc

from facilitator.records.engine import StoreLocation, make_engine
from facilitator.records.errors import (
    MigrationFailed,
    StoreCorrupt,
    StoreError,
    classify,
    translate_errors,
)
from facilitator.records.models import Base

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
REVISIONS = ("0001", "0002")
"""Every revision in order; the last is the head the models describe."""
HEAD_REVISION = REVISIONS[-1]

_version_table = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), primary_key=True),
)


class SchemaState(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    AHEAD = "ahead"
    FOREIGN = "foreign"


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    """Where the store's schema stands, by a plain query (no Alembic import)."""
    with translate_errors(), engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            names = set(
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).scalars()
            )
            names.discard("sqlite_sequence")
        else:
            names = set(inspect(connection).get_table_names())
        if not names:
            return SchemaState.EMPTY, None
        if "alembic_version" not in names:
            return SchemaState.FOREIGN, None
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT, revision
    if revision in REVISIONS:
        return SchemaState.BEHIND, revision
    return SchemaState.AHEAD, revision


def create_schema(engine: Engine) -> None:
    """A new store at head, in one transaction."""
    with translate_errors(), engine.begin() as connection:
        Base.metadata.create_all(connection)
        _version_table.create(connection)
        connection.execute(_version_table.insert().values(version_num=HEAD_REVISION))


def upgrade(location: StoreLocation, key: bytes | None, target: str = "head") -> None:
    """Run Alembic's upgrade to `target` in one transaction, foreign keys off on SQLite."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(location, key, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            if engine.dialect.name == "sqlite":
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise MigrationFailed(
                        "Bringing the records up to date would leave rows without their parent, "
                        "so nothing was changed and a backup was kept."
                    )
    except StoreError:
        raise
    except (sa_exc.SQLAlchemyError, OSError) as error:
        classified = classify(error)
        raise (classified if type(classified) is not StoreError else MigrationFailed()) from error
    except Exception as error:
        raise MigrationFailed() from error
    finally:
        engine.dispose()


def foreign_schema_error() -> StoreCorrupt:
    return StoreCorrupt(
        "The database holds tables that are not Facilitator Companion records, so it was left alone."
    )
