"""The VLC backend (python-vlc): the primary player, drawing into a native window.

The only module that imports `vlc`, and only inside functions: the application starts,
and falls back to the Qt player, on a laptop without VLC. Every way libvlc can be missing
or broken becomes `VlcUnavailable` with a message saying what to install.

libvlc reports events on its own threads. `_on_vlc_callback` runs there: it reads the
event and emits a Qt signal, nothing else; a queued connection delivers it on the GUI
thread, where `_on_relay_event` may call libvlc. Events from an earlier play-through
(a stop or load happened since) carry an old generation number and are dropped.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from facilitator.media import messages
from facilitator.media.base import BasePlayer
from facilitator.media.languages import language_code
from facilitator.media.player import PlayerState

FILE_CACHING_MS = 80
"""Local files need little read-ahead; VLC's default (300 ms) only delays the start."""

OPTIONS = (
    "--quiet",
    "--no-video-title-show",
    "--no-metadata-network-access",  # the program opens no network connection
    "--no-lua",  # no Lua playlist/art/metadata fetchers
    "--no-auto-preparse",
    "--no-sub-autodetect-file",  # package subtitles are chosen explicitly, not guessed
    "--no-stats",
    "--no-snapshot-preview",
    "--no-osd",
    f"--file-caching={FILE_CACHING_MS}",
)
HEADLESS_OPTIONS = ("--vout=dummy", "--aout=dummy")

_FRAME = -1  # relay code for "a frame was displayed" (headless frame callbacks)
_PROBE_SIZE = (64, 36)


class VlcUnavailable(Exception):
    """VLC cannot be used here; `str()` is the facilitator-facing reason."""


_module: ModuleType | None = None
_module_error: str | None = None
_instances: dict[bool, Any] = {}
_instances_lock = threading.Lock()


def load_vlc() -> ModuleType:
    """The `vlc` module, imported on first use; VlcUnavailable when it cannot load."""
    global _module, _module_error
    if _module is not None:
        return _module
    if _module_error is not None:
        raise VlcUnavailable(_module_error)
    lib_path = os.environ.get("PYTHON_VLC_LIB_PATH")
    try:
        import vlc
    except SystemExit:
        # python-vlc calls sys.exit(1) when PYTHON_VLC_LIB_PATH names no loadable library.
        _module_error = messages.vlc_bad_library_path(lib_path or "?")
    except Exception:  # NotImplementedError (Linux), OSError (Windows/macOS), ImportError …
        _module_error = (
            messages.vlc_bad_library_path(lib_path) if lib_path else messages.vlc_not_installed()
        )
    else:
        _module = vlc
        return vlc
    sys.modules.pop("vlc", None)
    raise VlcUnavailable(_module_error)


def instance_options(headless: bool) -> list[str]:
    options = list(OPTIONS)
    if sys.platform.startswith("linux"):
        options.append("--no-xlib")  # Qt owns Xlib; VLC draws through xcb
    if headless:
        options.extend(HEADLESS_OPTIONS)
    return options


def vlc_instance(headless: bool = False) -> Any:
    """One libvlc instance per process and output kind (creating one costs ~150 ms)."""
    with _instances_lock:
        if headless in _instances:
            return _instances[headless]
        vlc = load_vlc()
        try:
            instance = vlc.Instance(instance_options(headless))
        except Exception:
            instance = None
        if instance is None:
            raise VlcUnavailable(messages.vlc_cannot_start())
        _instances[headless] = instance
        return instance


def vlc_available(headless: bool = False) -> str | None:
    """None when VLC works here, else the reason it does not."""
    try:
        vlc_instance(headless)
    except VlcUnavailable as exc:
        return str(exc)
    return None


class _FrameCallbacks:
    """libvlc's video callbacks into a tiny buffer: how a headless player knows a frame was
    displayed (used in tests, the playability check and the benchmark). `on_frame` runs on
    a VLC thread and must not call libvlc."""

    def __init__(self, vlc: ModuleType, media_player: Any, on_frame: Any) -> None:
        width, height = _PROBE_SIZE
        self._buffer = ctypes.create_string_buffer(width * height * 4 + 32)
        address = (ctypes.addressof(self._buffer) + 31) & ~31
        decorators = vlc.CallbackDecorators

        @decorators.VideoLockCb
        def lock(_opaque: Any, planes: Any) -> None:
            planes[0] = address

        @decorators.VideoUnlockCb
        def unlock(_opaque: Any, _picture: Any, _planes: Any) -> None:
            pass

        @decorators.VideoDisplayCb
        def display(_opaque: Any, _picture: Any) -> None:
            on_frame()

        self._keep = (lock, unlock, display)  # ctypes callbacks must outlive the player
        media_player.video_set_callbacks(lock, unlock, display, None)
        media_player.video_set_format("RV32", width, height, width * 4)


class _Relay(QObject):
    """Carries VLC's reports to the GUI thread. The queued call targets this QObject's own
    slot, so reports still queued when the player is gone die with it."""

    reported = Signal(int, int, object)
    """(generation, event type or _FRAME, value), emitted on a VLC thread."""

    def __init__(self, handler: Any) -> None:
        super().__init__()
        self.handler = handler
        self.reported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, object)
    def _deliver(self, generation: int, kind: int, value: Any) -> None:
        if self.handler is not None:
            self.handler(generation, kind, value)


class VlcPlayer(BasePlayer):
    name = "vlc"
    native_video = True

    def __init__(self, *, headless: bool = False) -> None:
        super().__init__()
        self._vlc = load_vlc()
        self._instance = vlc_instance(headless)
        self._headless = headless
        self._mp = self._instance.media_player_new()
        self._media: Any = None
        self._media_start = 0
        self._mp.video_set_key_input(False)  # keys and clicks belong to the application
        self._mp.video_set_mouse_input(False)
        self._generation = 0
        self._frame_generation = -1
        self._relay = _Relay(self._on_relay_event)
        self._events = self._mp.event_manager()  # keep one wrapper: it holds the callbacks
        event = self._vlc.EventType
        self._event_types = (
            event.MediaPlayerPlaying,
            event.MediaPlayerPaused,
            event.MediaPlayerEndReached,
            event.MediaPlayerEncounteredError,
            event.MediaPlayerESAdded,
            event.MediaPlayerVout,
            event.MediaPlayerLengthChanged,
        )
        for kind in self._event_types:
            self._events.event_attach(kind, self._on_vlc_callback)
        self._frames = (
            _FrameCallbacks(self._vlc, self._mp, self._on_vlc_frame) if headless else None
        )
        self._handle: int | None = None
        self._length = 0
        self._starting = False
        self._want_paused = False
        self._pending_seek = 0
        self._audio_tracks: list[tuple[int, str | None]] = []
        self._wanted_audio: str | None = None
        self._spu_ids: dict[str, int] = {}
        self._spu_pending: list[str] = []
        self._spu_known: set[int] = set()

    # -- on VLC's threads: read, emit, return -------------------------------------------

    def _on_vlc_callback(self, event: Any) -> None:
        kind = int(event.type.value)
        value = 0
        if kind == self._vlc.EventType.MediaPlayerVout.value:
            # libvlc's new_count is a C int; python-vlc's union reads 8 bytes.
            value = ctypes.c_int32(int(event.u.new_count) & 0xFFFFFFFF).value
        elif kind == self._vlc.EventType.MediaPlayerLengthChanged.value:
            value = int(event.u.new_length)
        self._relay.reported.emit(self._generation, kind, value)

    def _on_vlc_frame(self) -> None:
        generation = self._generation
        if self._frame_generation != generation:
            self._frame_generation = generation
            self._relay.reported.emit(generation, _FRAME, 0)

    # -- on the GUI thread -------------------------------------------------------------

    def _on_relay_event(self, generation: int, kind: int, value: Any) -> None:
        if self._released or generation != self._generation:
            return
        event = self._vlc.EventType
        if kind == _FRAME or (
            kind == event.MediaPlayerVout.value and value > 0 and not self._headless
        ):
            self._frame_seen()
        elif kind == event.MediaPlayerPlaying.value:
            self._on_playing()
        elif kind == event.MediaPlayerPaused.value:
            if self._state is PlayerState.PLAYING:
                self._set_state(PlayerState.PAUSED)
        elif kind == event.MediaPlayerEndReached.value:
            self._starting = False
            self._reached_end()
        elif kind == event.MediaPlayerEncounteredError.value:
            self._starting = False
            self._fail(self._cannot_play())
        elif kind == event.MediaPlayerESAdded.value:
            self._sync_tracks()
        elif kind == event.MediaPlayerLengthChanged.value and value > 0:
            self._length = value
            self.signals.duration_changed.emit(value)

    def _cannot_play(self) -> str:
        message = super()._cannot_play()
        if os.environ.get("VLC_PLUGIN_PATH"):
            # A broken plugin folder looks like a broken file; say both.
            message += " " + messages.vlc_cannot_start()
        return message

    def _on_playing(self) -> None:
        first = self._starting
        self._starting = False
        if self._want_paused:
            self._want_paused = False
            self._mp.set_pause(1)
            self._set_state(PlayerState.PAUSED)
        else:
            self._set_state(PlayerState.PLAYING)
        if first:
            self._apply_volume()
            self._sync_tracks()
            self._apply_subtitle(self._wanted_subtitle)

    def _input_active(self) -> bool:
        return self._state in (PlayerState.PLAYING, PlayerState.PAUSED) and not self._starting

    def _new_generation(self) -> None:
        self._generation += 1
        self._spu_ids, self._spu_pending, self._spu_known = {}, [], set()
        self._audio_tracks = []

    def _sync_tracks(self) -> None:
        hint = self._audio_hint
        tracks: list[tuple[int, str | None]] = []
        for index, (track_id, name) in enumerate(
            t for t in (self._mp.audio_get_track_description() or []) if t[0] != -1
        ):
            label = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
            language = language_code(label) or (hint[index] if index < len(hint) else None)
            tracks.append((track_id, language))
        changed = tracks != self._audio_tracks
        self._audio_tracks = tracks
        for track_id, _name in self._mp.video_get_spu_description() or []:
            if track_id == -1 or track_id in self._spu_known:
                continue
            self._spu_known.add(track_id)
            if self._spu_pending:
                self._spu_ids[self._spu_pending.pop(0)] = track_id
        wanted = self._spu_ids.get(self._wanted_subtitle or "", -1)
        if (self._wanted_subtitle is None or wanted != -1) and self._mp.video_get_spu() != wanted:
            self._mp.video_set_spu(wanted)
        if self._wanted_audio is not None:
            self._select_audio(self._wanted_audio)
        if changed:
            self.signals.tracks_changed.emit()

    def _select_audio(self, language: str) -> bool:
        for track_id, track_language in self._audio_tracks:
            if track_language == language:
                if self._mp.audio_get_track() != track_id:
                    self._mp.audio_set_track(track_id)
                return True
        return False

    # -- BasePlayer hooks --------------------------------------------------------------

    def _set_media(self, video: Path, start_ms: int = 0) -> None:
        media = self._instance.media_new_path(str(video))
        if start_ms > 0:
            # Starting at the right frame beats seeking after the start: no flash of the
            # opening picture on the projector.
            media.add_option(f":start-time={start_ms / 1000:.3f}")
        self._mp.set_media(media)
        if self._media is not None:
            self._media.release()
        self._media = media
        self._media_start = start_ms

    def _open(self, video: Path) -> None:
        self._set_media(video)
        self._length = 0
        self._pending_seek = 0
        self._wanted_audio = None
        if self._handle is not None:
            self._apply_handle()

    def _close(self) -> None:
        if self._media is not None:
            self._mp.stop()
        self._new_generation()
        self._starting = self._want_paused = False
        if self._media is not None:
            self._mp.set_media(None)
            self._media.release()
            self._media = None

    def _apply_subtitle(self, language: str | None) -> None:
        if not self._input_active():
            return
        if language is None:
            self._mp.video_set_spu(-1)
        elif language in self._spu_ids:
            self._mp.video_set_spu(self._spu_ids[language])
        elif language not in self._spu_pending:
            self._spu_pending.append(language)
            uri = self._subtitle_files[language].resolve().as_uri()
            self._mp.add_slave(self._vlc.MediaSlaveType.subtitle, uri, True)

    def _apply_volume(self) -> None:
        if self._input_active():
            self._mp.audio_set_volume(self._volume)
            self._mp.audio_set_mute(self._muted)

    def _apply_handle(self) -> None:
        if self._headless or self._handle is None:
            return
        if sys.platform.startswith("win"):
            self._mp.set_hwnd(self._handle)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(self._handle)
        else:
            self._mp.set_xwindow(self._handle)

    def _release_backend(self) -> None:
        self._generation += 1
        self._mp.stop()  # joins VLC's threads: no callback runs after this
        for kind in self._event_types:
            self._events.event_detach(kind)
        self._mp.set_media(None)
        if self._media is not None:
            self._media.release()
            self._media = None
        self._mp.release()
        self._relay.handler = None

    # -- the Player protocol -----------------------------------------------------------

    def play(self) -> None:
        if self._released or self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        if self._state is PlayerState.PAUSED:
            self._mp.set_pause(0)  # VLC confirms with a Playing event
            return
        if self._state is PlayerState.PLAYING:
            self._want_paused = False
            return
        if self._state is PlayerState.ENDED:
            self._mp.stop()
            self._pending_seek = 0
            self._set_state(PlayerState.STOPPED)
        if self._video is not None and (self._pending_seek or self._media_start):
            self._set_media(self._video, self._pending_seek)
        self._new_generation()
        self._begin_play_through()
        self._starting = True
        self._want_paused = False
        if self._mp.play() == -1:
            self._starting = False
            self._fail(self._cannot_play())

    def pause(self) -> None:
        if self._starting:
            self._want_paused = True
        elif self._state is PlayerState.PLAYING:
            self._mp.set_pause(1)
            self._set_state(PlayerState.PAUSED)

    def stop(self) -> None:
        if self._released or self._state in (PlayerState.EMPTY, PlayerState.ERROR):
            return
        self._mp.stop()
        self._new_generation()
        self._starting = self._want_paused = False
        self._pending_seek = 0
        self._set_state(PlayerState.STOPPED)
        self._moved_to(0)

    def seek(self, ms: int) -> None:
        target = self._seek_target(ms)
        if target is None:
            return
        ms = target
        if self._input_active():
            self._mp.set_time(ms)
        else:
            self._pending_seek = ms
            if self._state is PlayerState.ENDED:
                self._mp.stop()
                self._new_generation()
                self._set_state(PlayerState.STOPPED)
        self._moved_to(ms)

    def position(self) -> int:
        if self._state is PlayerState.ENDED:
            return self.duration()
        if self._input_active():
            now = self._mp.get_time()
            if now is None or now < 0 or (now == 0 and self._media_start):
                return max(self._last_seen_ms, self._media_start)
            return int(now)
        return self._pending_seek

    def duration(self) -> int:
        if self._length <= 0 and self._media is not None and self._input_active():
            self._length = max(0, int(self._mp.get_length() or 0))
        return self._length

    def attach(self, handle: int) -> None:
        self._handle = int(handle)
        if not self._released:
            self._apply_handle()

    def audio_languages(self) -> list[str]:
        if self._audio_tracks:
            return [language for _id, language in self._audio_tracks if language]
        return list(self._audio_hint)

    def audio_language(self) -> str | None:
        if self._input_active() and self._audio_tracks:
            current = self._mp.audio_get_track()
            for track_id, language in self._audio_tracks:
                if track_id == current:
                    return language
            return None
        return self._wanted_audio or (self._audio_hint[0] if self._audio_hint else None)

    def set_audio_language(self, language: str) -> bool:
        if language not in self.audio_languages():
            return False
        self._wanted_audio = language
        if self._input_active():
            return self._select_audio(language)
        return True

    def subtitle_language(self) -> str | None:
        if not self._input_active():
            return self._wanted_subtitle
        current = self._mp.video_get_spu()
        for language, track_id in self._spu_ids.items():
            if track_id == current:
                return language
        return None


def probe_first_frame(video: Path, timeout_s: float) -> str | None:
    """Play `video` silently until its first frame is displayed: None when it was,
    else the facilitator-facing reason. Blocks; call it from a worker thread only."""
    vlc = load_vlc()
    instance = vlc_instance(headless=True)
    done = threading.Event()
    outcome: list[str] = []
    media_player = instance.media_player_new()
    media = instance.media_new_path(str(video))
    media_player.set_media(media)

    def on_frame() -> None:
        outcome.append("frame")
        done.set()

    def on_event(event: Any) -> None:
        outcome.append(
            "error" if event.type == vlc.EventType.MediaPlayerEncounteredError else "end"
        )
        done.set()

    frames = _FrameCallbacks(vlc, media_player, on_frame)
    events = media_player.event_manager()
    kinds = (vlc.EventType.MediaPlayerEncounteredError, vlc.EventType.MediaPlayerEndReached)
    for kind in kinds:
        events.event_attach(kind, on_event)
    try:
        media_player.audio_set_mute(True)
        media_player.play()
        done.wait(timeout_s)
    finally:
        media_player.stop()
        for kind in kinds:
            events.event_detach(kind)
        media_player.release()
        media.release()
        del frames
    if outcome[:1] == ["frame"]:
        return None
    if not outcome:
        return messages.no_picture(video.name, int(timeout_s))
    return messages.cannot_play(video.name)
