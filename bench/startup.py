"""Start-up time: `facilitator` against a bare PySide6 window, `--version` against `python`.

Prints medians from one run and their ratios (budget: window ≤ 1.5×, --version ≤ 2×).
A window counts as ready when it is shown with its programme list filled and the event
loop is idle. `--quick` runs each case twice (the test suite's smoke test).
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

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def time_until_ready(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never became ready")
    process.wait(timeout=30)
    return elapsed


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def median(runs: int, measure: object, *args: object) -> float:
    values = [measure(*args) for _ in range(runs)]  # type: ignore[operator]
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="two runs each, for smoke tests")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs

    home = tempfile.mkdtemp(prefix="fc-bench-")
    env = dict(os.environ, FACILITATOR_HOME=home, QT_QPA_PLATFORM=os.environ.get(
        "QT_QPA_PLATFORM", "offscreen"), FACILITATOR_EXIT_WHEN_READY="1")
    python = sys.executable
    facilitator = [python, "-m", "facilitator"]
    # Warm the file cache once so neither side pays for the first disk read.
    time_until_ready([python, "-c", BARE_WINDOW], env)
    time_until_ready(facilitator, env)

    bare_window = median(runs, time_until_ready, [python, "-c", BARE_WINDOW], env)
    app_window = median(runs, time_until_ready, facilitator, env)
    bare_python = median(runs, time_to_exit, [python, "-c", "pass"], env)
    app_version = median(runs, time_to_exit, facilitator + ["--version"], env)

    print(f"runs per case: {runs} (data folder {Path(home)})")
    print(f"bare PySide6 window ready    {bare_window * 1000:8.1f} ms")
    print(f"facilitator window ready     {app_window * 1000:8.1f} ms"
          f"   ratio {app_window / bare_window:.2f}  (budget 1.50)")
    print(f"python -c pass               {bare_python * 1000:8.1f} ms")
    print(f"facilitator --version        {app_version * 1000:8.1f} ms"
          f"   ratio {app_version / bare_python:.2f}  (budget 2.00)")


if __name__ == "__main__":
    main()
