"""Offline by design: a whole meeting, films played by libvlc included, opens no network
connection. Run in a network namespace under strace; any AF_INET/AF_INET6 connect fails."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.integration.conftest import LIVE_APP

INET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")


def _can_unshare() -> str | None:
    if not shutil.which("unshare") or not shutil.which("strace"):
        return "unshare and strace are needed to prove that no connection is opened"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=20)
    if probe.returncode != 0:
        return "this system does not allow a private network namespace (unshare -n): " + \
            probe.stderr.decode(errors="replace").strip()
    return None


def test_a_whole_meeting_opens_no_network_connection(tmp_path: Path,
                                                     live_env: dict[str, str]) -> None:
    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    trace = tmp_path / "connect.trace"
    done = subprocess.run(
        ["unshare", "-n", "strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace),
         sys.executable, str(LIVE_APP), "--db", str(tmp_path / "records.db"),
         "--prepare-demo", "--session", "2", "--player", "vlc-headless", "--autopilot"],
        env=live_env, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "live-ready" in done.stdout
    player = next((line for line in done.stdout.splitlines() if line.startswith("player ")), "")
    print(player)  # "player vlc": libvlc itself was watched too
    connects = trace.read_text().splitlines()
    inet = [line for line in connects if INET_CONNECT.search(line)]
    assert inet == [], "\n".join(inet)

    from facilitator.records.store import open_store

    store = open_store(str(tmp_path / "records.db"))
    try:
        meeting = store.find_unfinished_meeting()
        assert meeting is None  # the autopilot finished it
        [course] = store.courses()
        held = [o for o in store.course_overviews() if o.course.id == course.id][0].meetings
        assert held and held[0].finished_at is not None
        assert store.film_plays(held[0].id)
    finally:
        store.close()


def test_the_trace_catches_a_connection_attempt(tmp_path: Path) -> None:
    """The detector itself: an attempted TCP connection shows up in the same trace."""
    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    trace = tmp_path / "probe.trace"
    subprocess.run(["unshare", "-n", "strace", "-f", "-qq", "-e", "trace=connect", "-o",
                    str(trace), sys.executable, "-c",
                    "import socket\ntry:\n socket.create_connection(('127.0.0.1', 9), 1)\n"
                    "except OSError:\n pass"], check=True, timeout=60)
    assert any(INET_CONNECT.search(line) for line in trace.read_text().splitlines())
