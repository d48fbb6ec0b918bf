"""A rehearsal on screen: the live session's facilitator view and projector, without the
attendance, notes and safety panels, and "Finish rehearsal" in place of the wrap-up.

`RehearsalSession` is a `LiveSession` around a `RehearsalMeeting`; it only changes what
the trainer sees and what finishing means. `finished(rehearsal_id)` once the rehearsal's
step log is closed in the store (the windows close then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player
from facilitator.ui.formatting import meeting_label
from facilitator.ui.live.keys import LiveKey
from facilitator.ui.live.session import LiveSession
from facilitator.ui.live.wrap_up import WrapUpDialog
from facilitator.ui.readiness.wording import language
from facilitator.ui.rehearsal.meeting import RehearsalMeeting


class _Relabel(QObject):
    """Words the facilitator window as a rehearsal again after each change of language
    (the window words itself as a live meeting first). A child of the window, so that it
    lives exactly as long as the window it watches."""

    def __init__(self, window: QWidget, relabel: Callable[[], None]) -> None:
        super().__init__(window)
        self._relabel = relabel
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self._relabel)
        return False


class RehearsalSession(LiveSession):
    def __init__(self, meeting: RehearsalMeeting, player: Player,
                 catalogue: FilmCatalogue | None, *, large_text: bool = False,
                 projector_screen: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(meeting, player, catalogue, large_text=large_text,
                         projector_screen=projector_screen, parent=parent)
        self.rehearsal = meeting
        self.confirm: QMessageBox | None = None
        parts = self.window.parts
        for widget in (parts.tabs, parts.quick_note):
            widget.setVisible(False)
        for action in (self.window.note_action, self.window.safety_action):
            action.setEnabled(False)
        _Relabel(self.window, self._label_window)
        self._label_window()

    def open_wrap_up(self) -> WrapUpDialog | None:
        """Finishing a rehearsal asks once, then shows the report (no wrap-up)."""
        if not self.meeting.is_active or self.confirm is not None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finish rehearsal"),
                          self.tr("Finish the rehearsal and see how your pacing compares "
                                  "with the manual?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Finish and see the report"))
        no = box.button(QMessageBox.StandardButton.No)
        if no is not None:
            no.setText(self.tr("Go on rehearsing"))
        box.finished.connect(self._on_confirm_finished)
        self.confirm = box
        box.open()
        return None

    def finish(self) -> None:
        """Finish at once (the confirmation's Yes)."""
        self.rehearsal.finish()

    # -- slots ----------------------------------------------------------------------------

    def _on_confirm_finished(self, result: int) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self.finish()

    def _on_keys_pressed(self, key: LiveKey) -> None:
        if key is not LiveKey.ATTENDANCE:
            super()._on_keys_pressed(key)

    def _on_meeting_finished(self) -> None:
        super()._on_meeting_finished()
        self.close()

    def _label_window(self) -> None:
        if not isValid(self.window):
            return
        meeting = self.rehearsal
        title = meeting_label(meeting.session.number,
                              meeting.session_title(meeting.facilitator_language))
        self.window.setWindowTitle(self.tr("Rehearsal: %1").replace("%1", title))
        parts = self.window.parts
        parts.subtitle.setText(self.tr("Rehearsal · %1 · %2")
                               .replace("%1", language(meeting.rehearsal.language))
                               .replace("%2", meeting.programme.title(
                                   meeting.facilitator_language)))
        parts.subtitle.setToolTip(self.tr("Nothing about people is recorded in a rehearsal, "
                                          "only the time of each step."))
        parts.wrap_up_button.setText(self.tr("Finish rehearsal…"))
        self.window.wrap_up_action.setText(self.tr("Finish rehearsal…"))
        parts.keys_hint.setText(self.tr(
            "Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · "
            "P pause · Ctrl+K skip · Ctrl+E finish"))
