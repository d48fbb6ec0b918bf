"""Running store calls and other slow work off the GUI thread.

`Background.run(job, on_done, on_failed)` runs `job()` on a worker thread of its own
(one at a time, in the order asked, so two writes never race) and calls `on_done(result)`
or `on_failed(error)` on the GUI thread. Nothing waits: the window stays responsive and
the callbacks redraw it when the answer arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there. One relay
    serves every job (never deleted while a signal of it is being delivered)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as error:  # handed to on_failed; the interface decides
            self._relay.failed.emit(self._number, error)
            return
        self._relay.done.emit(self._number, result)


class Background(QObject):
    """A single worker thread for the store; `busy(bool)` while jobs are pending."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread: the store's connections live there
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)
        self._waiting: dict[int, tuple[Done | None, Failed | None]] = {}
        self._count = 0

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def run(self, job: Callable[[], Any], on_done: Done | None = None,
            on_failed: Failed | None = None) -> None:
        self._count += 1
        self._waiting[self._count] = (on_done, on_failed)
        if len(self._waiting) == 1:
            self.busy.emit(True)
        self._pool.start(_Job(self._count, job, self._relay))

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (only at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)

    def _on_relay_done(self, number: int, result: object) -> None:
        on_done, _ = self._waiting.pop(number, (None, None))
        self._finished()
        if on_done is not None:
            on_done(result)

    def _on_relay_failed(self, number: int, error: BaseException) -> None:
        _, on_failed = self._waiting.pop(number, (None, None))
        self._finished()
        (on_failed or _unhandled)(error)

    def _finished(self) -> None:
        if not self._waiting:
            self.busy.emit(False)


def _unhandled(error: BaseException) -> None:
    raise error
