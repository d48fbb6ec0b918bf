"""Where things live: bundled resources, the user's data folder and the store's file.

`FACILITATOR_HOME` moves the whole data folder (tests and portable installs use it);
`FACILITATOR_RESOURCES` points at another resources folder (a frozen bundle sets it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "facilitator-companion"


def resources_dir() -> Path:
    env = os.environ.get("FACILITATOR_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder (created on first use)."""
    env = os.environ.get("FACILITATOR_HOME")
    if env:
        path = Path(env)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_file() -> Path:
    """The facilitator's store when no other is named: a SQLite file in the data folder."""
    return data_dir() / "facilitator.db"


def store_file(db: str | None) -> Path | None:
    """The file of the store named by `db`: the default store when none is named, a plain
    path made absolute; None for a database URL (`locate` in records/engine.py reads it)."""
    if not db:
        return default_store_file()
    if "://" in db:
        return None
    return Path(db).expanduser().absolute()


SQLITE_MAGIC = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True for an ordinary SQLite file; an SQLCipher file starts with random salt instead.
    (Here, not beside the engine: the home cache asks before SQLAlchemy is loaded.)"""
    with open(path, "rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def bundled_programmes_dir() -> Path:
    return resources_dir() / "programmes"


def installed_programmes_dir() -> Path:
    return data_dir() / "programmes"


def bundled_films_dir() -> Path:
    return resources_dir() / "films"


def host_films_dir() -> Path:
    return data_dir() / "films"
