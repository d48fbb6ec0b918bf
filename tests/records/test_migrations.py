"""Alembic migrations: rows survive, foreign keys hold, start-up stays fast."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator.records import migrate
from facilitator.records.engine import locate, make_engine
from facilitator.records.errors import StoreCorrupt, StoreTooNew
from facilitator.records.models import Base
from facilitator.records.store import open_store
from tests.conftest import REPO
from tests.records.first_revision import count_rows, create_first_revision_store


def _sqlite_path(url: str) -> Path:
    return locate(url).path


def test_migration_from_the_first_revision_keeps_every_row(store_url: str, data_home: object) -> None:
    before = create_first_revision_store(store_url)
    store = open_store(store_url)
    try:
        assert migrate.schema_state(store.engine)[0] is migrate.SchemaState.CURRENT
        assert store.setting("backups.keep") == 7
        overview = store.course_overviews()
        assert sorted(m.attended for o in overview for m in o.meetings) == [4, 4, 4, 4]
        assert all(v.paused.total_seconds() == 0 for m in overview[0].meetings for v in store.step_visits(m.id))
    finally:
        store.close()
    before["settings"] += 1  # the settings version, written when the store first opens
    assert count_rows(store_url) == before
    if store_url.startswith("sqlite"):
        with sqlite3.connect(_sqlite_path(store_url)) as connection:
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_migration_with_foreign_keys_on_would_empty_the_child_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trap in FIELD-NOTES, shown: why migrate.py switches foreign keys off."""
    url = f"sqlite:///{tmp_path / 'trap.db'}"
    before = create_first_revision_store(url)
    real = migrate.make_engine
    monkeypatch.setattr(migrate, "make_engine", lambda loc, key, foreign_keys=True: real(loc, key))
    migrate.upgrade(locate(url), None)
    after = count_rows(url)
    assert after["meetings"] == before["meetings"]
    assert after["attendance"] == 0 and after["notes"] == 0  # wiped by ON DELETE CASCADE


def test_migration_takes_a_backup_at_the_old_revision_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'facilitator.db'}"
    create_first_revision_store(url)
    open_store(url).close()
    backups = list((tmp_path / "backups").glob("*-migration.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_migration_scripts_build_exactly_the_models(store_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    migrate.upgrade(locate(store_url), None)
    engine = make_engine(locate(store_url))
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_migration_head_is_the_last_known_revision() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == migrate.HEAD_REVISION
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(migrate.REVISIONS)


def test_migration_check_at_start_up_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'facilitator.db'}"
    open_store(url).close()
    program = (
        "import sys; from facilitator.records.store import open_store; "
        f"open_store({url!r}).close(); print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["False", "True"], done.stderr


def test_migration_refuses_a_store_from_a_newer_release_and_leaves_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'facilitator.db'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "facilitator.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = (tmp_path / "facilitator.db").read_bytes()
    with pytest.raises(StoreTooNew, match="newer version"):
        open_store(url)
    assert (tmp_path / "facilitator.db").read_bytes() == before


def test_migration_refuses_a_database_that_is_not_a_store(store_url: str) -> None:
    engine = make_engine(locate(store_url))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(StoreCorrupt, match="not Facilitator Companion"):
        open_store(store_url)
