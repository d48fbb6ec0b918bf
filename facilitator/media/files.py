"""Film files on disk: is this a video container at all, and its SHA-256 (cached).

Hashing a feature film takes a second or more, so the checksum is cached by path,
modification time and size: the readiness check runs before every meeting and must not
re-read gigabytes each time. The cache is thread-safe (the check runs in a thread pool)
and can persist to a small JSON file in the user data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

# Leading bytes of containers a film may come in; anything else is not a video.
_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (4, b"ftyp"),  # MP4, MOV, M4V, 3GP
    (4, b"moov"),
    (4, b"mdat"),
    (4, b"wide"),
    (4, b"free"),
    (4, b"skip"),
    (0, b"\x1a\x45\xdf\xa3"),  # Matroska, WebM
    (0, b"OggS"),
    (0, b"FLV"),
    (0, b"\x00\x00\x01\xba"),  # MPEG program stream (DVD .mpg/.vob)
    (0, b"\x00\x00\x01\xb3"),  # MPEG-1/2 video elementary stream
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"),  # ASF, WMV
)


def looks_like_video(path: Path) -> bool:
    """True when the file starts like a known video container (cheap: reads a few hundred bytes).

    A wrong file under a film's name (a document, a picture, a web page saved by a
    browser) is caught here with a clear message, before a player gives a vague one.
    """
    with path.open("rb") as handle:
        head = handle.read(188 * 2 + 1)
    if path.suffix.lower() == ".avi" or head[:4] == b"RIFF":
        return head[8:12] == b"AVI "
    if len(head) > 188 and head[0] == 0x47 and head[188] == 0x47:
        return True  # MPEG transport stream
    return any(head[offset : offset + len(magic)] == magic for offset, magic in _SIGNATURES)


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


class ChecksumCache:
    """SHA-256 of files, remembered by (path, mtime, size) and optionally kept on disk."""

    def __init__(self, store: Path | None = None) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._known: dict[str, tuple[int, int, str]] = {}
        self.computed = 0
        """How many files were actually hashed (tests use it to see the cache work)."""
        if store is not None:
            self._read(store)

    def _read(self, store: Path) -> None:
        try:
            raw = json.loads(store.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(raw, dict):
            for key, value in raw.items():
                if isinstance(value, list) and len(value) == 3:
                    self._known[key] = (int(value[0]), int(value[1]), str(value[2]))

    def _write(self) -> None:
        if self._store is None:
            return
        data = {key: list(value) for key, value in self._known.items()}
        try:
            self._store.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._store.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self._store)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def sha256(self, path: Path) -> str:
        path = path.resolve()
        stat = path.stat()
        key = str(path)
        with self._lock:
            known = self._known.get(key)
        if known and known[0] == stat.st_mtime_ns and known[1] == stat.st_size:
            return known[2]
        digest = sha256_of(path)
        with self._lock:
            self.computed += 1
            self._known[key] = (stat.st_mtime_ns, stat.st_size, digest)
            self._write()
        return digest

    def matches(self, path: Path, expected: str) -> bool:
        return self.sha256(path) == expected.strip().lower()
