"""The import's hottest statements run on the driver connection, compiled once.

The same idea as the facilitator's attendance tick (records/tick.py): each statement is
written with SQLAlchemy, compiled once for the engine's dialect, and run on the pooled
driver connection inside the SQLAlchemy transaction, its values converted by the very
type processors SQLAlchemy would use. Rows are inserted with one multi-row VALUES
statement (compiled once per row count), which is one round trip on PostgreSQL too
(psycopg2's executemany sends a statement per row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select

Process = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _named(dialect: Dialect) -> Dialect:
    # pysqlite's qmark style needs positions; its named style takes a dict like psycopg2's.
    return cast(Any, type(dialect))(paramstyle="named") if dialect.name == "sqlite" else dialect


class _Prepared:
    def __init__(self, statement: Any, dialect: Dialect) -> None:
        named = _named(dialect)
        compiled = statement.compile(dialect=named)
        self.sql = str(compiled)
        self.binds: dict[str, Process] = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect) or _same
            for name, bind in compiled.binds.items()
        }

    def params(self, values: dict[str, Any]) -> dict[str, Any]:
        return {name: process(values[name]) for name, process in self.binds.items()}


class DriverStatements:
    """Per engine: the select of a meeting with its course, and row inserts."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._selects: dict[int, tuple[_Prepared, list[tuple[str, Process]]]] = {}
        self._statements: dict[int, _Prepared] = {}
        # (table, keys, row count) → the multi-row insert
        self._inserts: dict[tuple[str, tuple[str, ...], int], _Prepared] = {}

    def one(self, connection: Connection, statement: Select[Any], values: dict[str, Any]) -> dict[str, Any] | None:
        """The first row of `statement` as {label: value}, or None."""
        found = self._selects.get(id(statement))
        if found is None:
            columns: list[tuple[str, Process]] = [
                (str(column.key),
                 column.type.dialect_impl(self.dialect).result_processor(self.dialect, None) or _same)
                for column in statement.selected_columns
            ]
            found = (_Prepared(statement, self.dialect), columns)
            self._selects[id(statement)] = found
        query, columns = found
        cursor = _driver(connection).cursor()
        try:
            cursor.execute(query.sql, query.params(values))
            row = cursor.fetchone()
        finally:
            cursor.close()
        if row is None:
            return None
        return {key: process(value) for (key, process), value in zip(columns, row, strict=True)}

    def run(self, connection: Connection, statement: Any, values: dict[str, Any]) -> None:
        """Run an update or delete whose parameters are all in `values`."""
        prepared = self._statements.get(id(statement))
        if prepared is None:
            prepared = self._statements[id(statement)] = _Prepared(statement, self.dialect)
        cursor = _driver(connection).cursor()
        try:
            cursor.execute(prepared.sql, prepared.params(values))
        finally:
            cursor.close()

    def insert(self, connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert `rows` (all with the same keys) in one statement."""
        if not rows:
            return
        keys = tuple(rows[0])
        key = (table.name, keys, len(rows))
        prepared = self._inserts.get(key)
        if prepared is None:
            values = [{k: bindparam(f"{k}_{i}", type_=table.c[k].type) for k in keys} for i in range(len(rows))]
            prepared = _Prepared(insert(table).values(values), self.dialect)
            self._inserts[key] = prepared
        flat = {f"{k}_{i}": row[k] for i, row in enumerate(rows) for k in keys}
        cursor = _driver(connection).cursor()
        try:
            cursor.execute(prepared.sql, prepared.params(flat))
        finally:
            cursor.close()


def _driver(connection: Connection) -> Any:
    return connection.connection.driver_connection
