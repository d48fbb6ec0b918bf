"""Opening a data bundle defensively: a zip from an unknown laptop is checked before use.

Nothing is written to disk: members are read into memory, each through a counting reader
that stops at its cap (the sizes a zip declares are not trusted). A bundle is refused, with
one sentence saying why, when it is too large or compresses suspiciously well (a zip
bomb), has too many members, names a path that is absolute or climbs out of the folder,
holds a link, a folder, a duplicate, an encrypted member or a file it should not, when a
file is missing from it or from its manifest, when a checksum differs, or when its JSON is
not UTF-8 or not JSON at all. The summary's schema is checked by `content.py`.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST = "manifest.json"
SUMMARY = "summary.json"
PLAN_NAMES = frozenset({"programme.json", "plan.json"})
"""Where a bundle may carry the plan of a programme the coordinator may not have."""


@dataclass(frozen=True)
class BundleLimits:
    """Caps that no genuine bundle comes near (a summary is kilobytes, its PDF < 1 MB)."""

    file_bytes: int = 32 * 1024 * 1024
    members: int = 16
    member_bytes: int = 24 * 1024 * 1024
    json_bytes: int = 4 * 1024 * 1024
    total_bytes: int = 48 * 1024 * 1024
    ratio: int = 200
    """Largest uncompressed ÷ compressed size for a member larger than 64 KiB."""


class BundleRejected(Exception):
    """The bundle cannot be imported; `str(error)` says why in one sentence."""


@dataclass(frozen=True)
class Bundle:
    """A bundle whose files are all present, listed and intact."""

    name: str
    sha256: str
    summary: dict[str, Any]
    manifest: dict[str, Any]
    plan: dict[str, Any] | None = None
    files: tuple[str, ...] = field(default=())


def read_bundle(path: Path, limits: BundleLimits | None = None) -> Bundle:
    """The verified bundle at `path`; raises BundleRejected with the reason."""
    limits = limits or BundleLimits()
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise BundleRejected(f"it is larger ({size // 1048576} MB) than any data bundle should be")
        data = path.read_bytes()
    except OSError as error:
        raise BundleRejected(f"it could not be read ({error.strerror or error})") from None
    return read_bundle_bytes(data, path.name, limits)


def read_bundle_bytes(data: bytes, name: str, limits: BundleLimits | None = None) -> Bundle:
    limits = limits or BundleLimits()
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleRejected("it is not a zip file (or it is damaged)") from None
    with archive:
        members = _check_members(archive, limits)
        contents = {info.filename: _read_member(archive, info, limits) for info in members}
    if sum(len(v) for v in contents.values()) > limits.total_bytes:
        raise BundleRejected("its files unpack to more than any data bundle holds (a zip bomb?)")
    if MANIFEST not in contents:
        raise BundleRejected("it has no manifest.json, so its files cannot be checked")
    manifest = _json(contents[MANIFEST], MANIFEST, limits)
    _check_checksums(manifest, contents)
    if SUMMARY not in contents:
        raise BundleRejected("it has no summary.json")
    summary = _json(contents[SUMMARY], SUMMARY, limits)
    plan_names = sorted(PLAN_NAMES & contents.keys())
    plan = _json(contents[plan_names[0]], plan_names[0], limits) if plan_names else None
    if not isinstance(summary, dict) or not isinstance(manifest, dict):
        raise BundleRejected("its summary or manifest is not a JSON object")
    if plan is not None and not isinstance(plan, dict):
        raise BundleRejected("the programme plan it carries is not a JSON object")
    return Bundle(name, sha256, summary, manifest, plan, tuple(sorted(contents)))


def _allowed(name: str) -> bool:
    return name in (MANIFEST, SUMMARY) or name in PLAN_NAMES or (
        "/" not in name and name.lower().endswith((".pdf", ".csv"))
    )


def _check_members(archive: zipfile.ZipFile, limits: BundleLimits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise BundleRejected(f"it holds {len(infos)} files, more than a data bundle has")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if _escapes(name):
            raise BundleRejected(f"it names a path outside its folder ({name!r})")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise BundleRejected(f"it holds a link ({name!r}), which a data bundle never has")
        if info.is_dir():
            raise BundleRejected(f"it holds a folder ({name!r}), which a data bundle never has")
        if info.flag_bits & 0x1:
            raise BundleRejected(f"{name!r} in it is encrypted")
        if name in seen:
            raise BundleRejected(f"it holds {name!r} twice")
        seen.add(name)
        if not _allowed(name):
            raise BundleRejected(f"it holds a file a data bundle never has ({name!r})")
        if info.file_size > limits.member_bytes:
            raise BundleRejected(f"{name!r} in it unpacks to more than any data bundle holds (a zip bomb?)")
        if info.file_size > 65536 and info.file_size > limits.ratio * max(1, info.compress_size):
            raise BundleRejected(f"{name!r} in it compresses suspiciously well (a zip bomb?)")
    return infos


def _escapes(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return True
    return any(part in ("..", "") for part in PurePosixPath(name).parts) or ".." in name.split("/")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: BundleLimits) -> bytes:
    cap = limits.json_bytes if info.filename.endswith(".json") else limits.member_bytes
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise BundleRejected(f"{info.filename!r} in it is damaged") from None
    if len(data) > cap:
        raise BundleRejected(f"{info.filename!r} in it unpacks to more than any data bundle holds (a zip bomb?)")
    return data


def _reject_constant(value: str) -> Any:
    raise ValueError(f"{value} is not a number")


def _json(data: bytes, name: str, limits: BundleLimits) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejected(f"{name} in it is not UTF-8 text") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise BundleRejected(f"{name} in it is not valid JSON") from None


def manifest_checksums(manifest: Any) -> dict[str, str]:
    """File name → SHA-256 from a manifest: {"files": {name: hex}} or
    {"files": [{"name"|"path": …, "sha256": …}]}."""
    files = manifest.get("files") if isinstance(manifest, dict) else None
    sums: dict[str, str] = {}
    if isinstance(files, dict):
        items = [(k, v.get("sha256") if isinstance(v, dict) else v) for k, v in files.items()]
    elif isinstance(files, list):
        items = [
            (f.get("name", f.get("path")), f.get("sha256")) for f in files if isinstance(f, dict)
        ]
        if len(items) != len(files):
            raise BundleRejected("its manifest does not list its files properly")
    else:
        raise BundleRejected("its manifest does not list its files")
    for name, digest in items:
        if not isinstance(name, str) or not isinstance(digest, str) or len(digest) != 64:
            raise BundleRejected("its manifest does not list its files properly")
        sums[name] = digest.lower()
    return sums


def _check_checksums(manifest: Any, contents: dict[str, bytes]) -> None:
    sums = manifest_checksums(manifest)
    for name in sorted(contents):
        if name == MANIFEST:
            continue
        if name not in sums:
            raise BundleRejected(f"it holds {name!r}, which its manifest does not list")
    for name, expected in sorted(sums.items()):
        if name not in contents:
            raise BundleRejected(f"{name!r} listed in its manifest is missing from it")
        if hashlib.sha256(contents[name]).hexdigest() != expected:
            raise BundleRejected(f"{name!r} in it was changed after export (its checksum differs)")
