"""The programme model: a manualised course, its sessions, steps, films and texts.

Values only (frozen dataclasses); loading and validation live in `package.py`.
"""

from __future__ import annotations

import enum
import pickle
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path


class StepKind(enum.Enum):
    WELCOME = "welcome"
    CHECK_IN = "check-in"
    REVIEW = "review"
    PSYCHOEDUCATION = "psychoeducation"
    FILM = "film"
    EXERCISE = "exercise"
    DISCUSSION = "discussion"
    BREAK = "break"
    ROUND_UP = "round-up"
    HOMEWORK = "homework"


class Audience(enum.Enum):
    ADULTS = "adults"
    PARENTS = "parents"
    YOUNG_PEOPLE = "young-people"
    SENIORS = "seniors"
    MIXED = "mixed"


@dataclass(frozen=True)
class StepText:
    """The words of one step in one language."""

    title: str
    script: str
    projector: str
    tips: str = ""
    prompts: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionText:
    """A session's title, summary and materials in one language."""

    title: str
    summary: str = ""
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgrammeText:
    """The programme's title and description in one language."""

    title: str
    description: str


@dataclass(frozen=True)
class Texts:
    """Every text of a programme in one language, keyed by ids."""

    language: str
    programme: ProgrammeText
    themes: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, SessionText] = field(default_factory=dict)
    steps: dict[str, StepText] = field(default_factory=dict)


class PackedTexts(Mapping[str, "Texts"]):
    """A programme's texts by language as the library's cache keeps them: a language's
    words are unpacked the first time they are asked for. The words of every language are
    nearly all of the cache, and a start needs one or two languages of one programme."""

    def __init__(self, packed: Mapping[str, bytes]) -> None:
        self._packed = dict(packed)
        self._texts: dict[str, Texts] = {}
        self._lock = threading.Lock()

    @classmethod
    def pack(cls, texts: Mapping[str, Texts]) -> PackedTexts:
        return cls({language: pickle.dumps(words, protocol=pickle.HIGHEST_PROTOCOL)
                    for language, words in texts.items()})

    def __getitem__(self, language: str) -> Texts:
        words = self._texts.get(language)
        if words is None:
            packed = self._packed[language]
            with self._lock:  # screens and workers may ask at once
                words = self._texts.get(language)
                if words is None:
                    words = pickle.loads(packed)
                    self._texts[language] = words
        return words  # type: ignore[return-value]

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __reduce__(self) -> tuple[type[PackedTexts], tuple[dict[str, bytes]]]:
        return (PackedTexts, (self._packed,))

    def __repr__(self) -> str:
        return f"PackedTexts({sorted(self._packed)})"


@dataclass(frozen=True)
class Step:
    """One step of a session: its kind, planned minutes and film, if any (its words are
    in the texts of each language)."""

    id: str
    kind: StepKind
    minutes: int
    optional: bool = False
    film: str | None = None


@dataclass(frozen=True)
class Session:
    """One meeting of the programme: its steps in order and its planned duration."""

    id: str
    number: int
    duration: int
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


@dataclass(frozen=True)
class Film:
    """A film's metadata as the package describes it; the video may live elsewhere."""

    id: str
    file: str
    duration: int
    titles: dict[str, str]
    sha256: str | None = None
    audio: tuple[str, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
    subtitles: dict[str, str] = field(default_factory=dict)

    def title(self, language: str, fallback: str = "en") -> str:
        return self.titles.get(language) or self.titles.get(fallback) or self.id


@dataclass(frozen=True)
class Programme:
    """A validated programme package."""

    id: str
    version: str
    source_language: str
    languages: tuple[str, ...]
    audience: Audience
    sessions: tuple[Session, ...]
    films: dict[str, Film]
    texts: Mapping[str, Texts]
    themes: tuple[str, ...] = ()
    authors: str = ""
    licence: str = ""
    location: Path | None = None
    """Where the package was loaded from (folder or zip)."""

    def session(self, number: int) -> Session:
        for session in self.sessions:
            if session.number == number:
                return session
        raise KeyError(number)

    def text(self, language: str) -> Texts:
        """Texts in `language`, or in the source language when it is not offered."""
        return self.texts.get(language) or self.texts[self.source_language]

    def title(self, language: str) -> str:
        return self.text(language).programme.title

    def step_text(self, step_id: str, language: str) -> StepText:
        return self.text(language).steps[step_id]

    def session_title(self, session_id: str, language: str) -> str:
        return self.text(language).sessions[session_id].title
