"""Asking for a passphrase (to open, set, change or remove it) and showing the recovery
key once."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MINIMUM = 8


class PassphraseMode(enum.Enum):
    UNLOCK = "unlock"
    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


class PassphraseDialog(QDialog):
    """Fields for the current and/or new passphrase, checked before the store is asked."""

    def __init__(self, mode: PassphraseMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        asks_current = mode in (PassphraseMode.UNLOCK, PassphraseMode.CHANGE,
                                PassphraseMode.REMOVE)
        asks_new = mode in (PassphraseMode.SET, PassphraseMode.CHANGE)
        for label, field, shown in ((self._labels[0], self.current, asks_current),
                                    (self._labels[1], self.new, asks_new),
                                    (self._labels[2], self.repeat, asks_new)):
            label.setBuddy(field)
            if shown:
                form.addRow(label, field)
            else:
                label.hide()
                field.hide()
        self._error = QLabel()
        self._error.setObjectName("warning")
        self._error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        titles = {
            PassphraseMode.UNLOCK: self.tr("Open your records"),
            PassphraseMode.SET: self.tr("Set a passphrase"),
            PassphraseMode.CHANGE: self.tr("Change the passphrase"),
            PassphraseMode.REMOVE: self.tr("Remove the passphrase"),
        }
        intros = {
            PassphraseMode.UNLOCK: self.tr("Your records are encrypted. Enter the passphrase, "
                                           "or the recovery key, to open them."),
            PassphraseMode.SET: self.tr("The records and their backups will be encrypted on "
                                        "this computer. You will be shown a recovery key once; "
                                        "write it down and keep it apart from the laptop."),
            PassphraseMode.CHANGE: self.tr("Enter the current passphrase (or the recovery key) "
                                           "and the new one. The recovery key stays the same."),
            PassphraseMode.REMOVE: self.tr("The records and their backups will be stored "
                                           "without encryption again."),
        }
        self.setWindowTitle(titles[self.mode])
        self._intro.setText(intros[self.mode])
        self._labels[0].setText(self.tr("&Current passphrase:") if self.mode is not
                                PassphraseMode.UNLOCK else self.tr("&Passphrase:"))
        self._labels[1].setText(self.tr("&New passphrase:"))
        self._labels[2].setText(self.tr("&Repeat it:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("Open") if self.mode is PassphraseMode.UNLOCK else self.tr("OK"))
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    def show_error(self, text: str) -> None:
        self._error.setText(text)

    def _on_buttons_accepted(self) -> None:
        if self.current.isVisibleTo(self) and not self.current.text():
            self._error.setText(self.tr("Enter the passphrase."))
            return
        if self.new.isVisibleTo(self):
            if len(self.new.text()) < MINIMUM:
                self._error.setText(self.tr("A passphrase needs at least %1 characters.")
                                    .replace("%1", str(MINIMUM)))
                return
            if self.new.text() != self.repeat.text():
                self._error.setText(self.tr("The two new passphrases are not the same."))
                return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, selectable, with a button to copy it."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.key = QLabel(recovery_key)
        self.key.setObjectName("sectionTitle")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                         Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copy = QPushButton()
        self.finished_button = QPushButton()
        self.finished_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.key)
        layout.addWidget(self.copy)
        layout.addWidget(self.finished_button)
        self.setMinimumWidth(620)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.finished_button.clicked.connect(self.accept)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Your recovery key"))
        self._intro.setText(self.tr(
            "This recovery key opens your records if the passphrase is forgotten. It is shown "
            "only now: write it on paper and keep it somewhere safe, away from the laptop."))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.copy.setText(self.tr("&Copy to the clipboard"))
        self.finished_button.setText(self.tr("I have written it &down"))

    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.key.text())
