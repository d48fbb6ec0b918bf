"""Loading and validating programme packages (docs/programme-format.md).

`validate(path)` reads a package folder or zip and returns the programme, when it is
valid, and every problem found — never raising for bad content. `load_programme(path)`
is the strict form used by the application.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from facilitator.sessions.package_source import PackageSource, escapes, open_source
from facilitator.sessions.problems import PackageInvalid, Problem
from facilitator.sessions.programme import (
    Audience,
    Film,
    Programme,
    Session,
    Step,
    StepKind,
    Texts,
)
from facilitator.sessions.yamlpos import Document, parse

FORMAT = 1
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Field:
    """What one key of a programme package's YAML may hold, and whether it must be there."""

    kind: str  # text | id | language | version | int | bool | texts | languages | map
    required: bool = False


PROGRAMME_FIELDS = {
    "format": Field("int", True),
    "id": Field("id", True),
    "version": Field("version", True),
    "source_language": Field("language", True),
    "languages": Field("languages", True),
    "audience": Field("text", True),
    "themes": Field("ids"),
    "authors": Field("text"),
    "licence": Field("text"),
}
SESSION_FIELDS = {
    "id": Field("id", True),
    "number": Field("int", True),
    "duration": Field("int", True),
    "steps": Field("list", True),
}
STEP_FIELDS = {
    "id": Field("id", True),
    "kind": Field("text", True),
    "minutes": Field("int", True),
    "optional": Field("bool"),
    "film": Field("id"),
}
FILM_FIELDS = {
    "file": Field("text", True),
    "duration": Field("int", True),
    "sha256": Field("text"),
    "titles": Field("map", True),
    "audio": Field("languages"),
    "versions": Field("map"),
    "subtitles": Field("map"),
}
PROGRAMME_TEXT_FIELDS = {"title": Field("text", True), "description": Field("text", True)}
SESSION_TEXT_FIELDS = {
    "title": Field("text", True),
    "summary": Field("text"),
    "materials": Field("texts"),
}
STEP_TEXT_FIELDS = {
    "title": Field("text", True),
    "script": Field("text", True),
    "projector": Field("text", True),
    "tips": Field("text"),
    "prompts": Field("texts"),
    "materials": Field("texts"),
}
TEXT_SECTIONS = ("programme", "themes", "sessions", "steps")
KIND_WORDS = {
    "text": "text", "id": "an id (lower-case letters, digits and -)", "int": "a whole number",
    "bool": "true or false", "texts": "a list of texts", "languages": "a list of language codes",
    "ids": "a list of ids", "map": "a mapping of language to text", "list": "a list",
    "language": "a language code such as en or da", "version": "a version such as 1.0 or 1.2.3",
}


@dataclass
class ValidationResult:
    """A package checked: its programme when it is valid, and every problem found in it."""

    programme: Programme | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_programme(path: Path | str) -> Programme:
    """The programme at `path`, or PackageInvalid listing every problem."""
    result = validate(Path(path))
    if result.programme is None:
        raise PackageInvalid(result.problems)
    return result.programme


def validate(path: Path | str) -> ValidationResult:
    path = Path(path)
    problems: list[Problem] = []
    source = open_source(path, problems)
    if source is None:
        return ValidationResult(None, sorted(problems))
    try:
        programme = _Validator(source, problems).run()
    finally:
        archive = getattr(source, "archive", None)
        if archive is not None:
            archive.close()
    if problems:
        return ValidationResult(None, sorted(set(problems)))
    if programme is not None and path.is_dir() or programme is not None:
        programme = _with_location(programme, path)
    return ValidationResult(programme, [])


def _with_location(programme: Programme, path: Path) -> Programme:
    from dataclasses import replace

    return replace(programme, location=path.resolve())


def summary(programme: Programme) -> str:
    steps = sum(len(s.steps) for s in programme.sessions)
    return (
        f"{programme.id} {programme.version}: valid — {len(programme.sessions)} sessions, "
        f"{steps} steps, {len(programme.films)} films, "
        f"languages {', '.join(programme.languages)}"
    )


class _Validator:
    """Collects every problem of one package; builds the Programme when there are none."""

    def __init__(self, source: PackageSource, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        self.files = source.files()
        self._parsed: dict[str, Document] = {}
        # Ids seen in the structure even where the rest of their entry is broken, and files
        # that could not be read: texts are not blamed for problems the structure caused.
        self.declared: set[str] = set()
        self.unreadable: set[str] = set()

    # -- reading ---------------------------------------------------------------------

    def problem(self, relative: str, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.source.label(relative), line, column, message))

    def read_text(self, relative: str) -> str | None:
        try:
            data = self.source.read(relative)
        except (OSError, ValueError, KeyError) as error:
            self.problem(relative, 1, 1, f"cannot be read: {error}")
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            before = data[: error.start]
            line = before.count(b"\n") + 1
            column = error.start - (before.rfind(b"\n") + 1) + 1
            self.problem(relative, line, column, "not UTF-8 text: save the file as UTF-8")
            return None

    def read_yaml(self, relative: str) -> Document | None:
        text = self.read_text(relative)
        doc = None if text is None else parse(self.source.label(relative), text, self.problems)
        if doc is None:
            self.unreadable.add(relative)
        else:
            self._parsed[relative] = doc
        return doc

    def read_yaml_cached(self, relative: str) -> Document | None:
        """A file already read, without reporting its problems a second time."""
        return self._parsed.get(relative)

    # -- field checking --------------------------------------------------------------

    def fields(self, doc: Document, path: tuple[Any, ...], value: Any,
               spec: dict[str, Field], what: str) -> dict[str, Any]:
        """The fields of a mapping that have the right type; problems for the rest."""
        if not isinstance(value, dict):
            self.problems.append(doc.at(path, f"{what} must be a mapping of keys to values"))
            return {}
        good: dict[str, Any] = {}
        for key, item in value.items():
            if key not in spec:
                expected = ", ".join(spec)
                self.problems.append(
                    doc.at(path + (key,), f"unknown key '{key}' in {what} (expected: {expected})",
                           key=True)
                )
                continue
            checked = self.typed(doc, path + (key,), item, spec[key], key)
            if checked is not None:
                good[key] = checked
        for key, rule in spec.items():
            if rule.required and key not in value:
                self.problems.append(doc.at(path, f"missing key '{key}' in {what}"))
        return good

    def typed(self, doc: Document, path: tuple[Any, ...], value: Any, rule: Field,
              key: str) -> Any:
        raw = doc.raw.get(path)
        kind = rule.kind
        ok: Any = None
        if kind in ("text", "id", "language", "version"):
            text = raw if raw is not None and not isinstance(value, (dict, list)) else None
            if kind == "text" and isinstance(value, str) and value.strip():
                ok = value
            elif kind == "id" and text is not None and ID.match(text) or kind == "language" and text is not None and LANGUAGE.match(text) or kind == "version" and text is not None and VERSION.match(text):
                ok = text
        elif kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                ok = value
        elif kind == "bool":
            if isinstance(value, bool):
                ok = value
        elif kind == "list":
            if isinstance(value, list):
                ok = value
        elif kind in ("texts", "languages", "ids"):
            pattern = {"texts": None, "languages": LANGUAGE, "ids": ID}[kind]
            if isinstance(value, list):
                items = []
                for i, item in enumerate(value):
                    text = doc.raw.get(path + (i,))
                    if isinstance(item, (dict, list)) or text is None or not text.strip() or (
                        pattern is not None and not pattern.match(text)
                    ):
                        singular = {"texts": "text", "languages": "a language code",
                                    "ids": "an id (lower-case letters, digits and -)"}[kind]
                        self.problems.append(
                            doc.at(path + (i,), f"item {i + 1} of '{key}' must be {singular}"))
                        continue
                    items.append(text if pattern is not None else str(item))
                return items
        elif kind == "map" and isinstance(value, dict):
            good = {}
            for lang, item in value.items():
                text = doc.raw.get(path + (lang,))
                if not LANGUAGE.match(str(lang)):
                    self.problems.append(doc.at(path + (lang,),
                                                f"'{lang}' is not a language code", key=True))
                elif isinstance(item, (dict, list)) or not text or not text.strip():
                    self.problems.append(doc.at(path + (lang,),
                                                f"'{key}.{lang}' must be text"))
                else:
                    good[lang] = text
            return good
        if ok is None:
            self.problems.append(doc.at(path, f"'{key}' must be {KIND_WORDS[kind]}"))
        return ok

    # -- the package -----------------------------------------------------------------

    def run(self) -> Programme | None:
        if "programme.yaml" not in self.files:
            self.problems.append(Problem(self.source.display, 1, 1,
                                         "not a programme package: no programme.yaml"))
            return None
        doc = self.read_yaml("programme.yaml")
        if doc is None:
            return None
        meta = self.fields(doc, (), doc.value, PROGRAMME_FIELDS, "programme.yaml")
        if "format" in meta and meta["format"] != FORMAT:
            self.problems.append(doc.at(("format",), f"unknown format {meta['format']}; "
                                        f"this version reads format {FORMAT}"))
        audience = None
        if "audience" in meta:
            try:
                audience = Audience(meta["audience"])
            except ValueError:
                choices = ", ".join(a.value for a in Audience)
                self.problems.append(doc.at(("audience",), f"unknown audience "
                                            f"'{meta['audience']}' (expected one of: {choices})"))
        languages: list[str] = meta.get("languages", [])
        for i, lang in enumerate(languages):
            if lang in languages[:i]:
                self.problems.append(doc.at(("languages", i), f"language '{lang}' listed twice"))
        if not languages and "languages" in meta:
            self.problems.append(doc.at(("languages",), "list at least one language"))
        source_language = meta.get("source_language")
        if source_language and languages and source_language not in languages:
            self.problems.append(doc.at(("source_language",), f"source language "
                                        f"'{source_language}' is not in languages"))
        themes: list[str] = meta.get("themes", [])
        for i, theme in enumerate(themes):
            if theme in themes[:i]:
                self.problems.append(doc.at(("themes", i), f"theme '{theme}' listed twice"))

        films = self.films(languages)
        sessions = self.sessions(set(films), doc)
        texts = self.texts(doc, languages, source_language, themes, sessions)
        if self.problems or audience is None or source_language is None:
            return None
        return Programme(
            id=meta["id"], version=meta["version"], source_language=source_language,
            languages=tuple(languages), audience=audience, sessions=tuple(sessions),
            films=films, texts=texts, themes=tuple(themes),
            authors=meta.get("authors", ""), licence=meta.get("licence", ""),
        )

    def sessions(self, film_ids: set[str], programme_doc: Document) -> list[Session]:
        names = [f for f in self.files if f.startswith("sessions/") and f.endswith(".yaml")]
        if not names:
            self.problems.append(programme_doc.at((), "no sessions: add one file per session "
                                                  "in sessions/"))
        found: list[tuple[Session, Document]] = []
        step_seen: dict[str, str] = {}
        session_seen: dict[str, str] = {}
        for name in names:
            doc = self.read_yaml(name)
            if doc is None:
                continue
            meta = self.fields(doc, (), doc.value, SESSION_FIELDS, "a session")
            steps: list[Step] = []
            for i, raw_step in enumerate(meta.get("steps", [])):
                step = self.step(doc, ("steps", i), raw_step, film_ids, step_seen)
                if step is not None:
                    steps.append(step)
            if "steps" in meta and not meta["steps"]:
                self.problems.append(doc.at(("steps",), "a session needs at least one step"))
            sid = meta.get("id")
            if isinstance(doc.value, dict) and isinstance(doc.value.get("id"), str):
                self.declared.add(doc.value["id"])
            if sid is not None:
                if sid in session_seen:
                    self.problems.append(doc.at(("id",), f"duplicate session id '{sid}' "
                                                f"(also in {session_seen[sid]})"))
                session_seen[sid] = doc.file
            duration = meta.get("duration")
            if duration is not None and duration <= 0:
                self.problems.append(doc.at(("duration",), "duration must be positive minutes"))
            planned = [
                raw.get("minutes") for raw in meta.get("steps", []) if isinstance(raw, dict)
            ]
            whole = [m for m in planned if isinstance(m, int) and not isinstance(m, bool)]
            if duration is not None and whole and len(whole) == len(meta.get("steps", [])):
                total = sum(whole)
                if total != duration:
                    self.problems.append(doc.at(("duration",), (
                        f"the steps' planned minutes add up to {total}, not to the session's "
                        f"duration of {duration}")))
            if sid is not None and "number" in meta and duration is not None:
                found.append((Session(sid, meta["number"], duration, tuple(steps)), doc))
        found.sort(key=lambda pair: pair[0].number)
        for expected, (session, doc) in enumerate(found, start=1):
            if session.number != expected:
                self.problems.append(doc.at(("number",), (
                    f"session number {session.number} out of sequence: sessions are numbered "
                    f"1, 2, 3 … and this should be {expected}")))
        return [session for session, _ in found]

    def step(self, doc: Document, path: tuple[Any, ...], raw: Any, film_ids: set[str],
             seen: dict[str, str]) -> Step | None:
        meta = self.fields(doc, path, raw, STEP_FIELDS, "a step")
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            self.declared.add(raw["id"])
        kind = None
        if "kind" in meta:
            try:
                kind = StepKind(meta["kind"])
            except ValueError:
                choices = ", ".join(k.value for k in StepKind)
                self.problems.append(doc.at(path + ("kind",), f"unknown step kind "
                                            f"'{meta['kind']}' (expected one of: {choices})"))
        if "minutes" in meta and meta["minutes"] < 1:
            self.problems.append(doc.at(path + ("minutes",), "minutes must be at least 1"))
        film = meta.get("film")
        if film is not None and film not in film_ids:
            self.problems.append(doc.at(path + ("film",), f"film '{film}' is not in films/ "
                                        f"(expected films/{film}.yaml)"))
        if kind is StepKind.FILM and "film" not in meta and isinstance(raw, dict) \
                and "film" not in raw:
            self.problems.append(doc.at(path, "a step of kind 'film' needs a 'film' key"))
        step_id = meta.get("id")
        if step_id is not None:
            if step_id in seen:
                self.problems.append(doc.at(path + ("id",), f"duplicate step id '{step_id}' "
                                            f"(first at {seen[step_id]})"))
            else:
                line, column = doc.value_pos.get(path + ("id",), (1, 1))
                seen[step_id] = f"{doc.file}:{line}:{column}"
        if step_id is None or kind is None or "minutes" not in meta:
            return None
        return Step(step_id, kind, meta["minutes"], meta.get("optional", False), film)

    def films(self, languages: list[str]) -> dict[str, Film]:
        films: dict[str, Film] = {}
        for name in self.files:
            parts = PurePosixPath(name).parts
            if len(parts) != 2 or parts[0] != "films" or not name.endswith(".yaml"):
                continue
            film_id = PurePosixPath(name).stem
            doc = self.read_yaml(name)
            if doc is None:
                continue
            if not ID.match(film_id):
                self.problems.append(doc.at((), f"film file name '{film_id}' must be an id "
                                            "(lower-case letters, digits and -)"))
                continue
            meta = self.fields(doc, (), doc.value, FILM_FIELDS, "a film")
            if "sha256" in meta and not SHA256.match(meta["sha256"]):
                self.problems.append(doc.at(("sha256",), "sha256 must be 64 lower-case hex digits"))
            if "duration" in meta and meta["duration"] <= 0:
                self.problems.append(doc.at(("duration",), "duration must be positive seconds"))
            for lang in languages:
                if "titles" in meta and lang not in meta["titles"]:
                    self.problems.append(doc.at(("titles",), f"missing title in '{lang}'"))
            for key in ("file",):
                if key in meta and escapes(meta[key]):
                    self.problems.append(doc.at((key,), f"'{meta[key]}' escapes the package"))
            for lang, file in meta.get("versions", {}).items():
                if escapes(file):
                    self.problems.append(doc.at(("versions", lang), f"'{file}' escapes the package"))
            for lang, file in meta.get("subtitles", {}).items():
                where = ("subtitles", lang)
                if escapes(file) or escapes("films/" + file):
                    self.problems.append(doc.at(where, f"'{file}' escapes the package"))
                elif not self.source.exists("films/" + file):
                    self.problems.append(doc.at(where, f"subtitle file 'films/{file}' is not in "
                                                "the package"))
                else:
                    self.read_text("films/" + file)
            if "file" in meta and "duration" in meta and "titles" in meta:
                films[film_id] = Film(
                    id=film_id, file=meta["file"], duration=meta["duration"],
                    titles=meta["titles"], sha256=meta.get("sha256"),
                    audio=tuple(meta.get("audio", [])), versions=meta.get("versions", {}),
                    subtitles=meta.get("subtitles", {}),
                )
        return films

    def texts(self, programme_doc: Document, languages: list[str], source: str | None,
              themes: list[str], sessions: list[Session]) -> dict[str, Texts]:
        from facilitator.sessions.texts import TextsChecker

        return TextsChecker(self, programme_doc, languages, source, themes, sessions).run()
