#!/usr/bin/env python3
"""Size and start-up time of the bundled application against the source install.

    .venv/bin/python packaging/measure.py [--bundle DIR] [--runs N] [--quick] [--json]

Measures, in one run and alternating frozen and source so that both see the same machine:
  * `facilitator --version` until exit: the bundle's executable against
    `.venv/bin/facilitator` (the source install);
  * the main window until ready (shown, programme list filled, event loop idle:
    FACILITATOR_EXIT_WHEN_READY=1, offscreen): the same two;
  * the bundle's size on disk, the .deb beside it if there is one, and the size of what the
    source install needs (.venv plus resources/) for comparison.
Prints medians (ms) of wall-clock time and of CPU time (user + system, less disturbed by
other work on the machine) and frozen/source ratios. Each case is run once before
measuring so that neither side pays for a cold file cache. --quick: two runs each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.windows import start_until_ready  # noqa: E402 (the benchmarks' own way to start)

DEFAULT_BUNDLE = ROOT / "packaging" / "dist" / "facilitator-companion"


def disk_usage(path: Path) -> int:
    """Bytes on disk (allocated blocks), counting hard-linked files once, like du."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            stat = os.lstat(os.path.join(dirpath, name))
            if (stat.st_dev, stat.st_ino) in seen:
                continue
            seen.add((stat.st_dev, stat.st_ino))
            total += stat.st_blocks * 512
    return total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_exit(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) until the command exits."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


def time_until_ready(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds until it prints "ready", CPU seconds of the whole run)."""
    started = start_until_ready(command, env)
    return started.seconds, started.cpu_seconds


def alternate(runs: int, measure, frozen: list[str], source: list[str],
              env: dict[str, str]) -> dict[str, float]:
    """Medians in ms of wall and CPU time, frozen and source measured turn about."""
    measure(frozen, env)
    measure(source, env)
    results: dict[str, list[tuple[float, float]]] = {"frozen": [], "source": []}
    for _ in range(runs):
        results["frozen"].append(measure(frozen, env))
        results["source"].append(measure(source, env))
    row = {}
    for side, values in results.items():
        row[side] = statistics.median(wall for wall, _ in values) * 1000
        row[f"{side}_cpu"] = statistics.median(cpu for _, cpu in values) * 1000
    row["ratio"] = row["frozen"] / row["source"]
    row["cpu_ratio"] = row["frozen_cpu"] / row["source_cpu"]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE,
                        help="the one-folder bundle (default: packaging/dist/facilitator-companion)")
    parser.add_argument("--source", type=Path, default=ROOT / ".venv" / "bin" / "facilitator",
                        help="the source install's command (default: .venv/bin/facilitator)")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="two runs each")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs

    frozen = args.bundle / ("facilitator.exe" if sys.platform == "win32" else "facilitator")
    if not frozen.is_file():
        parser.error(f"no bundle at {args.bundle}: run packaging/build-linux.sh first")
    if not args.source.is_file():
        parser.error(f"no source install at {args.source}: run scripts/setup first")

    home = tempfile.mkdtemp(prefix="fc-measure-")
    env = dict(os.environ, FACILITATOR_HOME=home, FACILITATOR_EXIT_WHEN_READY="1",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", home))
    env.pop("FACILITATOR_RESOURCES", None)

    version = alternate(runs, time_to_exit, [str(frozen), "--version"],
                        [str(args.source), "--version"], env)
    window = alternate(runs, time_until_ready, [str(frozen)], [str(args.source)], env)

    debs = sorted(args.bundle.parent.glob("facilitator-companion_*.deb"))
    venv = args.source.parent.parent
    result = {
        "runs": runs,
        "bundle": str(args.bundle),
        "bundle_bytes": disk_usage(args.bundle),
        "deb_bytes": debs[-1].stat().st_size if debs else None,
        "source_install_bytes": disk_usage(venv) + disk_usage(ROOT / "resources"),
        "version_ms": version,
        "window_ready_ms": window,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    mb = 1024 * 1024
    print(f"runs per case: {runs} (medians; frozen and source alternate)")
    print(f"bundle on disk               {result['bundle_bytes'] / mb:8.1f} MiB  ({args.bundle})")
    if debs:
        print(f".deb                         {result['deb_bytes'] / mb:8.1f} MiB  ({debs[-1].name})")
    print(f"source install (.venv + resources/) {result['source_install_bytes'] / mb:8.1f} MiB")
    for label, key in (("--version", "version_ms"), ("window ready", "window_ready_ms")):
        row = result[key]
        print(f"{label:<13} wall: frozen {row['frozen']:7.1f} ms  source {row['source']:7.1f} ms"
              f"  frozen/source {row['ratio']:.2f}x")
        print(f"{'':<13} CPU:  frozen {row['frozen_cpu']:7.1f} ms  source {row['source_cpu']:7.1f} ms"
              f"  frozen/source {row['cpu_ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
