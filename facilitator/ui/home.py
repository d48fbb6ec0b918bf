"""Home: today's and the coming meetings of my courses, and one big button for the next.

The button emits `start_meeting_requested(course_id, session_number)`; the composition
root decides what starting means. With an empty store the first-start panel explains what
to do instead.

Home is built with every start, so it stays clear of Qt's `Qt` namespace, whose enums
cost PySide6 17 ms to make: properties are set by name, and the meetings behind the list
rows are kept here rather than in item data. For the same reason it follows the interface
language through `i18n.language_changes()`, not `changeEvent` (see docs/start-up.md).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import formatting
from facilitator.ui.first_start import FirstStartPanel
from facilitator.ui.i18n import language_changes
from facilitator.ui.records_model import Records, RecordsState
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.values import UpcomingMeeting


class HomePage(QWidget):
    start_meeting_requested = Signal(object, int)  # course id (UUID), session number
    new_course_requested = Signal()
    demo_requested = Signal()
    rehearse_requested = Signal()

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._next: UpcomingMeeting | None = None

        self._status = QLabel()
        self._status.setProperty("alignment", "AlignCenter")
        self._status.setWordWrap(True)
        self.first_start = FirstStartPanel()

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._date = QLabel()
        self._date.setObjectName("muted")
        self._next_when = QLabel()
        self._next_when.setObjectName("muted")
        self._next_title = QLabel()
        self._next_title.setObjectName("sectionTitle")
        self._next_title.setWordWrap(True)
        self._next_detail = QLabel()
        self._next_detail.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self._today_label = QLabel()
        self._today_label.setObjectName("sectionTitle")
        self.today_list = QListWidget()
        self._upcoming_label = QLabel()
        self._upcoming_label.setObjectName("sectionTitle")
        self.upcoming_list = QListWidget()
        # What each list shows (its rows, in order), and what it says when it has none.
        self._shown: dict[QListWidget, tuple[UpcomingMeeting, ...]] = {}
        self._empty: dict[QListWidget, QLabel] = {}
        for widget in (self.today_list, self.upcoming_list):
            widget.setWordWrap(True)
            widget.setSpacing(4)
            widget.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
            self._shown[widget] = ()
            self._empty[widget] = empty = QLabel()
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            empty.hide()
        self.new_course_button = QPushButton()
        self.rehearse_button = QPushButton()

        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addWidget(self._next_when)
        card_layout.addWidget(self._next_title)
        card_layout.addWidget(self._next_detail)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(self.rehearse_button)
        row.addWidget(self.new_course_button)
        card_layout.addLayout(row)

        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._date)
        lists = QHBoxLayout()
        for label, widget in ((self._today_label, self.today_list),
                              (self._upcoming_label, self.upcoming_list)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            column.addWidget(self._empty[widget])
            column.addStretch(0)
            lists.addLayout(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addWidget(card)
        layout.addLayout(lists, 1)

        self._pages = QStackedWidget()
        for page in (self._status, self.first_start, content):
            self._pages.addWidget(page)
        self._content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.new_course_button.clicked.connect(self.new_course_requested)
        self.rehearse_button.clicked.connect(self.rehearse_requested)
        self.today_list.itemActivated.connect(self._on_list_item_activated)
        self.upcoming_list.itemActivated.connect(self._on_list_item_activated)
        self.first_start.new_course_requested.connect(self.new_course_requested)
        self.first_start.demo_requested.connect(self.demo_requested)
        records.changed.connect(self._on_records_changed)
        records.library_changed.connect(self._on_records_changed)
        language_changes().connect(self._on_language_changed)  # not changeEvent: see i18n
        self.retranslate_ui()

    @property
    def next_meeting(self) -> UpcomingMeeting | None:
        return self._next

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Today"))
        self.start_button.setText(self.tr("Start meeting"))
        self.start_button.setAccessibleName(self.tr("Start the next meeting"))
        self.new_course_button.setText(self.tr("New course…"))
        self.rehearse_button.setText(self.tr("Rehearse a session…"))
        self.rehearse_button.setToolTip(self.tr(
            "Run any session of any programme as practice; nothing about people is recorded."))
        self._today_label.setText(self.tr("Today's meetings"))
        self._upcoming_label.setText(self.tr("Coming up (four weeks)"))
        self.today_list.setAccessibleName(self.tr("Today's meetings"))
        self.upcoming_list.setAccessibleName(self.tr("Coming meetings"))
        self._update_all()

    # -- slots ----------------------------------------------------------------------------

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate_ui()

    def _on_records_changed(self) -> None:
        self._update_all()

    def _on_start_button_clicked(self) -> None:
        if self._next is not None:
            self._request(self._next)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        widget = item.listWidget()
        meetings = self._shown.get(widget, ())
        row = widget.row(item)
        if 0 <= row < len(meetings):
            self._request(meetings[row])

    def _request(self, meeting: UpcomingMeeting) -> None:
        self.start_meeting_requested.emit(meeting.scheduled.course_id,
                                          meeting.scheduled.session_number)

    # -- drawing --------------------------------------------------------------------------

    def _update_all(self) -> None:
        state = self._records.state
        if state is RecordsState.OPENING:
            self._status.setText(self.tr("Opening your records…"))
            self._pages.setCurrentWidget(self._status)
            return
        if state is RecordsState.UNAVAILABLE:
            error = self._records.error
            self._status.setText(self.tr("Your records could not be opened. %1").replace(
                "%1", describe(error) if error else ""))
            self._pages.setCurrentWidget(self._status)
            return
        snapshot = self._records.snapshot
        if snapshot.is_empty:
            self._pages.setCurrentWidget(self.first_start)
            return
        self._pages.setCurrentWidget(self._content)
        self.first_start.set_filling(False)
        self._date.setText(formatting.long_date(date.today()))
        self._update_list(self.today_list, snapshot.today, today=True)
        self._update_list(self.upcoming_list, snapshot.upcoming, today=False)
        waiting = [m for m in snapshot.today if m.held_meeting_id is None]
        candidates = waiting or list(snapshot.upcoming)
        self._next = candidates[0] if candidates else None
        self._update_next()

    def _describe(self, meeting: UpcomingMeeting) -> tuple[str, str]:
        library = self._records.library
        scheduled = meeting.scheduled
        session = formatting.session_title(library, meeting.programme_id, None,
                                           scheduled.session_number)
        title = meeting.course_title or formatting.programme_title(library, meeting.programme_id)
        where = " · ".join(part for part in (meeting.location, meeting.host_name) if part)
        return (formatting.meeting_label(scheduled.session_number, session),
                f"{title} · {where}" if where else title)

    def _update_list(self, widget: QListWidget, meetings: tuple[UpcomingMeeting, ...],
                     today: bool) -> None:
        widget.clear()
        self._shown[widget] = meetings
        for meeting in meetings:
            heading, detail = self._describe(meeting)
            when = formatting.clock(meeting.scheduled.local_time)
            if not today:
                when = self.tr("%1 at %2").replace("%1", formatting.day_and_date(
                    meeting.scheduled.local_date)).replace("%2", when)
            state = ""
            if meeting.held_meeting_id is not None:
                state = " — " + self.tr("held")
            if meeting.is_demo:
                state += " — " + self.tr("demo")
            widget.addItem(QListWidgetItem(f"{when}  {heading}{state}\n{detail}"))
        empty = self._empty[widget]
        empty.setText(self.tr("No meetings today.") if today
                      else self.tr("No meetings in the next four weeks."))
        widget.setVisible(bool(meetings))
        empty.setVisible(not meetings)

    def _update_next(self) -> None:
        meeting = self._next
        self.start_button.setEnabled(meeting is not None)
        if meeting is None:
            self._next_when.clear()
            self._next_title.setText(self.tr("No meeting is planned."))
            self._next_detail.setText(self.tr("Plan the meetings of a course in its schedule."))
            return
        heading, detail = self._describe(meeting)
        scheduled = meeting.scheduled
        if scheduled.local_date == date.today():
            when = self.tr("Next, today at %1").replace("%1", formatting.clock(scheduled.local_time))
        else:
            when = self.tr("Next, %1 at %2").replace(
                "%1", formatting.day_and_date(scheduled.local_date)).replace(
                "%2", formatting.clock(scheduled.local_time))
        self._next_when.setText(when)
        self._next_title.setText(heading)
        self._next_detail.setText(formatting.in_reading_order(detail))
