"""The projector window: the participant-facing text of the step in the group's language
(big, calm, right to left for Arabic), the film, or black."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPixmap,
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


FRAMES = 3
"""Finished pictures kept: the step shown, the one before and the one after."""
PREPARE_AFTER_MS = 25
"""After a step change, when the neighbouring steps' pictures are drawn: once this step
is painted on both screens (a few milliseconds; a zero-delay timer can fire before those
paints and hold them up), long before a facilitator presses again."""


class ProjectorText(QWidget):
    """The step's participant-facing text, centred, its size following the screen.

    Each text is laid out once per size (a QTextDocument, kept for the steps already
    shown) and drawn once into a finished picture of the whole screen. `prepare` draws
    the pictures of the steps either side of the current one while the room listens, so
    a step change costs one copy of a picture, not drawing large text anew (about 3 ms
    of a 1920×1080 screen)."""

    def __init__(self, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = ""
        self._rtl = rtl
        self._documents: dict[tuple[str, int, int], QTextDocument] = {}
        self._frames: dict[tuple[str, int, int, float], QPixmap] = {}  # oldest first
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

    def document(self, source: str | None = None) -> QTextDocument:
        """The laid-out document of `source` (the text shown, by default)."""
        source = self._source if source is None else source
        margin = max(24, self.width() // 20)
        width = max(100, self.width() - 2 * margin)
        key = (source, self.pixel_size(), width)
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
            document.setMarkdown(source)
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

    def prepare(self, texts: Iterable[str]) -> None:
        """Draw the pictures of `texts` now, ahead of showing them (at the current size)."""
        if self.isVisible():
            for text in texts:
                self.frame(text)

    def frame(self, source: str) -> QPixmap:
        """The whole widget showing `source`: black, with the text centred on it."""
        ratio = self.devicePixelRatioF()
        key = (source, self.width(), self.height(), ratio)
        frame = self._frames.pop(key, None)
        if frame is None:
            frame = QPixmap(QSize(self.width(), self.height()) * ratio)
            frame.setDevicePixelRatio(ratio)
            frame.fill(QColor(BACKGROUND))
            if source:
                document = self.document(source)
                size = document.size()
                painter = QPainter(frame)
                painter.translate((self.width() - size.width()) / 2,
                                  max(0.0, (self.height() - size.height()) / 2))
                document.drawContents(painter)
                painter.end()
        self._frames[key] = frame  # now the newest
        while len(self._frames) > FRAMES:
            del self._frames[next(iter(self._frames))]
        return frame

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.frame(self._source))
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
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_neighbours)

    def _prepare_neighbours(self) -> None:
        meeting = self._meeting
        if not meeting.is_active or self.pages.currentWidget() is not self.text:
            return
        steps = meeting.session.steps
        index = steps.index(meeting.current)
        self.text.prepare(meeting.step_text(steps[i], meeting.group_language).projector
                          for i in (index + 1, index - 1) if 0 <= i < len(steps))

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
