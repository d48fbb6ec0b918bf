"""A throwaway PostgreSQL 15 server for the storage tests, and `store_url` over both backends.

One cluster per test run (per xdist worker), a fresh database per test. The server listens
on a Unix socket in its own temp folder only (listen_addresses=''), with fsync off for
speed. initdb and pg_ctl refuse to run as root, so as root they run as the `postgres`
user via runuser, in a folder that user owns. Without the binaries, the PostgreSQL
parameters skip with the reason (CI installs Debian's postgresql).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("FACILITATOR_PG_BIN", "/usr/lib/postgresql/15/bin"))
PORT = 5432  # only names the socket file inside our own folder


@dataclass(frozen=True)
class PostgresCluster:
    root: Path

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str) -> str:
        return f"postgresql+psycopg2://postgres@/{database}?host={self.socket_dir}&port={PORT}"

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg2

        connection = psycopg2.connect(dbname="postgres", user="postgres", host=str(self.socket_dir), port=PORT)
        connection.autocommit = True
        return connection

    def create_database(self) -> str:
        name = f"fc_test_{uuid.uuid4().hex[:12]}"
        connection = self._admin()
        try:
            connection.cursor().execute(f'CREATE DATABASE "{name}"')
        finally:
            connection.close()
        return name

    def drop_database(self, name: str) -> None:
        connection = self._admin()
        try:
            connection.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            connection.close()


def _skip_reason() -> str | None:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        return f"PostgreSQL 15 binaries not found in {PG_BIN} (install Debian's postgresql to run these)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed (pip install psycopg2-binary)"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root needs runuser to start PostgreSQL as the postgres user"
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root needs a 'postgres' user to start PostgreSQL"
    return None


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="fc-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = root / "data"
    log = root / "server.log"
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{root}' -p {PORT} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        subprocess.run([*prefix, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                        "-o", options, "start"], check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        detail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start the test PostgreSQL server: {error}\n{detail}")
    try:
        yield PostgresCluster(root)
    finally:
        subprocess.run([*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database on the test server."""
    name = postgres_cluster.create_database()
    try:
        yield postgres_cluster.url(name)
    finally:
        postgres_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store's URL: an SQLite file, then a database on the test PostgreSQL server."""
    if request.param == "sqlite":
        folder = tmp_path / "store"
        folder.mkdir()
        yield f"sqlite:///{folder / 'facilitator.db'}"
    else:
        yield request.getfixturevalue("postgres_url")
