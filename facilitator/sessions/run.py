"""A session in progress: which step is current, how long each step has taken, pauses.

Pure logic on a monotonic clock, shared by the live meeting and the trainer's rehearsal.
What must survive a crash is written by a `RunRecorder` (the records layer for a meeting,
the rehearsal log for a rehearsal) at each change; after a restart the run is rebuilt from
what was recorded with `SessionRun.restore`. Step time follows DESIGN section 4a: the sum of
a step's visits, paused time excluded.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from facilitator.sessions.programme import Session, Step

Clock = Callable[[], float]


class RunState(enum.Enum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class StepState(enum.Enum):
    TO_COME = "to-come"
    CURRENT = "current"
    DONE = "done"
    SKIPPED = "skipped"


class Timing(enum.Enum):
    """How the current step's time stands against its plan (a gentle colour, never a sound)."""

    ON_TIME = "on-time"
    NEAR_END = "near-end"  # the last fifth of the planned time, at most two minutes
    OVER = "over"


class RunRecorder(Protocol):
    """Where a run writes what must survive (every call is one committed change)."""

    def enter_step(self, step_id: str) -> None: ...
    def leave_step(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def skip(self, step_id: str, reason: str) -> None: ...
    def unskip(self, step_id: str) -> None: ...


class NullRecorder:
    """Records nothing (a preview)."""

    def enter_step(self, step_id: str) -> None: ...
    def leave_step(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def skip(self, step_id: str, reason: str) -> None: ...
    def unskip(self, step_id: str) -> None: ...


class RunError(Exception):
    """A navigation that the run does not allow (e.g. skipping without a reason)."""


@dataclass(frozen=True)
class Pace:
    """Where the meeting stands against its plan, in seconds (positive = behind)."""

    elapsed: float
    planned_so_far: float
    behind: float
    remaining_planned: float


class SessionRun:
    def __init__(self, session: Session, recorder: RunRecorder | None = None,
                 clock: Clock = time.monotonic) -> None:
        self.session = session
        self._recorder: RunRecorder = recorder or NullRecorder()
        self._clock = clock
        self.state = RunState.NOT_STARTED
        self.index = 0
        self._times: dict[str, float] = {}
        self._visited: set[str] = set()
        self._skipped: dict[str, str] = {}
        self._visit_started: float | None = None
        self._paused_at: float | None = None

    # -- restoring ----------------------------------------------------------------------

    @classmethod
    def restore(cls, session: Session, step_times: Mapping[str, float], current_step: str | None,
               skipped: Mapping[str, str], recorder: RunRecorder | None = None,
               clock: Clock = time.monotonic) -> SessionRun:
        """A run rebuilt from what was recorded; it continues at `current_step`, running."""
        run = cls(session, recorder, clock)
        run._times = {k: float(v) for k, v in step_times.items()}
        run._visited = set(step_times)
        run._skipped = dict(skipped)
        ids = [step.id for step in session.steps]
        run.index = ids.index(current_step) if current_step in ids else 0
        run.state = RunState.RUNNING
        run._visit_started = clock()
        run._visited.add(run.current.id)
        run._recorder.enter_step(run.current.id)
        return run

    # -- what the screens show ----------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.session.steps[self.index]

    @property
    def next_step(self) -> Step | None:
        later = self.session.steps[self.index + 1:]
        return later[0] if later else None

    @property
    def skipped(self) -> Mapping[str, str]:
        return dict(self._skipped)

    def step_state(self, step: Step) -> StepState:
        if self.state is not RunState.NOT_STARTED and self.state is not RunState.FINISHED \
                and step.id == self.current.id:
            return StepState.CURRENT
        if step.id in self._skipped:
            return StepState.SKIPPED
        if step.id in self._visited:
            return StepState.DONE
        return StepState.TO_COME

    def step_elapsed(self, step_id: str) -> float:
        """Seconds spent in a step over all its visits, the open one included."""
        total = self._times.get(step_id, 0.0)
        if step_id == self.current.id and self._visit_started is not None:
            end = self._paused_at if self._paused_at is not None else self._clock()
            total += max(0.0, end - self._visit_started)
        return total

    def step_times(self) -> dict[str, float]:
        return {step.id: self.step_elapsed(step.id) for step in self.session.steps
                if step.id in self._visited}

    def timing(self) -> Timing:
        planned = self.current.minutes * 60.0
        elapsed = self.step_elapsed(self.current.id)
        if elapsed > planned:
            return Timing.OVER
        if elapsed >= planned - min(120.0, planned / 5):
            return Timing.NEAR_END
        return Timing.ON_TIME

    def pace(self) -> Pace:
        """Ahead or behind the plan: time used so far against the plan up to this point.

        Skipped steps count as planned time not needed; the current step counts at most its
        planned time until it overruns.
        """
        steps = self.session.steps
        elapsed = sum(self.step_elapsed(s.id) for s in steps)
        planned = 0.0
        for step in steps[: self.index]:
            if step.id in self._visited and step.id not in self._skipped:
                planned += step.minutes * 60.0
        current = self.current
        in_current = self.step_elapsed(current.id)
        planned += min(in_current, current.minutes * 60.0)
        remaining = max(0.0, current.minutes * 60.0 - in_current)
        remaining += sum(s.minutes * 60.0 for s in steps[self.index + 1:]
                         if s.id not in self._skipped)
        return Pace(elapsed, planned, elapsed - planned, remaining)

    # -- navigation ---------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not RunState.NOT_STARTED:
            raise RunError("the run has already started")
        self.state = RunState.RUNNING
        self._enter(0)

    def next(self) -> bool:
        """Go to the next step; False at the last one."""
        self._require_active()
        if self.index + 1 >= len(self.session.steps):
            return False
        self.go_to(self.session.steps[self.index + 1].id)
        return True

    def previous(self) -> bool:
        self._require_active()
        if self.index == 0:
            return False
        self.go_to(self.session.steps[self.index - 1].id)
        return True

    def go_to(self, step_id: str) -> None:
        self._require_active()
        ids = [step.id for step in self.session.steps]
        if step_id not in ids:
            raise RunError(f"no step {step_id!r} in this session")
        if self.state is RunState.PAUSED:
            self.resume()
        self._close_visit()
        self._enter(ids.index(step_id))

    def skip(self, step_id: str, reason: str = "") -> None:
        """Mark a step as left out; a step that is not optional needs a reason."""
        step = self.session.step(step_id)
        if not step.optional and not reason.strip():
            raise RunError("skipping a step that is not optional needs a reason")
        self._skipped[step_id] = reason.strip()
        self._recorder.skip(step_id, reason.strip())

    def unskip(self, step_id: str) -> None:
        if self._skipped.pop(step_id, None) is not None:
            self._recorder.unskip(step_id)

    def pause(self) -> None:
        self._require_active()
        if self.state is RunState.RUNNING:
            self.state = RunState.PAUSED
            self._paused_at = self._clock()
            self._recorder.pause()

    def resume(self) -> None:
        if self.state is RunState.PAUSED and self._paused_at is not None:
            if self._visit_started is not None:
                self._visit_started += self._clock() - self._paused_at
            self._paused_at = None
            self.state = RunState.RUNNING
            self._recorder.resume()

    def finish(self) -> None:
        """End the run: the open visit closes; later steps never visited stay unvisited."""
        self._require_active()
        if self.state is RunState.PAUSED:
            self.resume()
        self._close_visit()
        self._recorder.leave_step()
        self.state = RunState.FINISHED

    def unvisited(self) -> list[Step]:
        """Steps neither visited nor skipped: candidates for 'skipped' at wrap-up."""
        return [s for s in self.session.steps
                if s.id not in self._visited and s.id not in self._skipped]

    # -- inside -------------------------------------------------------------------------

    def _require_active(self) -> None:
        if self.state in (RunState.NOT_STARTED, RunState.FINISHED):
            raise RunError("the run is not in progress")

    def _enter(self, index: int) -> None:
        self.index = index
        step = self.current
        self._visited.add(step.id)
        self._visit_started = self._clock()
        self._recorder.enter_step(step.id)

    def _close_visit(self) -> None:
        if self._visit_started is None:
            return
        step_id = self.current.id
        self._times[step_id] = self.step_elapsed(step_id)
        self._visit_started = None
