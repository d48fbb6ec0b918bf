"""The validator reports every problem of a package as file:line:column, never a traceback.

Each folder in `packages/` is an overlay on the bundled example programme holding the
files it changes and `expected.txt`, the exact messages the validator must print.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from facilitator.sessions.package import load_programme, validate
from facilitator.sessions.problems import PackageInvalid
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "programmes" / "example-breathing-space"
OVERLAYS = Path(__file__).parent / "packages"


def build(overlay: Path, into: Path) -> Path:
    package = into / "pkg"
    shutil.copytree(EXAMPLE, package)
    for file in overlay.rglob("*"):
        if file.is_file() and file.name != "expected.txt":
            target = package / file.relative_to(overlay)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(file, target)
    return package


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator.cli", *args],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )


@pytest.mark.parametrize("overlay", sorted(p.name for p in OVERLAYS.iterdir()))
def test_validate_reports_each_problem_at_its_place(overlay: str, tmp_path: Path) -> None:
    package = build(OVERLAYS / overlay, tmp_path)
    expected = (OVERLAYS / overlay / "expected.txt").read_text(encoding="utf-8").splitlines()
    result = validate(package)
    assert result.programme is None
    assert [str(p).replace(f"{package}/", "") for p in result.problems] == expected


def test_validate_command_prints_problems_and_exits_1(tmp_path: Path) -> None:
    package = build(OVERLAYS / "several", tmp_path)
    done = run_cli("validate", str(package))
    assert done.returncode == 1
    lines = done.stdout.replace(f"{package}/", "").splitlines()
    assert lines == (OVERLAYS / "several" / "expected.txt").read_text().splitlines()
    assert "Traceback" not in done.stderr


def test_validate_command_summarises_a_valid_package_in_one_line() -> None:
    done = run_cli("validate", str(EXAMPLE))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("\n") == 1
    assert "example-breathing-space 1.0.0: valid — 1 sessions, 5 steps, 1 films" in done.stdout


def test_the_example_programme_loads_with_its_texts() -> None:
    programme = load_programme(EXAMPLE)
    assert programme.languages == ("en", "da")
    session = programme.session(1)
    assert sum(step.minutes for step in session.steps) == session.duration == 30
    assert programme.step_text("s1-breathing", "da").title == "Pusterummet"
    assert programme.step_text("s1-pause", "en").title == "A short pause"
    assert session.step("s1-pause").optional


def test_a_zipped_package_validates_like_its_folder(tmp_path: Path) -> None:
    archive = tmp_path / "example.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in EXAMPLE.rglob("*"):
            if file.is_file():
                zf.write(file, "example-breathing-space/" + file.relative_to(EXAMPLE).as_posix())
    assert validate(archive).ok


def test_a_zip_that_is_not_a_package_is_named_as_such(tmp_path: Path) -> None:
    archive = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photo.txt", "not a programme")
    problems = validate(archive).problems
    assert [str(p) for p in problems] == [
        f"{archive}:1:1: not a programme package: the zip holds no programme.yaml at its top "
        "or in a single top-level folder"
    ]
    not_zip = tmp_path / "notes.zip"
    not_zip.write_bytes(b"plain text, not a zip")
    assert "neither a folder nor a zip" in str(validate(not_zip).problems[0])


def test_a_zip_member_escaping_the_package_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in EXAMPLE.rglob("*"):
            if file.is_file():
                zf.write(file, file.relative_to(EXAMPLE).as_posix())
        zf.writestr("../../outside.txt", "escape")
    problems = [str(p) for p in validate(archive).problems]
    assert problems == [f"{archive}:1:1: '../../outside.txt' escapes the package"]


def test_load_programme_raises_with_every_problem(tmp_path: Path) -> None:
    package = build(OVERLAYS / "several", tmp_path)
    with pytest.raises(PackageInvalid) as caught:
        load_programme(package)
    assert len(caught.value.problems) == 8


def test_install_keeps_versions_side_by_side_and_refuses_invalid(
    tmp_path: Path, data_home: Path
) -> None:
    first = run_cli("install", str(EXAMPLE))
    assert first.returncode == 0, first.stderr
    newer = tmp_path / "newer"
    shutil.copytree(EXAMPLE, newer)
    text = (newer / "programme.yaml").read_text().replace("version: 1.0.0", "version: 1.1.0")
    (newer / "programme.yaml").write_text(text)
    assert run_cli("install", str(newer)).returncode == 0
    again = run_cli("install", str(newer))
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "facilitator: example-breathing-space version 1.1.0 is already installed; "
        "give the new package a higher version number"
    )
    broken = run_cli("install", str(build(OVERLAYS / "minutes-sum", tmp_path / "b")))
    assert broken.returncode == 1 and "add up to 35" in broken.stdout
    assert "was not installed" in broken.stderr and "Traceback" not in broken.stderr
    installed = sorted(p.name for p in (data_home / "programmes" / "example-breathing-space").iterdir())
    assert installed == ["1.0.0", "1.1.0"]
