"""The interface switches language at run time, right to left for Arabic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.sessions.library import Library
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.background import Background
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records


@pytest.fixture
def language(qapp: QApplication) -> Iterator[InterfaceLanguage]:
    switcher = InterfaceLanguage()
    yield switcher
    switcher.apply("en")


@pytest.mark.parametrize(("code", "title", "direction"), [
    ("da", "Facilitator Companion", Qt.LayoutDirection.LeftToRight),
    ("ar", "رفيق الميسّر", Qt.LayoutDirection.RightToLeft),
    ("ru", "Помощник ведущего", Qt.LayoutDirection.LeftToRight),
])
def test_switching_language_retranslates_open_windows(
    qtbot: QtBot, language: InterfaceLanguage, code: str, title: str,
    direction: Qt.LayoutDirection,
) -> None:
    window = MainWindow(Records(Background()), Preferences())
    qtbot.addWidget(window)
    window.show_library(Library((), ()))
    status = window.programmes.status
    assert "No programmes are installed" in status.text()
    language.apply(code)
    qtbot.waitUntil(lambda: "No programmes are installed" not in status.text())
    assert window.windowTitle() == title
    assert QApplication.layoutDirection() == direction
    assert window.layoutDirection() == direction
    language.apply("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Facilitator Companion")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
