"""The readiness check before a meeting, as plain values: what was found, and how it stands.

Each item is green (ready), amber (the meeting can go ahead, with something missing or a
choice to make) or red (put this right before the group arrives). Items carry facts
(a film's title, a file name, a folder), never sentences: the screen words them in the
facilitator's language and says what to do. Finding the facts (a film's playability, the
screens, the safety card) is done by the layers that can; the rules live here.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from facilitator.sessions.programme import Film, Programme, Session


class Light(enum.Enum):
    """How an item stands; ordered from fine to blocking (CHECKING while a check runs)."""

    GREEN = "green"
    CHECKING = "checking"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Light.GREEN: 0, Light.CHECKING: 1, Light.AMBER: 2, Light.RED: 3}


class Finding(enum.Enum):
    """What a check found; each has its own wording and advice on the screen."""

    FILM_READY = "film-ready"
    FILM_CHECKING = "film-checking"
    FILM_MISSING = "film-missing"
    FILM_BROKEN = "film-broken"
    """Found but it will not play (damaged, not a video, wrong checksum)."""
    FILM_WARNING = "film-warning"
    """It plays, with a caveat from the playability check."""
    SUBTITLES_READY = "subtitles-ready"
    SUBTITLES_MISSING = "subtitles-missing"
    """The programme names subtitles in the language but their file is not there."""
    SUBTITLES_NONE = "subtitles-none"
    """The film has no subtitles in the language, but a sound track (or dubbed version)."""
    LANGUAGE_NONE = "language-none"
    """Neither subtitles nor a sound track in the language."""
    SCREEN_FOUND = "screen-found"
    SCREEN_NONE = "screen-none"
    CARD_CHECKING = "card-checking"
    CARD_READY = "card-ready"
    CARD_MISSING = "card-missing"
    CARD_INCOMPLETE = "card-incomplete"
    MATERIALS_READY = "materials-ready"
    MATERIALS_TO_TICK = "materials-to-tick"


class FilmOutcome(enum.Enum):
    """The media layer's playability verdict on one film."""

    PENDING = "pending"
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    MISSING = "missing"


@dataclass(frozen=True)
class ReadinessItem:
    """One line of the readiness check: a finding, its light, and the facts to word it by."""

    finding: Finding
    light: Light
    subject: str = ""
    """What the item is about: a film's title, a screen's name, the host's name."""
    language: str = ""
    """The language concerned (subtitles, sound track), a two-letter code."""
    file: str = ""
    """A file to put in place."""
    folder: str = ""
    """Where to put it."""
    detail: str = ""
    """A reason already worded for the facilitator (from the playability check)."""
    count: int = 0
    total: int = 0


@dataclass(frozen=True)
class FilmFacts:
    """One film as this laptop has it, for a session that shows it."""

    film: Film
    title: str
    outcome: FilmOutcome
    reason: str = ""
    """The playability check's words for a warning or an error."""
    subtitles_present: frozenset[str] = frozenset()
    """Languages whose subtitle file exists."""


@dataclass(frozen=True)
class Material:
    """One thing to bring: from the session's list, or from a step (its title given)."""

    text: str
    step_title: str = ""


def worst(lights: Iterable[Light]) -> Light:
    return max(lights, key=lambda light: light.rank, default=Light.GREEN)


def session_films(programme: Programme, session: Session) -> tuple[Film, ...]:
    """The films a session shows, once each, in the order they come."""
    seen: list[str] = []
    for step in session.steps:
        if step.film and step.film not in seen:
            seen.append(step.film)
    return tuple(programme.films[f] for f in seen if f in programme.films)


def film_items(facts: FilmFacts, group_languages: Sequence[str], host_folder: str
               ) -> list[ReadinessItem]:
    """The film itself, then for each of the group's languages its subtitles: a film shown
    without subtitles in the group's language is amber, with or without sound in it."""
    film, title = facts.film, facts.title
    items: list[ReadinessItem] = []
    if facts.outcome is FilmOutcome.PENDING:
        items.append(ReadinessItem(Finding.FILM_CHECKING, Light.CHECKING, title, file=film.file))
    elif facts.outcome is FilmOutcome.MISSING:
        items.append(ReadinessItem(Finding.FILM_MISSING, Light.RED, title, file=film.file,
                                   folder=host_folder, detail=facts.reason))
    elif facts.outcome is FilmOutcome.ERROR:
        items.append(ReadinessItem(Finding.FILM_BROKEN, Light.RED, title, file=film.file,
                                   folder=host_folder, detail=facts.reason))
    elif facts.outcome is FilmOutcome.WARNING:
        items.append(ReadinessItem(Finding.FILM_WARNING, Light.AMBER, title, file=film.file,
                                   detail=facts.reason))
    else:
        items.append(ReadinessItem(Finding.FILM_READY, Light.GREEN, title, file=film.file))
    for language in dict.fromkeys(group_languages):
        if language in facts.subtitles_present:
            items.append(ReadinessItem(Finding.SUBTITLES_READY, Light.GREEN, title, language))
        elif language in film.subtitles:
            items.append(ReadinessItem(Finding.SUBTITLES_MISSING, Light.AMBER, title, language,
                                       file=film.subtitles[language]))
        elif language in film.audio or language in film.versions:
            items.append(ReadinessItem(Finding.SUBTITLES_NONE, Light.AMBER, title, language))
        else:
            items.append(ReadinessItem(Finding.LANGUAGE_NONE, Light.AMBER, title, language))
    return items


def screen_item(screen_names: Sequence[str]) -> ReadinessItem:
    """A second screen is there (the projector) or not."""
    if len(screen_names) >= 2:
        return ReadinessItem(Finding.SCREEN_FOUND, Light.GREEN, screen_names[1],
                             count=len(screen_names))
    return ReadinessItem(Finding.SCREEN_NONE, Light.AMBER, count=len(screen_names))


def safety_card_item(host_name: str, contacts: str | None, referral_steps: str | None
                     ) -> ReadinessItem:
    """The host's safety card: the local contacts and referral steps a facilitator needs
    when a participant is in distress. None for both means there is no card at all."""
    if contacts is None and referral_steps is None:
        return ReadinessItem(Finding.CARD_MISSING, Light.RED, host_name)
    if not (contacts or "").strip() or not (referral_steps or "").strip():
        return ReadinessItem(Finding.CARD_INCOMPLETE, Light.AMBER, host_name)
    return ReadinessItem(Finding.CARD_READY, Light.GREEN, host_name)


def session_materials(programme: Programme, session: Session, language: str
                      ) -> tuple[Material, ...]:
    """The session's materials, then each step's, in `language` (else the source language);
    a thing named twice is listed once."""
    texts = programme.text(language)
    source = programme.text(programme.source_language)
    found: dict[str, Material] = {}

    def add(text: str, step_title: str = "") -> None:
        # A manual often names a thing in the session's list and again at its step.
        found.setdefault(" ".join(text.split()).casefold(), Material(text, step_title))

    session_text = texts.sessions.get(session.id) or source.sessions.get(session.id)
    for text in session_text.materials if session_text else ():
        add(text)
    for step in session.steps:
        step_text = texts.steps.get(step.id) or source.steps.get(step.id)
        for text in step_text.materials if step_text else ():
            add(text, step_text.title if step_text else "")
    return tuple(found.values())


def materials_item(total: int, ticked: int) -> ReadinessItem:
    """Green when every material is ticked as ready (or none is needed)."""
    if ticked >= total:
        return ReadinessItem(Finding.MATERIALS_READY, Light.GREEN, count=total, total=total)
    return ReadinessItem(Finding.MATERIALS_TO_TICK, Light.AMBER, count=ticked, total=total)
