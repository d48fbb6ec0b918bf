"""The session run's recorder for a meeting: each navigation becomes a store write.

Skipping an optional step is not a deviation (DESIGN 4), so it is not written; a skip of a
step that is not optional is written with its reason and withdrawn on undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from facilitator.records.meeting_log import DeviationKind
from facilitator.ui.live.writer import StoreWriter

if TYPE_CHECKING:
    from facilitator.records.store import Store


class StoreRecorder:
    """A `RunRecorder` writing to the store through a `StoreWriter`."""

    def __init__(self, writer: StoreWriter, meeting_id: uuid.UUID) -> None:
        self._writer = writer
        self._meeting_id = meeting_id
        self._quiet = False

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Record nothing inside (rebuilding a run from what the store already holds)."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    def enter_step(self, step_id: str) -> None:
        if not self._quiet:
            meeting = self._meeting_id
            self._writer.write(lambda store: store.enter_step(meeting, step_id))

    def leave_step(self) -> None:
        if not self._quiet:
            meeting = self._meeting_id
            self._writer.write(lambda store: store.leave_step(meeting))

    def pause(self) -> None:
        if not self._quiet:
            meeting = self._meeting_id
            self._writer.write(lambda store: store.pause_meeting(meeting))

    def resume(self) -> None:
        if not self._quiet:
            meeting = self._meeting_id
            self._writer.write(lambda store: store.resume_meeting(meeting))

    def skip(self, step_id: str, reason: str) -> None:
        if self._quiet or not reason:
            return
        meeting = self._meeting_id
        self._writer.write(lambda store: store.skip_step(meeting, step_id, reason))

    def unskip(self, step_id: str) -> None:
        if self._quiet:
            return
        meeting = self._meeting_id

        def withdraw(store: Store) -> None:
            for deviation in store.deviations(meeting):
                if deviation.step_id == step_id and deviation.kind is DeviationKind.SKIPPED:
                    store.withdraw_deviation(deviation.id)

        self._writer.write(withdraw)
