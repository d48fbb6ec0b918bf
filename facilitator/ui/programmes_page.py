"""Programmes: the programme browser, and installing a programme package from a file.

Installing validates and copies the package on a worker thread; every problem found is
listed as file:line:column so that whoever made the package can fix them all at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.background import Background
from facilitator.ui.programme_browser import ProgrammeBrowser
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.sessions.library import LibraryEntry


def install_package(path: Path) -> LibraryEntry:
    from facilitator.sessions.library import install

    return install(path)


class InstallProblemsDialog(QDialog):
    """Lists what is wrong with a package, one `file:line:column: message` per line."""

    def __init__(self, package: str, problems: list[str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._package = package
        self._count = len(problems)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.problems = QPlainTextEdit("\n".join(problems))
        self.problems.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The programme was not installed"))
        self._intro.setText(self.tr(
            "%1 was not installed: %n problem(s) must be fixed in the package first.", "",
            self._count).replace("%1", self._package))
        self.problems.setAccessibleName(self.tr("Problems in the package"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))


class ProgrammesPage(QWidget):
    installed = Signal(object)  # LibraryEntry

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self.browser = ProgrammeBrowser()
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self.install_file = QPushButton()
        self.install_folder = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems_dialog: InstallProblemsDialog | None = None
        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self.install_file)
        header.addWidget(self.install_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self.install_file.clicked.connect(self._on_install_file_clicked)
        self.install_folder.clicked.connect(self._on_install_folder_clicked)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Programmes"))
        self.install_file.setText(self.tr("&Install from a file…"))
        self.install_folder.setText(self.tr("Install from a &folder…"))

    def _on_install_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a programme package"), str(Path.home()),
            self.tr("Programme packages (*.zip)"))
        if path:
            self.install(Path(path))

    def _on_install_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Install a programme package"),
                                                str(Path.home()))
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> None:
        """Validate and install the package at `path` off the GUI thread."""
        self.install_file.setEnabled(False)
        self.install_folder.setEnabled(False)
        self.status.setText(self.tr("Checking and installing %1…").replace("%1", path.name))
        self._background.run(lambda: install_package(path), self._on_installed,
                             lambda error: self._on_install_failed(path, error))

    def _on_installed(self, entry: LibraryEntry) -> None:
        self._enable()
        self.status.setText(self.tr("Installed %1, version %2.").replace(
            "%1", entry.programme.title(entry.programme.source_language)).replace(
            "%2", entry.programme.version))
        self.installed.emit(entry)

    def _on_install_failed(self, path: Path, error: BaseException) -> None:
        from facilitator.sessions.library import InstallError
        from facilitator.sessions.problems import PackageInvalid

        self._enable()
        if isinstance(error, PackageInvalid):
            self.status.setText(self.tr("%1 was not installed.").replace("%1", path.name))
            dialog = InstallProblemsDialog(path.name, [str(p) for p in error.problems], self)
            self.problems_dialog = dialog
            dialog.open()
        elif isinstance(error, InstallError):
            self.status.setText(self.tr("%1 was not installed: this version is already "
                                        "installed; the package needs a higher version "
                                        "number.").replace("%1", path.name))
        else:
            self.status.setText(describe(error))

    def _enable(self) -> None:
        self.install_file.setEnabled(True)
        self.install_folder.setEnabled(True)
