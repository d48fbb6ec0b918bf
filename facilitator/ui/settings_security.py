"""The passphrase (encryption at rest, recovery key shown once) and backups (make,
restore), each run off the GUI thread with a busy indicator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import formatting
from facilitator.ui.passphrase_dialogs import PassphraseDialog, PassphraseMode, RecoveryKeyDialog
from facilitator.ui.records_model import Records
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.backup_files import BackupInfo
    from facilitator.records.store import Store

ROLE = Qt.ItemDataRole.UserRole


class SecuritySection(QWidget):
    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._backups: list[BackupInfo] = []
        self._progress: QProgressDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None

        self._passphrase_box = QGroupBox()
        self._passphrase_state = QLabel()
        self._passphrase_state.setWordWrap(True)
        self.set_passphrase = QPushButton()
        self.change_passphrase = QPushButton()
        self.remove_passphrase = QPushButton()
        row = QHBoxLayout()
        for button in (self.set_passphrase, self.change_passphrase, self.remove_passphrase):
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(self._passphrase_box)
        box.addWidget(self._passphrase_state)
        box.addLayout(row)

        self._backup_box = QGroupBox()
        self._backup_hint = QLabel()
        self._backup_hint.setObjectName("hint")
        self._backup_hint.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setMaximumHeight(160)
        self.make_backup = QPushButton()
        self.restore_backup = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.make_backup)
        row.addWidget(self.restore_backup)
        row.addStretch(1)
        box = QVBoxLayout(self._backup_box)
        box.addWidget(self._backup_hint)
        box.addWidget(self.backup_list)
        box.addLayout(row)
        box.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._passphrase_box)
        layout.addWidget(self._backup_box)

        self.set_passphrase.clicked.connect(self._on_set_passphrase_clicked)
        self.change_passphrase.clicked.connect(self._on_change_passphrase_clicked)
        self.remove_passphrase.clicked.connect(self._on_remove_passphrase_clicked)
        self.make_backup.clicked.connect(self._on_make_backup_clicked)
        self.restore_backup.clicked.connect(self._on_restore_backup_clicked)
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        records.changed.connect(self._on_records_changed)
        self.retranslate_ui()
        self.refresh_backups()  # the page may be built long after the records arrived

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._passphrase_box.setTitle(self.tr("Passphrase"))
        self.set_passphrase.setText(self.tr("Set a &passphrase…"))
        self.change_passphrase.setText(self.tr("C&hange the passphrase…"))
        self.remove_passphrase.setText(self.tr("Remo&ve the passphrase…"))
        self._backup_box.setTitle(self.tr("Backups"))
        self._backup_hint.setText(self.tr(
            "A backup is made every day the program is used, and before each update of the "
            "records. Restoring replaces the records with the backup; the present records "
            "are backed up first."))
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.make_backup.setText(self.tr("&Make a backup now"))
        self.restore_backup.setText(self.tr("&Restore the chosen backup…"))
        self._update_all()

    # -- slots ----------------------------------------------------------------------------

    def _on_records_changed(self) -> None:
        self._update_all()
        self.refresh_backups()

    def refresh_backups(self) -> None:
        """List the backups from their files' names (on the worker): no need to open the
        store when the home screen came from its cache."""
        from facilitator.records.backup_files import backups_of

        snapshot = self._records.snapshot
        if not snapshot.file_store or not snapshot.location:
            self._on_backups_listed([])
            return
        store = Path(snapshot.location)
        self._records.background.run(lambda: backups_of(store), self._on_backups_listed,
                                     lambda _error: None)

    def _on_backups_listed(self, backups: list[BackupInfo]) -> None:
        self._backups = backups
        self._update_list()

    def _busy(self, text: str, job: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setWindowTitle(self.tr("Please wait"))
        self._progress = progress
        self.status.clear()

        def finish(result: Any) -> None:
            progress.reset()
            progress.deleteLater()
            self._progress = None
            done(result)

        def failed(error: BaseException) -> None:
            finish(None)
            self.status.setText(describe(error))

        self._records.call(job, finish, failed)

    def _on_make_backup_clicked(self) -> None:
        def made(path: Path | None) -> None:
            if path is not None:
                self.status.setText(self.tr("Backup made: %1").replace("%1", path.name))
                self.refresh_backups()

        self._busy(self.tr("Making a backup…"), lambda store: store.backup_now(), made)

    def _on_restore_backup_clicked(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        backup: BackupInfo = item.data(ROLE)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace your records with the backup of %1? The present records are "
                    "backed up first.").replace("%1", item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(_: object) -> None:
            self.status.setText(self.tr("The backup was restored."))
            self.refresh_backups()

        self._busy(self.tr("Restoring the backup…"), lambda store: store.restore(backup.path),
                   restored)

    def _ask(self, mode: PassphraseMode, job: Callable[[Store, str, str], Any],
             done: Callable[[Any], None]) -> PassphraseDialog:
        """Ask for the passphrase(s), then run `job(store, current, new)` off the GUI thread
        (the texts are read here: widgets are never touched from the worker)."""
        dialog = PassphraseDialog(mode, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            current, new = dialog.current.text(), dialog.new.text()
            self._busy(self.tr("Encrypting or decrypting the records…"),
                       lambda store: job(store, current, new), done)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _on_set_passphrase_clicked(self) -> None:
        self.ask_set_passphrase()

    def ask_set_passphrase(self) -> PassphraseDialog:
        def job(store: Store, _current: str, new: str) -> str:
            return store.set_passphrase(new)

        return self._ask(PassphraseMode.SET, job, self._on_recovery_key)

    def _on_recovery_key(self, recovery: str | None) -> None:
        if not recovery:
            return
        dialog = RecoveryKeyDialog(recovery, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()

    def _on_change_passphrase_clicked(self) -> None:
        def job(store: Store, current: str, new: str) -> None:
            store.change_passphrase(current, new)

        self._ask(PassphraseMode.CHANGE, job,
                  lambda _: self.status.setText(self.tr("The passphrase was changed.")))

    def _on_remove_passphrase_clicked(self) -> None:
        def job(store: Store, current: str, _new: str) -> None:
            store.remove_passphrase(current)

        self._ask(PassphraseMode.REMOVE, job,
                  lambda _: self.status.setText(self.tr("The passphrase was removed.")))

    # -- drawing --------------------------------------------------------------------------

    def _update_all(self) -> None:
        snapshot = self._records.snapshot
        encrypted = snapshot.encrypted
        if not snapshot.file_store:
            state = self.tr("These records are on a database server; its administrator "
                            "protects and backs them up.")
        elif encrypted:
            state = self.tr("Your records are encrypted with a passphrase.")
        else:
            state = self.tr("Your records are not encrypted. Set a passphrase if others can "
                            "use this computer.")
        self._passphrase_state.setText(state)
        self.set_passphrase.setVisible(snapshot.file_store and not encrypted)
        self.change_passphrase.setVisible(snapshot.file_store and encrypted)
        self.remove_passphrase.setVisible(snapshot.file_store and encrypted)
        self._backup_box.setEnabled(snapshot.file_store)
        self._update_list()

    def _update_list(self) -> None:
        self.backup_list.clear()
        reasons = {"daily": self.tr("daily"), "migration": self.tr("before an update"),
                   "restore": self.tr("before a restore"), "manual": self.tr("made by hand")}
        for backup in self._backups:
            local = backup.made_at.astimezone()
            text = f"{formatting.long_date(local.date())} {formatting.clock(local.time())} — " \
                   f"{reasons.get(backup.reason, backup.reason)}"
            item = QListWidgetItem(text)
            item.setData(ROLE, backup)
            self.backup_list.addItem(item)
        if not self._backups:
            empty = QListWidgetItem(self.tr("No backups yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.backup_list.currentItem()
        self.restore_backup.setEnabled(item is not None and item.data(ROLE) is not None)
