"""Every way a film can fail gives the facilitator one clear message, and the program
goes on: each case runs the film controls in a fresh process, which must exit 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.media.conftest import Clips, vlc_problem

PROBE = Path(__file__).with_name("film_probe.py")
REPO = Path(__file__).resolve().parents[2]
INSTALL_HINT = "Install VLC (Debian/Ubuntu: sudo apt install libvlc5 vlc-plugin-base"


@dataclass
class Seen:
    returncode: int
    backend: str
    messages: list[str]
    frame: bool
    output: str


def probe(
    video: Path,
    *subtitles: str,
    player: str = "auto",
    env: dict[str, str] | None = None,
    wrapper: list[str] | None = None,
) -> Seen:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    done = subprocess.run(
        [*(wrapper or []), sys.executable, str(PROBE), "--player", player, str(video), *subtitles],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=REPO,
    )
    lines = done.stdout.splitlines()
    backend = next((line.split(" ", 1)[1] for line in lines if line.startswith("BACKEND ")), "")
    messages = [line.split(" ", 1)[1] for line in lines if line.startswith("MESSAGE ")]
    return Seen(done.returncode, backend, messages, "FRAME" in lines, done.stdout + done.stderr)


def file_backends() -> list[str]:
    return ["vlc", "qt"] if vlc_problem() is None else ["qt"]


@pytest.mark.parametrize("backend", file_backends())
def test_failure_corrupt_file_is_reported(clips: Clips, backend: str) -> None:
    seen = probe(clips.corrupt, player=backend)
    assert seen.returncode == 0, seen.output
    assert seen.backend == backend
    assert seen.messages == [
        "The film “corrupt.mp4” could not be played: the file is damaged or in a format that "
        "cannot be read. Copy the film again."
    ], seen.output
    assert not seen.frame


@pytest.mark.parametrize("backend", file_backends())
def test_failure_missing_file_is_reported(clips: Clips, backend: str) -> None:
    seen = probe(clips.folder / "what-matters.mp4", player=backend)
    assert seen.returncode == 0, seen.output
    assert seen.messages == [
        "The film file “what-matters.mp4” was not found. Copy it into the programme's films "
        "folder or the host's film folder (Settings)."
    ], seen.output


@pytest.mark.parametrize("backend", file_backends())
def test_failure_file_that_is_not_video_is_reported(clips: Clips, backend: str) -> None:
    seen = probe(clips.not_video, player=backend)
    assert seen.returncode == 0, seen.output
    assert seen.messages == [
        "“not-video.mp4” is not a video file. Copy the right film file again."
    ], seen.output


@pytest.mark.parametrize("backend", file_backends())
def test_failure_missing_subtitles_leave_the_film_playing(clips: Clips, backend: str) -> None:
    seen = probe(
        clips.clip,
        f"en={clips.subtitles['en']}",
        f"ru={clips.folder / 'clip.ru.srt'}",
        player=backend,
    )
    assert seen.returncode == 0, seen.output
    assert seen.messages == [
        "The Russian subtitles (“clip.ru.srt”) are missing from the programme; the film "
        "plays without them."
    ], seen.output
    assert seen.frame


def test_failure_libvlc_not_installed_falls_back_to_qt(clips: Clips, tmp_path: Path) -> None:
    fake = tmp_path / "no-vlc"
    fake.mkdir()
    # What python-vlc does on Linux when libvlc is missing.
    (fake / "vlc.py").write_text('raise NotImplementedError("Cannot find libvlc lib")\n')
    seen = probe(clips.clip, env={"PYTHONPATH": f"{fake}{os.pathsep}{REPO}"})
    assert seen.returncode == 0, seen.output
    assert seen.backend == "qt"
    assert len(seen.messages) == 1, seen.output
    assert seen.messages[0].startswith("VLC is not installed, so films play with the built-in")
    assert INSTALL_HINT in seen.messages[0]
    assert seen.frame  # the film plays all the same


def test_failure_bad_python_vlc_lib_path_falls_back_to_qt(clips: Clips, tmp_path: Path) -> None:
    bogus = tmp_path / "libvlc.so.5"
    seen = probe(clips.clip, env={"PYTHON_VLC_LIB_PATH": str(bogus)})
    assert seen.returncode == 0, seen.output  # python-vlc's sys.exit(1) was caught
    assert seen.backend == "qt"
    assert len(seen.messages) == 1, seen.output
    assert f"VLC could not be loaded from {bogus} (set by PYTHON_VLC_LIB_PATH)" in seen.messages[0]
    assert INSTALL_HINT in seen.messages[0]
    assert seen.frame


def _hide_system_vlc_plugins() -> list[str] | None:
    """A wrapper running the probe where VLC's own plugin folder is empty (a mount
    namespace), as on a laptop whose VLC lost its plugins; None when that cannot be done."""
    plugins = Path("/usr/lib/x86_64-linux-gnu/vlc/plugins")
    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None or not plugins.is_dir():
        return None
    check = subprocess.run(
        [unshare, "-m", "sh", "-c", f"mount -t tmpfs none {plugins} && ls {plugins}"],
        capture_output=True,
    )
    if check.returncode != 0:
        return None
    return [unshare, "-m", "sh", "-c", f'mount -t tmpfs none {plugins} && exec "$@"', "sh"]


def test_failure_empty_vlc_plugin_path_falls_back_to_qt(clips: Clips, tmp_path: Path) -> None:
    if vlc_problem() is not None:
        pytest.skip("VLC is not installed here")
    empty = tmp_path / "plugins"
    empty.mkdir()
    wrapper = _hide_system_vlc_plugins()
    seen = probe(clips.clip, env={"VLC_PLUGIN_PATH": str(empty)}, wrapper=wrapper)
    assert seen.returncode == 0, seen.output
    assert seen.frame, seen.output
    if wrapper is None:
        # VLC adds VLC_PLUGIN_PATH to its own folder: with that intact, films still play.
        assert seen.backend in ("vlc", "qt")
        return
    assert seen.backend == "qt"
    assert len(seen.messages) == 1, seen.output
    assert (
        "VLC is installed but could not start (its plugins were not found; check "
        "VLC_PLUGIN_PATH)" in seen.messages[0]
    )
    assert INSTALL_HINT in seen.messages[0]
