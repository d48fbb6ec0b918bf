"""The Linux bundle and .deb, built once per test run by packaging/build-linux.sh.

Building takes about a minute, so the bundle is shared by every test that asks for it
(`linux_build`), also across pytest-xdist workers: the first worker builds under a lock,
the others wait and reuse it. A failed build fails every test that needs it, with the
build's output.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
BUILD_TIMEOUT_S = 600


@dataclass(frozen=True)
class LinuxBuild:
    out: Path
    bundle: Path
    deb: Path
    log: str

    @property
    def executable(self) -> Path:
        return self.bundle / "facilitator"

    @property
    def internal(self) -> Path:
        return self.bundle / "_internal"


def _needs_linux_build_tools() -> None:
    # build-linux.sh installs binutils and PyInstaller itself when they are missing.
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        pytest.skip("the Linux bundle and .deb are built on Debian or Ubuntu")


def _build(out: Path) -> LinuxBuild:
    command = [str(PACKAGING / "build-linux.sh"), "--no-setup", "--out", str(out)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FACILITATOR_RESOURCES", None)
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=BUILD_TIMEOUT_S)
    log = result.stdout + result.stderr
    if result.returncode != 0:
        (out / "failed").write_text(log)
        pytest.fail(f"packaging/build-linux.sh failed ({result.returncode}):\n{log[-6000:]}")
    debs = sorted(out.glob("facilitator-companion_*.deb"))
    assert len(debs) == 1, f"expected one .deb in {out}, found {debs}"
    shutil.rmtree(out / "build", ignore_errors=True)  # PyInstaller's work files
    (out / "ok").write_text(log)
    return LinuxBuild(out, out / "facilitator-companion", debs[0], log)


@pytest.fixture(scope="session")
def linux_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LinuxBuild]:
    _needs_linux_build_tools()
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run_id is None:
        out = tmp_path_factory.mktemp("linux-build")
        yield _build(out)
        shutil.rmtree(out, ignore_errors=True)  # ~330 MB: do not keep it for three runs
        return
    # pytest-xdist: one build for all workers of this run, in a folder they share.
    out = Path(tempfile.gettempdir()) / f"fc-linux-build-{run_id}"
    out.mkdir(exist_ok=True)
    with open(out / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (out / "failed").exists():
            pytest.fail(f"the shared build failed:\n{(out / 'failed').read_text()[-6000:]}")
        if (out / "ok").exists():
            debs = sorted(out.glob("facilitator-companion_*.deb"))
            build = LinuxBuild(out, out / "facilitator-companion", debs[0],
                               (out / "ok").read_text())
        else:
            build = _build(out)
    yield build
