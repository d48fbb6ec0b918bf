"""Media test fixtures: clips made with ffmpeg at test time, players of every backend, and
a clock that moves film time (by hand for the fake, by waiting for the real ones)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.media.base import BasePlayer
from facilitator.media.player import PlayerState

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # pytest-qt captures Qt messages with a Python handler. Qt Multimedia's threads log
    # ("No audio device detected") while the GUI thread, holding the GIL, waits for them:
    # with a Python handler that is a deadlock. The media tests leave Qt's logging alone.
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.no_qt_log)


BACKENDS = ("fake", "vlc", "qt")
CLIP_MS = 2000
AUDIO = ("en", "da")

SRT = {
    "en": "1\n00:00:00,000 --> 00:00:01,000\nHello\n\n2\n00:00:01,000 --> 00:00:02,000\nGoodbye\n",
    "da": "1\n00:00:00,000 --> 00:00:01,000\nHej\n\n2\n00:00:01,000 --> 00:00:02,000\nFarvel\n",
    "ar": "1\n00:00:00,000 --> 00:00:01,000\nمرحبا بكم\n\n"
    "2\n00:00:01,000 --> 00:00:02,000\nإلى اللقاء\n",
}


@dataclass(frozen=True)
class Clips:
    folder: Path
    clip: Path
    """2 s, 320x240 H.264, two AAC tracks tagged eng then dan."""
    bright: Path
    """2 s of a bright orange picture (for looking at the screen), same audio."""
    corrupt: Path
    """The clip with its header intact and every fifth byte after it scrambled."""
    truncated: Path
    """The clip cut after a third of its bytes (an interrupted copy)."""
    not_video: Path
    """A text file named like a film."""
    subtitles: dict[str, Path]

    def subtitle_map(self, *languages: str) -> dict[str, Path]:
        return {lang: self.subtitles[lang] for lang in languages or ("en", "da")}


def _ffmpeg(ffmpeg: str, *args: str) -> None:
    subprocess.run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def _make_clip(ffmpeg: str, source: str, out: Path) -> None:
    seconds = str(CLIP_MS / 1000)
    _ffmpeg(
        ffmpeg,
        *("-f", "lavfi", "-i", f"{source}:rate=25:duration={seconds}"),
        *("-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"),
        *("-f", "lavfi", "-i", f"sine=frequency=660:duration={seconds}"),
        *("-map", "0", "-map", "1", "-map", "2"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "25"),
        *("-c:a", "aac", "-b:a", "64k"),
        *("-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=dan"),
        *("-movflags", "+faststart", str(out)),
    )


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Clips:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is needed to make test clips")
    folder = tmp_path_factory.mktemp("clips")
    clip = folder / "clip.mp4"
    _make_clip(ffmpeg, "testsrc2=size=320x240", clip)
    bright = folder / "bright.mp4"
    _make_clip(ffmpeg, "color=c=0xFF8000:size=640x360", bright)
    data = bytearray(clip.read_bytes())
    scramble = random.Random(7)
    for i in range(64, len(data), 5):
        data[i] = scramble.randrange(256)
    corrupt = folder / "corrupt.mp4"
    corrupt.write_bytes(bytes(data))
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(clip.read_bytes()[: len(data) // 3])
    not_video = folder / "not-video.mp4"
    not_video.write_text("Minutes of the planning meeting\n" * 200, encoding="utf-8")
    subtitles = {}
    for language, text in SRT.items():
        path = folder / f"clip.{language}.srt"
        path.write_text(text, encoding="utf-8")
        subtitles[language] = path
    return Clips(folder, clip, bright, corrupt, truncated, not_video, subtitles)


def vlc_problem() -> str | None:
    from facilitator.media.vlc_backend import vlc_available

    return vlc_available(headless=True)


def make_player(backend: str) -> BasePlayer:
    if backend == "fake":
        from facilitator.media.fake_backend import FakePlayer

        return FakePlayer(duration_ms=CLIP_MS)
    if backend == "vlc":
        problem = vlc_problem()
        if problem:
            pytest.skip(problem)
        from facilitator.media.vlc_backend import VlcPlayer

        return VlcPlayer(headless=True)
    from facilitator.media.qt_backend import QtPlayer

    return QtPlayer()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def player(backend: str, qtbot: QtBot) -> Iterator[BasePlayer]:
    made = make_player(backend)
    yield made
    made.release()


class Clock:
    """Film time for a test: the fake's moves when told; a real player's by waiting."""

    def __init__(self, qtbot: QtBot, player: BasePlayer, timeout_ms: int = 10_000) -> None:
        self.qtbot = qtbot
        self.player = player
        self.timeout = timeout_ms
        self.fake = player.name == "fake"

    def play_and_wait_for_picture(self) -> None:
        with self.qtbot.waitSignal(self.player.signals.first_frame, timeout=self.timeout):
            self.player.play()
        self.wait_state(PlayerState.PLAYING)

    def wait_state(self, state: PlayerState) -> None:
        self.qtbot.waitUntil(lambda: self.player.state() is state, timeout=self.timeout)

    def pass_until(self, ms: int) -> None:
        """Let the film run until at least `ms`."""
        if self.fake:
            self.player.advance(max(0, ms - self.player.position()))  # type: ignore[attr-defined]
        else:
            self.qtbot.waitUntil(lambda: self.player.position() >= ms, timeout=self.timeout)

    def run_to_end(self) -> None:
        with self.qtbot.waitSignal(self.player.signals.ended, timeout=self.timeout):
            if self.fake:
                self.player.finish()  # type: ignore[attr-defined]

    def idle(self, ms: int) -> None:
        """Let the event loop run (real time passes; the fake's film time does not)."""
        self.qtbot.wait(ms)


@pytest.fixture
def clock(qtbot: QtBot, player: BasePlayer) -> Clock:
    return Clock(qtbot, player)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def os_threads() -> int:
    return len(os.listdir("/proc/self/task"))
