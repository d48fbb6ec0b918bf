"""The projector on a real X server with two monitors: full screen on the second, back to
a window when the monitor is unplugged mid-film, full screen again when it returns."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.conftest import LiveProcess

pytestmark = pytest.mark.xvfb

WIDTH, HEIGHT = 1280, 720


def _xrandr(display: str, *args: str) -> None:
    subprocess.run(["xrandr", *args], env=dict(os.environ, DISPLAY=display), check=True,
                   capture_output=True, timeout=20)


@pytest.fixture
def two_monitors(tmp_path: Path) -> Iterator[str]:
    if not shutil.which("Xvfb") or not shutil.which("xrandr"):
        pytest.skip("Xvfb and xrandr are needed for a real screen hot-plug")
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    # -noreset: without it the server resets when its last client leaves, forgetting monitors.
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH * 2}x{HEIGHT}x24",
                               "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.skip("Xvfb did not start")
            time.sleep(0.05)
        _xrandr(display, "--setmonitor", "laptop", f"{WIDTH}/0x{HEIGHT}/0+0+0", "none")
        _xrandr(display, "--setmonitor", "projector", f"{WIDTH}/0x{HEIGHT}/0+{WIDTH}+0",
                "none")
        yield display
    finally:
        server.terminate()
        server.wait(10)


def test_the_projector_follows_the_second_screen_as_it_comes_and_goes(
        tmp_path: Path, live_env: dict[str, str], live_processes: list[LiveProcess],
        two_monitors: str) -> None:
    env = dict(live_env, DISPLAY=two_monitors, QT_QPA_PLATFORM="xcb")
    app = LiveProcess(["--db", str(tmp_path / "records.db"), "--prepare-demo",
                       "--session", "2"], env)
    live_processes.append(app)
    app.expect("live-ready")
    state = app.wait_for(lambda s: s["projector"]["full_screen"])
    assert state["projector"]["screen"] == "projector"
    assert state["projector"]["x"] == WIDTH

    app.send(*["key Right"] * 4)  # the film step; Enter plays the film
    app.wait_for(lambda s: s["step"] == "s2-film")
    app.send("key Return")
    app.wait_for(lambda s: s["film"] == "playing" and s["projector"]["page"] == "film")

    _xrandr(two_monitors, "--delmonitor", "projector")
    state = app.wait_for(lambda s: s["projector"]["mode"] == "window")
    assert not state["projector"]["full_screen"] and state["projector"]["visible"]
    assert state["projector"]["x"] < WIDTH  # on the laptop's screen
    assert state["step"] == "s2-film" and state["film"] == "playing"  # the meeting runs on
    assert app.process.poll() is None

    _xrandr(two_monitors, "--setmonitor", "projector", f"{WIDTH}/0x{HEIGHT}/0+{WIDTH}+0",
            "none")
    state = app.wait_for(lambda s: s["projector"]["full_screen"]
                         and s["projector"]["mode"] == "full-screen")
    assert state["projector"]["x"] == WIDTH and state["projector"]["page"] == "film"
    app.send("key Right")
    assert app.wait_for(lambda s: s["step"] == "s2-exercise")["projector"]["page"] == "text"
