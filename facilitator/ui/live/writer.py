"""Writes of a live meeting, each committed as it happens, in order, off the GUI thread.

A tick or a step change is queued at once and handed to one worker thread as soon as the
window has drawn the change (the same turn of the event loop), then committed within
milliseconds; the window never waits for the disk, nor for the worker's Python. Jobs run one after another, so a later
job always sees what an earlier one wrote (an undo never overtakes the change it undoes).
Results and failures come back on the GUI thread through one long-lived relay object.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.store import Store

Result = TypeVar("Result")
Job = Callable[["Store"], Any]
_STOP = None


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the worker, delivered there (queued)."""

    done = Signal(int, bool, object)


class StoreWriter(QObject):
    """Queues `job(store)` calls; `failed(sentence)` when one is not saved."""

    failed = Signal(str)
    idle = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._callbacks: dict[int, Callable[[Any], None] | None] = {}
        self._numbers = itertools.count(1)
        self._jobs: queue.SimpleQueue[tuple[int, Job] | None] = queue.SimpleQueue()
        self._outstanding = 0
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._held: list[tuple[int, Job]] = []
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)  # after the posted paint events of this turn
        self._release.timeout.connect(self._release_held)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def pending(self) -> int:
        """Writes queued, running, or whose answer has not yet reached the GUI thread."""
        return len(self._callbacks)

    def write(self, job: Callable[[Store], Result],
              on_done: Callable[[Result], None] | None = None) -> None:
        number = next(self._numbers)
        self._callbacks[number] = on_done
        with self._condition:
            self._outstanding += 1
        self._held.append((number, job))
        if not self._release.isActive():
            self._release.start()

    def _release_held(self) -> None:
        held, self._held = self._held, []
        if not held:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="live-store-writer",
                                            daemon=True)
            self._thread.start()
        for item in held:
            self._jobs.put(item)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued write is committed (at shutdown and in tests only)."""
        self._release_held()
        timeout = None if msecs < 0 else msecs / 1000
        with self._condition:
            return self._condition.wait_for(lambda: self._outstanding == 0, timeout)

    def stop(self) -> None:
        """Finish the queued writes, then end the worker thread."""
        self._release_held()
        if self._thread is not None:
            self._jobs.put(_STOP)
            self._thread.join(10)
            self._thread = None

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP:
                return
            number, job = item
            try:
                result, ok = job(self._store), True
            except Exception as error:  # the GUI thread says what it means
                result, ok = error, False
            with self._condition:
                self._outstanding -= 1
                self._condition.notify_all()
            self._relay.done.emit(number, ok, result)

    def _on_relay_done(self, number: int, ok: bool, result: object) -> None:
        callback = self._callbacks.pop(number, None)
        if ok and callback is not None:
            callback(result)
        elif not ok and isinstance(result, BaseException):
            self.failed.emit(describe(result))
        if not self._callbacks:
            self.idle.emit()
