"""The film catalogue: where each film's video is found, and what it offers."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from facilitator.media.catalogue import FilmCatalogue, FilmOrigin
from facilitator.media.files import ChecksumCache, looks_like_video, sha256_of
from tests.media.conftest import Clips
from tests.media.programmes import film, package_with, programme


def catalogue_for(tmp_path: Path, prog, cache: ChecksumCache | None = None) -> FilmCatalogue:
    return FilmCatalogue(
        prog,
        host_dir=tmp_path / "host",
        bundled_dir=tmp_path / "bundled",
        checksums=cache or ChecksumCache(),
    )


def test_catalogue_prefers_the_package_then_host_then_bundled(clips: Clips, tmp_path: Path) -> None:
    package = package_with(tmp_path / "pkg", {"anchor.mp4": clips.clip})
    host, bundled = tmp_path / "host", tmp_path / "bundled"
    host.mkdir()
    bundled.mkdir()
    shutil.copy(clips.clip, host / "anchor.mp4")
    shutil.copy(clips.bright, bundled / "roots.mp4")
    prog = programme(package, film("anchor", "anchor.mp4"), film("roots", "roots.mp4"))
    catalogue = catalogue_for(tmp_path, prog)
    anchor = catalogue.resolve("anchor")
    assert (anchor.origin, anchor.video) == (FilmOrigin.PACKAGE, package / "films" / "anchor.mp4")
    os.remove(package / "films" / "anchor.mp4")
    assert catalogue.resolve("anchor").origin is FilmOrigin.HOST
    roots = catalogue.resolve("roots")
    assert (roots.origin, roots.video) == (FilmOrigin.BUNDLED, bundled / "roots.mp4")
    assert roots.playable


def test_catalogue_reports_a_missing_film(tmp_path: Path) -> None:
    prog = programme(package_with(tmp_path / "pkg", {}), film("anchor", "anchor.mp4"))
    resolved = catalogue_for(tmp_path, prog).resolve("anchor")
    assert resolved.origin is FilmOrigin.MISSING and resolved.video is None
    assert resolved.problem is not None and "“anchor.mp4” was not found" in resolved.problem
    assert not resolved.playable


def test_catalogue_checks_the_checksum_and_caches_it(clips: Clips, tmp_path: Path) -> None:
    package = package_with(tmp_path / "pkg", {"anchor.mp4": clips.clip})
    video = package / "films" / "anchor.mp4"
    cache = ChecksumCache(tmp_path / "cache.json")
    good = programme(package, film("anchor", "anchor.mp4", sha256=sha256_of(clips.clip)))
    catalogue = catalogue_for(tmp_path, good, cache)
    for _ in range(3):
        assert catalogue.resolve("anchor").playable
    assert cache.computed == 1  # hashed once, then remembered by path, mtime and size
    assert ChecksumCache(tmp_path / "cache.json").sha256(video) == sha256_of(clips.clip)

    video.write_bytes(clips.bright.read_bytes())  # the file changes: hashed again
    bad = catalogue.resolve("anchor")
    assert cache.computed == 2
    assert bad.video == video and not bad.playable
    assert bad.problem is not None and "not the version this programme expects" in bad.problem


def test_catalogue_looks_further_when_the_checksum_differs(clips: Clips, tmp_path: Path) -> None:
    package = package_with(tmp_path / "pkg", {"anchor.mp4": clips.bright})  # the wrong one
    host = tmp_path / "host"
    host.mkdir()
    (host / "anchor.mp4").write_bytes(clips.clip.read_bytes())
    prog = programme(package, film("anchor", "anchor.mp4", sha256=sha256_of(clips.clip)))
    resolved = catalogue_for(tmp_path, prog).resolve("anchor")
    assert (resolved.origin, resolved.problem) == (FilmOrigin.HOST, None)


def test_catalogue_gives_titles_audio_and_subtitle_paths(tmp_path: Path) -> None:
    package = package_with(
        tmp_path / "pkg", {"anchor.en.srt": "1\n00:00:00,000 --> 00:00:01,000\nHi\n"}
    )
    described = film(
        "anchor",
        "anchor.mp4",
        audio=("en", "da"),
        subtitles={"en": "anchor.en.srt", "ar": "anchor.ar.srt", "ru": "../../etc/passwd"},
        versions={"ar": "anchor-ar.mp4"},
    )
    catalogue = catalogue_for(tmp_path, programme(package, described))
    assert catalogue.ids() == ["anchor"]
    assert catalogue.title("anchor", "da") == "anchor (da)"
    assert catalogue.title("anchor", "ru") == "anchor (en)"  # falls back to English
    assert catalogue.duration_ms("anchor") == 2000
    assert catalogue.audio_languages("anchor") == ("en", "da")
    films = package / "films"
    # Paths inside the package only: one that would leave it is not offered.
    assert catalogue.subtitle_files("anchor") == {
        "en": films / "anchor.en.srt",
        "ar": films / "anchor.ar.srt",
    }
    (films / "anchor-ar.mp4").write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(40))
    dubbed = catalogue.resolve("anchor", audio_language="ar")
    assert dubbed.video == films / "anchor-ar.mp4"


def test_catalogue_reads_a_zipped_package(clips: Clips, tmp_path: Path, data_home: Path) -> None:
    archive = tmp_path / "breathing-space.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(clips.clip, "breathing-space/films/anchor.mp4")
        zipped.writestr(
            "breathing-space/films/anchor.en.srt", "1\n00:00:00,000 --> 00:00:01,000\nHi\n"
        )
        zipped.writestr("breathing-space/programme.yaml", "id: breathing-space\n")
    described = film("anchor", "anchor.mp4", subtitles={"en": "anchor.en.srt"})
    resolved = catalogue_for(tmp_path, programme(archive, described)).resolve("anchor")
    assert resolved.origin is FilmOrigin.PACKAGE
    assert resolved.video is not None and resolved.video.read_bytes() == clips.clip.read_bytes()
    assert resolved.subtitles["en"].read_text(encoding="utf-8").endswith("Hi\n")
    assert data_home in resolved.video.parents  # unpacked into the user's cache folder


def test_files_tell_a_video_from_other_files(clips: Clips, tmp_path: Path) -> None:
    assert looks_like_video(clips.clip)
    assert not looks_like_video(clips.not_video)
    picture = tmp_path / "poster.mp4"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert not looks_like_video(picture)
    webm = tmp_path / "film.webm"
    webm.write_bytes(b"\x1a\x45\xdf\xa3" + bytes(100))
    assert looks_like_video(webm)
