"""The live session's speed: step changes, and the application's start-up and memory.

    python bench/live.py [--quick]

1. Step change latency: from the key press (Right or Left, through the same event filter
   a clicker goes through) to the new step painted in both windows (the script on the
   laptop and the text on the projector, full screen on a second screen), over 500
   changes; median and p99 (budget: p99 under 16 ms, one frame at 60 Hz).
2. Start-up to an idle home screen against a bare PySide6 window, and the peak memory
   (RSS) of each, in the same run (budget: start-up within 1.5x, memory within 1.6x).

Printed as ratios against the budgets. `--quick` makes a few changes and one start-up of
each (the test suite's smoke test; timings are never asserted).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.windows import (  # noqa: E402
    BARE_WINDOW,
    compile_bytecode,
    paired_ratio,
    start_until_ready,
)

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 900, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1600, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}



# -- 1. step changes (runs in a child process with two offscreen screens) ------------------

GAP_MS = 40
"""Between two presses the event loop runs idle this long (a clicker is pressed a few
times a second at most); the store writes of the last change happen there, as they do in
a meeting."""


def measure_steps(changes: int, db: str) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    from facilitator.ui.live import standalone

    args = standalone.parse(["--db", db, "--prepare-demo", "--session", "2"])
    runner = standalone.build(args)
    app = runner.app
    painted: dict[str, float] = {}

    class PaintWatch(QObject):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.name not in painted:
                painted[self.name] = time.perf_counter()
            return False

    results: list[float] = []

    def run(session: object) -> None:
        from facilitator.ui.live.session import LiveSession

        assert isinstance(session, LiveSession)
        window, projector = session.window, session.projector
        watches = [PaintWatch("laptop"), PaintWatch("projector")]
        window.parts.script.main.script.viewport().installEventFilter(watches[0])
        projector.text.installEventFilter(watches[1])
        window.activateWindow()
        for _ in range(50):
            app.processEvents()
        steps = len(session.meeting.session.steps)
        forward = True
        for _ in range(changes):
            if session.meeting.run.index == steps - 1:
                forward = False
            elif session.meeting.run.index == 0:
                forward = True
            key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
            painted.clear()
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
            deadline = start + 2.0
            while len(painted) < 2 and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            results.append((max(painted.values()) - start) * 1000 if len(painted) == 2
                           else float("nan"))
            idle_until = time.perf_counter() + GAP_MS / 1000
            while time.perf_counter() < idle_until:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                time.sleep(0.002)
        session.meeting.writer.wait(10000)
        app.quit()

    runner.ready.append(run)
    standalone.run(runner)
    measured = [r for r in results if r == r]
    ordered = sorted(measured)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return {"changes": len(measured), "missed": len(results) - len(measured),
            "median": statistics.median(ordered), "p99": p99, "max": ordered[-1]}


def run_step_child(changes: int) -> dict[str, float]:
    home = tempfile.mkdtemp(prefix="fc-bench-live-")
    config = Path(home) / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, FACILITATOR_HOME=home,
               QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_RUNTIME_DIR=home)
    done = subprocess.run([sys.executable, __file__, "--child-steps", str(changes),
                           "--db", str(Path(home) / "bench.db")],
                          env=env, capture_output=True, text=True, cwd=REPO, timeout=600)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    line = next(line for line in done.stdout.splitlines() if line.startswith("{"))
    return dict(json.loads(line))


# -- 2. start-up and memory -------------------------------------------------------------

def start_up(runs: int) -> dict[str, float]:
    home = tempfile.mkdtemp(prefix="fc-bench-start-")
    env = dict(os.environ, FACILITATOR_HOME=home, XDG_RUNTIME_DIR=home,
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               FACILITATOR_EXIT_WHEN_READY="records")  # home drawn from the store
    env.pop("FACILITATOR_LANGUAGE", None)
    python = sys.executable
    subprocess.run([python, "-m", "facilitator", "demo", "--courses", "3"], env=env,
                   check=True, capture_output=True, cwd=REPO)
    bare, app = [python, "-c", BARE_WINDOW], [python, "-m", "facilitator"]
    compile_bytecode()
    # Warm the file cache for both; the application's first start also makes the day's
    # backup and, closing, keeps the home screen's facts for the next start.
    start_until_ready(bare, env)
    start_until_ready(app, env)
    pairs = [(start_until_ready(bare, env), start_until_ready(app, env)) for _ in range(runs)]
    bare_runs = [bare_run for bare_run, _ in pairs]
    app_runs = [app_run for _, app_run in pairs]
    return {
        "bare_s": statistics.median(run.seconds for run in bare_runs),
        "app_s": statistics.median(run.seconds for run in app_runs),
        "bare_mib": statistics.median(run.peak_mib for run in bare_runs),
        "app_mib": statistics.median(run.peak_mib for run in app_runs),
        "time_ratio": paired_ratio([(b.seconds, a.seconds) for b, a in pairs]),
        "memory_ratio": paired_ratio([(b.peak_mib, a.peak_mib) for b, a in pairs]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few runs, for smoke tests")
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=25,
                        help="start-up pairs (the machine's speed varies; fewer give noisy ratios)")
    parser.add_argument("--child-steps", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_steps is not None:
        sys.path.insert(0, str(REPO))
        print(json.dumps(measure_steps(args.child_steps, args.db)), flush=True)
        return
    changes = 20 if args.quick else args.changes
    runs = 1 if args.quick else args.runs

    steps = run_step_child(changes)
    print(f"step change, key press to painted on laptop and projector ({steps['changes']:.0f} "
          f"changes {GAP_MS} ms apart, {steps['missed']:.0f} not painted)")
    print(f"  median {steps['median']:7.2f} ms   p99 {steps['p99']:7.2f} ms   "
          f"max {steps['max']:7.2f} ms")
    print(f"  p99 / 16 ms budget           ratio {steps['p99'] / 16:.2f}  (budget 1.00)")
    started = start_up(runs)
    print(f"start-up to an idle home screen ({runs} pairs; medians, and ratios as the "
          "median of the pairs' ratios)")
    print(f"  bare PySide6 window  {started['bare_s'] * 1000:8.1f} ms  "
          f"{started['bare_mib']:7.1f} MiB peak RSS")
    print(f"  facilitator          {started['app_s'] * 1000:8.1f} ms  "
          f"{started['app_mib']:7.1f} MiB peak RSS")
    print(f"  start-up                     ratio {started['time_ratio']:.2f}  "
          "(budget 1.50)")
    print(f"  memory                       ratio {started['memory_ratio']:.2f}  "
          "(budget 1.60)")


if __name__ == "__main__":
    main()
