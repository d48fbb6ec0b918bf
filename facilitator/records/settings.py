"""Settings: defaults in code, the user's changes in the `settings` table.

Only values the user changed are stored, so a default improved in a later release reaches
everyone who never touched it. When the meaning or name of a stored setting changes, an
ordered migration rewrites the stored values once; `settings.version` records how far the
store has come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

VERSION_KEY = "settings.version"

DEFAULTS: dict[str, Any] = {
    "interface.language": "en",
    "export.language": "en",
    "projector.screen": None,
    "backups.keep": 10,
    "backups.daily": True,
    "retention.notes_months": 24,
    "privacy.minimum_cell": 5,
}


def _v2_rename_backup_keys(stored: dict[str, Any]) -> dict[str, Any]:
    """Version 1 called the backup count `backup_keep` and kept at most 30."""
    result = dict(stored)
    if "backup_keep" in result:
        result["backups.keep"] = min(int(result.pop("backup_keep")), 30)
    return result


def _v3_minimum_cell_floor(stored: dict[str, Any]) -> dict[str, Any]:
    """Cells below 3 were allowed once; DESIGN 8 says never below 3."""
    result = dict(stored)
    if "privacy.minimum_cell" in result:
        result["privacy.minimum_cell"] = max(3, int(result["privacy.minimum_cell"]))
    return result


# (version reached, migration) in order; append, never edit or reorder.
MIGRATIONS: tuple[tuple[int, Callable[[dict[str, Any]], dict[str, Any]]], ...] = (
    (2, _v2_rename_backup_keys),
    (3, _v3_minimum_cell_floor),
)
VERSION = MIGRATIONS[-1][0]


def migrate(stored: dict[str, Any], version: int) -> dict[str, Any]:
    """Stored values brought from `version` to VERSION."""
    for reached, step in MIGRATIONS:
        if version < reached:
            stored = step(stored)
    return stored


def validate_key(key: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
