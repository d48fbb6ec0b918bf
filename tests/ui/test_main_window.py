"""The main window lists the installed programmes and shows what a step contains."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.sessions.library import Library, LibraryEntry, discover
from facilitator.sessions.package import load_programme
from facilitator.ui.background import Background
from facilitator.ui.library_loader import LibraryLoader
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "programmes" / "example-breathing-space"


def MainWindow_() -> MainWindow:  # noqa: N802 (stands in for the old MainWindow())
    """The main window without a store: the programme pages work on their own."""
    return MainWindow(Records(Background()), Preferences())


def test_main_window_fills_with_the_library_loaded_in_the_background(
    qtbot: QtBot, data_home: Path
) -> None:
    window = MainWindow_()
    qtbot.addWidget(window)
    window.show()
    loader = LibraryLoader(lambda: discover(use_cache=False), window)
    loader.loaded.connect(window.show_library)
    with qtbot.waitSignal(loader.loaded, timeout=30000):
        loader.start()
    tree = window.browser._tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "A breathing space (example)  (1.0.0)" in titles


def test_choosing_a_step_shows_its_script_tips_and_projector_text(
    qtbot: QtBot, data_home: Path
) -> None:
    window = MainWindow_()
    qtbot.addWidget(window)
    window.show_library(Library((LibraryEntry(load_programme(EXAMPLE), "bundled", EXAMPLE),), ()))
    browser = window.browser
    browser.select("example-breathing-space", 1, "s1-breathing", "da")
    assert browser._title.text() == "Pusterummet"
    assert "Følg din vejrtrækning" in browser._projector.toPlainText()
    assert "Tal langsomt" in browser._tips.toPlainText()
    assert "Hvad lagde du mærke til i kroppen?" in browser._script.toPlainText()
    steps = [browser._steps.item(i).text() for i in range(browser._steps.count())]
    assert steps[3].startswith("En kort pause") and "(optional)" in steps[3]


def test_a_right_to_left_language_turns_the_step_text_around(
    qtbot: QtBot, tmp_path: Path
) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(EXAMPLE, package)
    (package / "programme.yaml").write_text(
        (package / "programme.yaml").read_text().replace("[en, da]", "[en, da, ar]"))
    (package / "texts" / "ar.yaml").write_text(
        (package / "texts" / "en.yaml").read_text().replace("title: Welcome", "title: مرحبا"))
    for film in (package / "films").glob("*.yaml"):  # every language needs a film title
        film.write_text(film.read_text().replace("\ntitles:\n", "\ntitles:\n  ar: \"مرساة\"\n"))
    window = MainWindow_()
    qtbot.addWidget(window)
    window.show_library(Library((LibraryEntry(load_programme(package), "bundled", package),), ()))
    browser = window.browser
    browser.select("example-breathing-space", 1, "s1-welcome", "en")
    assert browser._script.layoutDirection() == Qt.LayoutDirection.LeftToRight
    browser.select("example-breathing-space", 1, "s1-welcome", "ar")
    assert browser._title.text() == "مرحبا"
    assert browser._script.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert browser._projector.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_an_empty_library_says_how_to_install_a_programme(qtbot: QtBot) -> None:
    window = MainWindow_()
    qtbot.addWidget(window)
    window.show_library(Library((), ()))
    assert "Install from a file…" in window.programmes.status.text()
    assert "facilitator install PATH" in window.programmes.status.text()


def test_moving_between_programmes_shows_the_new_programme_s_steps(
    qtbot: QtBot, data_home: Path
) -> None:
    library = discover(use_cache=False)
    window = MainWindow_()
    qtbot.addWidget(window)
    window.show_library(library)
    browser = window.browser
    browser.select("example-breathing-space", 1, "s1-breathing", "en")
    browser.select("managing-stress-together", 2, "s2-welcome", "ru")
    expected = library.find("managing-stress-together").programme  # type: ignore[union-attr]
    assert browser._steps.count() == len(expected.session(2).steps)
    assert browser._title.text() == expected.step_text("s2-welcome", "ru").title
