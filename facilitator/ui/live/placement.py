"""Where the projector window goes: full screen on the second screen when there is one
(F5), a normal window on the laptop otherwise. A screen that vanishes mid-meeting takes
the projector back to a window; when a screen appears again, it returns full screen."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

WINDOW_SIZE = (960, 540)


class ProjectorMode(enum.Enum):
    HIDDEN = "hidden"
    FULL_SCREEN = "full-screen"
    WINDOW = "window"


def second_screens(laptop: QWidget) -> list[QScreen]:
    """Screens other than the laptop's, excluding any that contain the laptop window (an
    X server lists its whole virtual screen beside the monitors)."""
    here = laptop.screen()
    centre = laptop.frameGeometry().center()
    if here is not None and not here.geometry().contains(centre):
        centre = here.geometry().center()
    return [s for s in QGuiApplication.screens()
            if s is not here and not s.geometry().contains(centre)]


class ProjectorPlacement(QObject):
    mode_changed = Signal(object)  # ProjectorMode

    def __init__(self, projector: QWidget, laptop: QWidget, preferred: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._projector = projector
        self._laptop = laptop
        self._preferred = preferred
        self._wanted = False  # the facilitator asked to present (F5)
        self._screen: QScreen | None = None
        self.mode = ProjectorMode.HIDDEN
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_app_screen_added)
            app.screenRemoved.connect(self._on_app_screen_removed)

    @property
    def screen(self) -> QScreen | None:
        """The second screen the projector fills, if any."""
        return self._screen

    def choose_screen(self) -> QScreen | None:
        screens = second_screens(self._laptop)
        for screen in screens:
            if self._preferred and screen.name() == self._preferred:
                return screen
        return screens[0] if screens else None

    def present(self) -> None:
        """F5: full screen on the second screen, or a window when there is none."""
        self._wanted = True
        screen = self.choose_screen()
        if screen is not None:
            self._fill(screen)
        else:
            self._as_window()

    def start(self) -> None:
        """At the start of a meeting: present when a second screen is found."""
        if self.choose_screen() is not None:
            self.present()

    def leave_full_screen(self) -> None:
        """Esc: the projector becomes a window on the laptop screen."""
        if self.mode is ProjectorMode.FULL_SCREEN:
            self._wanted = False
            self._as_window()

    def hide(self) -> None:
        self._wanted = False
        self._screen = None
        self._projector.hide()
        self._set_mode(ProjectorMode.HIDDEN)

    def _fill(self, screen: QScreen) -> None:
        window = self._projector
        if window.isFullScreen() and self._screen is not screen:
            window.showNormal()
        self._screen = screen
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        self._set_mode(ProjectorMode.FULL_SCREEN)

    def _as_window(self) -> None:
        window = self._projector
        self._screen = None
        laptop = self._laptop.screen() or QGuiApplication.primaryScreen()
        if window.isFullScreen():
            window.showNormal()
        if laptop is not None:
            window.setScreen(laptop)
            area: QRect = laptop.availableGeometry()
            width = min(WINDOW_SIZE[0], area.width() // 2)
            height = min(WINDOW_SIZE[1], area.height() // 2)
            window.setGeometry(area.right() - width - 40, area.top() + 60, width, height)
        window.show()
        self._set_mode(ProjectorMode.WINDOW)

    def _set_mode(self, mode: ProjectorMode) -> None:
        if mode is not self.mode:
            self.mode = mode
        self.mode_changed.emit(mode)

    def _on_app_screen_removed(self, screen: QScreen) -> None:
        if screen is self._screen:
            self._as_window()

    def _on_app_screen_added(self, _screen: QScreen) -> None:
        if self._wanted and self._screen is None:
            candidate = self.choose_screen()
            if candidate is not None:
                self._fill(candidate)
