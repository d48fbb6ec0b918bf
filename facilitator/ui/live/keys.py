"""The single keys of a live meeting, for keyboards and presentation clickers (DESIGN 7).

One application-wide event filter: it acts only on key presses meant for the live windows,
never while a text field has focus (Esc leaves the field) or a dialog is open, and recognises B, '.', A and P by
the physical key (scan code, or the platform's layout-independent virtual key) as well as
by Qt's key code, so they work with Arabic and Russian layouts too (B gives 'لا' or 'и').
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class LiveKey(enum.Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    BLANK = "blank"
    PRESENT = "present"
    LEAVE_FULL_SCREEN = "leave-full-screen"
    ATTENDANCE = "attendance"
    PAUSE = "pause"


_BY_KEY = {
    Qt.Key.Key_Right: LiveKey.NEXT, Qt.Key.Key_PageDown: LiveKey.NEXT,
    Qt.Key.Key_Space: LiveKey.NEXT,
    Qt.Key.Key_Left: LiveKey.PREVIOUS, Qt.Key.Key_PageUp: LiveKey.PREVIOUS,
    Qt.Key.Key_F5: LiveKey.PRESENT, Qt.Key.Key_Escape: LiveKey.LEAVE_FULL_SCREEN,
    Qt.Key.Key_B: LiveKey.BLANK, Qt.Key.Key_Period: LiveKey.BLANK,
    Qt.Key.Key_A: LiveKey.ATTENDANCE, Qt.Key.Key_P: LiveKey.PAUSE,
}

# Physical keys B, '.', A, P. X11 and Wayland report evdev codes + 8; Windows reports set-1
# scan codes and virtual keys that do not follow the layout; macOS reports kVK codes.
_EVDEV = {56: LiveKey.BLANK, 60: LiveKey.BLANK, 38: LiveKey.ATTENDANCE, 33: LiveKey.PAUSE}
_SCAN_CODES = {
    "xcb": _EVDEV, "wayland": _EVDEV, "offscreen": _EVDEV, "minimal": _EVDEV,
    "windows": {0x30: LiveKey.BLANK, 0x34: LiveKey.BLANK, 0x1E: LiveKey.ATTENDANCE,
                0x19: LiveKey.PAUSE},
}
_VIRTUAL_KEYS = {
    "windows": {0x42: LiveKey.BLANK, 0xBE: LiveKey.BLANK, 0x41: LiveKey.ATTENDANCE,
                0x50: LiveKey.PAUSE},
    "cocoa": {0x0B: LiveKey.BLANK, 0x2F: LiveKey.BLANK, 0x00: LiveKey.ATTENDANCE,
              0x23: LiveKey.PAUSE},
}
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)


def live_key(event: QKeyEvent, platform: str | None = None) -> LiveKey | None:
    """The live key `event` stands for, whatever the keyboard layout; None otherwise."""
    if event.modifiers() & _MODIFIERS:
        return None
    found = _BY_KEY.get(Qt.Key(event.key()))
    if found is not None:
        return found
    platform = platform or QGuiApplication.platformName()
    scan = event.nativeScanCode()
    if scan:
        found = _SCAN_CODES.get(platform, {}).get(scan)
        if found is not None:
            return found
    virtual = event.nativeVirtualKey()
    if platform == "cocoa" or virtual:
        return _VIRTUAL_KEYS.get(platform, {}).get(virtual)
    return None


def is_text_input(widget: QWidget | None) -> bool:
    """A field the facilitator is typing in (single keys must not fire there)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class LiveKeys(QObject):
    """Install on the application while a meeting is open; `pressed(LiveKey)`."""

    pressed = Signal(object)

    def __init__(self, windows: Callable[[], Sequence[QWidget]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows = windows
        self.enabled = True

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() is not QEvent.Type.KeyPress or not self.enabled:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if watched.window() not in self._windows():
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return False
        focus = QApplication.focusWidget()
        if is_text_input(focus) or is_text_input(watched):
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                # Esc leaves the field, so that the single keys work again.
                watched.window().setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False
        key = live_key(event)
        if key is None:
            return False
        if not event.isAutoRepeat():
            self.pressed.emit(key)
        return True
