"""Dates, times, numbers and programme names as the interface shows them.

Dates and times follow the interface language's locale (QLocale's default, set by
InterfaceLanguage), so Danish reads "14. maj 2025", Arabic uses its own digits and month
names. Programme and session titles come from the programme in the interface language
when it has one, else in its source language.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from facilitator.records.values import CourseRecord
    from facilitator.sessions.library import Library
    from facilitator.sessions.programme import Programme


def interface_language() -> str:
    return QLocale().name().split("_")[0]


def in_reading_order(text: str) -> str:
    """Data (names, places) laid out in the interface's direction: a right-to-left mark in
    front keeps a line of Latin names right-aligned in an Arabic interface."""
    if QGuiApplication.isRightToLeft():
        return "\u200f" + text
    return text


def long_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def short_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def day_and_date(value: date) -> str:
    """Weekday and date without the year, e.g. "Wednesday 14 May", "onsdag den 14. maj"."""
    locale = QLocale()
    pattern = re.sub(r"[\s,،.]*y+.*$", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern or "dddd d MMMM")


def clock(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    return QLocale().toString(value)


def programme_of(library: Library | None, programme_id: str,
                 version: str | None = None) -> Programme | None:
    if library is None:
        return None
    entry = library.find(programme_id, version) or library.find(programme_id)
    return entry.programme if entry else None


def programme_title(library: Library | None, programme_id: str,
                    version: str | None = None) -> str:
    programme = programme_of(library, programme_id, version)
    return programme.title(interface_language()) if programme else programme_id


def session_title(library: Library | None, programme_id: str, version: str | None,
                  number_: int) -> str:
    programme = programme_of(library, programme_id, version)
    if programme is None:
        return ""
    try:
        session = programme.session(number_)
    except KeyError:
        return ""
    return programme.session_title(session.id, interface_language())


def course_name(library: Library | None, course: CourseRecord) -> str:
    """The course's own title, or its programme's title and the place."""
    if course.title:
        return course.title
    title = programme_title(library, course.programme_id, course.programme_version)
    return f"{title} · {course.location}" if course.location else title


def meeting_label(number_: int, title: str) -> str:
    """"Meeting 3: Stress and the body". Programmes often name the meeting in the title
    already ("Møde 3: …", "اللقاء الثالث: …"): such a title stays as it is."""
    head = title.split(":", 1)[0] if ":" in title else None
    if head is not None and len(head.split()) <= 3:
        return title
    if title:
        return QCoreApplication.translate("Formatting", "Meeting %1: %2").replace(
            "%1", number(number_)).replace("%2", title)
    return QCoreApplication.translate("Formatting", "Meeting %1").replace("%1", number(number_))
