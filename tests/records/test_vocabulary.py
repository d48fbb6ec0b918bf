"""The fixed vocabularies: stable stored values and an English msgid for each."""

from __future__ import annotations

import enum

import pytest

from facilitator.sessions import vocabulary as v

VOCABULARIES: list[type[enum.Enum]] = [
    v.AgeBand, v.Gender, v.Attendance, v.ConcernKind, v.ReferralDestination,
]


def test_vocabulary_values_are_the_stable_strings_of_the_design() -> None:
    assert [a.value for a in v.AgeBand] == ["under-18", "18-29", "30-44", "45-64", "65+", "not-stated"]
    assert [g.value for g in v.Gender] == ["woman", "man", "other", "not-stated"]
    assert [a.value for a in v.Attendance] == ["not-marked", "present", "late", "excused", "absent"]
    assert "safeguarding-child" in {c.value for c in v.ConcernKind}
    assert v.ReferralDestination("none") is v.ReferralDestination.NONE


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda e: e.__name__)
def test_vocabulary_every_value_has_an_english_label(vocabulary: type[enum.Enum]) -> None:
    for value in vocabulary:
        assert v.label(value).strip()  # type: ignore[arg-type]


def test_vocabulary_only_present_and_late_count_as_attended() -> None:
    assert {a for a in v.Attendance if a.attended} == {v.Attendance.PRESENT, v.Attendance.LATE}
