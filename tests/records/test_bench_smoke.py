"""bench/store.py --quick runs and prints its ratios (a smoke test; timings never asserted)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_bench_store_quick_runs_and_prints_its_ratios() -> None:
    done = subprocess.run([sys.executable, "bench/store.py", "--quick"], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ratio store/bare" in done.stdout and "course screen" in done.stdout
