"""What the start-up benchmarks share: the bare PySide6 window they compare against, and
starting a process until it prints "ready" (its time and its peak memory)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

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


def compile_bytecode() -> None:
    """Write the package's bytecode before measuring. Users start the application with it
    cached (pip compiles what it installs; a checkout writes it on the first start), but a
    shell with PYTHONDONTWRITEBYTECODE set would otherwise compile every module on every
    start, which no user pays and the bare window (all bytecode in site-packages) never
    does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "facilitator")],
                   check=True, stdout=subprocess.DEVNULL)


@dataclass(frozen=True)
class Started:
    """One start of a process that prints "ready" and then quits."""

    seconds: float
    """From starting it until it printed "ready"."""
    cpu_seconds: float
    """User and system time over its whole life."""
    peak_mib: float
    """Its peak resident memory over its whole life."""


def start_until_ready(command: list[str], env: dict[str, str]) -> Started:
    """Start `command` (which quits once ready) and measure it; see `Started`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True, cwd=REPO)
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    process.stdout.close()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None:
        raise SystemExit(f"{command} never became ready (exit status {process.returncode})")
    return Started(elapsed, usage.ru_utime + usage.ru_stime,
                   usage.ru_maxrss / 1024)  # kB on Linux


def paired_ratio(pairs: list[tuple[float, float]]) -> float:
    """The median of `app / bare` over pairs measured back to back. A machine whose speed
    changes during the run (other work, frequency scaling) changes both sides of a pair
    alike, where a ratio of the two overall medians would mix fast and slow runs."""
    return statistics.median(app / bare for bare, app in pairs)
