"""VLC really draws into the film widget's native window on a real X server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.media.conftest import Clips, vlc_problem

PROBE = Path(__file__).with_name("embed_probe.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.xvfb
def test_vlc_draws_the_film_into_the_widget_on_x11_and_blanks_it(clips: Clips) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed")
    if vlc_problem() is not None:
        pytest.skip("VLC is not installed here")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 1280x720x24",
            sys.executable,
            str(PROBE),
            str(clips.bright),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PLATFORM xcb" in lines, done.stdout
    assert "BACKEND vlc " in [line[: len("BACKEND vlc ")] for line in lines], done.stdout
    assert "FRAME" in lines, done.stdout + done.stderr
    share = float(next(line for line in lines if line.startswith("ORANGE ")).split()[1])
    assert share > 0.3, done.stdout + done.stderr  # the picture fills much of the surface
    blanked = float(next(line for line in lines if line.startswith("BLANKED ")).split()[1])
    assert blanked < 0.01, done.stdout  # blank: the projector goes black at once
