"""The readiness findings in words: what was found, and what to do about it.

Every sentence is a literal inside `QCoreApplication.translate("Readiness", …)`, so that
`pyside6-lupdate` collects it; the facts go in with %1, %2 … so a translation can put
them where its grammar wants them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.sessions.readiness import Finding, Light, ReadinessItem
from facilitator.ui.labels import language_name


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


def _isolated(text: str) -> str:
    return f"\u2066{text}\u2069" if text else ""


def light_name(light: Light) -> str:
    names = {
        Light.GREEN: QCoreApplication.translate("Readiness", "ready"),
        Light.CHECKING: QCoreApplication.translate("Readiness", "checking"),
        Light.AMBER: QCoreApplication.translate("Readiness", "check this"),
        Light.RED: QCoreApplication.translate("Readiness", "put this right"),
    }
    return names[light]


def _texts() -> dict[Finding, tuple[str, str]]:
    """(what was found, what to do) per finding. In both, %1 is what the item is about
    (a film's title, a screen, a host), %2 a language, %3 a file and %4 a folder."""
    return {
        Finding.FILM_READY: (
            QCoreApplication.translate("Readiness", "Film “%1” is ready to play."), ""),
        Finding.FILM_CHECKING: (
            QCoreApplication.translate("Readiness", "Checking film “%1”…"), ""),
        Finding.FILM_MISSING: (
            QCoreApplication.translate("Readiness", "Film “%1” is missing."),
            QCoreApplication.translate("Readiness", "Put %3 in %4, then press Re-check.")),
        Finding.FILM_BROKEN: (
            QCoreApplication.translate("Readiness", "Film “%1” will not play."),
            QCoreApplication.translate(
                "Readiness", "Put a good copy of %3 in %4, then press Re-check.")),
        Finding.FILM_WARNING: (
            QCoreApplication.translate("Readiness", "Film “%1” plays, but:"), ""),
        Finding.SUBTITLES_READY: (
            QCoreApplication.translate("Readiness", "Film “%1” has %2 subtitles."), ""),
        Finding.SUBTITLES_MISSING: (
            QCoreApplication.translate("Readiness", "No %2 subtitles for film “%1”."),
            QCoreApplication.translate(
                "Readiness", "The film will play without subtitles. To show them, put %3 in "
                "the programme's films folder and press Re-check.")),
        Finding.SUBTITLES_NONE: (
            QCoreApplication.translate("Readiness", "No %2 subtitles for film “%1”."),
            QCoreApplication.translate(
                "Readiness", "The film will play without subtitles, with its sound in %2.")),
        Finding.LANGUAGE_NONE: (
            QCoreApplication.translate("Readiness", "No %2 subtitles for film “%1”."),
            QCoreApplication.translate(
                "Readiness", "The film will play without subtitles and has no sound in %2: "
                "interpret for the group as it plays, or show it in a language everyone "
                "understands.")),
        Finding.SCREEN_FOUND: (
            QCoreApplication.translate("Readiness", "A second screen is connected (%1)."),
            QCoreApplication.translate("Readiness", "Press F5 in the meeting to present on it.")),
        Finding.SCREEN_NONE: (
            QCoreApplication.translate("Readiness", "No second screen."),
            QCoreApplication.translate(
                "Readiness", "Connect the projector and press Re-check, or present on this "
                "screen.")),
        Finding.CARD_CHECKING: (
            QCoreApplication.translate("Readiness", "Reading the safety card…"), ""),
        Finding.CARD_READY: (
            QCoreApplication.translate("Readiness", "The safety card of %1 is filled in."), ""),
        Finding.CARD_MISSING: (
            QCoreApplication.translate("Readiness", "%1 has no safety card."),
            QCoreApplication.translate(
                "Readiness", "Fill in the local contacts and referral steps with “Safety "
                "card…”, so you know where to turn if someone needs help.")),
        Finding.CARD_INCOMPLETE: (
            QCoreApplication.translate("Readiness", "The safety card of %1 is incomplete."),
            QCoreApplication.translate(
                "Readiness", "Add the local contacts and the referral steps with “Safety "
                "card…”.")),
    }


def describe(item: ReadinessItem) -> tuple[str, str]:
    """(what was found, what to do) for one item; the second may be empty."""
    if item.finding is Finding.MATERIALS_READY:
        if item.total == 0:
            return QCoreApplication.translate("Readiness", "This session needs no materials."), ""
        return QCoreApplication.translate("Readiness", "All materials are ticked."), ""
    if item.finding is Finding.MATERIALS_TO_TICK:
        ticked = QCoreApplication.translate("Readiness", "%1 of %2 materials ticked.")
        return (_fill(ticked, str(item.count), str(item.total)),
                QCoreApplication.translate("Readiness",
                                           "Tick each one in the list as you pack it."))
    headline, advice = _texts()[item.finding]
    # File names and folders read left to right even inside an Arabic sentence: isolated,
    # so that the bidi algorithm does not move their slashes and dots to the other end.
    values = (item.subject, language(item.language) if item.language else "",
              _isolated(item.file), _isolated(item.folder))
    headline, advice = _fill(headline, *values), _fill(advice, *values)
    if item.finding in (Finding.FILM_BROKEN, Finding.FILM_WARNING):
        advice = f"{item.detail} {advice}".strip()
    return headline, advice


def summary(light: Light) -> str:
    """One line above the list: how the meeting stands overall (the list has the counts)."""
    if light is Light.CHECKING:
        return QCoreApplication.translate("Readiness", "Checking…")
    if light is Light.GREEN:
        return QCoreApplication.translate("Readiness", "Everything is ready.")
    if light is Light.AMBER:
        return QCoreApplication.translate(
            "Readiness", "Ready, with something to check below (marked !).")
    return QCoreApplication.translate(
        "Readiness", "Something to put right before the meeting (marked ✕).")
