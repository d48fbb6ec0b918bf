"""The personal-identifier check on shareable text: what it finds, and what it leaves alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.export.build import summarise_meeting
from facilitator.export.exporting import identifier_warnings
from facilitator.export.identifiers import IdentifierKind, find_identifiers
from facilitator.export.summary import SharedNote
from tests.export.samples import bundled, sample_course


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("CPR 010190-1234 on the form", [("cpr", "010190-1234")]),
    ("cpr 3112851234.", [("cpr", "3112851234")]),
    ("Ring 12 34 56 78 i aften", [("phone", "12 34 56 78")]),
    ("call +45 22334455", [("phone", "+45 22334455")]),
    ("mobil 0045 2233 4455", [("phone", "0045 2233 4455")]),
    ("رقمها ٢٢٣٣٤٤٥٥", [("phone", "٢٢٣٣٤٤٥٥")]),
    ("write to p.test@example.dk", [("email", "p.test@example.dk")]),
    ("Mette og Søren kom sammen", [("name", "Mette"), ("name", "Søren")]),
    ("Mettes søn er syg", [("name", "Mettes")]),
    ("James said it helped", [("name", "James")]),
    ("تحدثت مع محمد عن المدرسة", [("name", "محمد")]),
    ("وقالت ولفاطمة ابن", [("name", "ولفاطمة")]),
    ("Spoke with Mohammed and Fatima", [("name", "Mohammed"), ("name", "Fatima")]),
    ("Мы говорили с Ольгой и Ивану", [("name", "Ольгой"), ("name", "Ивану")]),
    ("Natalya came late", [("name", "Natalya")]),
])
def test_finds_identifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Meeting on 12.03.2024 at 10:30, about 15 minutes late.",
    "hans mor kom også",                      # 'hans' (his), not Hans
    "a lone parent drew a line",              # lowercase words, not names
    "Hope and grace were themes today.",      # names that are words are not on the lists
    "نتحدث عن الأمل والصبر",                   # hope, patience: words, not names
    "Версия программы 1.0.0, 120 минут",
    "Session 3: 8 of 9 steps, 88 %",
])
def test_leaves_ordinary_text_alone(text: str) -> None:
    assert find_identifiers(text) == ()


def test_positions_point_at_the_text() -> None:
    text = "Ring til Ida på 22334455"
    for finding in find_identifiers(text):
        assert text[finding.start:finding.end] == finding.text
    assert {f.kind for f in find_identifiers(text)} == {IdentifierKind.NAME, IdentifierKind.PHONE}


def test_summary_warnings_cover_notes_and_reasons() -> None:
    course = sample_course(bundled(), meetings=2)
    summary = summarise_meeting(course.records.meetings[1], course.programme, "en")
    summary = replace(summary, notes=(SharedNote("Call Mette on 22334455"),),
                      other_deviations=("Started late because Ahmed had to leave",))
    warnings = identifier_warnings(summary)
    assert [(w.source, w.finding.text) for w in warnings] == [
        ("note", "Mette"), ("note", "22334455"), ("reason", "Ahmed")]
