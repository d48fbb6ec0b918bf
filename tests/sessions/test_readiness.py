"""The readiness rules: which findings are green, amber or red."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.sessions.package import load_programme as load
from facilitator.sessions.programme import Film, Programme
from facilitator.sessions.readiness import (
    FilmFacts,
    FilmOutcome,
    Finding,
    Light,
    film_items,
    materials_item,
    safety_card_item,
    screen_item,
    session_films,
    session_materials,
    worst,
)

REPO = Path(__file__).resolve().parents[2]
FILM = Film("anchor", "anchor.mp4", 76, {"en": "Anchor"}, audio=("en", "da"),
            subtitles={"en": "anchor.en.srt", "ar": "anchor.ar.srt"})


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load(REPO / "resources" / "programmes" / "managing-stress-together")


def facts(outcome: FilmOutcome, subtitles: frozenset[str] = frozenset(),
          reason: str = "") -> FilmFacts:
    return FilmFacts(FILM, "Anchor", outcome, reason, subtitles)


def test_readiness_missing_film_is_red_with_file_and_folder() -> None:
    first = film_items(facts(FilmOutcome.MISSING), ["en"], "/films")[0]
    assert (first.finding, first.light, first.file, first.folder) == (
        Finding.FILM_MISSING, Light.RED, "anchor.mp4", "/films")


def test_readiness_broken_film_is_red_and_warning_amber() -> None:
    assert film_items(facts(FilmOutcome.ERROR, reason="damaged"), [], "")[0].light is Light.RED
    warned = film_items(facts(FilmOutcome.WARNING, reason="slow disk"), [], "")[0]
    assert (warned.light, warned.detail) == (Light.AMBER, "slow disk")


def test_readiness_subtitle_file_missing_is_amber() -> None:
    items = film_items(facts(FilmOutcome.OK, frozenset({"en"})), ["ar", "en"], "")
    assert [(i.finding, i.light, i.language) for i in items] == [
        (Finding.FILM_READY, Light.GREEN, ""),
        (Finding.SUBTITLES_MISSING, Light.AMBER, "ar"),
        (Finding.SUBTITLES_READY, Light.GREEN, "en"),
    ]


def test_readiness_language_without_subtitles_is_amber_with_or_without_sound() -> None:
    items = film_items(facts(FilmOutcome.OK), ["da", "ru"], "")
    assert [(i.finding, i.light) for i in items[1:]] == [
        (Finding.SUBTITLES_NONE, Light.AMBER), (Finding.LANGUAGE_NONE, Light.AMBER)]


def test_readiness_screens() -> None:
    assert screen_item(["laptop"]).light is Light.AMBER
    found = screen_item(["laptop", "projector"])
    assert (found.finding, found.light, found.subject) == (
        Finding.SCREEN_FOUND, Light.GREEN, "projector")


def test_readiness_safety_card() -> None:
    assert safety_card_item("Egebjerg", None, None).light is Light.RED
    assert safety_card_item("Egebjerg", "Call 112", " ").light is Light.AMBER
    assert safety_card_item("Egebjerg", "Call 112", "Tell the host").light is Light.GREEN


def test_readiness_materials_from_session_and_steps(programme: Programme) -> None:
    session = programme.session(1)
    english = session_materials(programme, session, "en")
    assert english, "the demo session lists materials"
    assert not english[0].step_title and any(m.step_title for m in english)
    texts = [m.text.casefold() for m in english]
    assert len(texts) == len(set(texts))
    arabic = session_materials(programme, session, "ar")
    assert arabic[0].text != english[0].text
    assert materials_item(3, 1).light is Light.AMBER
    assert materials_item(3, 3).light is Light.GREEN
    assert materials_item(0, 0).light is Light.GREEN


def test_readiness_session_films_once_each_in_order(programme: Programme) -> None:
    for session in programme.sessions:
        ids = [s.film for s in session.steps if s.film]
        assert [f.id for f in session_films(programme, session)] == list(dict.fromkeys(ids))


def test_readiness_worst_light() -> None:
    assert worst([]) is Light.GREEN
    assert worst([Light.GREEN, Light.AMBER, Light.CHECKING]) is Light.AMBER
    assert worst([Light.AMBER, Light.RED]) is Light.RED
