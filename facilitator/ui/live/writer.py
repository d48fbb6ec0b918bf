"""Writes of a live meeting, each committed as it happens, in order, off the GUI thread.

A tick or a step change is queued at once and committed by the store's worker within
milliseconds; the window never waits for the disk. Jobs run one after another on one
thread, so a later job always sees what an earlier one wrote (an undo never overtakes the
change it undoes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from facilitator.ui.background import Background
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.store import Store

Result = TypeVar("Result")


class StoreWriter(QObject):
    """Queues `job(store)` calls; `failed(sentence)` when one is not saved."""

    failed = Signal(str)
    idle = Signal()

    def __init__(self, store: Store, background: Background | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._background = background or Background(self)
        self._pending = 0

    @property
    def store(self) -> Store:
        return self._store

    @property
    def pending(self) -> int:
        """Writes queued or running (0 when everything acknowledged is on disk)."""
        return self._pending

    def write(self, job: Callable[[Store], Result],
              on_done: Callable[[Result], None] | None = None) -> None:
        store = self._store
        self._pending += 1

        def done(result: Any) -> None:
            self._finish()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._finish()
            self.failed.emit(describe(error))

        self._background.run(lambda: job(store), done, failed)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (at shutdown only)."""
        return self._background.wait_for_done(msecs)

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.idle.emit()
