"""The programme library's cache: the next start reads it instead of validating every
package again, equal to a fresh read; any changed file makes it stale; a damaged one is
rebuilt; each language's words are unpacked only when first asked for."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.sessions import library as library_module
from facilitator.sessions.library import discover, install
from facilitator.sessions.programme import PackedTexts

EXAMPLE = paths.bundled_programmes_dir() / "example-breathing-space"


def _cache() -> Path:
    return paths.data_dir() / "cache" / "library.pickle"


def test_the_second_read_comes_from_the_cache_and_equals_a_fresh_one(
        data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = discover()
    assert _cache().exists()
    monkeypatch.setattr(library_module, "_read", lambda _candidates: pytest.fail("read again"))
    cached = discover()
    programme = cached.entries[0].programme
    assert isinstance(programme.texts, PackedTexts)
    assert programme.texts._texts == {}  # nothing unpacked yet
    assert programme.title("da") == fresh.entries[0].programme.title("da")
    assert list(programme.texts._texts) == ["da"]  # only the language asked for
    assert [e.programme for e in cached.entries] == [e.programme for e in fresh.entries]


def test_a_changed_file_of_an_installed_package_makes_it_stale(data_home: Path) -> None:
    install(EXAMPLE)
    first = discover()
    installed = next(e for e in first.entries if e.origin == "installed")
    words = installed.path / "texts" / "en.yaml"
    title = installed.programme.title("en")
    words.write_text(words.read_text(encoding="utf-8").replace(title, "A calmer title", 1),
                     encoding="utf-8")
    stat = words.stat()
    os.utime(words, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = discover()
    changed = next(e for e in again.entries if e.origin == "installed").programme
    assert changed.title("en") == "A calmer title" != title


def test_a_damaged_cache_is_rebuilt(data_home: Path) -> None:
    fresh = discover()
    _cache().write_bytes(b"\x80\x05 damaged")
    assert [e.programme for e in discover().entries] == [e.programme for e in fresh.entries]
    assert _cache().read_bytes()[:2] != b"\x80\x05 d"


def test_a_language_asked_for_from_many_threads_is_unpacked_once(data_home: Path) -> None:
    discover()
    programme = discover().entries[1].programme
    found: list[object] = []
    threads = [threading.Thread(target=lambda: found.append(programme.texts["ar"]))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(texts) for texts in found}) == 1
