"""The session run: navigation, step time as DESIGN 4a defines it, pace and recovery."""

from __future__ import annotations

import pytest

from facilitator.sessions.programme import Session, Step, StepKind
from facilitator.sessions.run import RunError, RunState, SessionRun, StepState, Timing

SESSION = Session("s1", 1, 30, (
    Step("a", StepKind.WELCOME, 5),
    Step("b", StepKind.EXERCISE, 15),
    Step("c", StepKind.BREAK, 3, optional=True),
    Step("d", StepKind.ROUND_UP, 7),
))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


class Log:
    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []

    def enter_step(self, step_id: str) -> None:
        self.calls.append(("enter", step_id))

    def leave_step(self) -> None:
        self.calls.append(("leave",))

    def pause(self) -> None:
        self.calls.append(("pause",))

    def resume(self) -> None:
        self.calls.append(("resume",))

    def skip(self, step_id: str, reason: str) -> None:
        self.calls.append(("skip", step_id, reason))

    def unskip(self, step_id: str) -> None:
        self.calls.append(("unskip", step_id))


def test_run_sums_visits_and_leaves_pauses_out() -> None:
    clock, log = FakeClock(), Log()
    run = SessionRun(SESSION, log, clock)
    run.start()
    clock.advance(4)
    run.next()
    clock.advance(6)
    run.pause()
    clock.advance(10)  # a participant needed care: the clocks stop
    run.resume()
    clock.advance(2)
    run.previous()  # back to the welcome for a minute
    clock.advance(1)
    run.go_to("b")
    clock.advance(3)
    assert run.step_elapsed("a") == 5 * 60
    assert run.step_elapsed("b") == 11 * 60
    assert log.calls == [("enter", "a"), ("enter", "b"), ("pause",), ("resume",),
                         ("enter", "a"), ("enter", "b")]


def test_run_tells_how_far_behind_and_what_remains() -> None:
    clock = FakeClock()
    run = SessionRun(SESSION, clock=clock)
    run.start()
    clock.advance(8)  # welcome planned 5: 3 minutes over
    assert run.timing() is Timing.OVER
    run.next()
    clock.advance(5)
    pace = run.pace()
    assert pace.behind == 3 * 60
    assert pace.remaining_planned == (10 + 3 + 7) * 60
    run.skip("c")
    assert run.pace().remaining_planned == (10 + 7) * 60


def test_timing_warns_gently_near_the_end_of_the_step() -> None:
    clock = FakeClock()
    run = SessionRun(SESSION, clock=clock)
    run.start()
    clock.advance(3.5)
    assert run.timing() is Timing.ON_TIME
    clock.advance(0.6)  # 4.1 of 5 minutes: within the last fifth
    assert run.timing() is Timing.NEAR_END


def test_skipping_a_step_that_is_not_optional_needs_a_reason() -> None:
    log = Log()
    run = SessionRun(SESSION, log, FakeClock())
    run.start()
    with pytest.raises(RunError):
        run.skip("b", "  ")
    run.skip("b", "The group needed more time to talk")
    run.skip("c")
    assert run.step_state(SESSION.step("b")) is StepState.SKIPPED
    run.unskip("b")
    assert run.step_state(SESSION.step("b")) is StepState.TO_COME
    assert ("skip", "c", "") in log.calls and ("unskip", "b") in log.calls


def test_finish_closes_the_visit_and_lists_unvisited_steps() -> None:
    clock, log = FakeClock(), Log()
    run = SessionRun(SESSION, log, clock)
    run.start()
    run.go_to("d")
    clock.advance(7)
    run.finish()
    assert run.state is RunState.FINISHED
    assert [s.id for s in run.unvisited()] == ["b", "c"]
    assert log.calls[-1] == ("leave",)
    clock.advance(5)
    assert run.step_elapsed("d") == 7 * 60
    with pytest.raises(RunError):
        run.next()


def test_restore_continues_where_the_recorded_run_stopped() -> None:
    clock, log = FakeClock(), Log()
    run = SessionRun.restore(SESSION, {"a": 300.0, "b": 120.0}, "b", {"c": ""}, log, clock)
    clock.advance(1)
    assert run.current.id == "b" and run.state is RunState.RUNNING
    assert run.step_elapsed("b") == 180.0
    assert run.step_state(SESSION.step("a")) is StepState.DONE
    assert run.step_state(SESSION.step("c")) is StepState.SKIPPED
    assert log.calls == [("enter", "b")]
