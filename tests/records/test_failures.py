"""A wrong passphrase, a damaged file, a read-only folder and a full disk: each one clear
sentence (a StoreError; on the command line one line on stderr and a non-zero exit, no
traceback), and the data left as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator.records.errors import DiskFull, StoreCorrupt, StoreReadOnly, WrongPassphrase
from facilitator.records.store import open_store
from tests.conftest import REPO
from tests.records.conftest import make_course


def run_cli(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("FACILITATOR_DB", "FACILITATOR_PASSPHRASE")}
    environment.update({"FACILITATOR_HOME": str(home), **(env or {})})
    return subprocess.run([sys.executable, "-m", "facilitator.cli", *args], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def assert_one_line_error(done: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and fragment in lines[0], lines[0]


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")
    }


def filled_store(folder: Path) -> Path:
    path = folder / "facilitator.db"
    store = open_store(str(path))
    course = make_course(store)
    store.save_note(store.start_meeting(course.id, 1).id, "A note that must survive")
    store.close()
    return path


def test_failure_random_bytes_are_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "facilitator.db"
    path.write_bytes(os.urandom(64 * 1024))
    before = fingerprint(tmp_path)
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_store(str(path))
    assert_one_line_error(run_cli("courses", home=tmp_path), "damaged")
    assert fingerprint(tmp_path) == before


def test_failure_truncated_file_is_reported_as_damaged(tmp_path: Path) -> None:
    path = filled_store(tmp_path)
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    before = fingerprint(tmp_path)
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_store(str(path))
    assert_one_line_error(run_cli("courses", home=tmp_path), "damaged")
    assert fingerprint(tmp_path) == before


def test_failure_wrong_passphrase_on_the_command_line(tmp_path: Path) -> None:
    store = open_store(str(filled_store(tmp_path)))
    store.set_passphrase("the right passphrase")
    store.close()
    before = fingerprint(tmp_path)
    with pytest.raises(WrongPassphrase):
        open_store(str(tmp_path / "facilitator.db"), "the wrong passphrase")
    done = run_cli("courses", home=tmp_path, env={"FACILITATOR_PASSPHRASE": "the wrong passphrase"})
    assert_one_line_error(done, "passphrase is not right")
    assert_one_line_error(run_cli("courses", home=tmp_path), "enter the passphrase")
    assert fingerprint(tmp_path) == before
    done = run_cli("courses", home=tmp_path, env={"FACILITATOR_PASSPHRASE": "the right passphrase"})
    assert done.returncode == 0 and "Tuesday group" in done.stdout


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """The folder made read-only: a read-only bind mount as root (root ignores modes)."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        for child in folder.iterdir():
            child.chmod(0o444)
        try:
            yield
        finally:
            folder.chmod(mode)
            for child in folder.iterdir():
                child.chmod(0o644)
        return
    try:
        _mount("--bind", str(folder), str(folder))
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        pytest.skip(f"cannot make a read-only mount here: {error}")
    try:
        _mount("-o", "remount,bind,ro", str(folder))
        yield
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)


def test_failure_read_only_folder_is_reported_and_nothing_changes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = filled_store(folder)
    before = fingerprint(folder)
    with read_only(folder):
        with pytest.raises(StoreReadOnly, match="cannot be written"):
            open_store(str(path))
        assert_one_line_error(run_cli("courses", home=folder), "cannot be written")
        assert_one_line_error(run_cli("backup", home=folder), "cannot be written")
    assert fingerprint(folder) == before
    store = open_store(str(path))
    try:
        assert len(store.courses()) == 1
    finally:
        store.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder))
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        pytest.skip(f"mount -t tmpfs is not permitted here: {error}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def test_failure_full_disk_is_reported_and_saved_notes_survive(tiny_disk: Path) -> None:
    path = tiny_disk / "facilitator.db"
    store = open_store(str(path))
    course = make_course(store)
    meeting = store.start_meeting(course.id, 1)
    saved = []
    with pytest.raises(DiskFull, match="disk is full"):
        for n in range(10_000):
            saved.append(store.save_note(meeting.id, f"note {n} " + "x" * 2000).id)
    assert len(saved) > 10
    with pytest.raises(DiskFull):
        store.save_note(meeting.id, "y" * 100_000)
    store.close()
    assert_one_line_error(run_cli("demo", "--courses", "30", home=tiny_disk), "disk is full")
    store = open_store(str(path))
    try:
        assert [n.id for n in store.notes(meeting.id)] == saved
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        store.close()
