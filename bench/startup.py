"""Start-up time: `facilitator` against a bare PySide6 window, `--version` against `python`.

Prints medians from one run and their ratios (budget: window ≤ 1.5×, --version ≤ 2×).
A window counts as ready when it is shown, the programme library has been read into it
and the event loop is idle. The two sides are measured in pairs, back to back, and each
ratio is the median of the pairs' ratios (see bench/windows.py). Both run with the bytecode written
(see bench/windows.py). `--quick` runs each case twice (the test suite's smoke test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.windows import (  # noqa: E402
    BARE_WINDOW,
    compile_bytecode,
    paired_ratio,
    start_until_ready,
)


def time_until_ready(command: list[str], env: dict[str, str]) -> float:
    return start_until_ready(command, env).seconds


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="two runs each, for smoke tests")
    parser.add_argument("--runs", type=int, default=25,
                        help="pairs per case (the machine's speed varies; fewer give noisy ratios)")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs

    home = tempfile.mkdtemp(prefix="fc-bench-")
    env = dict(os.environ, FACILITATOR_HOME=home, QT_QPA_PLATFORM=os.environ.get(
        "QT_QPA_PLATFORM", "offscreen"), FACILITATOR_EXIT_WHEN_READY="1")
    python = sys.executable
    facilitator = [python, "-m", "facilitator"]
    compile_bytecode()
    # Warm the file cache once so neither side pays for the first disk read.
    time_until_ready([python, "-c", BARE_WINDOW], env)
    time_until_ready(facilitator, env)

    windows = [(time_until_ready([python, "-c", BARE_WINDOW], env),
                time_until_ready(facilitator, env)) for _ in range(runs)]
    bare_window = statistics.median(bare for bare, _ in windows)
    app_window = statistics.median(app for _, app in windows)
    versions = [(time_to_exit([python, "-c", "pass"], env),
                 time_to_exit(facilitator + ["--version"], env)) for _ in range(runs)]
    bare_python = statistics.median(bare for bare, _ in versions)
    app_version = statistics.median(app for _, app in versions)

    print(f"runs per case: {runs} (data folder {Path(home)})")
    print(f"bare PySide6 window ready    {bare_window * 1000:8.1f} ms")
    print(f"facilitator window ready     {app_window * 1000:8.1f} ms"
          f"   ratio {paired_ratio(windows):.2f}  (budget 1.50)")
    print(f"python -c pass               {bare_python * 1000:8.1f} ms")
    print(f"facilitator --version        {app_version * 1000:8.1f} ms"
          f"   ratio {paired_ratio(versions):.2f}  (budget 2.00)")


if __name__ == "__main__":
    main()
