"""What the coordinator must know of a programme version to report on it: its titles.

A bundle is imported only when its programme version is known: installed in the programme
library on this computer, already in the coordinator store, or described by the plan the
bundle carries. The titles are kept in the store in every language, so a report can be
written in any of them later without the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facilitator.records.coordinator.bundle import BundleRejected
from facilitator.sessions.programme import Programme

Titles = dict[str, str]
"""language → title"""


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme version's titles in every language: all the coordinator needs to report on it."""

    id: str
    version: str
    source: str
    """"library" or "bundle"."""
    sessions_planned: int
    titles: Titles
    sessions: dict[str, Titles] = field(default_factory=dict)
    """Session number (as text) → titles."""
    themes: dict[str, Titles] = field(default_factory=dict)
    films: dict[str, Titles] = field(default_factory=dict)


Catalogue = Callable[[str, str], ProgrammeInfo | None]
"""(programme id, version) → what the library knows, or None."""


def from_programme(programme: Programme) -> ProgrammeInfo:
    languages = programme.languages
    texts = {language: programme.text(language) for language in languages}
    return ProgrammeInfo(
        id=programme.id,
        version=programme.version,
        source="library",
        sessions_planned=len(programme.sessions),
        titles={lang: t.programme.title for lang, t in texts.items()},
        sessions={
            str(s.number): {lang: t.sessions[s.id].title for lang, t in texts.items() if s.id in t.sessions}
            for s in programme.sessions
        },
        themes={
            theme: {lang: t.themes[theme] for lang, t in texts.items() if theme in t.themes}
            for theme in programme.themes
        },
        films={film_id: dict(film.titles) for film_id, film in programme.films.items()},
    )


def library_catalogue() -> Catalogue:
    """The programme library on this computer, read once on first use."""
    library: Any = None

    def find(programme_id: str, version: str) -> ProgrammeInfo | None:
        nonlocal library
        if library is None:
            from facilitator.sessions.library import discover

            library = discover()
        entry = library.find(programme_id, version)
        return None if entry is None else from_programme(entry.programme)

    return find


def _titles(value: Any, where: str) -> Titles:
    if isinstance(value, str):
        return {"": value[:300]}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise BundleRejected(f"the programme plan it carries is not valid: {where} has no titles")
    return {k[:16]: v[:300] for k, v in value.items()}


def from_plan(plan: dict[str, Any], programme_id: str, version: str) -> ProgrammeInfo:
    """The plan a bundle carries (see docs/coordinator.md) for an unknown programme.

    Accepted shape: {"id", "version", "titles" | "title", "sessions": [{"number",
    "titles" | "title"}], "themes": {id: titles}, "films": {id: titles}}; titles are a
    {language: text} object or a single text.
    """
    if plan.get("id") != programme_id or plan.get("version") != version:
        raise BundleRejected("the programme plan it carries is for another programme or version")
    sessions_value = plan.get("sessions")
    if not isinstance(sessions_value, list) or not sessions_value:
        raise BundleRejected("the programme plan it carries is not valid: it lists no sessions")
    sessions: dict[str, Titles] = {}
    for i, session in enumerate(sessions_value):
        number = session.get("number") if isinstance(session, dict) else None
        if isinstance(number, bool) or not isinstance(number, int) or not 0 < number < 1000:
            raise BundleRejected(f"the programme plan it carries is not valid: session {i + 1} has no number")
        sessions[str(number)] = _titles(session.get("titles", session.get("title", "")), f"session {number}")
    extra: dict[str, dict[str, Titles]] = {}
    for key in ("themes", "films"):
        value = plan.get(key, {})
        if not isinstance(value, dict):
            raise BundleRejected(f"the programme plan it carries is not valid: {key} is not an object")
        extra[key] = {str(k)[:100]: _titles(v, f"{key}.{k}") for k, v in value.items()}
    return ProgrammeInfo(
        id=programme_id,
        version=version,
        source="bundle",
        sessions_planned=len(sessions),
        titles=_titles(plan.get("titles", plan.get("title", programme_id)), "the programme"),
        sessions=sessions,
        themes=extra["themes"],
        films=extra["films"],
    )


def title_in(titles: Titles, language: str, fallback: str) -> str:
    """A title in `language`, else English, else any, else `fallback`."""
    for key in (language, "en", ""):
        if titles.get(key):
            return titles[key]
    return next((t for t in titles.values() if t), fallback)
