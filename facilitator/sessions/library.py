"""The programme library: bundled programmes and those installed by the user.

Installed packages live in `<data folder>/programmes/<id>/<version>/`, so earlier
versions stay side by side while a course is pinned to them.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import paths
from facilitator.sessions.programme import PackedTexts, Programme

if TYPE_CHECKING:
    from facilitator.sessions.package import ValidationResult
    from facilitator.sessions.problems import Problem


def validate(path: Path) -> ValidationResult:
    # The validator (and YAML) loads only when a package is read, not when the library
    # comes from its cache at start-up.
    from facilitator.sessions.package import validate as validate_package

    return validate_package(path)


class InstallError(Exception):
    """An install that cannot go ahead, in one sentence."""


@dataclass(frozen=True)
class LibraryEntry:
    """A programme found, where it was found, and whether it came bundled or installed."""

    programme: Programme
    origin: str  # "bundled" | "installed"
    path: Path


@dataclass(frozen=True)
class Library:
    """Every readable programme (each version), and the packages that could not be read."""

    entries: tuple[LibraryEntry, ...]
    broken: tuple[tuple[Path, tuple[Problem, ...]], ...]

    def find(self, programme_id: str, version: str | None = None) -> LibraryEntry | None:
        """The given version, or the newest one when no version is asked for."""
        matches = [e for e in self.entries if e.programme.id == programme_id]
        if version is not None:
            matches = [e for e in matches if e.programme.version == version]
        return max(matches, key=lambda e: _version_key(e.programme.version), default=None)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _candidates() -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    bundled = paths.bundled_programmes_dir()
    if bundled.is_dir():
        found += [("bundled", p) for p in sorted(bundled.iterdir()) if (p / "programme.yaml").is_file()]
    installed = paths.installed_programmes_dir()
    if installed.is_dir():
        found += [("installed", p.parent) for p in sorted(installed.glob("*/*/programme.yaml"))]
    return found


def _fingerprint(candidates: list[tuple[str, Path]]) -> str:
    """Changes whenever any file of any package changes (size or modification time).

    Kept as the text itself, not a digest of it: exact, and no hashing module to load on
    the way to the first window."""
    from facilitator import __version__

    lines = [f"{__version__}:{CACHE_FORMAT}"]
    for origin, root in candidates:
        for folder, _dirs, files in sorted(os.walk(root)):
            for name in sorted(files):
                stat = os.stat(os.path.join(folder, name))
                lines.append(f"{origin}:{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(lines)


CACHE_FORMAT = 3


def discover(use_cache: bool = True) -> Library:
    """Every valid programme, bundled and installed; broken packages with their problems.

    Reading the large demo programmes takes a while, so the result is kept in the data
    folder and reused until any file of any package changes.
    """
    candidates = _candidates()
    cache = paths.data_dir() / "cache" / "library.pickle"
    fingerprint = _fingerprint(candidates)
    if use_cache:
        try:
            with open(cache, "rb") as stream:
                stored_fingerprint, library = pickle.load(stream)
            if stored_fingerprint == fingerprint and isinstance(library, Library):
                return library
        except Exception:  # a missing, stale or damaged cache is simply rebuilt
            pass
    library = _read(candidates)
    if use_cache:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(".tmp")
            with open(partial, "wb") as stream:
                pickle.dump((fingerprint, _packed(library)), stream,
                            protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(cache)
        except OSError:
            pass  # a read-only data folder only costs speed
    return library


def _packed(library: Library) -> Library:
    """The library as its cache keeps it: each programme's texts packed by language."""
    return replace(library, entries=tuple(
        replace(entry, programme=replace(entry.programme,
                                         texts=PackedTexts.pack(entry.programme.texts)))
        for entry in library.entries))


def _read(candidates: list[tuple[str, Path]]) -> Library:
    entries: list[LibraryEntry] = []
    broken: list[tuple[Path, tuple[Problem, ...]]] = []
    for origin, path in candidates:
        result = validate(path)
        if result.programme is not None:
            entries.append(LibraryEntry(result.programme, origin, path))
        else:
            broken.append((path, tuple(result.problems)))
    entries.sort(key=lambda e: (e.programme.id, _version_key(e.programme.version)))
    return Library(tuple(entries), tuple(broken))


def install(package: Path) -> LibraryEntry:
    """Validate `package` (folder or zip) and copy it into the user's programme folder."""
    from facilitator.sessions.problems import PackageInvalid  # with the validator, not at start

    result = validate(package)
    if result.programme is None:
        raise PackageInvalid(result.problems)
    programme = result.programme
    target = paths.installed_programmes_dir() / programme.id / programme.version
    if target.exists():
        raise InstallError(
            f"{programme.id} version {programme.version} is already installed; "
            "give the new package a higher version number"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
    try:
        if package.is_dir():
            shutil.copytree(package, staging, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns(".*"))
        else:
            _unpack(package, staging)
        installed = validate(staging)
        if installed.programme is None:
            raise PackageInvalid(installed.problems)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return LibraryEntry(validate(target).programme or programme, "installed", target)


def _unpack(archive_path: Path, into: Path) -> None:
    from facilitator.sessions.package_source import escapes

    with zipfile.ZipFile(archive_path) as archive:
        names = [i.filename for i in archive.infolist()]
        prefix = "" if "programme.yaml" in names else names[0].split("/", 1)[0] + "/"
        for info in archive.infolist():
            if info.is_dir() or not info.filename.startswith(prefix) or escapes(info.filename):
                continue
            relative = info.filename[len(prefix):]
            destination = into / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(destination, "wb") as sink:
                shutil.copyfileobj(source, sink)
