"""Installing a programme package from the Programmes page, off the GUI thread."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.ui.main_window import MainWindow
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "programmes" / "example-breathing-space"


def package(tmp_path: Path, version: str, broken: bool = False) -> Path:
    folder = tmp_path / f"pkg-{version}"
    shutil.copytree(EXAMPLE, folder)
    yaml = folder / "programme.yaml"
    yaml.write_text(yaml.read_text().replace("version: 1.0.0", f"version: {version}"))
    if broken:
        (folder / "texts" / "da.yaml").unlink()
        text = (folder / "texts" / "en.yaml").read_text()
        (folder / "texts" / "en.yaml").write_text(text.replace("title:", "titel:", 1))
    return Path(shutil.make_archive(str(folder), "zip", folder))


def test_installing_a_package_from_a_file_lists_every_problem_or_installs_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.programmes
    window.show()
    broken = package(tmp_path, "1.1.0", broken=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    qtbot.mouseClick(page.install_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problems_dialog is not None, timeout=30000)
    problems = page.problems_dialog.problems.toPlainText().splitlines()  # type: ignore[union-attr]
    assert len(problems) >= 2
    assert all(line.count(":") >= 3 for line in problems)  # file:line:column: message
    assert "was not installed" in page.status.text()

    good = package(tmp_path, "1.2.0")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    with qtbot.waitSignal(page.installed, timeout=30000) as installed:
        qtbot.mouseClick(page.install_file, Qt.MouseButton.LeftButton)
    assert installed.args[0].programme.version == "1.2.0"
    assert (data_home / "programmes" / "example-breathing-space" / "1.2.0").is_dir()
    assert "1.2.0" in page.status.text()
