"""The projector window: the participant-facing text of the step in the group's language
(big, calm, right to left for Arabic), the film, or black."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from facilitator.ui.i18n import is_rtl
from facilitator.ui.live.meeting import LiveMeeting

BACKGROUND = "#000000"
TEXT = "#e9e6df"  # warm off-white: calmer than pure white in a dark room


class ProjectorText(QWidget):
    """The step's participant-facing text, centred, its size following the screen.

    Painted from a QTextDocument laid out once per text and size (kept for the steps
    already shown), so a step change costs a paint, not a new layout."""

    def __init__(self, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = ""
        self._rtl = rtl
        self._documents: dict[tuple[str, int, int], QTextDocument] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def text(self) -> str:
        return self._source

    def setText(self, text: str) -> None:  # noqa: N802 (reads like QLabel's)
        if text != self._source:
            self._source = text
            self.update()

    def pixel_size(self) -> int:
        # Readable from the back of a room: about 1/16 of the screen's height.
        return max(20, self.height() // 16)

    def document(self) -> QTextDocument:
        margin = max(24, self.width() // 20)
        width = max(100, self.width() - 2 * margin)
        key = (self._source, self.pixel_size(), width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > 64:
                self._documents.clear()
            document = QTextDocument()
            font = QFont(self.font())
            font.setPixelSize(self.pixel_size())
            document.setDefaultFont(font)
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
            option.setTextDirection(Qt.LayoutDirection.RightToLeft if self._rtl
                                    else Qt.LayoutDirection.LeftToRight)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            document.setDefaultTextOption(option)
            document.setDefaultStyleSheet(f"body {{ color: {TEXT}; }}")
            document.setMarkdown(self._source)
            cursor = QTextCursor(document)
            cursor.select(QTextCursor.SelectionType.Document)
            block = QTextBlockFormat()
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            block.setBottomMargin(self.pixel_size() * 0.4)
            cursor.mergeBlockFormat(block)
            char = QTextCharFormat()
            char.setForeground(QColor(TEXT))
            cursor.mergeCharFormat(char)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        if self._source:
            document = self.document()
            size = document.size()
            x = (self.width() - size.width()) / 2
            y = max(0.0, (self.height() - size.height()) / 2)
            painter.translate(x, y)
            document.drawContents(painter)
        painter.end()


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
        self.text = ProjectorText(rtl)
        self.text.setObjectName("projectorText")
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

    def _on_meeting_step_changed(self) -> None:
        self._update_page()

    def _update_page(self) -> None:
        meeting = self._meeting
        if meeting.is_active:
            text = meeting.step_text(meeting.current, meeting.group_language).projector
            self.text.setText(text)
        if self._blank or meeting.is_finished:
            self.pages.setCurrentWidget(self.black)
        elif self._film_showing:
            self.pages.setCurrentWidget(self.film_surface)
        else:
            self.pages.setCurrentWidget(self.text)
