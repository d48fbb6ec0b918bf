"""The facilitator's records as the screens see them: the latest answers of the store's
read models, refreshed off the GUI thread.

Views take a `Records` in `__init__`, read its attributes and redraw when `changed`
arrives. Writes go through `call(job, on_done, on_failed)`: `job(store)` runs on the store's
worker thread, the callbacks on the GUI thread. The store is never touched on the GUI
thread, so a slow disk never freezes the window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from facilitator.ui.background import Background

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import CourseOverview, HostRecord, UpcomingMeeting
    from facilitator.sessions.library import Library


class RecordsState(enum.Enum):
    OPENING = "opening"
    READY = "ready"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class Snapshot:
    """What the home and course screens show, read in one go."""

    overviews: tuple[CourseOverview, ...] = ()
    today: tuple[UpcomingMeeting, ...] = ()
    upcoming: tuple[UpcomingMeeting, ...] = ()
    hosts: tuple[HostRecord, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    encrypted: bool = False
    location: str = ""
    file_store: bool = True

    @property
    def is_empty(self) -> bool:
        return not self.overviews and not self.hosts


def read_snapshot(store: Store) -> Snapshot:
    return Snapshot(
        overviews=tuple(store.course_overviews()),
        today=tuple(store.todays_meetings()),
        upcoming=tuple(store.upcoming_meetings(days=28)),
        hosts=tuple(store.hosts()),
        settings=store.settings(),
        encrypted=store.is_encrypted,
        location=store.location.display,
        file_store=store.location.is_file,
    )


class Records(QObject):
    """The store behind a worker thread, and the library of programmes beside it."""

    changed = Signal()
    library_changed = Signal()
    failed = Signal(object)  # a StoreError (or any exception) from a refresh

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.store: Store | None = None
        self.state = RecordsState.OPENING
        self.snapshot = Snapshot()
        self.library: Library | None = None
        self.error: BaseException | None = None

    # -- the store ------------------------------------------------------------------------

    def attach(self, store: Store) -> None:
        self.store = store
        self.state = RecordsState.READY
        self.error = None
        self.refresh()

    def set_unavailable(self, error: BaseException) -> None:
        self.state = RecordsState.UNAVAILABLE
        self.error = error
        self.changed.emit()

    def refresh(self, then: Callable[[], object] | None = None) -> None:
        store = self.store
        if store is None:
            return

        def done(snapshot: Snapshot) -> None:
            self.snapshot = snapshot
            self.changed.emit()
            if then is not None:
                then()

        self.background.run(lambda: read_snapshot(store), done, self.failed.emit)

    def call(self, job: Callable[[Store], Any], on_done: Callable[[Any], object] | None = None,
             on_failed: Callable[[BaseException], object] | None = None, *,
             refresh: bool = True) -> None:
        """Run `job(store)` off the GUI thread; refresh the snapshot after a success."""
        store = self.store
        if store is None:
            if on_failed is not None:
                from facilitator.ui.store_errors import NoStore

                on_failed(NoStore())
            return

        def done(result: Any) -> None:
            if refresh:
                self.refresh(lambda: on_done(result) if on_done else None)
            elif on_done is not None:
                on_done(result)

        self.background.run(lambda: job(store), done, on_failed or self.failed.emit)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.snapshot.settings.get(key, default)

    # -- the programme library ------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self.library_changed.emit()
