"""Language codes as films carry them: ISO 639-1/-2 codes and English names, mapped to the
two-letter codes programmes use ("eng" → "en", "Track 2 - [Danish]" → "da").

QLocale knows every ISO 639 code and every language name, so no table is kept here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt

_BRACKETED = re.compile(r"\[([^\]]+)\]")
_UNKNOWN = {QLocale.Language.AnyLanguage, QLocale.Language.C}


def _language(text: str) -> QLocale.Language | None:
    text = text.strip()
    if not text:
        return None
    code = text.replace("_", "-").split("-")[0].lower()
    if code.isalpha() and 2 <= len(code) <= 3:
        language = QLocale.codeToLanguage(code)
        if language not in _UNKNOWN:
            return language
    by_name = QLocale.Language.__members__.get(text.title().replace(" ", ""))
    if by_name is not None and by_name not in _UNKNOWN:
        return by_name
    return None


def language_code(text: str | None) -> str | None:
    """The two-letter (or shortest known) code for a code or English language name, or None.

    Accepts what containers and players report: "en", "eng", "en_US", "English", and
    VLC track names such as "Track 1 - [English]".
    """
    if not text:
        return None
    bracketed = _BRACKETED.findall(text)
    candidates = [*reversed(bracketed), text]
    for candidate in candidates:
        language = _language(candidate)
        if language is not None:
            return QLocale.languageToCode(language, QLocale.LanguageCodeType.ISO639Part1) or (
                QLocale.languageToCode(language)
            )
    return None


def is_right_to_left(code: str | None) -> bool:
    """True for languages written right to left (Arabic, Farsi, Hebrew, Urdu …)."""
    language = _language(code) if code else None
    if language is None:
        return False
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


_PLAIN_NATIVE_NAMES = {QLocale.Language.English: "English"}
"""Where Qt's default locale names a variety ("American English") rather than the language."""


def native_name(code: str) -> str:
    """The language's name in itself ("Dansk", "العربية"), for menus a group can read."""
    language = _language(code)
    if language is None:
        return code
    name = _PLAIN_NATIVE_NAMES.get(language) or QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def english_name(code: str) -> str:
    """The language's English name ("Arabic"), for messages written in the UI's words."""
    language = _language(code)
    return QLocale.languageToString(language) if language is not None else code
