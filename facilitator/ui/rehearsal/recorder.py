"""The session run's recorder for a rehearsal: step timings into the rehearsal step log.

Only the step log is written (entering a step, pausing, resuming), to the records layer's
rehearsal tables, in order and off the GUI thread through the live session's
`StoreWriter`. Skips are not deviations in a rehearsal, so they are not written.
"""

from __future__ import annotations

import uuid

from facilitator.ui.live.writer import StoreWriter


class RehearsalRecorder:
    """A `RunRecorder` writing one rehearsal's step log."""

    def __init__(self, writer: StoreWriter, rehearsal_id: uuid.UUID) -> None:
        self._writer = writer
        self._rehearsal_id = rehearsal_id

    def enter_step(self, step_id: str) -> None:
        rehearsal = self._rehearsal_id
        self._writer.write(lambda store: store.enter_rehearsal_step(rehearsal, step_id))

    def leave_step(self) -> None:
        """The open visit is closed by `finish_rehearsal`, written when the run finishes."""

    def pause(self) -> None:
        rehearsal = self._rehearsal_id
        self._writer.write(lambda store: store.pause_rehearsal(rehearsal))

    def resume(self) -> None:
        rehearsal = self._rehearsal_id
        self._writer.write(lambda store: store.resume_rehearsal(rehearsal))

    def skip(self, step_id: str, reason: str) -> None:
        """Not a deviation in a rehearsal: nothing to write."""

    def unskip(self, step_id: str) -> None:
        """Nothing was written for the skip."""
