"""Before a meeting: will each film of the session play, and can this group follow it?"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.media.catalogue import FilmCatalogue, FilmOrigin
from facilitator.media.files import ChecksumCache, sha256_of
from facilitator.media.playability import (
    FilmPlayability,
    Playability,
    PlayabilityCheck,
    check_film,
)
from tests.media.conftest import SRT, Clips, vlc_problem
from tests.media.programmes import film, package_with, programme


@pytest.fixture
def catalogue(clips: Clips, tmp_path: Path) -> FilmCatalogue:
    package = package_with(
        tmp_path / "pkg",
        {
            "anchor.mp4": clips.clip,
            "anchor.ar.srt": SRT["ar"],
            "broken.mp4": clips.corrupt,
            "notes.mp4": clips.not_video,
            "roots.mp4": clips.clip,
            "roots.ar.srt": "no cues here\n",
        },
    )
    films = [
        film(
            "anchor",
            "anchor.mp4",
            sha256=sha256_of(clips.clip),
            audio=("en", "da"),
            subtitles={"ar": "anchor.ar.srt", "ru": "anchor.ru.srt"},
        ),
        film("broken", "broken.mp4"),
        film("notes", "notes.mp4"),
        film("lost", "lost.mp4"),
        film("stale", "roots.mp4", sha256="0" * 64),
        film("roots", "roots.mp4", audio=("en",), subtitles={"ar": "roots.ar.srt"}),
    ]
    return FilmCatalogue(
        programme(package, *films),
        host_dir=tmp_path / "host",
        bundled_dir=tmp_path / "bundled",
        checksums=ChecksumCache(),
    )


def no_decoding(_video: Path, _timeout: float) -> str | None:
    return None


@pytest.mark.parametrize(
    ("film_id", "language", "status", "reason"),
    [
        ("anchor", "ar", Playability.OK, ""),
        ("anchor", "da", Playability.OK, ""),  # Danish sound, no subtitles needed
        ("anchor", "ru", Playability.ERROR, "Russian subtitles (“anchor.ru.srt”) are missing"),
        ("roots", "da", Playability.WARNING, "neither subtitles nor a sound track in Danish"),
        ("roots", "ar", Playability.ERROR, "Arabic subtitles (“roots.ar.srt”) cannot be read"),
        ("lost", "ar", Playability.ERROR, "“lost.mp4” was not found"),
        ("stale", "ar", Playability.ERROR, "not the version this programme expects"),
        ("notes", "ar", Playability.ERROR, "“notes.mp4” is not a video file"),
        ("ghost", "ar", Playability.ERROR, "names a film “ghost” that it does not describe"),
    ],
)
def test_playability_of_one_film(
    catalogue: FilmCatalogue, film_id: str, language: str, status: Playability, reason: str
) -> None:
    result = check_film(catalogue, film_id, language, no_decoding)
    assert result.status is status, result.reason
    assert reason in result.reason
    assert bool(result.reason) == (status is not Playability.OK)


def decoders() -> list[str]:
    return ["vlc", "qt"] if vlc_problem() is None else ["qt"]


@pytest.mark.parametrize("decoder", decoders())
def test_playability_decodes_the_first_frame(
    catalogue: FilmCatalogue, decoder: str, qtbot: QtBot
) -> None:
    if decoder == "vlc":
        from facilitator.media.vlc_backend import probe_first_frame
    else:
        from facilitator.media.qt_backend import probe_first_frame
    results: dict[str, FilmPlayability] = {}

    def work() -> None:  # off the GUI thread, as in the readiness check
        for film_id in ("anchor", "broken"):
            results[film_id] = check_film(catalogue, film_id, "ar", probe_first_frame)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert results["anchor"].status is Playability.OK, results["anchor"].reason
    assert results["anchor"].origin is FilmOrigin.PACKAGE
    assert results["broken"].status is Playability.ERROR
    assert "“broken.mp4” could not be played" in results["broken"].reason


@pytest.mark.parametrize("decoder", ["default", "qt"])
def test_playability_check_runs_a_session_off_the_gui_thread(
    catalogue: FilmCatalogue, qtbot: QtBot, decoder: str
) -> None:
    from facilitator.media.qt_backend import probe_first_frame

    probe = probe_first_frame if decoder == "qt" else None
    check = PlayabilityCheck(catalogue, probe=probe, timeout_s=5)
    seen: list[FilmPlayability] = []
    check.film_checked.connect(seen.append)
    session = catalogue.programme.session(1)
    with qtbot.waitSignal(check.finished, timeout=30_000) as done:
        check.check_session(session, "ar")
    assert check.is_running() is False
    results = done.args[0]
    assert [r.film_id for r in results] == ["anchor", "broken", "notes", "lost", "stale", "roots"]
    assert {r.film_id: r.status for r in results} == {
        "anchor": Playability.OK,
        "broken": Playability.ERROR,
        "notes": Playability.ERROR,
        "lost": Playability.ERROR,
        "stale": Playability.ERROR,
        "roots": Playability.ERROR,
    }
    assert sorted(r.film_id for r in seen) == sorted(r.film_id for r in results)


def test_playability_check_ignores_an_abandoned_round(
    catalogue: FilmCatalogue, qtbot: QtBot
) -> None:
    check = PlayabilityCheck(catalogue, probe=no_decoding)
    check.check_films(["anchor", "lost"], "ar")
    with qtbot.waitSignal(check.finished, timeout=10_000) as done:
        check.check_films(["roots"], "da")
    assert [r.film_id for r in done.args[0]] == ["roots"]
    check.wait()
