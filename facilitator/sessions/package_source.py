"""Reading a programme package's files from a folder or a zip, safely.

Both sources list files as POSIX paths relative to the package root and refuse paths
that would escape it. A zip may hold the package at its top or in one top-level folder.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from facilitator.sessions.problems import Problem

# A package is text and subtitles, with videos perhaps; bound what a zip may inflate to.
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_TEXT_FILE_BYTES = 8 * 1024**2


def escapes(relative: str) -> bool:
    """True when `relative` is absolute or climbs out of the package."""
    if not relative or relative.startswith(("/", "\\")) or ":" in relative.split("/")[0]:
        return True
    normal = posixpath.normpath(relative.replace("\\", "/"))
    return normal == ".." or normal.startswith("../") or PurePosixPath(normal).is_absolute()


class PackageSource:
    """The files of a package; `label(path)` is how a problem names a file."""

    def __init__(self, display: str) -> None:
        self.display = display

    def files(self) -> list[str]:
        raise NotImplementedError

    def read(self, relative: str) -> bytes:
        raise NotImplementedError

    def exists(self, relative: str) -> bool:
        return relative in set(self.files())

    def label(self, relative: str) -> str:
        return f"{self.display}/{relative}"


class FolderSource(PackageSource):
    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self.root = root
        self._files = sorted(
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )

    def files(self) -> list[str]:
        return self._files

    def exists(self, relative: str) -> bool:
        return not escapes(relative) and (self.root / relative).is_file()

    def read(self, relative: str) -> bytes:
        return (self.root / relative).read_bytes()


class ZipSource(PackageSource):
    def __init__(self, path: Path, archive: zipfile.ZipFile, prefix: str) -> None:
        super().__init__(str(path))
        self.archive = archive
        self.prefix = prefix
        self._files = sorted(
            info.filename[len(prefix):]
            for info in archive.infolist()
            if not info.is_dir() and info.filename.startswith(prefix)
            and not escapes(info.filename)
        )

    def files(self) -> list[str]:
        return self._files

    def read(self, relative: str) -> bytes:
        info = self.archive.getinfo(self.prefix + relative)
        if info.file_size > MAX_TEXT_FILE_BYTES and not relative.startswith("films/"):
            raise ValueError("file too large for a programme text")
        try:
            return self.archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                RuntimeError) as error:
            raise ValueError(f"damaged inside the zip ({error})") from None


def open_source(path: Path, problems: list[Problem]) -> PackageSource | None:
    """A source for a folder or zip, or None with the reason added to `problems`."""
    if path.is_dir():
        return FolderSource(path)
    if not path.exists():
        problems.append(Problem(str(path), 1, 1, "no such file or folder"))
        return None
    if not zipfile.is_zipfile(path):
        problems.append(
            Problem(str(path), 1, 1, "not a programme package: neither a folder nor a zip file")
        )
        return None
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        problems.append(Problem(str(path), 1, 1, f"damaged zip file: {error}"))
        return None
    escaping = [info.filename for info in infos if escapes(info.filename)]
    for name in escaping:
        problems.append(Problem(str(path), 1, 1, f"'{name}' escapes the package"))
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        problems.append(Problem(str(path), 1, 1, "the zip unpacks to more than 4 GB"))
        return None
    names = [info.filename for info in infos if not escapes(info.filename)]
    if "programme.yaml" in names:
        prefix = ""
    else:
        tops = {name.split("/", 1)[0] for name in names}
        candidates = [t for t in tops if f"{t}/programme.yaml" in names]
        if len(candidates) != 1:
            problems.append(
                Problem(str(path), 1, 1,
                        "not a programme package: the zip holds no programme.yaml at its top "
                        "or in a single top-level folder")
            )
            return None
        prefix = candidates[0] + "/"
    if escaping:
        return None
    return ZipSource(path, archive, prefix)
