"""bench/live.py --quick runs and prints its figures (timings are never asserted)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_the_live_benchmark_runs_quickly_and_prints_its_ratios() -> None:
    done = subprocess.run([sys.executable, "bench/live.py", "--quick"], cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    for line in ("step change", "median", "p99", "start-up", "memory", "ratio"):
        assert line in done.stdout, done.stdout
