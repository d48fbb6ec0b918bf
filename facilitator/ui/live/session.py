"""One live meeting on screen: the facilitator window, the projector window and the keys.

    session = LiveSession(meeting, player, catalogue)
    session.show()

`finished(meeting_id)` when the meeting is finished, `closed()` when its windows close
(finished or not: an unfinished meeting is offered for resuming at the next start), and
`export_requested(meeting_id)` from the wrap-up's export button (see `set_export_available`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player
from facilitator.media.qtcompat import protect_singletons
from facilitator.ui.live.film import FilmStage
from facilitator.ui.live.keys import LiveKey, LiveKeys, is_text_input
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.placement import ProjectorMode, ProjectorPlacement
from facilitator.ui.live.projector import ProjectorWindow
from facilitator.ui.live.window import FacilitatorWindow
from facilitator.ui.live.wrap_up import WrapUpDialog


class LiveSession(QObject):
    finished = Signal(object)
    closed = Signal()
    export_requested = Signal(object)
    large_text_changed = Signal(bool)

    def __init__(self, meeting: LiveMeeting, player: Player, catalogue: FilmCatalogue | None,
                 *, large_text: bool = False, projector_screen: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        protect_singletons()  # a meeting runs for hours (see media/qtcompat.py)
        self.meeting = meeting
        self.film = FilmStage(meeting, player, catalogue)
        self.projector = ProjectorWindow(meeting, self.film.surface)
        self.window = FacilitatorWindow(meeting, self.film.controls, large_text=large_text)
        # The meeting and the film live as long as the window that shows them.
        meeting.setParent(self.window)
        self.film.setParent(self.window)
        for action in self.window.shortcut_actions():
            self.projector.addAction(action)
        self.placement = ProjectorPlacement(self.projector, self.window, projector_screen, self)
        self.keys = LiveKeys(lambda: (self.window, self.projector), self)
        self.wrap_up: WrapUpDialog | None = None
        self._export_available = False
        self._closed = False

        self.keys.pressed.connect(self._on_keys_pressed)
        self.placement.mode_changed.connect(self._on_placement_mode_changed)
        self.film.showing_changed.connect(self.projector.set_film_showing)
        self.window.present_requested.connect(self.placement.present)
        self.window.blank_requested.connect(self.toggle_blank)
        self.window.wrap_up_requested.connect(self.open_wrap_up)
        self.window.large_text_changed.connect(self.large_text_changed)
        self.window.film_toggle_requested.connect(self.film.toggle)
        self.film.blank_changed.connect(self._on_film_blank_changed)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self.window.closing.connect(self._on_window_closing)
        meeting.finished.connect(self._on_meeting_finished)

    def show(self) -> None:
        """Show the facilitator window, start the clocks, and present when a second
        screen is found."""
        self.keys.install()
        screen = self.window.screen()
        if screen is not None:  # maximised even where no window manager does it
            self.window.setGeometry(screen.availableGeometry())
        self.window.showMaximized()
        self.meeting.start()
        self.placement.start()
        self.window.activateWindow()
        self.window.setFocus(Qt.FocusReason.OtherFocusReason)  # no field or list: keys work

    def set_export_available(self, available: bool) -> None:
        self._export_available = available
        if self.wrap_up is not None:
            self.wrap_up.set_export_available(available)

    @property
    def is_blank(self) -> bool:
        return self.projector.is_blank

    def toggle_blank(self) -> None:
        """Black and silent in one key press; again shows the step (and plays on)."""
        blank = not self.projector.is_blank
        self.projector.set_blank(blank)
        self.window.set_blank(blank)
        self.film.blank(blank)  # last: its controls report back, already in step

    def open_wrap_up(self) -> WrapUpDialog | None:
        if self.wrap_up is not None or not self.meeting.is_active:
            return self.wrap_up
        self.wrap_up = WrapUpDialog(self.meeting, self.window)
        self.wrap_up.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wrap_up.set_export_available(self._export_available)
        self.wrap_up.export_requested.connect(self.export_requested)
        self.wrap_up.finished.connect(self._on_wrap_up_finished)
        self.wrap_up.open()
        return self.wrap_up

    def close(self) -> None:
        """Close the windows; an unfinished meeting stays open in the store."""
        if self._closed:
            return
        self._closed = True
        self.keys.remove()
        self.meeting.close()
        self.meeting.writer.stop()  # what was queued is written first
        self.film.release()
        self.projector.close()
        self.projector.deleteLater()
        if self.window.isVisible():
            self.window.close()
        self.window.deleteLater()  # with it the meeting and the film stage
        self.closed.emit()

    def windows(self) -> tuple[QWidget, QWidget]:
        return self.window, self.projector

    # -- slots ----------------------------------------------------------------------------

    def _on_keys_pressed(self, key: LiveKey) -> None:
        meeting = self.meeting
        if key is LiveKey.NEXT:
            meeting.next()
        elif key is LiveKey.PREVIOUS:
            meeting.previous()
        elif key is LiveKey.BLANK:
            self.toggle_blank()
        elif key is LiveKey.PRESENT:
            self.placement.present()
        elif key is LiveKey.LEAVE_FULL_SCREEN:
            self.placement.leave_full_screen()
        elif key is LiveKey.ATTENDANCE:
            self.window.activateWindow()
            self.window.show_attendance()
        elif key is LiveKey.PAUSE:
            meeting.toggle_pause()

    def _on_meeting_step_changed(self) -> None:
        # On a film step, Enter plays the film (unless the facilitator is typing).
        if self.meeting.current.film is not None and not is_text_input(
                QApplication.focusWidget()):
            self.film.controls.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_film_blank_changed(self, blank: bool) -> None:
        # Blanked or shown again from the film's controls (its Play unblanks too).
        if blank != self.projector.is_blank:
            self.toggle_blank()

    def _on_placement_mode_changed(self, mode: ProjectorMode) -> None:
        self.window.set_projector_mode(mode)

    def _on_wrap_up_finished(self) -> None:
        self.wrap_up = None
        if self.meeting.is_finished:
            self.close()

    def _on_meeting_finished(self) -> None:
        self.projector.set_blank(True)
        self.finished.emit(self.meeting.meeting_id)

    def _on_window_closing(self) -> None:
        self.close()
