"""The bundled demo films: what ffprobe sees in each video, and the package files beside them.

A facilitator trusts that a film in the demo programmes plays, is short enough to show in a
session step, carries the audio languages its metadata promises, and that its subtitles
line up with it. These tests hold the generated files to that.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
FILMS = REPO / "resources" / "films"
PROGRAMMES = REPO / "resources" / "programmes"

DEMO_FILMS = (
    "what-stress-does",
    "dropping-anchor",
    "unhooking",
    "what-matters",
    "being-kind",
    "making-room",
    "children-and-change",
    "two-cultures",
)
PACKAGE_FILMS = {
    "managing-stress-together": (
        "what-stress-does",
        "dropping-anchor",
        "unhooking",
        "what-matters",
        "being-kind",
        "making-room",
    ),
    "parents-in-a-new-country": (
        "what-stress-does",
        "children-and-change",
        "two-cultures",
        "dropping-anchor",
    ),
}
LANGUAGES = ("en", "da", "ar", "ru")
# ffprobe reports mp4 languages as ISO 639-2; either form names the language.
LANGUAGE_TAGS = {"en": {"en", "eng"}, "da": {"da", "dan"}, "ar": {"ar", "ara"}, "ru": {"ru", "rus"}}
MAX_BYTES = 3 * 1024 * 1024

PACKAGE_CASES = [(p, f) for p, films in PACKAGE_FILMS.items() for f in films]
SUBTITLE_CASES = [(p, f, lang) for p, f in PACKAGE_CASES for lang in LANGUAGES]

_TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")


def ffprobe(path: Path) -> dict[str, Any]:
    if shutil.which("ffprobe") is None:
        pytest.skip("ffprobe is not installed")
    result = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            str(path),
        ],
        capture_output=True,
        check=True,
        text=True,
    )
    info: dict[str, Any] = json.loads(result.stdout)
    return info


def film_path(film_id: str) -> Path:
    path = FILMS / f"{film_id}.mp4"
    assert path.is_file(), f"{path} is missing; run scripts/make-demo-films.py"
    return path


def metadata(package: str, film_id: str) -> dict[str, Any]:
    path = PROGRAMMES / package / "films" / f"{film_id}.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def read_srt(path: Path) -> list[tuple[int, int, str]]:
    """A strict SubRip reader: numbered blocks, exact timings, non-empty text."""
    cues = []
    blocks = path.read_text(encoding="utf-8").strip("\n").split("\n\n")
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\n")
        assert lines[0] == str(number), f"{path.name}: block {number} is numbered {lines[0]!r}"
        match = _TIMING.match(lines[1])
        assert match, f"{path.name}: block {number} has timing {lines[1]!r}"
        h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in match.groups())
        start = ((h1 * 60 + m1) * 60 + s1) * 1000 + ms1
        end = ((h2 * 60 + m2) * 60 + s2) * 1000 + ms2
        text = "\n".join(lines[2:]).strip()
        assert text, f"{path.name}: block {number} has no text"
        cues.append((start, end, text))
    return cues


@pytest.mark.parametrize("film_id", DEMO_FILMS)
def test_demo_film_is_short_h264_aac_and_small(film_id: str) -> None:
    path = film_path(film_id)
    info = ffprobe(path)
    duration = float(info["format"]["duration"])
    assert 30 <= duration <= 90
    assert path.stat().st_size < MAX_BYTES
    kinds = [(s["codec_type"], s["codec_name"]) for s in info["streams"]]
    assert ("video", "h264") in kinds
    audio = [name for kind, name in kinds if kind == "audio"]
    assert audio and set(audio) == {"aac"}
    assert "demo film" in info["format"].get("tags", {}).get("title", "").lower()


def top_level_boxes(path: Path) -> list[str]:
    """The names of an mp4's top-level boxes, in file order."""
    names = []
    with path.open("rb") as stream:
        while header := stream.read(8):
            size, name = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", stream.read(8))[0] - 8
            assert size >= 8, f"{path.name}: box {name!r} has size {size}"
            names.append(name.decode("latin-1"))
            stream.seek(size - 8, 1)
    return names


@pytest.mark.parametrize("film_id", DEMO_FILMS)
def test_demo_film_starts_playing_before_it_is_fully_read(film_id: str) -> None:
    # faststart: the index (moov) comes before the media data (mdat).
    boxes = top_level_boxes(film_path(film_id))
    assert boxes.index("moov") < boxes.index("mdat")


def test_dropping_anchor_has_four_audio_tracks_in_language_order() -> None:
    info = ffprobe(film_path("dropping-anchor"))
    tags = [
        s.get("tags", {}).get("language", "") for s in info["streams"] if s["codec_type"] == "audio"
    ]
    assert len(tags) == 4
    for lang, tag in zip(LANGUAGES, tags, strict=True):
        assert tag in LANGUAGE_TAGS[lang], f"track for {lang} is tagged {tag!r}"


@pytest.mark.parametrize(("package", "film_id"), PACKAGE_CASES)
def test_film_metadata_matches_the_bundled_video(package: str, film_id: str) -> None:
    data = metadata(package, film_id)
    path = film_path(film_id)
    assert data["file"] == path.name
    assert data["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert set(data["titles"]) == set(LANGUAGES)
    assert set(data["subtitles"]) == set(LANGUAGES)
    info = ffprobe(path)
    assert abs(data["duration"] - float(info["format"]["duration"])) < 1
    tracks = [s for s in info["streams"] if s["codec_type"] == "audio"]
    assert len(data["audio"]) == len(tracks)
    for lang, stream in zip(data["audio"], tracks, strict=True):
        assert stream.get("tags", {}).get("language") in LANGUAGE_TAGS[lang]


def test_the_video_itself_is_not_copied_into_the_packages() -> None:
    for package in PACKAGE_FILMS:
        assert not list((PROGRAMMES / package / "films").glob("*.mp4"))


@pytest.mark.parametrize(("package", "film_id", "lang"), SUBTITLE_CASES)
def test_subtitles_parse_in_order_and_end_before_the_film(
    package: str, film_id: str, lang: str
) -> None:
    data = metadata(package, film_id)
    srt = PROGRAMMES / package / "films" / data["subtitles"][lang]
    cues = read_srt(srt)
    assert len(cues) >= 6
    previous_end = 0
    for start, end, _ in cues:
        assert previous_end <= start < end
        previous_end = end
    # The metadata's duration is held to the video's by the test above.
    assert cues[-1][1] < data["duration"] * 1000


@pytest.mark.parametrize("film_id", ("dropping-anchor", "two-cultures"))
def test_arabic_subtitles_are_arabic_script(film_id: str) -> None:
    package = "parents-in-a-new-country"
    cues = read_srt(PROGRAMMES / package / "films" / f"{film_id}.ar.srt")
    letters = [c for _, _, text in cues for c in text if c.isalpha()]
    arabic = [c for c in letters if "\u0600" <= c <= "\u06ff"]
    assert len(arabic) / len(letters) > 0.95
    # Renderers that lay lines out left to right (VLC's default, libass) would move a closing
    # full stop to the wrong end without a RIGHT-TO-LEFT MARK after it.
    for _, _, text in cues:
        assert all(line.endswith("\u200f") for line in text.split("\n"))


def test_every_language_has_the_same_number_of_cues() -> None:
    for package, film_id in PACKAGE_CASES:
        counts = {
            lang: len(read_srt(PROGRAMMES / package / "films" / f"{film_id}.{lang}.srt"))
            for lang in LANGUAGES
        }
        assert len(set(counts.values())) == 1, f"{package}/{film_id}: {counts}"
