"""Words of what is written (exports, printables, command-line messages): stdlib gettext.

Catalogues are `resources/locale/<lang>/LC_MESSAGES/facilitator.po`, compiled to `.mo` by
`scripts/compile-catalogues.py`. No Qt: an Arabic PDF is written without a QApplication.
Vocabulary labels are translated with a context per vocabulary, since "other" is not the
same word for a gender as for a referral in every language.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from functools import cache

from facilitator import paths
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
    VocabularyValue,
    label,
)

DOMAIN = "facilitator"
LANGUAGES = ("en", "da", "ar", "ru")
RIGHT_TO_LEFT = frozenset({"ar"})

VOCABULARY_CONTEXTS: dict[type, str] = {
    AgeBand: "age band",
    Gender: "gender",
    Attendance: "attendance",
    ConcernKind: "concern kind",
    ReferralDestination: "referral destination",
}

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# Names of languages participants speak, by the two-letter code stored for them.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic", "da": "Danish", "en": "English", "ru": "Russian", "uk": "Ukrainian",
    "fa": "Persian", "prs": "Dari", "ps": "Pashto", "so": "Somali", "ti": "Tigrinya",
    "ku": "Kurdish", "tr": "Turkish", "ur": "Urdu", "pl": "Polish", "ro": "Romanian",
    "es": "Spanish", "fr": "French", "de": "German", "sq": "Albanian", "bs": "Bosnian",
    "vi": "Vietnamese", "zh": "Chinese", "th": "Thai", "ta": "Tamil",
}


def capitalised(text: str) -> str:
    """The first letter in upper case, for labels that start a table cell (no-op in Arabic)."""
    return text[:1].upper() + text[1:]


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; translate where it is shown."""
    return message


@dataclass(frozen=True)
class Translation:
    """One language's words and formats for what is written."""

    language: str
    catalogue: gettext.NullTranslations

    @property
    def rtl(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def gettext(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self.catalogue.pgettext(context, message)

    def label(self, value: VocabularyValue) -> str:
        """A vocabulary value in this language."""
        return self.pgettext(VOCABULARY_CONTEXTS[type(value)], label(value))

    def language_name(self, code: str | None) -> str:
        if not code:
            return self.pgettext("language", "not stated")
        name = LANGUAGE_NAMES.get(code)
        return self.pgettext("language", name) if name else code

    def date(self, day: dt.date) -> str:
        month = self.pgettext("month", MONTHS[day.month - 1])
        return self.gettext("{day} {month} {year}").format(
            day=day.day, month=month, year=day.year
        )

    def short_date(self, day: dt.date) -> str:
        """A date for narrow table columns: 04.03.2025, 04/03/2025."""
        return self.pgettext("short date", "{day:02d}/{month:02d}/{year}").format(
            day=day.day, month=day.month, year=day.year
        )

    def number(self, value: float, decimals: int = 0) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", self.pgettext("decimal separator", "."))

    def percent(self, ratio: float | None) -> str:
        if ratio is None:
            return "–"
        return self.gettext("{value}%").format(value=self.number(ratio * 100))

    def minutes(self, value: float | None) -> str:
        """Minutes as shown in tables: whole minutes, "–" when there is nothing."""
        if value is None:
            return "–"
        return self.number(round(value))


@cache
def translation(language: str) -> Translation:
    """The translation for a language code; unknown languages fall back to English."""
    if language not in LANGUAGES:
        language = "en"
    catalogue = gettext.translation(
        DOMAIN, localedir=str(paths.resources_dir() / "locale"), languages=[language],
        fallback=True,
    )
    return Translation(language, catalogue)
