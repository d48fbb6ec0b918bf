"""Loading the programme library off the GUI thread, so the window shows at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from facilitator.sessions.library import Library


class _Relay(QObject):
    loaded = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, discover: Callable[[], Library], relay: _Relay) -> None:
        super().__init__()
        self._discover = discover
        self._relay = relay

    def run(self) -> None:
        try:
            library = self._discover()
        except Exception as error:  # reported in the window, never a crash
            self._relay.failed.emit(str(error))
            return
        self._relay.loaded.emit(library)


class LibraryLoader(QObject):
    """Runs `discover` in the thread pool; `loaded(Library)` arrives on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, discover: Callable[[], Library], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._discover = discover
        self._relay = _Relay(self)
        self._relay.loaded.connect(self.loaded)
        self._relay.failed.connect(self.failed)

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Job(self._discover, self._relay))
