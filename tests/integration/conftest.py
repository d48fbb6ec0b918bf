"""Helpers for tests that run the live session as a separate process."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.conftest import REPO

LIVE_APP = REPO / "tests" / "integration" / "live_app.py"


class LiveProcess:
    """The live session in a child process, driven line by line over stdin."""

    def __init__(self, args: Sequence[str], env: dict[str, str],
                 prefix: Sequence[str] = ()) -> None:
        self.process = subprocess.Popen(
            [*prefix, sys.executable, str(LIVE_APP), "--control", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            text=True, cwd=REPO)
        self._lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, args=(self.process.stdout, self._lines.put),
                         daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.stderr.append),
                         daemon=True).start()

    @staticmethod
    def _read(stream: object, sink: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink(line.rstrip("\n"))  # type: ignore[operator]

    def send(self, *commands: str) -> None:
        assert self.process.stdin is not None
        for command in commands:
            self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def expect(self, prefix: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {prefix!r} line; stderr:\n" + "\n".join(self.stderr[-30:]))
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line.startswith(prefix):
                return line

    def state(self) -> dict[str, object]:
        self.send("state")
        return dict(json.loads(self.expect("state ")[len("state "):]))

    def settle(self) -> None:
        self.send("idle?")
        self.expect("idle")

    def wait_for(self, check: object, timeout: float = 20) -> dict[str, object]:
        deadline = time.monotonic() + timeout
        while True:
            current = self.state()
            if check(current):  # type: ignore[operator]
                return current
            if time.monotonic() > deadline:
                raise AssertionError(f"state never matched: {current}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


@pytest.fixture
def live_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    return dict(os.environ, FACILITATOR_HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
                QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))


@pytest.fixture
def live_processes() -> Iterator[list[LiveProcess]]:
    started: list[LiveProcess] = []
    yield started
    for process in started:
        process.stop()
