"""The measures of DESIGN 4a, one definition each (facilitator.sessions.measures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from facilitator.sessions import measures
from facilitator.sessions.programme import Session, Step, StepKind
from facilitator.sessions.vocabulary import Attendance

T0 = datetime(2025, 3, 4, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class V:
    step_id: str
    started_at: datetime
    ended_at: datetime | None
    paused: timedelta = timedelta(0)


def visit(step: str, start_min: float, end_min: float | None, paused_min: float = 0) -> V:
    end = None if end_min is None else T0 + timedelta(minutes=end_min)
    return V(step, T0 + timedelta(minutes=start_min), end, timedelta(minutes=paused_min))


SESSION = Session(
    id="s1", number=1, duration=30,
    steps=(
        Step("a", StepKind.WELCOME, 5),
        Step("b", StepKind.EXERCISE, 10),
        Step("break", StepKind.BREAK, 5, optional=True),
        Step("c", StepKind.DISCUSSION, 10),
    ),
)


def test_attended_counts_present_and_late_only() -> None:
    marks = [Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT, Attendance.NOT_MARKED]
    assert measures.attended(marks) == 2


def test_step_time_sums_visits_without_paused_time() -> None:
    visits = [visit("b", 0, 6, paused_min=2), visit("a", 6, 8), visit("b", 8, 11)]
    assert measures.step_times(visits) == {"b": timedelta(minutes=7), "a": timedelta(minutes=2)}


def test_step_time_counts_an_open_visit_until_now_only_when_given() -> None:
    open_visit = [visit("a", 0, None)]
    assert measures.step_time(open_visit) == timedelta(0)
    assert measures.step_time(open_visit, now=T0 + timedelta(minutes=4)) == timedelta(minutes=4)


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 200), st.integers(0, 300)), max_size=20))
def test_step_time_is_the_sum_of_its_visits_and_never_negative(parts: list[tuple[int, int, int]]) -> None:
    visits = [visit("x", start, start + length, paused) for start, length, paused in parts]
    total = measures.step_time(visits)
    assert total >= timedelta(0)
    assert total == sum((measures.visit_time(v) for v in visits), timedelta(0))


def test_overrun_needs_half_again_and_three_minutes() -> None:
    assert measures.is_overrun(timedelta(minutes=7), 4)  # 1.75× and exactly 3 minutes over
    assert not measures.is_overrun(timedelta(minutes=6, seconds=59), 4)
    assert not measures.is_overrun(timedelta(minutes=4, seconds=30), 2)  # 2.25× but 2.5 min over
    assert not measures.is_overrun(timedelta(minutes=15), 10)  # 5 min over but exactly 1.5×
    assert measures.is_overrun(timedelta(minutes=15, seconds=1), 10)


def test_adherence_counts_non_optional_steps_delivered() -> None:
    assert measures.adherence(SESSION, {"a", "b", "c"}) == 1.0
    assert measures.adherence(SESSION, {"a", "c", "break"}) == 2 / 3
    assert measures.adherence(SESSION, {"a", "b", "c"}, skipped={"b"}) == 2 / 3


def test_skipped_steps_are_non_optional_steps_not_visited() -> None:
    assert [s.id for s in measures.skipped_steps(SESSION, {"a"})] == ["b", "c"]


def test_overrun_steps_lists_steps_over_their_plan() -> None:
    times = {"a": timedelta(minutes=9), "b": timedelta(minutes=11)}
    assert [s.id for s in measures.overrun_steps(SESSION, times)] == ["a"]


def test_retention_is_latest_over_first() -> None:
    assert measures.retention([10, 8, 6]) == 0.6
    assert measures.retention([]) is None
    assert measures.retention([0, 3]) is None
