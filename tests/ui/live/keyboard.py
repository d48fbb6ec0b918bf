"""Pressing keys the way a keyboard does: into the widget that has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focused(fallback: QWidget) -> QWidget:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget() or fallback


def press(qtbot: QtBot, window: QWidget, key: Qt.Key | str,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(window), key, modifier)


def type_text(qtbot: QtBot, window: QWidget, text: str) -> None:
    qtbot.keyClicks(focused(window), text)


def native_press(window: QWidget, text: str, scan_code: int, virtual_key: int,
                 key: int = 0) -> bool:
    """A key press as a non-Latin layout delivers it: the physical key's scan code, the
    layout's key symbol and text (e.g. the B key on an Arabic layout gives 'لا')."""
    target = focused(window)
    pressed = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, scan_code,
                        virtual_key, 0, text)
    handled = QApplication.sendEvent(target, pressed)
    released = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier,
                         scan_code, virtual_key, 0, text)
    QApplication.sendEvent(target, released)
    return handled
