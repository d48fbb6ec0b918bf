"""What the home and course screens last showed, kept so that the next start can draw them
at once, before (and often without) opening the store.

The application writes it when it closes the store, and only for a plain (unencrypted)
file store: the courses' overviews, the hosts and the settings — the same anonymised
records the store holds, never a name, never a note. It is used only while the store file
is exactly as it was then (its size and modification time, and those of its write-ahead
log) and was written by the same version of this program; anything else, a damaged file
or one holding anything but these records, and the store is opened as usual. Erasing
records, or giving the store a passphrase, deletes it.

This module imports neither SQLAlchemy nor the store: reading the cache must stay cheap.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import __version__, paths
from facilitator.records.values import CourseOverview, HostRecord

if TYPE_CHECKING:
    from facilitator.records.store import Store

FORMAT = 1


@dataclass(frozen=True)
class HomeFacts:
    """The records behind the home and course screens that do not depend on the day:
    every course's overview, the hosts, the settings, and where the store is."""

    overviews: tuple[CourseOverview, ...]
    hosts: tuple[HostRecord, ...]
    settings: dict[str, Any]
    location: str


def cache_file() -> Path:
    return paths.data_dir() / "cache" / "home.pickle"


def fingerprint(store: Path) -> tuple[tuple[int, int] | None, ...]:
    """Changes whenever the store file or its write-ahead log is written."""
    found: list[tuple[int, int] | None] = []
    for path in (store, store.with_name(store.name + "-wal")):
        try:
            stat = path.stat()
        except FileNotFoundError:
            found.append(None)
        else:
            found.append((stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def _header(store: Path) -> tuple[object, ...]:
    """What must be unchanged for the cache to hold: its format, this program's version,
    the store file and its fingerprint."""
    return (FORMAT, __version__, str(store), fingerprint(store))


def read(db: str | None) -> HomeFacts | None:
    """The cached facts when they still describe the store named by `db`, else None."""
    store = paths.store_file(db)  # None for a URL: such a store is always opened
    if store is None:
        return None
    try:
        if not paths.is_plain_sqlite(store):  # encrypted (or not a store): never cached
            return None
        data = cache_file().read_bytes()
        header, facts = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # missing, damaged or foreign: the store is opened as usual
        return None
    if header != _header(store):
        return None
    return facts if isinstance(facts, HomeFacts) else None


def close_and_remember(store: Store) -> None:
    """Read the home screen's facts from `store`, close it, then keep them (for a plain
    file store) with the fingerprint the closed file has. Runs on the store's thread."""
    try:
        facts = HomeFacts(tuple(store.course_overviews()), tuple(store.hosts()),
                          store.settings(), store.location.display)
        keep = store.location.is_file and not store.is_encrypted
    except Exception:
        facts, keep = None, False
    store.close()  # the last connection checkpoints the write-ahead log
    if not keep or facts is None:
        forget()
        return
    write(store.location.path, facts)


def write(store: Path, facts: HomeFacts) -> None:
    target = cache_file()
    partial = target.with_suffix(".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((_header(store), facts), protocol=pickle.HIGHEST_PROTOCOL)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        partial.replace(target)
    except OSError:
        partial.unlink(missing_ok=True)  # a full disk or a read-only folder only costs speed


def forget() -> None:
    """Delete the cache (records were erased, or the store got a passphrase)."""
    with contextlib.suppress(OSError):
        cache_file().unlink(missing_ok=True)


_ALLOWED = {
    ("uuid", "UUID"), ("datetime", "datetime"), ("datetime", "date"), ("datetime", "time"),
    ("datetime", "timedelta"), ("datetime", "timezone"), ("zoneinfo", "ZoneInfo"),
    ("zoneinfo._zoneinfo", "ZoneInfo"), ("builtins", "frozenset"), ("builtins", "set"),
    ("copyreg", "_reconstructor"), ("builtins", "object"),
}
_ALLOWED_MODULES = {"facilitator.records.values", "facilitator.sessions.vocabulary",
                    "facilitator.records.home_cache"}


class _Unpickler(pickle.Unpickler):
    """Makes only the record values above: a cache file changed to hold anything else is
    refused (and ignored) instead of running code."""

    def find_class(self, module: str, name: str) -> Any:
        if module in _ALLOWED_MODULES or (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a record value")
