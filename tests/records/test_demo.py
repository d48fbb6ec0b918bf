"""`facilitator demo`: realistic, synthetic, marked as demo, codes only."""

from __future__ import annotations

import re
from statistics import mean

from facilitator.records.demo import DEMO_PROGRAMMES, demo_programme, fill_demo
from facilitator.records.store import Store
from facilitator.sessions.vocabulary import Attendance


def test_demo_fills_both_programmes_marked_as_demo(store: Store) -> None:
    summary = fill_demo(store, 12, seed=5)
    courses = store.course_overviews()
    assert summary.courses == len(courses) == 12 and all(o.course.is_demo for o in courses)
    assert {o.course.programme_id for o in courses} == set(DEMO_PROGRAMMES)
    assert store.todays_meetings() and store.upcoming_meetings(days=30)
    assert summary.rows["concerns"] >= 1 and summary.rows["film_plays"] >= 10
    for overview in courses:
        assert all(re.fullmatch(r"P\d\d", p.code) for p in store.participants(overview.course.id))


def test_demo_attendance_thins_out_over_the_weeks(store: Store) -> None:
    fill_demo(store, 30, seed=11)
    first, last = [], []
    for overview in store.course_overviews():
        held = overview.meetings
        if len(held) >= 5:
            first.append(held[0].attended / overview.participants)
            last.append(held[-1].attended / overview.participants)
    assert first and mean(last) < mean(first)


def test_demo_step_logs_follow_the_programme(store: Store) -> None:
    fill_demo(store, 4, seed=3)
    overview = next(o for o in store.course_overviews() if o.meetings)
    programme = demo_programme(overview.course.programme_id)
    meeting = overview.meetings[0]
    planned = {s.id: s.minutes for s in programme.sessions[meeting.session_number]}
    times = store.step_times(meeting.id)
    assert times and set(times) <= set(planned)
    total = sum(t.total_seconds() for t in times.values()) / 60
    assert 0.5 * sum(planned.values()) < total < 1.6 * sum(planned.values())
    notes = [n for m in overview.meetings for n in store.notes(m.id)]
    assert all((n.themes != ()) == n.shareable for n in notes)


def test_demo_marks_only_real_attendance_values(store: Store) -> None:
    fill_demo(store, 3, seed=2)
    for overview in store.course_overviews():
        for meeting in overview.meetings:
            assert set(store.attendance(meeting.id).values()) <= set(Attendance)
