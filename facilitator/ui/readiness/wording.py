"""The readiness findings in words: what was found, and what to do about it.

Every sentence is a literal inside `QCoreApplication.translate("Readiness", …)`, so that
`pyside6-lupdate` collects it; the facts go in with %1, %2 … so a translation can put
them where its grammar wants them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.sessions.readiness import Finding, Light, ReadinessItem
from facilitator.ui.labels import language_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Readiness", text)


def language(code: str) -> str:
    """A programme language's name in the interface language (else its own name)."""
    names = {
        "ar": QCoreApplication.translate("Readiness", "Arabic"),
        "da": QCoreApplication.translate("Readiness", "Danish"),
        "en": QCoreApplication.translate("Readiness", "English"),
        "ru": QCoreApplication.translate("Readiness", "Russian"),
    }
    return names.get(code) or language_name(code)


def _fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", value)
    return text


def light_name(light: Light) -> str:
    names = {
        Light.GREEN: QCoreApplication.translate("Readiness", "ready"),
        Light.CHECKING: QCoreApplication.translate("Readiness", "checking"),
        Light.AMBER: QCoreApplication.translate("Readiness", "check this"),
        Light.RED: QCoreApplication.translate("Readiness", "put this right"),
    }
    return names[light]


def describe(item: ReadinessItem) -> tuple[str, str]:
    """(what was found, what to do) for one item; the second may be empty."""
    f = item.finding
    subject, lang, file, folder = item.subject, language(item.language), item.file, item.folder
    if f is Finding.FILM_READY:
        return _fill(_t("Film “%1” is ready to play."), subject), ""
    if f is Finding.FILM_CHECKING:
        return _fill(_t("Checking film “%1”…"), subject), ""
    if f is Finding.FILM_MISSING:
        return (_fill(_t("Film “%1” is missing."), subject),
                _fill(_t("Put %1 in %2, then press Re-check."), file, folder))
    if f is Finding.FILM_BROKEN:
        advice = _fill(_t("Put a good copy of %1 in %2, then press Re-check."), file, folder)
        return (_fill(_t("Film “%1” will not play."), subject),
                f"{item.detail} {advice}".strip())
    if f is Finding.FILM_WARNING:
        return _fill(_t("Film “%1” plays, but:"), subject), item.detail
    if f is Finding.SUBTITLES_READY:
        return _fill(_t("Film “%1” has %2 subtitles."), subject, lang), ""
    if f is Finding.SUBTITLES_MISSING:
        return (_fill(_t("No %2 subtitles for film “%1”."), subject, lang),
                _fill(_t("The film will play without subtitles. To show them, put %1 in the "
                         "programme's films folder and press Re-check."), file))
    if f is Finding.SUBTITLES_NONE:
        return (_fill(_t("No %2 subtitles for film “%1”."), subject, lang),
                _fill(_t("The film will play without subtitles, with its sound in %1."), lang))
    if f is Finding.LANGUAGE_NONE:
        return (_fill(_t("No %2 subtitles for film “%1”."), subject, lang),
                _fill(_t("The film will play without subtitles and has no sound in %1: "
                         "interpret for the group as it plays, or show it in a language "
                         "everyone understands."), lang))
    if f is Finding.SCREEN_FOUND:
        return (_fill(_t("A second screen is connected (%1)."), subject),
                _t("Press F5 in the meeting to present on it."))
    if f is Finding.SCREEN_NONE:
        return (_t("No second screen."),
                _t("Connect the projector and press Re-check, or present on this screen."))
    if f is Finding.CARD_CHECKING:
        return _t("Reading the safety card…"), ""
    if f is Finding.CARD_READY:
        return _fill(_t("The safety card of %1 is filled in."), subject), ""
    if f is Finding.CARD_MISSING:
        return (_fill(_t("%1 has no safety card."), subject) if subject
                else _t("There is no safety card."),
                _t("Fill in the local contacts and referral steps with “Safety card…”, so "
                   "you know where to turn if someone needs help."))
    if f is Finding.CARD_INCOMPLETE:
        return (_fill(_t("The safety card of %1 is incomplete."), subject),
                _t("Add the local contacts and the referral steps with “Safety card…”."))
    if f is Finding.MATERIALS_READY:
        if item.total == 0:
            return _t("This session needs no materials."), ""
        return _t("All materials are ticked."), ""
    return (_fill(_t("%1 of %2 materials ticked."), str(item.count), str(item.total)),
            _t("Tick each one in the list as you pack it."))


def summary(light: Light) -> str:
    """One line above the list: how the meeting stands overall (the list has the counts)."""
    if light is Light.CHECKING:
        return _t("Checking…")
    if light is Light.GREEN:
        return _t("Everything is ready.")
    if light is Light.AMBER:
        return _t("Ready, with something to check below (marked !).")
    return _t("Something to put right before the meeting (marked ✕).")
