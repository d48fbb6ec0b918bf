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
    """Lives on the GUI thread; signals emitted from the worker arrive there."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as error:  # handed to on_failed; the interface decides
            self._relay.failed.emit(error)
            return
        self._relay.done.emit(result)


class Background(QObject):
    """A single worker thread for the store; `busy(bool)` while jobs are pending."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run(self, job: Callable[[], Any], on_done: Done | None = None,
            on_failed: Failed | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(outcome: object, callback: Callable[[Any], object] | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None:
                callback(outcome)
            if not self._relays:
                self.busy.emit(False)

        relay.done.connect(lambda result: finish(result, on_done))
        relay.failed.connect(lambda error: finish(error, on_failed or _unhandled))
        if len(self._relays) == 1:
            self.busy.emit(True)
        self._pool.start(_Job(job, relay))

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (only at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)


def _unhandled(error: BaseException) -> None:
    raise error
