"""The store's hot path and screen queries, as ratios against baselines in the same run.

1. One attendance tick (`Store.mark_attendance`: look-up, write, commit with
   synchronous=FULL) against a bare sqlite3 INSERT OR REPLACE + COMMIT with the same
   pragmas, interleaved so both see the same disk. Budget: tick ≤ 2× bare (median).
2. `demo --courses 200` (in-process `fill_demo`), then the queries behind the home screen
   (today's and upcoming meetings, course list) and the course screen (one course with
   its meetings and attendance counts) on that store. Budget: each ≤ 50 ms (median).

`--quick` runs a few iterations on 10 courses (the test suite's smoke test); timings are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.records.engine import PRAGMAS  # noqa: E402
from facilitator.records.store import Store, open_store  # noqa: E402
from facilitator.sessions.vocabulary import Attendance  # noqa: E402

SCREEN_BUDGET_MS = 50.0
TICK_BUDGET_RATIO = 2.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS attendance (meeting_id TEXT, participant_id TEXT, value TEXT, "
        "updated_at TEXT, PRIMARY KEY (meeting_id, participant_id))"
    )
    return connection


def bench_ticks(folder: Path, count: int) -> tuple[list[float], list[float]]:
    store = open_store(str(folder / "ticks.db"))
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    course = store.create_course(host_id=host.id, programme_id="managing-stress-together",
                                 programme_version="1.0.0", title="Bench group")
    people = [p.id for p in store.add_participants(course.id, 12)]
    meeting = store.start_meeting(course.id, 1)
    bare = bare_connection(folder / "bare.db")
    meeting_key = meeting.id.hex
    values = [a for a in Attendance if a is not Attendance.NOT_MARKED]
    store_times: list[float] = []
    bare_times: list[float] = []
    for n in range(count + 10):
        person, value = people[n % len(people)], values[n % len(values)]
        start = time.perf_counter()
        store.mark_attendance(meeting.id, person, value)
        middle = time.perf_counter()
        bare.execute("BEGIN")
        bare.execute("INSERT OR REPLACE INTO attendance VALUES (?, ?, ?, ?)",
                     (meeting_key, person.hex, value.value, time.strftime("%Y-%m-%d %H:%M:%S")))
        bare.execute("COMMIT")
        end = time.perf_counter()
        if n >= 10:  # warm caches first
            store_times.append(middle - start)
            bare_times.append(end - middle)
    bare.close()
    store.close()
    return store_times, bare_times


def timed(call: Callable[[], object], repeat: int) -> float:
    call()  # compile and cache statements once, as a screen would on first show
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_screens(store: Store, repeat: int) -> list[tuple[str, float]]:
    listing = store.course_list()
    busiest = max(listing, key=lambda s: s.meetings_held).course.id
    return [
        ("home: today's meetings", timed(store.todays_meetings, repeat)),
        ("home: upcoming meetings", timed(store.upcoming_meetings, repeat)),
        ("home: course list", timed(store.course_list, repeat)),
        ("course screen: meetings + attendance", timed(lambda: store.course_overview(busiest), repeat)),
    ]


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a few iterations on 10 courses")
    args = parser.parse_args(argv)
    ticks, courses, repeat = (30, 10, 3) if args.quick else (1000, 200, 30)
    with tempfile.TemporaryDirectory(prefix="fc-bench-store-") as tmp:
        folder = Path(tmp)
        store_times, bare_times = bench_ticks(folder, ticks)
        tick_median, bare_median = statistics.median(store_times), statistics.median(bare_times)
        print(f"attendance tick ({ticks} ticks, synchronous=FULL, folder {folder.parent})")
        print(f"  store.mark_attendance  median {tick_median * 1e3:7.3f} ms   p99 {percentile(store_times, 0.99) * 1e3:7.3f} ms")
        print(f"  bare sqlite3 insert    median {bare_median * 1e3:7.3f} ms   p99 {percentile(bare_times, 0.99) * 1e3:7.3f} ms")
        print(f"  ratio store/bare: median {tick_median / bare_median:.2f}, "
              f"p99 {percentile(store_times, 0.99) / percentile(bare_times, 0.99):.2f} (budget {TICK_BUDGET_RATIO:.0f}×)")

        from facilitator.records.demo import fill_demo

        store = open_store(str(folder / "demo.db"))
        start = time.perf_counter()
        summary = fill_demo(store, courses, seed=2025)
        elapsed = time.perf_counter() - start
        print(f"demo --courses {courses}: {elapsed:.2f} s, {summary.meetings} meetings, "
              f"{sum(summary.rows.values())} rows ({_size(folder / 'demo.db') / 1e6:.1f} MB)")
        print(f"screen queries on that store (median of {repeat}; budget {SCREEN_BUDGET_MS:.0f} ms):")
        for name, seconds in bench_screens(store, repeat):
            print(f"  {name:<40} {seconds * 1e3:7.2f} ms   ratio to budget {seconds * 1e3 / SCREEN_BUDGET_MS:.2f}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
