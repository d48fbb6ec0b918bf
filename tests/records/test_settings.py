"""Settings: defaults in code, changes stored, ordered migrations of stored values."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert

from facilitator.records import settings
from facilitator.records.models import SettingRow
from facilitator.records.store import Store, open_store


def test_settings_default_until_changed_and_back(store: Store) -> None:
    assert store.setting("backups.keep") == 10
    store.set_setting("backups.keep", 4)
    assert store.settings()["backups.keep"] == 4
    store.reset_setting("backups.keep")
    assert store.setting("backups.keep") == 10
    with pytest.raises(KeyError):
        store.set_setting("no.such.setting", 1)


def test_settings_from_version_1_are_migrated_once(store_url: str, data_home: object) -> None:
    store = open_store(store_url)
    with store.engine.begin() as connection:
        connection.execute(delete(SettingRow))
        connection.execute(insert(SettingRow), [
            {"key": "backup_keep", "value": 50}, {"key": "privacy.minimum_cell", "value": 2},
        ])
    store.close()
    store = open_store(store_url)
    try:
        assert store.setting("backups.keep") == 30
        assert store.setting("privacy.minimum_cell") == 3
        assert store.settings()["backups.keep"] == 30
    finally:
        store.close()


def test_settings_migrations_are_ordered_and_end_at_the_version() -> None:
    versions = [v for v, _ in settings.MIGRATIONS]
    assert versions == sorted(set(versions)) and versions[-1] == settings.VERSION
