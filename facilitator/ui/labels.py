"""Translated labels for the fixed vocabularies shown in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.sessions.programme import StepKind
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
)


# Written out as literal translate() calls, so that pyside6-lupdate finds every label.
def step_kind_label(kind: StepKind) -> str:
    labels = {
        StepKind.WELCOME: QCoreApplication.translate("Labels", "Welcome"),
        StepKind.CHECK_IN: QCoreApplication.translate("Labels", "Check-in"),
        StepKind.REVIEW: QCoreApplication.translate("Labels", "Review"),
        StepKind.PSYCHOEDUCATION: QCoreApplication.translate("Labels", "Psychoeducation"),
        StepKind.FILM: QCoreApplication.translate("Labels", "Film"),
        StepKind.EXERCISE: QCoreApplication.translate("Labels", "Exercise"),
        StepKind.DISCUSSION: QCoreApplication.translate("Labels", "Discussion"),
        StepKind.BREAK: QCoreApplication.translate("Labels", "Break"),
        StepKind.ROUND_UP: QCoreApplication.translate("Labels", "Round-up"),
        StepKind.HOMEWORK: QCoreApplication.translate("Labels", "Home task"),
    }
    return labels[kind]


def age_band_label(value: AgeBand) -> str:
    labels = {
        AgeBand.UNDER_18: QCoreApplication.translate("Labels", "under 18"),
        AgeBand.FROM_18_TO_29: QCoreApplication.translate("Labels", "18–29"),
        AgeBand.FROM_30_TO_44: QCoreApplication.translate("Labels", "30–44"),
        AgeBand.FROM_45_TO_64: QCoreApplication.translate("Labels", "45–64"),
        AgeBand.OVER_64: QCoreApplication.translate("Labels", "65+"),
        AgeBand.NOT_STATED: QCoreApplication.translate("Labels", "not stated"),
    }
    return labels[value]


def gender_label(value: Gender) -> str:
    labels = {
        Gender.WOMAN: QCoreApplication.translate("Labels", "woman"),
        Gender.MAN: QCoreApplication.translate("Labels", "man"),
        Gender.OTHER: QCoreApplication.translate("Labels", "other"),
        Gender.NOT_STATED: QCoreApplication.translate("Labels", "not stated"),
    }
    return labels[value]


def attendance_label(value: Attendance) -> str:
    labels = {
        Attendance.NOT_MARKED: QCoreApplication.translate("Labels", "not marked"),
        Attendance.PRESENT: QCoreApplication.translate("Labels", "present"),
        Attendance.LATE: QCoreApplication.translate("Labels", "late"),
        Attendance.EXCUSED: QCoreApplication.translate("Labels", "excused"),
        Attendance.ABSENT: QCoreApplication.translate("Labels", "absent"),
    }
    return labels[value]


def concern_kind_label(value: ConcernKind) -> str:
    labels = {
        ConcernKind.DISTRESS_IN_SESSION:
            QCoreApplication.translate("Labels", "distress in the session"),
        ConcernKind.SAFEGUARDING_CHILD: QCoreApplication.translate("Labels", "safeguarding: a child"),
        ConcernKind.SAFEGUARDING_ADULT:
            QCoreApplication.translate("Labels", "safeguarding: an adult"),
        ConcernKind.HEALTH: QCoreApplication.translate("Labels", "health"),
        ConcernKind.HOUSING_OR_MONEY: QCoreApplication.translate("Labels", "housing or money"),
        ConcernKind.VIOLENCE: QCoreApplication.translate("Labels", "violence"),
        ConcernKind.OTHER: QCoreApplication.translate("Labels", "other"),
    }
    return labels[value]


def referral_label(value: ReferralDestination) -> str:
    r = ReferralDestination
    labels = {
        r.NONE: QCoreApplication.translate("Labels", "not referred"),
        r.GENERAL_PRACTITIONER: QCoreApplication.translate("Labels", "general practitioner"),
        r.MUNICIPAL_FAMILY_COUNSELLING:
            QCoreApplication.translate("Labels", "municipal family counselling"),
        r.PSYCHIATRY_OR_PSYCHOLOGY:
            QCoreApplication.translate("Labels", "psychiatry or psychology"),
        r.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "social services"),
        r.SCHOOL_OR_DAY_CARE: QCoreApplication.translate("Labels", "school or day care"),
        r.LEGAL_OR_ASYLUM_ADVICE: QCoreApplication.translate("Labels", "legal or asylum advice"),
        r.EMERGENCY_SERVICES: QCoreApplication.translate("Labels", "emergency services"),
        r.NGO_OR_VOLUNTEER:
            QCoreApplication.translate("Labels", "NGO or volunteer organisation"),
        r.OTHER: QCoreApplication.translate("Labels", "other"),
    }
    return labels[value]


# Languages a group or participant may speak. Each is shown by its own name (an endonym
# reads the same in every interface language, and is what a speaker looks for).
GROUP_LANGUAGES = ("da", "en", "ar", "ru", "uk", "fa", "ps", "prs", "ti", "so", "ku", "tr",
                   "ur", "fr", "de", "pl", "es")
_ENDONYMS = {"da": "Dansk", "en": "English", "ar": "العربية", "ru": "Русский",
             "prs": "دری", "es": "Español"}


def language_name(code: str) -> str:
    """A language's own name (for example Dansk, العربية), or its code if unknown."""
    if code in _ENDONYMS:
        return _ENDONYMS[code]
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
