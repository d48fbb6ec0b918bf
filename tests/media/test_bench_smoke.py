"""The film start benchmark runs (a smoke test: timings are never asserted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.media.conftest import Clips, vlc_problem


def test_film_start_benchmark_runs_quickly_and_prints_its_ratios(
    clips: Clips, tmp_path: Path
) -> None:
    if vlc_problem() is not None:
        import pytest

        pytest.skip("the benchmark compares against VLC, which is not installed here")
    # A folder of its own: bare libvlc picks up .srt files beside a film, and stopping it
    # just after the first frame then takes six seconds.
    film = tmp_path / "film.mp4"
    shutil.copy(clips.clip, film)
    done = subprocess.run(
        [sys.executable, "bench/film_start.py", "--quick", "--file", str(film)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VLC backend ratio" in done.stdout
    assert "Qt backend ratio" in done.stdout
