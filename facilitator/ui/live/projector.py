"""The projector window: the participant-facing text of the step in the group's language
(big, calm, right to left for Arabic), the film, or black."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from facilitator.ui.i18n import is_rtl
from facilitator.ui.live.meeting import LiveMeeting

BACKGROUND = "#000000"
TEXT = "#e9e6df"  # warm off-white: calmer than pure white in a dark room


class ProjectorPage(enum.Enum):
    TEXT = "text"
    FILM = "film"
    BLACK = "black"


class ProjectorWindow(QWidget):
    def __init__(self, meeting: LiveMeeting, film_surface: QWidget,
                 parent: QWidget | None = None) -> None:
        # The projector never takes the keyboard from the facilitator's window.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._meeting = meeting
        self._blank = False
        self._film_showing = False
        self.setObjectName("projector")
        self.setStyleSheet(f"QWidget#projector, QStackedWidget, QWidget#black "
                           f"{{ background: {BACKGROUND}; }}")
        rtl = is_rtl(meeting.group_language)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        self.text = QLabel()
        self.text.setObjectName("projectorText")
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMargin(48)
        self.film_surface = film_surface
        self.black = QWidget()
        self.black.setObjectName("black")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.text)
        self.pages.addWidget(film_surface)
        self.pages.addWidget(self.black)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.resize(960, 540)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self._update_font()
        self.retranslate_ui()
        self._update_page()

    @property
    def page(self) -> ProjectorPage:
        current = self.pages.currentWidget()
        if current is self.black:
            return ProjectorPage.BLACK
        return ProjectorPage.FILM if current is self.film_surface else ProjectorPage.TEXT

    @property
    def is_blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        self._update_page()

    def set_film_showing(self, showing: bool) -> None:
        self._film_showing = showing
        self._update_page()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Projector"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_font()

    def _on_meeting_step_changed(self) -> None:
        self._update_page()

    def _update_font(self) -> None:
        # Readable from the back of a room: about 1/16 of the screen's height.
        size = max(20, self.height() // 16)
        self.text.setStyleSheet(f"color: {TEXT}; background: {BACKGROUND}; "
                                f"font-size: {size}px; line-height: 130%;")

    def _update_page(self) -> None:
        meeting = self._meeting
        if meeting.is_active:
            text = meeting.step_text(meeting.current, meeting.group_language).projector
            if self.text.text() != text:
                self.text.setText(text)
        if self._blank or meeting.is_finished:
            self.pages.setCurrentWidget(self.black)
        elif self._film_showing:
            self.pages.setCurrentWidget(self.film_surface)
        else:
            self.pages.setCurrentWidget(self.text)
