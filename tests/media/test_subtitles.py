"""SRT subtitles as packages really write them, and language codes as films carry them."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.media.languages import is_right_to_left, language_code, native_name
from facilitator.media.subtitles import Cue, SubtitleError, SubtitleTrack, load_srt, parse_srt


def test_srt_parses_cues_with_crlf_bom_tags_and_no_blank_line() -> None:
    text = (
        "\ufeff1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Notice</i> your feet\r\non the floor\r\n\r\n"
        "2\n00:00:03.000 --> 00:00:04,000\n{\\an8}Breathe out\n"
        "3\n00:00:05,000 --> 00:00:06,000\n7\n"
    )
    assert parse_srt(text) == [
        Cue(1000, 2500, "Notice your feet\non the floor"),
        Cue(3000, 4000, "Breathe out"),
        Cue(5000, 6000, "7"),
    ]


def test_srt_track_finds_the_cue_at_a_time() -> None:
    track = SubtitleTrack(
        [Cue(0, 1000, "one"), Cue(900, 3000, "overlap"), Cue(5000, 6000, "three")]
    )
    assert track.text_at(0) == "one"
    assert track.text_at(950) == "one\noverlap"
    assert track.text_at(1000) == "overlap"
    assert track.text_at(4000) == ""
    assert track.text_at(5999) == "three"
    assert track.text_at(6000) == ""


def test_srt_arabic_text_survives(tmp_path: Path) -> None:
    path = tmp_path / "a.ar.srt"
    path.write_text("1\n00:00:00,000 --> 00:00:02,000\nلاحظ قدميك\n", encoding="utf-8")
    assert load_srt(path)[0].text == "لاحظ قدميك"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "the file is missing"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"hello\n", "no subtitles"),
    ],
)
def test_srt_unusable_files_say_why(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "x.srt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SubtitleError, match=reason):
        load_srt(path)


def test_language_codes_from_containers_and_players() -> None:
    assert language_code("eng") == "en"
    assert language_code("dan") == "da"
    assert language_code("ara") == "ar"
    assert language_code("rus") == "ru"
    assert language_code("Track 2 - [Danish]") == "da"
    assert language_code("English") == "en"
    assert language_code("und") is None
    assert language_code("Track 1") is None
    assert is_right_to_left("ar") and is_right_to_left("fa")
    assert not is_right_to_left("da") and not is_right_to_left(None)
    assert native_name("ar") == "العربية"
    assert native_name("da") == "Dansk"
    assert native_name("en") == "English"
