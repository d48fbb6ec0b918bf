"""Course editor use cases: hosts, safety cards, courses, codes and the schedule."""

from __future__ import annotations

from datetime import date, time

import pytest

from facilitator.records.errors import InvalidRecord, NotFound
from facilitator.records.models import Base
from facilitator.records.store import Store
from facilitator.sessions.vocabulary import AgeBand, Gender
from tests.records.conftest import Course, make_course


def test_store_has_no_name_column_anywhere() -> None:
    columns = {c.name for table in Base.metadata.tables.values() for c in table.columns}
    assert not {c for c in columns if "name" in c} - {"name"}  # hosts.name is an organisation
    assert "name" not in Base.metadata.tables["participants"].columns


def test_host_keeps_its_safety_card_per_language(store: Store) -> None:
    host = store.create_host("Lindhøj Skole", "Lindhøj", "da", "Europe/Copenhagen")
    store.set_safety_card(host.id, "da", "Akut: 112", "1. Lyt.")
    store.set_safety_card(host.id, "ar", "طوارئ: 112", "١. استمع")
    store.set_safety_card(host.id, "da", "Akut: 112\nLægevagt: 7011 0707", "1. Lyt. 2. Ring.")
    assert store.safety_card(host.id, "ar").contacts == "طوارئ: 112"  # type: ignore[union-attr]
    assert "Lægevagt" in store.safety_card(host.id, "da").contacts  # type: ignore[union-attr]
    assert store.safety_card(host.id, "ru").language == "da"  # type: ignore[union-attr]  # host's language


def test_host_refuses_an_unknown_time_zone(store: Store) -> None:
    with pytest.raises(InvalidRecord, match="time zone"):
        store.create_host("Havnestad Kommune", "Havnestad", "da", "Europe/Havnestad")


def test_course_codes_are_generated_in_order_and_never_repeat(store: Store, course: Course) -> None:
    assert [p.code for p in course.people] == ["P01", "P02", "P03", "P04", "P05"]
    store.add_participant(course.id, "p09", age_band=AgeBand.FROM_30_TO_44, gender=Gender.WOMAN, language="ar")
    assert store.add_participant(course.id).code == "P06"
    with pytest.raises(InvalidRecord, match="already used"):
        store.add_participant(course.id, "P09")
    with pytest.raises(InvalidRecord, match="never a name"):
        store.add_participant(course.id, "Fatima")


def test_course_edit_of_programme_version_leaves_held_meetings_alone(store: Store, course: Course) -> None:
    held = store.start_meeting(course.id, 1)
    store.finish_meeting(held.id)
    store.edit_course(course.id, programme_version="1.1.0", title="Tuesday group (spring)")
    later = store.start_meeting(course.id, 2)
    assert store.meeting(held.id).programme_version == "1.0.0"
    assert later.programme_version == "1.1.0"
    assert store.course(course.id).title == "Tuesday group (spring)"
    assert len(store.course_overview(course.id).meetings) == 2


def test_participant_edit_sets_and_clears_fields(store: Store, course: Course) -> None:
    person = course.people[0]
    store.edit_participant(person.id, age_band=AgeBand.OVER_64, gender=Gender.MAN)
    edited = store.edit_participant(person.id, gender=None)
    assert (edited.age_band, edited.gender) == (AgeBand.OVER_64, None)


def test_schedule_moves_a_session_in_the_hosts_zone(store: Store, course: Course) -> None:
    store.schedule_meeting(course.id, 1, date(2025, 3, 4), time(17, 0))
    moved = store.schedule_meeting(course.id, 1, date(2025, 3, 5), time(18, 30))
    schedule = store.schedule(course.id)
    assert len(schedule) == 1 and schedule[0].id == moved.id
    assert moved.time_zone == "Europe/Copenhagen"
    assert moved.starts_at.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_courses_lists_demo_only_when_asked(store: Store) -> None:
    make_course(store)
    host = store.hosts()[0]
    store.create_course(host_id=host.id, programme_id="parents-in-a-new-country",
                        programme_version="1.0.0", is_demo=True)
    assert len(store.courses()) == 2
    assert len(store.courses(include_demo=False)) == 1


def test_course_unknown_id_is_not_found(store: Store) -> None:
    import uuid

    with pytest.raises(NotFound):
        store.course(uuid.uuid4())
