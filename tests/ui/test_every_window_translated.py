"""Every window and dialog, opened in each interface language, shows no English left over
and no text cut off by its widget at a normal window size."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.records.demo import fill_demo
from facilitator.records.errors import StoreCorrupt
from facilitator.records.store import Store
from facilitator.sessions.library import Library
from facilitator.ui import theme
from facilitator.ui.background import Background
from facilitator.ui.export_dialog import ExportDialog, ExportKind
from facilitator.ui.first_start import FirstStartPanel
from facilitator.ui.host_editor import HostEditor
from facilitator.ui.i18n import INTERFACE_LANGUAGES, InterfaceLanguage
from facilitator.ui.labels import GROUP_LANGUAGES, language_name
from facilitator.ui.main_window import MainWindow
from facilitator.ui.passphrase_dialogs import PassphraseDialog, PassphraseMode, RecoveryKeyDialog
from facilitator.ui.preferences import Preferences
from facilitator.ui.programmes_page import InstallProblemsDialog
from facilitator.ui.records_model import Records
from facilitator.ui.store_errors import show_error
from tests.ui.conftest import settle

LANGUAGES = ("en", "da", "ar", "ru")
# Words that are the same in a translation: product names, the demo marker in Danish.
ALLOWED = {"VLC", "Qt", "OK", "Ctrl", "Facilitator Companion", "demo", "(demo)", "Europe"}

RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
Surface = Callable[[], QWidget]


@pytest.fixture
def demo_store(store: Store) -> Store:
    fill_demo(store, 4, seed=7)
    return store


def data_names(store: Store, library: Library) -> set[str]:
    """What the records and programmes themselves say: names, codes, places."""
    names = set(ALLOWED)
    for host in store.hosts():
        names |= {host.name, host.place, host.time_zone}
    for course in store.courses():
        names |= {course.title, course.location, course.host_name, course.programme_version,
                  *course.facilitator_initials}
        names |= {p.code for p in store.participants(course.id)}
    for entry in library.entries:
        for language in entry.programme.languages:
            names.add(entry.programme.title(language))
            names |= {s.title for s in entry.programme.text(language).sessions.values()}
            names |= {s.title for s in entry.programme.text(language).steps.values()}
    names |= {language_name(code) for code in (*GROUP_LANGUAGES, *INTERFACE_LANGUAGES)}
    names |= {s.name() for s in QApplication.screens()}
    names |= {str(store.location.path), RECOVERY_KEY}
    return {n for n in names if n}


def is_only_data(text: str, names: set[str]) -> bool:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return not re.search(r"[^\W\d_]", text)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    yield "title", root.windowTitle(), root
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        key = f"{index}:{type(widget).__name__}"
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield key, widget.text(), widget
        elif isinstance(widget, QAbstractButton):
            yield key, widget.text().replace("&", ""), widget
        elif isinstance(widget, QGroupBox):
            yield key, widget.title().replace("&", ""), widget
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield f"{key}:{tab}", widget.tabText(tab).replace("&", ""), widget
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                yield f"{key}:h{column}", item.text() if item else "", widget


def cut_off(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return False
        return widget.width() + 1 < widget.sizeHint().width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() + 1 < widget.sizeHint().width()
    if isinstance(widget, QTabBar):
        metrics = widget.fontMetrics()
        return any(metrics.horizontalAdvance(widget.tabText(i).replace("&", ""))
                   > widget.tabRect(i).width() for i in range(widget.count()))
    return False


def surfaces(qtbot: QtBot, records: Records, preferences: Preferences, store: Store
             ) -> dict[str, Surface]:
    overview = store.course_overviews()[0]
    participants = store.participants(overview.course.id)
    host = store.hosts()[0]

    def main_window(page: int) -> Surface:
        def make() -> QWidget:
            window = MainWindow(records, preferences, "en")
            window.resize(1280, 800)
            window.show_page(page)
            return window
        return make

    def course_editor(tab: int, existing: bool) -> Surface:
        def make() -> QWidget:
            window = MainWindow(records, preferences, "en")
            editor = (window.open_course_editor(overview, participants) if existing
                      else window.open_course_editor())
            editor.ui.tabs.setCurrentIndex(tab)
            if tab == 1 and not existing:
                editor.ui.generate.click()
            if tab == 2 and not existing:
                editor.ui.add_codes.click()
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            editor.setParent(None)
            qtbot.addWidget(window)
            return editor
        return make

    def first_start() -> QWidget:
        panel = FirstStartPanel()
        panel.resize(1050, 800)
        return panel

    def error_box() -> QWidget:
        box: QMessageBox = show_error(None, StoreCorrupt())
        return box

    found: dict[str, Surface] = {
        f"main window, page {page}": main_window(page) for page in range(4)}
    for tab in range(3):
        found[f"new course, tab {tab}"] = course_editor(tab, existing=False)
        found[f"course with held meetings, tab {tab}"] = course_editor(tab, existing=True)
    found["new host"] = lambda: HostEditor(records)
    found["host with safety cards"] = lambda: HostEditor(records, host)
    for mode in PassphraseMode:
        found[f"passphrase: {mode.value}"] = lambda mode=mode: PassphraseDialog(mode)
    found["recovery key"] = lambda: RecoveryKeyDialog(RECOVERY_KEY)
    found["install problems"] = lambda: InstallProblemsDialog(
        "package.zip", ["programme.yaml:3:5: missing title in 'da'"])
    found["first start"] = first_start
    found["error"] = error_box
    found["export a meeting"] = lambda: ExportDialog(records, ExportKind.MEETING, uuid.uuid4())
    found["export a course"] = lambda: ExportDialog(records, ExportKind.COURSE, uuid.uuid4())
    return found


def test_every_window_and_dialog_is_translated_and_nothing_is_cut_off(
    qtbot: QtBot, demo_store: Store, preferences: Preferences, bundled_library: Library,
    language: InterfaceLanguage,
) -> None:
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    background = Background()
    records = Records(background)
    records.set_library(bundled_library)
    with qtbot.waitSignal(records.changed, timeout=10000):
        records.attach(demo_store)
    names = data_names(demo_store, bundled_library)
    seen: dict[str, dict[str, dict[str, str]]] = {}
    problems: list[str] = []
    for code in LANGUAGES:
        language.apply(code)
        QApplication.processEvents()
        for name, make in surfaces(qtbot, records, preferences, demo_store).items():
            widget = make()
            qtbot.addWidget(widget)
            widget.show()
            qtbot.waitExposed(widget)
            settle(qtbot, records)
            QApplication.processEvents()
            if code == "ar":
                assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft, name
            texts = seen.setdefault(name, {}).setdefault(code, {})
            for key, text, owner in visible_texts(widget):
                texts[key] = text
                if cut_off(owner):
                    problems.append(f"{code} {name}: “{text}” is cut off "
                                    f"({owner.width()} < {owner.sizeHint().width()} px)")
                english = seen[name].get("en", {}).get(key)
                if code != "en" and text and text == english and not is_only_data(text, names):
                    problems.append(f"{code} {name}: “{text}” is not translated")
            if isinstance(widget, QDialog | QMessageBox):
                widget.done(0)
            elif isinstance(widget, QMainWindow):
                widget.close()
    QApplication.instance().setStyleSheet("")  # type: ignore[union-attr]
    assert not problems, "\n".join(problems)


def test_allow_list_does_not_hide_english_sentences() -> None:
    names = {"Egebjerg Kommune", "P01"}
    assert is_only_data("Egebjerg Kommune · P01 · 17:00", names)
    assert not is_only_data("Egebjerg Kommune · Start meeting", names)
