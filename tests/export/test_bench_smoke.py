"""The export benchmark's --quick mode runs (a smoke test; timings are never asserted)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_export_benchmark_runs_quickly_and_prints_its_ratios() -> None:
    done = subprocess.run([sys.executable, "bench/export.py", "--quick"], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "course report PDF" in done.stdout and "ratio" in done.stdout
