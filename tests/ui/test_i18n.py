"""The interface switches language at run time, right to left for Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.sessions.library import Library
from facilitator.ui.background import Background
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle


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
    welcome = window.home.first_start._title.text()
    language.apply(code)
    qtbot.waitUntil(lambda: "No programmes are installed" not in status.text())
    assert window.windowTitle() == title
    # The widgets of every start follow too (they listen to language_changes()).
    assert window.home._title.text() != "Today"
    assert window.home.first_start._title.text() != welcome
    assert QApplication.layoutDirection() == direction
    assert window.layoutDirection() == direction
    language.apply("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Facilitator Companion")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_choosing_arabic_in_settings_turns_the_open_window_right_to_left(
    qtbot: QtBot, records: Records, preferences: Preferences, language: InterfaceLanguage,
    store: Store,
) -> None:
    from facilitator.app import wire

    store.create_host("Havnestad Boligforening", "Havnestad", "da", "Europe/Copenhagen")
    records.refresh()
    settle(qtbot, records)
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    wire(QApplication.instance(), window, records, language, preferences,  # type: ignore[arg-type]
         from_environment=True)
    window.show()
    window.show_page(3)
    combo = window.settings.interface_language
    combo.setCurrentIndex(combo.findData("ar"))
    qtbot.waitUntil(lambda: window.windowTitle() == "رفيق الميسّر")
    settle(qtbot, records)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.home.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The navigation list sits on the right in a right-to-left layout.
    assert window.navigation.x() > window.width() // 2
    assert window.navigation.item(0).text() == "الرئيسية"
    assert window.settings._title.text() == "الإعدادات"
    assert store.setting("interface.language") == "ar"
    assert preferences.language == "ar"
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Главная")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The layouts follow the new direction when the event loop next runs.
    qtbot.waitUntil(lambda: window.navigation.x() < window.width() // 2)


def test_dates_follow_the_interface_language(language: InterfaceLanguage) -> None:
    from datetime import date

    from facilitator.ui import formatting

    language.apply("da")
    assert formatting.long_date(date(2027, 5, 14)) == "fredag den 14. maj 2027"
    language.apply("ru")
    assert "мая" in formatting.long_date(date(2027, 5, 14))
    language.apply("ar")
    assert "مايو" in formatting.long_date(date(2027, 5, 14)) or \
        "أيار" in formatting.long_date(date(2027, 5, 14))
