"""The host's safety card one click away, and a concern or referral logged in two clicks:
its kind, then where it was referred. Never a name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.vocabulary import ConcernKind, ReferralDestination
from facilitator.ui.labels import concern_kind_label, referral_label
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.text import clock_time

GRID_COLUMNS = 2


def _button() -> QPushButton:
    button = QPushButton()
    button.setAutoDefault(True)
    button.setMinimumHeight(40)
    return button


class SafetyPanel(QWidget):
    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._kind: ConcernKind | None = None
        self.card_title = QLabel()
        self.card_title.setObjectName("sectionTitle")
        self.card = QTextBrowser()
        self.card.setObjectName("safetyCard")
        self.card.setOpenExternalLinks(False)
        self.log_title = QLabel()
        self.log_title.setObjectName("sectionTitle")
        self.step_hint = QLabel()
        self.step_hint.setObjectName("hint")
        self.step_hint.setWordWrap(True)

        self.kind_buttons: dict[ConcernKind, QPushButton] = {}
        kinds = QWidget()
        kind_grid = QGridLayout(kinds)
        kind_grid.setContentsMargins(0, 0, 0, 0)
        for index, kind in enumerate(ConcernKind):
            button = _button()
            button.clicked.connect(lambda _=False, k=kind: self._on_kind_clicked(k))
            self.kind_buttons[kind] = button
            kind_grid.addWidget(button, index // GRID_COLUMNS, index % GRID_COLUMNS)
        self.referral_buttons: dict[ReferralDestination, QPushButton] = {}
        referrals = QWidget()
        referral_grid = QGridLayout(referrals)
        referral_grid.setContentsMargins(0, 0, 0, 0)
        for index, destination in enumerate(ReferralDestination):
            button = _button()
            button.clicked.connect(
                lambda _=False, d=destination: self._on_referral_clicked(d))
            self.referral_buttons[destination] = button
            referral_grid.addWidget(button, index // GRID_COLUMNS, index % GRID_COLUMNS)
        self.back_button = _button()
        referral_grid.addWidget(self.back_button, len(ReferralDestination) // GRID_COLUMNS + 1,
                                0)
        self._steps = QStackedWidget()
        self._steps.addWidget(kinds)
        self._steps.addWidget(referrals)
        self.logged = QLabel()
        self.logged.setWordWrap(True)
        self.logged.setObjectName("muted")
        self.undo_button = _button()

        layout = QVBoxLayout(self)
        layout.addWidget(self.card_title)
        layout.addWidget(self.card, 2)
        layout.addWidget(self.log_title)
        layout.addWidget(self.step_hint)
        layout.addWidget(self._steps)
        layout.addWidget(self.logged)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.undo_button.clicked.connect(meeting.undo_stack.undo)
        meeting.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(meeting.undo_stack.canUndo())
        meeting.concerns_changed.connect(self._on_meeting_concerns_changed)
        self.retranslate_ui()

    def focus_first(self) -> None:
        self._steps.setCurrentIndex(0)
        self._kind = None
        self._update_hint()
        self.kind_buttons[ConcernKind.DISTRESS_IN_SESSION].setFocus(
            Qt.FocusReason.ShortcutFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.card_title.setText(self.tr("Safety card"))
        self.card.setAccessibleName(self.tr("Safety card: local contacts and referral steps"))
        self.log_title.setText(self.tr("Log a concern or referral"))
        for kind, button in self.kind_buttons.items():
            button.setText(concern_kind_label(kind))
        for destination, button in self.referral_buttons.items():
            button.setText(referral_label(destination))
        self.back_button.setText(self.tr("Back"))
        self.undo_button.setText(self.tr("Undo"))
        self._update_card()
        self._update_hint()
        self._update_logged()

    # -- slots ----------------------------------------------------------------------------

    def _on_kind_clicked(self, kind: ConcernKind) -> None:
        self._kind = kind
        self._steps.setCurrentIndex(1)
        self._update_hint()
        self.referral_buttons[ReferralDestination.NONE].setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _on_referral_clicked(self, destination: ReferralDestination) -> None:
        if self._kind is None:
            return
        self._meeting.log_concern(self._kind, destination)
        self._kind = None
        self._steps.setCurrentIndex(0)
        self._update_hint()

    def _on_back_button_clicked(self) -> None:
        self.focus_first()

    def _on_meeting_concerns_changed(self) -> None:
        self._update_logged()

    # -- drawing --------------------------------------------------------------------------

    def _update_card(self) -> None:
        card = self._meeting.snapshot.safety_card
        if card is None:
            self.card.setMarkdown(self.tr(
                "The host has no safety card yet. Add the local contacts and referral steps "
                "in the course's host settings before the next meeting."))
            return
        self.card.setMarkdown(
            "**" + self.tr("Local contacts") + "**\n\n" + card.contacts.strip() + "\n\n"
            + "**" + self.tr("Referral steps") + "**\n\n" + card.referral_steps.strip())

    def _update_hint(self) -> None:
        if self._kind is None:
            self.step_hint.setText(self.tr("1. What kind of concern? (no names)"))
        else:
            self.step_hint.setText(self.tr("2. %1: referred where?").replace(
                "%1", concern_kind_label(self._kind)))

    def _update_logged(self) -> None:
        concerns = self._meeting.concerns()
        if not concerns:
            self.logged.setText(self.tr("No concern logged in this meeting."))
            return
        lines = [f"{clock_time(when)}  {concern_kind_label(kind)}: {referral_label(referral)}"
                 for kind, referral, when in concerns]
        self.logged.setText(self.tr("Logged in this meeting:") + "\n" + "\n".join(lines))
