"""bench/coordinator.py --quick runs and prints its ratios (timings are never asserted)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_coordinator_benchmark_runs_quickly_and_prints_its_ratios() -> None:
    done = subprocess.run([sys.executable, "bench/coordinator.py", "--quick"], cwd=REPO,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[SQLite] import of" in out and "[SQLite] dashboard refresh" in out and "host report" in out
    assert "ratio" in out
    assert "[PostgreSQL] import of" in out or "PostgreSQL skipped" in out
