"""The film of a film step: the picture on the projector and the controls on the laptop,
both from the film widget (ui/film_widget.py), driven by the meeting's steps.

`FilmStage` loads the step's film for the group (their language as sound when the film
has it, else as subtitles), logs each play for the summary, and blanks (pause and silence
in one go) together with the projector. Leaving a film step stops the film; coming back
finds it loaded still.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player, PlayerState
from facilitator.ui.film_widget import FilmControls, FilmSurface
from facilitator.ui.live.meeting import LiveMeeting

_AT_START = (PlayerState.STOPPED, PlayerState.ENDED)


class FilmStage(QObject):
    changed = Signal()
    showing_changed = Signal(bool)
    """True while the film's picture belongs on the projector (playing or paused in it)."""
    blank_changed = Signal(bool)
    """The film controls' own Blank button was used."""

    def __init__(self, meeting: LiveMeeting, player: Player, catalogue: FilmCatalogue | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.player = player
        self._catalogue = catalogue
        self.film_id: str | None = None
        self._loaded: str | None = None
        self._released = False
        self._showing = False
        self._last_state = player.state()
        self.surface = FilmSurface(player)
        self.controls = FilmControls(player)
        # Enter on the focused play button plays: the film step's first key press.
        self.controls.play_button.setAutoDefault(True)
        # One Blank for everything, in the facilitator window; this one stays in step.
        self.controls.blank_button.hide()
        self.controls.blank_changed.connect(self.blank_changed)
        self.controls.subtitle_language_changed.connect(self.surface.set_subtitle_language)
        player.signals.state_changed.connect(self._on_player_state_changed)
        player.signals.ended.connect(self._on_player_ended)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self._on_meeting_step_changed()

    @property
    def state(self) -> PlayerState:
        return PlayerState.EMPTY if self._released else self.player.state()

    @property
    def showing(self) -> bool:
        return self._showing

    @property
    def is_blank(self) -> bool:
        return self.controls.is_blanked()

    def toggle(self) -> None:
        if self.film_id is not None and not self._released:
            self.controls.toggle_play()

    def play(self) -> None:
        if self.film_id is not None and not self._released:
            self.controls.play()

    def blank(self, blanked: bool) -> None:
        """Blanking pauses and silences the film; unblanking plays on if it was playing."""
        if self._released:
            return
        self.surface.set_blanked(blanked)
        if blanked:
            self.controls.blank()
        else:
            self.controls.unblank()

    def release(self) -> None:
        self._released = True
        self.player.release()

    # -- slots ----------------------------------------------------------------------------

    def _on_meeting_step_changed(self) -> None:
        if self._released:
            return
        film = self._meeting.current.film
        if film == self.film_id and self._meeting.is_active:
            return
        if self.film_id is not None and self.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self.player.stop()
            self._meeting.film_ended()
        self.film_id = film
        if film is not None and self._meeting.is_active and self._catalogue is not None:
            if film != self._loaded:  # back on the same film's step: it is still loaded
                self._load(film)
            elif self.state is PlayerState.ENDED:
                self.player.stop()
        self._update_showing()
        self.changed.emit()

    def _load(self, film: str) -> None:
        assert self._catalogue is not None
        resolved = self._catalogue.resolve(film, audio_language=self._meeting.group_language)
        self.surface.clear()
        self.controls.load_film(resolved, self._meeting.group_language,
                                self._meeting.facilitator_language)
        self._loaded = film if resolved.playable else None

    def _on_player_state_changed(self, state: PlayerState) -> None:
        before, self._last_state = self._last_state, state
        if state is PlayerState.PLAYING and before in _AT_START and self.film_id is not None:
            self._meeting.film_started(self.film_id, self.player.subtitle_language(),
                                       self.player.audio_language())
        if state is PlayerState.ERROR:
            self._loaded = None  # try again next time
        self._update_showing()
        self.changed.emit()

    def _on_player_ended(self) -> None:
        self._meeting.film_ended()
        self._update_showing()

    def _update_showing(self) -> None:
        showing = self.state in (PlayerState.PLAYING, PlayerState.PAUSED)
        if showing != self._showing:
            self._showing = showing
            self.showing_changed.emit(showing)
