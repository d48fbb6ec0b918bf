"""The fixed vocabularies of DESIGN section 4.

Each value is a stable string stored in the database and carried in data bundles; never
rename one. The English labels below are msgids: the interface translates them with Qt,
exports and the command line with gettext.
"""

from __future__ import annotations

import enum


class AgeBand(enum.Enum):
    UNDER_18 = "under-18"
    FROM_18_TO_29 = "18-29"
    FROM_30_TO_44 = "30-44"
    FROM_45_TO_64 = "45-64"
    OVER_64 = "65+"
    NOT_STATED = "not-stated"


class Gender(enum.Enum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    NOT_STATED = "not-stated"


class Attendance(enum.Enum):
    NOT_MARKED = "not-marked"
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def attended(self) -> bool:
        """Counts as attended (DESIGN 4a: present + late)."""
        return self in (Attendance.PRESENT, Attendance.LATE)


class ConcernKind(enum.Enum):
    DISTRESS_IN_SESSION = "distress-in-session"
    SAFEGUARDING_CHILD = "safeguarding-child"
    SAFEGUARDING_ADULT = "safeguarding-adult"
    HEALTH = "health"
    HOUSING_OR_MONEY = "housing-or-money"
    VIOLENCE = "violence"
    OTHER = "other"


class ReferralDestination(enum.Enum):
    NONE = "none"
    GENERAL_PRACTITIONER = "general-practitioner"
    MUNICIPAL_FAMILY_COUNSELLING = "municipal-family-counselling"
    PSYCHIATRY_OR_PSYCHOLOGY = "psychiatry-or-psychology"
    SOCIAL_SERVICES = "social-services"
    SCHOOL_OR_DAY_CARE = "school-or-day-care"
    LEGAL_OR_ASYLUM_ADVICE = "legal-or-asylum-advice"
    EMERGENCY_SERVICES = "emergency-services"
    NGO_OR_VOLUNTEER = "ngo-or-volunteer"
    OTHER = "other"


AGE_BAND_LABELS: dict[AgeBand, str] = {
    AgeBand.UNDER_18: "under 18",
    AgeBand.FROM_18_TO_29: "18–29",
    AgeBand.FROM_30_TO_44: "30–44",
    AgeBand.FROM_45_TO_64: "45–64",
    AgeBand.OVER_64: "65+",
    AgeBand.NOT_STATED: "not stated",
}

GENDER_LABELS: dict[Gender, str] = {
    Gender.WOMAN: "woman",
    Gender.MAN: "man",
    Gender.OTHER: "other",
    Gender.NOT_STATED: "not stated",
}

ATTENDANCE_LABELS: dict[Attendance, str] = {
    Attendance.NOT_MARKED: "not marked",
    Attendance.PRESENT: "present",
    Attendance.LATE: "late",
    Attendance.EXCUSED: "excused",
    Attendance.ABSENT: "absent",
}

CONCERN_KIND_LABELS: dict[ConcernKind, str] = {
    ConcernKind.DISTRESS_IN_SESSION: "distress in the session",
    ConcernKind.SAFEGUARDING_CHILD: "safeguarding: a child",
    ConcernKind.SAFEGUARDING_ADULT: "safeguarding: an adult",
    ConcernKind.HEALTH: "health",
    ConcernKind.HOUSING_OR_MONEY: "housing or money",
    ConcernKind.VIOLENCE: "violence",
    ConcernKind.OTHER: "other",
}

REFERRAL_DESTINATION_LABELS: dict[ReferralDestination, str] = {
    ReferralDestination.NONE: "not referred",
    ReferralDestination.GENERAL_PRACTITIONER: "general practitioner",
    ReferralDestination.MUNICIPAL_FAMILY_COUNSELLING: "municipal family counselling",
    ReferralDestination.PSYCHIATRY_OR_PSYCHOLOGY: "psychiatry or psychology",
    ReferralDestination.SOCIAL_SERVICES: "social services",
    ReferralDestination.SCHOOL_OR_DAY_CARE: "school or day care",
    ReferralDestination.LEGAL_OR_ASYLUM_ADVICE: "legal or asylum advice",
    ReferralDestination.EMERGENCY_SERVICES: "emergency services",
    ReferralDestination.NGO_OR_VOLUNTEER: "NGO or volunteer organisation",
    ReferralDestination.OTHER: "other",
}

VocabularyValue = AgeBand | Gender | Attendance | ConcernKind | ReferralDestination

_ALL_LABELS: dict[enum.Enum, str] = {
    value: text
    for labels in (
        AGE_BAND_LABELS, GENDER_LABELS, ATTENDANCE_LABELS, CONCERN_KIND_LABELS,
        REFERRAL_DESTINATION_LABELS,
    )
    for value, text in labels.items()
}


def label(value: VocabularyValue) -> str:
    """The English msgid for a vocabulary value (translate it before showing it)."""
    return _ALL_LABELS[value]
