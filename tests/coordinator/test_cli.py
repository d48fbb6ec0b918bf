"""`facilitator import | report | hosts | purge`: summaries on stdout, failures as one sentence
on stderr with a non-zero exit, never a traceback."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.records.store import open_store
from tests.coordinator import bundles


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "bundles"
    for host in ("Aarhus Kommune", "Århus kommune"):
        course = uuid.uuid4()
        meetings = [bundles.meeting(course, n, date(2025, 4, n), host=host) for n in (1, 2)]
        for m in meetings:
            bundles.write(m, where)
    bundles.write(bundles.meeting(uuid.uuid4(), is_demo=True), where, name="demo.zip")
    (where / "empty.zip").write_bytes(b"")
    return where


def test_cli_import_prints_counts_and_rejections(capsys: pytest.CaptureFixture[str], store_url: str,
                                                 folder: Path, data_home: Path) -> None:
    db = store_url.replace("facilitator.db", "coordinator.db")
    status, out, err = _run(capsys, "--coordinator-db", db, "import", str(folder))
    assert status == 1
    assert out.startswith("6 bundle(s): 4 imported, 0 already there")
    assert "2 rejected" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert any("demo.zip was rejected: it holds demo data" in line for line in lines)
    assert any("empty.zip was rejected: it is not a zip file" in line for line in lines)
    status, out, _err = _run(capsys, "--coordinator-db", db, "import", "--allow-demo", str(folder))
    assert out.startswith("6 bundle(s): 1 imported, 4 already there")
    status, out, _err = _run(capsys, "--coordinator-db", db, "hosts")
    assert "Maybe one host: Aarhus Kommune, Århus kommune." in out
    status, out, _err = _run(capsys, "--coordinator-db", db, "hosts", "merge", "Aarhus Kommune", "Århus kommune")
    assert status == 0 and "Merged into Aarhus Kommune: 2 course(s), 4 meeting(s)" in out
    report = folder.parent / "aarhus.pdf"
    status, out, _err = _run(capsys, "--coordinator-db", db, "--lang", "da", "report", "--from", "2025-01-01",
                             "--to", "2025-06-30", "--host", "Århus kommune", "--out", str(report))
    assert status == 0 and "(4 meetings)" in out and report.stat().st_size > 1000


@pytest.mark.parametrize(("argv", "sentence"), [
    (["report", "--from", "2025-06-30", "--to", "2025-01-01", "--out", "r.pdf"], "The period ends before it starts"),
    (["report", "--from", "2025-01-01", "--to", "2025-06-30", "--out", "r.txt"], "ending in .pdf or .csv"),
    (["report", "--from", "2025-01-01", "--to", "2025-06-30", "--host", "Nowhere", "--out", "r.pdf"],
     "No host called 'Nowhere' has been imported."),
    (["hosts", "merge", "Nowhere"], "No host called 'Nowhere' has been imported."),
    (["purge", "--keep-years", "0"], "kept for at least one year"),
])
def test_cli_failures_are_one_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str],
                                       sentence: str, data_home: Path) -> None:
    status, _out, err = _run(capsys, "--coordinator-db", str(tmp_path / "c.db"), *argv)
    assert status == 1
    assert err.count("\n") == 1 and sentence in err


def test_cli_refuses_the_facilitators_own_store_as_coordinator_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    live = tmp_path / "facilitator.db"
    open_store(str(live)).close()
    status, _out, err = _run(capsys, "--db", str(live), "--coordinator-db", str(tmp_path / "other.db"), "hosts")
    assert status == 0
    status, _out, err = _run(capsys, "--coordinator-db", str(live), "hosts")
    assert status == 1 and "not a coordinator store" in err and err.count("\n") == 1


def test_cli_default_coordinator_store_sits_beside_the_live_one(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    status, out, _err = _run(capsys, "purge")
    assert status == 0 and "Kept 5 year(s)" in out
    assert (data_home / "coordinator.db").exists()
    assert not (data_home / "facilitator.db").exists()


def test_cli_unreachable_database_server_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    url = f"postgresql://nobody@/nowhere?host={tmp_path / 'no-server'}"
    status, _out, err = _run(capsys, "--coordinator-db", url, "hosts")
    assert status == 1 and "database server cannot be reached" in err and err.count("\n") == 1
