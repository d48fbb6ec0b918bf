"""A Store shared by two threads (the live writer and the records worker): a batch open on
one thread never swallows the other thread's writes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from facilitator.records.store import open_store


class Rollback(Exception):
    pass


def test_store_batch_on_one_thread_leaves_another_threads_write_alone(
    tmp_path: Path, data_home: Path,
) -> None:
    store = open_store(str(tmp_path / "shared.db"))
    opened = threading.Event()
    errors: list[BaseException] = []

    def editor() -> None:  # e.g. the course editor's save, abandoned half way
        try:
            with store.batch():
                store.create_host("Abandoned Kommune", "Nowhere", "da", "Europe/Copenhagen")
                opened.set()
                time.sleep(0.3)
                raise Rollback
        except Rollback:
            pass
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    def live_writer() -> None:  # e.g. a tick in the meeting at the same moment
        opened.wait(5)
        try:
            store.create_host("Kept Kommune", "Egebjerg", "da", "Europe/Copenhagen")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=editor), threading.Thread(target=live_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == []
    assert [host.name for host in store.hosts()] == ["Kept Kommune"]
    store.close()
