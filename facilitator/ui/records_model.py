"""The facilitator's records as the screens see them: the latest answers of the store's
read models, refreshed off the GUI thread.

At start-up the answers may come from the home cache (`show_cached`), written when the
store was last closed and valid while the store file is unchanged: the home screen is then
drawn at once and the store is opened only by the first job that needs it
(`open_when_needed`), so a start that only looks never loads the database layer.

Views take a `Records` in `__init__`, read its attributes and redraw when `changed`
arrives. Writes go through `call(job, on_done, on_failed)`: `job(store)` runs on the store's
worker thread, the callbacks on the GUI thread. The store is never touched on the GUI
thread, so a slow disk never freezes the window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from facilitator.ui.background import Background

if TYPE_CHECKING:
    from facilitator.records.home_cache import HomeFacts
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

    @property
    def has_unfinished_meeting(self) -> bool:
        """A meeting was started and not finished (a crash, a power cut): one to resume."""
        from facilitator.records.values import MeetingState

        return any(meeting.state is not MeetingState.FINISHED
                   for overview in self.overviews for meeting in overview.meetings)


UPCOMING_DAYS = 28
"""How far ahead the home screen lists meetings."""


def read_snapshot(store: Store) -> Snapshot:
    return Snapshot(
        overviews=tuple(store.course_overviews()),
        today=tuple(store.todays_meetings()),
        upcoming=tuple(store.upcoming_meetings(days=UPCOMING_DAYS)),
        hosts=tuple(store.hosts()),
        settings=store.settings(),
        encrypted=store.is_encrypted,
        location=store.location.display,
        file_store=store.location.is_file,
    )


def cached_snapshot(facts: HomeFacts, now: datetime | None = None) -> Snapshot:
    """The screens' snapshot from the home cache: today's and the coming meetings are
    worked out for `now` from every course's schedule (no Qt here: the worker runs it)."""
    from facilitator.records.schedule import todays_and_upcoming

    today, upcoming = todays_and_upcoming(facts.overviews, now or datetime.now(UTC),
                                          UPCOMING_DAYS)
    return Snapshot(
        overviews=facts.overviews, today=tuple(today), upcoming=tuple(upcoming),
        hosts=facts.hosts, settings=dict(facts.settings), encrypted=False,
        location=facts.location, file_store=True)


class Records(QObject):
    """The store behind a worker thread, and the library of programmes beside it."""

    changed = Signal()
    library_changed = Signal()
    failed = Signal(object)  # a StoreError (or any exception) from a refresh
    opening = Signal(bool)  # True while the store is being opened for a job that asked

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.store: Store | None = None
        self.state = RecordsState.OPENING
        self.snapshot = Snapshot()
        self.library: Library | None = None
        self.error: BaseException | None = None
        self.cached = False  # the snapshot came from the home cache; no store is open yet
        self._opener: Callable[[], Store] | None = None
        self._open_failed: Callable[[BaseException], object] | None = None
        self._opening = False
        # Set on the worker thread by the lazy open, read there by the jobs queued after it.
        self._opened: Store | None = None
        self._open_error: BaseException | None = None

    # -- the store ------------------------------------------------------------------------

    def attach(self, store: Store) -> None:
        self.store = store
        self.state = RecordsState.READY
        self.error = None
        self._opener = None
        self.refresh()

    def show_cached(self, snapshot: Snapshot) -> None:
        """Draw the screens from the home cache (see `cached_snapshot`)."""
        self.snapshot = snapshot
        self.state = RecordsState.READY
        self.cached = True
        self.changed.emit()

    def open_when_needed(self, opener: Callable[[], Store],
                         on_failed: Callable[[BaseException], object]) -> None:
        """Let the first job that needs the store open it with `opener` (on the worker);
        a failure to open goes to `on_failed` (which may ask for a passphrase)."""
        self._opener = opener
        self._open_failed = on_failed

    def _open_lazily(self) -> None:
        if self._opening or self._opener is None:
            return
        self._opening = True
        opener = self._opener

        def open_store() -> Store:
            try:
                return self.opened_on_worker(opener())
            except BaseException as error:
                self._open_error = error
                raise

        self.opening.emit(True)
        self.background.run(open_store, self._on_lazily_opened, self._on_lazy_open_failed)

    def opened_on_worker(self, store: Store) -> Store:
        """Called on the worker by whatever opened `store` (before `attach` reaches the GUI
        thread), so that closing at shutdown finds it even then."""
        self._opened = store
        return store

    def close_when_done(self) -> None:
        """After every pending job, close the open store on the worker, keeping the home
        screen's facts for the next start (facilitator.records.home_cache)."""
        def close() -> None:
            from facilitator.records.home_cache import close_and_remember

            store = self._opened or self.store
            if store is not None:
                self._opened = None
                close_and_remember(store)

        self.background.run(close)

    def _opened_store(self) -> Store:
        """On the worker: the store the lazy open made (it ran just before)."""
        if self._opened is None:
            from facilitator.ui.store_errors import NoStore

            raise self._open_error or NoStore()
        return self._opened

    def _on_lazily_opened(self, store: Store) -> None:
        self._opening = False
        self.opening.emit(False)
        self.attach(store)

    def _on_lazy_open_failed(self, error: BaseException) -> None:
        self._opening = False
        self.opening.emit(False)
        self._opener = None
        if self._open_failed is not None:
            self._open_failed(error)
        else:
            self.set_unavailable(error)

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
            self.cached = False
            self.changed.emit()
            if then is not None:
                then()

        self.background.run(lambda: read_snapshot(store), done, self.failed.emit)

    def call(self, job: Callable[[Store], Any], on_done: Callable[[Any], object] | None = None,
             on_failed: Callable[[BaseException], object] | None = None, *,
             refresh: bool = True) -> None:
        """Run `job(store)` off the GUI thread; refresh the snapshot after a success."""
        store = self.store
        if store is None and self._opener is None:
            if on_failed is not None:
                from facilitator.ui.store_errors import NoStore

                on_failed(NoStore())
            return

        def done(result: Any) -> None:
            if refresh:
                self.refresh(lambda: on_done(result) if on_done else None)
            elif on_done is not None:
                on_done(result)

        if store is None:
            self._open_lazily()  # queued first: the job below runs after it, on the worker
            self.background.run(lambda: job(self._opened_store()), done,
                                on_failed or self.failed.emit)
            return
        self.background.run(lambda: job(store), done, on_failed or self.failed.emit)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.snapshot.settings.get(key, default)

    # -- the programme library ------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self.library_changed.emit()
