"""The host editor: name, place, language, time zone, and the host's safety card (local
contacts and referral steps) in each language the host needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.i18n import INTERFACE_LANGUAGES
from facilitator.ui.labels import GROUP_LANGUAGES, language_name
from facilitator.ui.records_model import Records
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import HostRecord


def time_zones() -> list[str]:
    """IANA zone names (Region/City) known to Qt, sorted."""
    names = (bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds())
    return sorted(n for n in names if "/" in n and not n.startswith(("Etc/", "SystemV/")))


def default_zone() -> str:
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return system if "/" in system else "Europe/Copenhagen"


class HostEditor(QDialog):
    """Creates or changes a host; `saved(HostRecord)` once the store has it."""

    saved = Signal(object)

    def __init__(self, records: Records, host: HostRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._host = host
        self._cards: dict[str, tuple[str, str]] = {
            code: (card.contacts, card.referral_steps)
            for code, card in (host.safety_cards.items() if host else ())
        }
        self._card_language = ""

        self.name = QLineEdit(host.name if host else "")
        self.place = QLineEdit(host.place if host else "")
        self.language = QComboBox()
        for code in GROUP_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(host.language if host
                                                                      else "da")))
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(time_zones())
        self.time_zone.setCurrentText(host.time_zone if host else default_zone())

        self.card_language = QComboBox()
        for code in INTERFACE_LANGUAGES:
            self.card_language.addItem(language_name(code), code)
        self.contacts = QPlainTextEdit()
        self.referral_steps = QPlainTextEdit()
        self._card_hint = QLabel()
        self._card_hint.setObjectName("hint")
        self._card_hint.setWordWrap(True)
        self._error = QLabel()
        self._error.setObjectName("warning")
        self._error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)

        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(self._labels, (self.name, self.place, self.language,
                                               self.time_zone), strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        self._card_box = QGroupBox()
        card_form = QFormLayout(self._card_box)
        self._card_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self._card_labels, (self.card_language, self.contacts,
                                                    self.referral_steps), strict=True):
            label.setBuddy(field)
            card_form.addRow(label, field)
        card_form.addRow(self._card_hint)

        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._card_box, 1)
        layout.addWidget(self._error)
        layout.addWidget(self.buttons)
        self.resize(720, 640)

        self.card_language.currentIndexChanged.connect(self._on_card_language_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._card_language = str(self.card_language.currentData())
        self._on_card_language_changed(self.card_language.currentIndex())
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Host") if self._host is None else
                            self.tr("Host: %1").replace("%1", self._host.name))
        for label, text in zip(self._labels, (self.tr("&Name:"), self.tr("&Place:"),
                                              self.tr("&Language:"), self.tr("&Time zone:")),
                               strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("For example: Aarhus Municipality"))
        self.place.setPlaceholderText(self.tr("Town or neighbourhood"))
        self._card_box.setTitle(self.tr("Safety card"))
        for label, text in zip(self._card_labels, (self.tr("Card &in:"),
                                                   self.tr("Local &contacts:"),
                                                   self.tr("&Referral steps:")), strict=True):
            label.setText(text)
        self.contacts.setPlaceholderText(self.tr(
            "Who to call, with opening hours: the host's contact person, emergency number, "
            "out-of-hours psychiatric help"))
        self.referral_steps.setPlaceholderText(self.tr(
            "What to do when a participant needs more help than the group can give"))
        self._card_hint.setText(self.tr(
            "Write the card in each language the facilitators need; they see it during "
            "every meeting of this host's courses."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("Save"))
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    # -- behaviour ------------------------------------------------------------------------

    def set_card(self, language: str, contacts: str, referral_steps: str) -> None:
        """Fill the card for one language (tests and the keyboard use the same fields)."""
        self.card_language.setCurrentIndex(self.card_language.findData(language))
        self.contacts.setPlainText(contacts)
        self.referral_steps.setPlainText(referral_steps)

    def _keep_card(self) -> None:
        if self._card_language:
            self._cards[self._card_language] = (self.contacts.toPlainText(),
                                                self.referral_steps.toPlainText())

    def _on_card_language_changed(self, _: int) -> None:
        self._keep_card()
        self._card_language = str(self.card_language.currentData())
        contacts, steps = self._cards.get(self._card_language, ("", ""))
        self.contacts.setPlainText(contacts)
        self.referral_steps.setPlainText(steps)

    def _on_buttons_accepted(self) -> None:
        self._keep_card()
        name = self.name.text().strip()
        zone = self.time_zone.currentText().strip()
        if not name:
            self._error.setText(self.tr("A host needs a name, such as the municipality or "
                                        "school."))
            self.name.setFocus()
            return
        if zone not in time_zones():
            self._error.setText(self.tr("Choose a time zone from the list, for example "
                                        "Europe/Copenhagen."))
            self.time_zone.setFocus()
            return
        host_id = self._host.id if self._host else None
        place = self.place.text().strip()
        language = str(self.language.currentData())
        cards = {code: texts for code, texts in self._cards.items() if any(t.strip()
                                                                           for t in texts)}

        def save(store: Store) -> HostRecord:
            with store.batch():
                if host_id is None:
                    host = store.create_host(name, place, language, zone)
                else:
                    host = store.edit_host(host_id, name=name, place=place, language=language,
                                           time_zone=zone)
                for code, (contacts, steps) in cards.items():
                    host = store.set_safety_card(host.id, code, contacts, steps)
                return host

        self.buttons.setEnabled(False)
        self._records.call(save, self._on_saved, self._on_failed)

    def _on_saved(self, host: HostRecord) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(host)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._error.setText(describe(error))
