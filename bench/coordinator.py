"""Coordinator: importing bundles, the dashboard's queries and a host report, at scale.

- Import of 2,400 data bundles (300 courses: 7 meeting bundles and a course report each,
  written once by the exports' own writer and kept in .bench-cache/), against unzipping
  and SHA-256-hashing the same files in the same run. Budget: ≥ 500 bundles a second.
- A dashboard refresh (every figure for a filter choice) and a host report (PDF and CSV)
  over a coordinator store holding 100,000 meetings (synthetic rows made in bulk), against
  one bare scan of the meetings table. Budget: a refresh under 0.5 s.

Both on SQLite and on a throwaway PostgreSQL server (started as tests/plugins/postgres.py
does; skipped with a message when PostgreSQL is not installed). Prints medians and ratios.
`--quick` makes everything small and runs once (the test suite's smoke test).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.coordinator_data import (  # noqa: E402
    bundle_folder,
    fill_store,
)
from facilitator.records.coordinator.queries import Filters  # noqa: E402
from facilitator.records.coordinator.store import CoordinatorStore, open_coordinator_store  # noqa: E402

CACHE = REPO / ".bench-cache" / "coordinator"
IMPORT_BUDGET = 500.0
REFRESH_BUDGET = 0.5


def median_time(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def unzip_and_hash(paths: list[Path]) -> None:
    for path in paths:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            for name in archive.namelist():
                hashlib.sha256(archive.read(name)).hexdigest()


def bench_import(url: str, paths: list[Path], folder: Path, label: str) -> None:
    from facilitator.records.coordinator.imports import import_paths
    from facilitator.records.coordinator.programmes import library_catalogue

    catalogue = library_catalogue()
    catalogue("managing-stress-together", "1.0.0")  # read the library before timing
    unzip_and_hash(paths)  # warm the file cache for both sides
    baseline = median_time(3, lambda: unzip_and_hash(paths))
    store = open_coordinator_store(url)
    try:
        start = time.perf_counter()
        summary = import_paths(store, [folder], allow_demo=True, catalogue=catalogue)
        took = time.perf_counter() - start
        again_start = time.perf_counter()
        import_paths(store, [folder], allow_demo=True, catalogue=catalogue)
        again = time.perf_counter() - again_start
    finally:
        store.close()
    if summary.rejected:
        raise SystemExit(f"bench bundles were rejected: {summary.rejected[0].reason}")
    n = len(paths)
    print(f"[{label}] unzip + SHA-256 of {n} bundles   {baseline * 1000:9.1f} ms  ({n / baseline:8.0f}/s)")
    print(f"[{label}] import of {n} bundles            {took * 1000:9.1f} ms  ({n / took:8.0f}/s)"
          f"   ratio {took / baseline:6.1f}   budget ≥ {IMPORT_BUDGET:.0f}/s: "
          f"{'ok' if n / took >= IMPORT_BUDGET else 'OVER'}")
    print(f"[{label}] same folder again (all there)   {again * 1000:9.1f} ms  ({n / again:8.0f}/s)"
          f"   ratio {again / baseline:6.1f}")


def refresh(store: CoordinatorStore, filters: Filters) -> object:
    """What the dashboard does for one filter choice: counts, titles, figures."""
    from facilitator.ui.coordinator.figures import build_figures

    films, themes = store.known_titles()
    counts = store.period_counts(filters)
    minimum = int(store.setting("privacy.minimum_cell"))
    return build_figures(counts, minimum, "da", films, themes)


def bench_queries(store: CoordinatorStore, label: str, runs: int) -> None:
    from sqlalchemy import text

    from facilitator.export.host_report import build_host_report
    from facilitator.export.host_report_csv import host_report_csv
    from facilitator.export.host_report_pdf import host_report_pdf

    hosts = store.hosts()
    meetings = sum(h.meetings for h in hosts)
    choices = {
        "everything": Filters(),
        "one host, 2024": Filters(date(2024, 1, 1), date(2024, 12, 31), (hosts[0].id,)),
        "one programme, half-year": Filters(date(2025, 1, 1), date(2025, 6, 30),
                                            programme_id="parents-in-a-new-country"),
        "Arabic groups": Filters(language="ar"),
    }

    def scan() -> object:
        with store.engine.connect() as connection:
            return connection.execute(text("SELECT count(*), sum(attended) FROM meetings")).one()

    floor = median_time(runs, scan)
    print(f"[{label}] bare scan of {meetings} meetings        {floor * 1000:9.1f} ms")
    worst = 0.0
    for name, filters in choices.items():
        took = median_time(runs, lambda f=filters: refresh(store, f))  # type: ignore[misc]
        worst = max(worst, took)
        print(f"[{label}] dashboard refresh: {name:26s} {took * 1000:7.1f} ms   ratio {took / floor:6.1f}")
    print(f"[{label}] slowest refresh {worst * 1000:.1f} ms: ratio to the 0.5 s budget "
          f"{worst / REFRESH_BUDGET:.2f} ({'ok' if worst < REFRESH_BUDGET else 'OVER'})")

    def report() -> None:
        made = build_host_report(store, date(2025, 1, 1), date(2025, 6, 30), hosts[0].name, "ar")
        host_report_pdf(made)
        host_report_csv(made)

    took = median_time(max(1, runs // 2), report)
    print(f"[{label}] host report (half-year, PDF + CSV, Arabic) {took * 1000:7.1f} ms   ratio {took / floor:6.1f}")


@contextmanager
def postgres() -> Iterator[Callable[[], str] | None]:
    """A throwaway PostgreSQL cluster (as tests/plugins/postgres.py starts one), or None."""
    import subprocess

    from tests.plugins.postgres import PG_BIN, PORT, PostgresCluster, _skip_reason

    reason = _skip_reason()
    if reason:
        print(f"PostgreSQL skipped: {reason}")
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="fc-bench-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = root / "data"
    options = (f"-c listen_addresses='' -c unix_socket_directories='{root}' -p {PORT} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    try:
        subprocess.run([*prefix, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                        "-E", "UTF8", "--no-sync", "--locale=C"], check=True, capture_output=True, timeout=120)
        subprocess.run([*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w",
                        "-o", options, "start"], check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        shutil.rmtree(root, ignore_errors=True)
        print(f"PostgreSQL skipped: the throwaway server did not start ({error})")
        yield None
        return
    cluster = PostgresCluster(root)
    try:
        yield lambda: cluster.url(cluster.create_database())
    finally:
        subprocess.run([*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small and once (smoke test)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    courses = 8 if args.quick else 300
    meetings = 2_000 if args.quick else 100_000
    runs = 1 if args.quick else 5
    home = Path(tempfile.mkdtemp(prefix="fc-bench-home-"))
    os.environ["FACILITATOR_HOME"] = str(home)
    work = Path(tempfile.mkdtemp(prefix="fc-bench-coordinator-"))
    try:
        folder = bundle_folder(CACHE, courses)
        paths = sorted(folder.glob("*.zip"))
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"{len(paths)} bundles in {folder.relative_to(REPO)}; a store of {meetings} meetings; "
              f"load average {load} on {os.cpu_count()} CPUs")
        bench_import(f"sqlite:///{work / 'import.db'}", paths, folder, "SQLite")
        store_file = fill_store(f"sqlite:///{CACHE / f'store-{meetings}.db'}", meetings, cached=True)
        store = open_coordinator_store(store_file)
        try:
            bench_queries(store, "SQLite", runs)
        finally:
            store.close()
        if args.no_postgres:
            return
        with postgres() as new_database:
            if new_database is None:
                return
            bench_import(new_database(), paths, folder, "PostgreSQL")
            store = open_coordinator_store(fill_store(new_database(), meetings))
            try:
                bench_queries(store, "PostgreSQL", runs)
            finally:
                store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
