"""Personal identifiers in free text: the warning shown before a note is shared or exported.

Finds Danish CPR numbers, phone numbers, e-mail addresses and first names from the bundled
lists in `resources/names/` (Danish, English, Arabic in Arabic script and Latin
transliteration, Russian in Cyrillic and transliteration). It warns; it never edits a
note, because only the facilitator knows whether "Sara" is a participant or a film
character. Latin and Cyrillic names count only when capitalised, so ordinary words do not
fire; Arabic names also count behind a one-letter prefix (و ف ب ل ك, or و/ف then ب/ل/ك), and Cyrillic names in
their case forms (Ивану, Ольги).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from facilitator import paths


class IdentifierKind(enum.Enum):
    CPR = "cpr"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class Finding:
    """One possible identifier: what kind, the text as written, and where it stands."""

    kind: IdentifierKind
    text: str
    start: int
    end: int


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

_CPR = re.compile(r"(?<![\d\w])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?!\d)")
_PHONE_DK = re.compile(
    r"(?<![\d\w+])(?:(?:\+|00)45 ?)?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})(?!\d)"
)
_PHONE_INTERNATIONAL = re.compile(r"(?<![\d\w])(?:\+|00)\d{1,3}[ -]?\d(?:[ -]?\d){6,11}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"\w+")

_ARABIC_PREFIXES = "وفبلك"
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel
_CYRILLIC_ENDINGS = ("", "а", "я", "у", "ю", "е", "ой", "ей", "ом", "ем", "ы", "и", "ою", "ею")
_LIST_LANGUAGES = ("da", "en", "ar", "ru")


def find_identifiers(text: str) -> tuple[Finding, ...]:
    """Every possible personal identifier in `text`, in reading order, without overlaps."""
    digits = text.translate(_DIGITS)  # same length, so positions carry over
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: IdentifierKind, start: int, end: int) -> None:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            return
        taken.append((start, end))
        found.append(Finding(kind, text[start:end], start, end))

    for match in _EMAIL.finditer(digits):
        add(IdentifierKind.EMAIL, match.start(), match.end())
    for match in _CPR.finditer(digits):
        add(IdentifierKind.CPR, match.start(), match.end())
    for pattern in (_PHONE_INTERNATIONAL, _PHONE_DK):
        for match in pattern.finditer(digits):
            add(IdentifierKind.PHONE, match.start(), match.end())
    names = _names()
    for match in _WORD.finditer(text):
        if _is_name(match.group(), names):
            add(IdentifierKind.NAME, match.start(), match.end())
    return tuple(sorted(found, key=lambda f: f.start))


@dataclass(frozen=True)
class _Names:
    """The bundled first names by script, normalised the way that script's words are compared."""

    latin: frozenset[str]
    cyrillic: frozenset[str]
    arabic: frozenset[str]


def _normalise_arabic(word: str) -> str:
    word = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", word))
    return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


@cache
def _names() -> _Names:
    latin: set[str] = set()
    cyrillic: set[str] = set()
    arabic: set[str] = set()
    for language in _LIST_LANGUAGES:
        for name in _read_list(paths.resources_dir() / "names" / f"{language}.txt"):
            script = _script(name)
            if script == "arabic":
                arabic.add(_normalise_arabic(name))
            elif script == "cyrillic":
                cyrillic.add(name.casefold())
            else:
                latin.add(name.casefold())
    return _Names(frozenset(latin), frozenset(cyrillic), frozenset(arabic))


def _read_list(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [
        unicodedata.normalize("NFC", line.strip())
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _script(word: str) -> str:
    for char in word:
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
    return "latin"


def _is_name(word: str, names: _Names) -> bool:
    word = unicodedata.normalize("NFC", word)
    script = _script(word)
    if script == "arabic":
        plain = _normalise_arabic(word)
        if plain in names.arabic:
            return True
        # Conjunctions and prepositions join the word: ومحمد, لفاطمة, ولفاطمة.
        if len(plain) > 3 and plain[0] in _ARABIC_PREFIXES and plain[1:] in names.arabic:
            return True
        return (len(plain) > 4 and plain[0] in "وف" and plain[1] in "بلك"
                and plain[2:] in names.arabic)
    if not word[0].isupper():
        return False
    folded = word.casefold()
    if script == "cyrillic":
        return any(
            folded.endswith(ending) and _cyrillic_stem_is_name(folded[: len(folded) - len(ending)], names)
            for ending in _CYRILLIC_ENDINGS
        )
    if folded in names.latin:
        return True
    # A Danish or English possessive: Mettes, Johns.
    return folded.endswith("s") and folded[:-1] in names.latin


def _cyrillic_stem_is_name(stem: str, names: _Names) -> bool:
    if len(stem) < 3:
        return False
    if stem in names.cyrillic:
        return True
    return any(stem + tail in names.cyrillic for tail in ("а", "я", "й", "ь"))
