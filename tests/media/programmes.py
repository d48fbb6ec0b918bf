"""Small programmes made in a test's folder, for the catalogue and the playability check."""

from __future__ import annotations

import shutil
from pathlib import Path

from facilitator.media.files import sha256_of
from facilitator.sessions.programme import (
    Audience,
    Film,
    Programme,
    ProgrammeText,
    Session,
    Step,
    StepKind,
    Texts,
)


def film(film_id: str, file: str, **extra: object) -> Film:
    return Film(
        id=film_id,
        file=file,
        duration=2,
        titles={"en": f"{film_id} (en)", "da": f"{film_id} (da)", "ar": f"{film_id} (ar)"},
        **extra,  # type: ignore[arg-type]
    )


def programme(location: Path | None, *films: Film) -> Programme:
    steps = tuple(
        Step(f"s1-film-{index}", StepKind.FILM, 5, film=item.id) for index, item in enumerate(films)
    )
    return Programme(
        id="breathing-space",
        version="1.0",
        source_language="en",
        languages=("en", "da", "ar"),
        audience=Audience.ADULTS,
        sessions=(Session("s1", 1, 5 * len(steps), steps),),
        films={item.id: item for item in films},
        texts={"en": Texts("en", ProgrammeText("Breathing space", "A test programme."))},
        location=location,
    )


def package_with(folder: Path, files: dict[str, Path | str]) -> Path:
    """A package folder whose films/ holds copies of `files` (name → source or text)."""
    films = folder / "films"
    films.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        if isinstance(source, Path):
            shutil.copy(source, films / name)
        else:
            (films / name).write_text(source, encoding="utf-8")
    return folder


__all__ = ["film", "programme", "package_with", "sha256_of"]
