"""The store's backup files by name: when and why each was made, and whether the daily one
is due. No database is opened here (the start-up checks it before opening the store)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

DAILY = timedelta(hours=24)
_NAME = re.compile(r"^facilitator-(\d{8}T\d{6}\d{6})Z-([a-z]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of the store, with when and why it was made (read from its name)."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def _made_at(stamp: str) -> datetime:
    """The UTC instant of a name's stamp, YYYYmmddTHHMMSSffffff (read by hand: strptime
    would load its own module on the way to the first window)."""
    return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                    int(stamp[11:13]), int(stamp[13:15]), int(stamp[15:21]), tzinfo=UTC)


def backup_name(made_at: datetime, reason: str) -> str:
    return f"facilitator-{made_at.astimezone(UTC):%Y%m%dT%H%M%S%f}Z-{reason}.db"


def backup_folder(store: Path) -> Path:
    return store.parent / "backups"


def backups_of(store: Path) -> list[BackupInfo]:
    """The backups of the store file `store`, newest first."""
    folder = backup_folder(store)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            made_at = _made_at(match.group(1))
            found.append(BackupInfo(path, made_at, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def daily_backup_due(store: Path, now: datetime | None = None) -> bool:
    """True when the store file exists and no backup of it was made in the last 24 hours."""
    if not store.exists():
        return False
    backups = backups_of(store)
    return not backups or (now or datetime.now(UTC)) - backups[0].made_at >= DAILY
