"""Checking and assembling a package's texts, one language at a time.

Every listed language must have the same keys as the structure asks for; the messages
name the missing key and the file it belongs in, so a translator can fix one language
without reading the others.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from facilitator.sessions.programme import ProgrammeText, Session, SessionText, StepText, Texts
from facilitator.sessions.yamlpos import Document

if TYPE_CHECKING:
    from facilitator.sessions.package import _Validator

SECTIONS = ("programme", "themes", "sessions", "steps")


class TextsChecker:
    def __init__(self, validator: _Validator, programme_doc: Document, languages: list[str],
                 source: str | None, themes: list[str], sessions: list[Session]) -> None:
        self.v = validator
        self.programme_doc = programme_doc
        self.languages = languages
        self.source = source
        self.themes = themes
        self.sessions = sessions
        self.steps = {step.id: step for session in sessions for step in session.steps}

    def files_by_language(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name in self.v.files:
            parts = PurePosixPath(name).parts
            if parts[0] != "texts" or not name.endswith(".yaml") or len(parts) < 2:
                continue
            lang = PurePosixPath(parts[1]).stem if len(parts) == 2 else parts[1]
            found.setdefault(lang, []).append(name)
        return found

    def run(self) -> dict[str, Texts]:
        from facilitator.sessions.package import LANGUAGE

        by_language = self.files_by_language()
        result: dict[str, Texts] = {}
        for lang, names in sorted(by_language.items()):
            if lang not in self.languages:
                hint = "" if LANGUAGE.match(lang) else " (not a language code)"
                self.v.problem(names[0], 1, 1, f"texts for language '{lang}'{hint}, which "
                               "programme.yaml does not list in languages")
        for i, lang in enumerate(self.languages):
            found_names = by_language.get(lang)
            if not found_names:
                self.v.problems.append(self.programme_doc.at(("languages", i), (
                    f"language '{lang}' is listed but has no texts: add texts/{lang}.yaml "
                    f"or files in texts/{lang}/")))
                continue
            texts = self.language(lang, found_names, by_language.get(self.source or "", []))
            if texts is not None:
                result[lang] = texts
        return result

    def language(self, lang: str, names: list[str], source_names: list[str]) -> Texts | None:
        from facilitator.sessions.package import (
            PROGRAMME_TEXT_FIELDS,
            SESSION_TEXT_FIELDS,
            STEP_TEXT_FIELDS,
        )

        entries: dict[tuple[str, str], tuple[Document, tuple[Any, ...], Any]] = {}
        docs: list[Document] = []
        for name in names:
            doc = self.v.read_yaml(name)
            if doc is None:
                continue
            docs.append(doc)
            if doc.value is None:
                continue
            if not isinstance(doc.value, dict):
                self.v.problems.append(doc.at((), "a texts file must be a mapping with keys "
                                              "programme, themes, sessions, steps"))
                continue
            for section, body in doc.value.items():
                if section not in SECTIONS:
                    self.v.problems.append(doc.at((section,), f"unknown key '{section}' in a "
                                                  f"texts file (expected: {', '.join(SECTIONS)})",
                                                  key=True))
                    continue
                if section == "programme":
                    self.remember(entries, ("programme", ""), doc, (section,), body)
                    continue
                if not isinstance(body, dict):
                    self.v.problems.append(doc.at((section,), f"'{section}' must be a mapping "
                                                  "of ids to texts"))
                    continue
                for key, value in body.items():
                    self.remember(entries, (section, str(key)), doc, (section, key), value)

        programme_text = None
        themes: dict[str, str] = {}
        sessions: dict[str, SessionText] = {}
        steps: dict[str, StepText] = {}
        known = {
            "themes": set(self.themes),
            "sessions": {s.id for s in self.sessions},
            "steps": set(self.steps),
        }
        for (section, key), (doc, path, value) in entries.items():
            if section == "programme":
                got = self.v.fields(doc, path, value, PROGRAMME_TEXT_FIELDS, "programme texts")
                if len(got) == 2:
                    programme_text = ProgrammeText(got["title"], got["description"])
                continue
            if key not in known[section] and not self.structure_unsure(section, key):
                what = {"themes": "theme", "sessions": "session", "steps": "step"}[section]
                self.v.problems.append(doc.at(path, f"no {what} '{key}' in the programme: "
                                              "this text belongs to nothing", key=True))
                continue
            if section == "themes":
                if isinstance(value, str) and value.strip():
                    themes[key] = value
                else:
                    self.v.problems.append(doc.at(path, f"theme '{key}' needs a title"))
            elif section == "sessions":
                got = self.v.fields(doc, path, value, SESSION_TEXT_FIELDS, f"session '{key}'")
                if "title" in got:
                    sessions[key] = SessionText(got["title"], got.get("summary", ""),
                                                tuple(got.get("materials", ())))
            else:
                got = self.v.fields(doc, path, value, STEP_TEXT_FIELDS, f"step '{key}'")
                if {"title", "script", "projector"} <= set(got):
                    steps[key] = StepText(
                        got["title"], got["script"], got["projector"], got.get("tips", ""),
                        tuple(got.get("prompts", ())), tuple(got.get("materials", ())),
                    )
        if not self.v.unreadable.intersection(names):
            self.report_missing(lang, entries, names, source_names, docs)
        if programme_text is None:
            return None
        return Texts(lang, programme_text, themes, sessions, steps)

    def structure_unsure(self, section: str, key: str) -> bool:
        """True when a broken structure file may be what this text belongs to."""
        if section == "themes":
            return False
        if any(name.startswith("sessions/") for name in self.v.unreadable):
            return True
        return key in self.v.declared

    def remember(self, entries: dict[tuple[str, str], tuple[Document, tuple[Any, ...], Any]],
                 key: tuple[str, str], doc: Document, path: tuple[Any, ...], value: Any) -> None:
        if key in entries:
            first = entries[key][0]
            line, _ = first.key_pos.get(entries[key][1], (1, 1))
            label = f"{key[0]}.{key[1]}" if key[1] else key[0]
            self.v.problems.append(doc.at(path, f"'{label}' is already given in "
                                          f"{first.file}:{line}", key=True))
            return
        entries[key] = (doc, path, value)

    def report_missing(self, lang: str, entries: dict[tuple[str, str], Any], names: list[str],
                       source_names: list[str], docs: list[Document]) -> None:
        """Name each missing key and the file it belongs in."""
        wanted: list[tuple[str, str]] = [("programme", "")]
        wanted += [("themes", t) for t in self.themes]
        wanted += [("sessions", s.id) for s in self.sessions]
        wanted += [("steps", sid) for sid in self.steps]
        by_name = {doc.file: doc for doc in docs}
        for section, key in wanted:
            if (section, key) in entries:
                continue
            target = self.home_file(lang, section, key, names, source_names)
            label = f"{section}.{key}" if key else section
            doc = by_name.get(self.v.source.label(target))
            if doc is not None:
                self.v.problems.append(doc.at((section,), f"missing text '{label}' for "
                                              f"language '{lang}'", key=True))
            else:
                self.v.problem(target, 1, 1, f"missing text '{label}' for language '{lang}'")

    def home_file(self, lang: str, section: str, key: str, names: list[str],
                  source_names: list[str]) -> str:
        """The file of `lang` that matches the source-language file holding this key."""
        for source_name in source_names:
            doc = self.v.read_yaml_cached(source_name)
            if doc is None or not isinstance(doc.value, dict):
                continue
            body = doc.value.get(section)
            if (key == "" and body is not None) or (isinstance(body, dict) and key in body):
                candidate = source_name.replace(f"texts/{self.source}/", f"texts/{lang}/", 1)
                if candidate in names:
                    return candidate
        return names[0]
