"""Fixtures for the coordinator tests: a coordinator store on each backend (SQLite, then the
throwaway PostgreSQL server of tests/plugins/postgres.py), and a clock the test sets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from facilitator.records.coordinator.models import CoordinatorBase
from facilitator.records.coordinator.store import CoordinatorStore, open_coordinator_store


class FixedClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def coordinator(store_url: str, clock: FixedClock) -> Iterator[CoordinatorStore]:
    url = store_url.replace("facilitator.db", "coordinator.db")
    store = open_coordinator_store(url, clock=clock)
    try:
        yield store
    finally:
        store.close()


def snapshot(store: CoordinatorStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal snapshots mean an unchanged store."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for name, table in CoordinatorBase.metadata.tables.items():
            rows = connection.execute(select(table)).all()
            tables[name] = sorted(tuple(map(repr, row)) for row in rows)
    return tables
