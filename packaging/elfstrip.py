"""Strip debug symbols from the Linux bundle's shared libraries, safely (used by the spec).

PyInstaller's own `strip=True` runs `strip` on every binary. Some wheels' libraries were
rewritten by patchelf (auditwheel, the Qt wheel's FFmpeg), and binutils' strip turns those
into files the dynamic loader refuses ("ELF load command address/offset not
page-aligned"): Qt Multimedia then has no backend and films cannot play without VLC.
Here each library is stripped into a copy in the build folder, and the copy replaces the
original only when it is clearly smaller and every PT_LOAD segment still satisfies
(p_vaddr - p_offset) % p_align == 0, the condition the loader checks.
Saves about 50 MB (the pyenv libpython, sqlcipher3, SQLAlchemy's and Python's extension
modules carry debug information); Qt's wheels are stripped already.
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
from pathlib import Path

PT_LOAD = 1
MIN_SAVING = 0.05


def elf_loadable(path: Path) -> bool | None:
    """True when a 64-bit little-endian ELF file's load segments are aligned, False when
    not, None when the file is not such an ELF file."""
    with path.open("rb") as handle:
        header = handle.read(64)
        if len(header) < 64 or header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            return None
        (phoff,) = struct.unpack_from("<Q", header, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", header, 0x36)
        handle.seek(phoff)
        table = handle.read(phentsize * phnum)
    if len(table) < phentsize * phnum:
        return False
    for index in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, _filesz, _memsz, p_align = struct.unpack_from(
            "<IIQQQQQQ", table, index * phentsize)
        if p_type == PT_LOAD and p_align > 1 and (p_vaddr - p_offset) % p_align:
            return False
    return True


def stripped_copy(source: Path, cache: Path, strip: str) -> Path:
    """A stripped copy of `source` in `cache` when that is safe and worth it, else `source`."""
    if elf_loadable(source) is not True:
        return source
    stat = source.stat()
    key = hashlib.sha256(f"{source.resolve()}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    target = cache / key.hexdigest()[:16] / source.name
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    result = subprocess.run(
        [strip, "--strip-unneeded", "--remove-section=.comment", "-o", str(partial), str(source)],
        capture_output=True,
    )
    if (result.returncode != 0 or not partial.exists()
            or partial.stat().st_size > stat.st_size * (1 - MIN_SAVING)
            or elf_loadable(partial) is not True):
        partial.unlink(missing_ok=True)
        target.parent.rmdir()
        return source
    shutil.copymode(source, partial)
    partial.rename(target)
    return target


def strip_toc(binaries: list, cache: Path) -> tuple[list, int]:
    """The TOC with safe stripped copies as sources, and the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        return binaries, 0
    result, saved = [], 0
    for destination, source, typecode in binaries:
        if typecode in ("BINARY", "EXTENSION") and source:
            original = Path(source)
            if original.is_file():
                copy = stripped_copy(original, cache, strip)
                if copy != original:
                    saved += original.stat().st_size - copy.stat().st_size
                    source = str(copy)
        result.append((destination, source, typecode))
    return result, saved
