"""Small-cell suppression for breakdowns in host-facing outputs (DESIGN 8).

A breakdown is a table of counts (one- or two-dimensional) published with its totals.
Every cell below the minimum N (default 5, never below 3) is shown as "<N" (primary
suppression). Then further cells are hidden, shown as "x" (complementary suppression),
until no hidden value can be worked out from the published cells and totals.

"Cannot be worked out" is checked exactly, not by rule of thumb. A table with its totals
is a circulation in a small graph (rows and columns are nodes, cells are arcs, each row
and column sums to its total), so a hidden cell can take another value exactly when the
residual graph holds a cycle through it. The bounds are what a reader knows: a "<N" cell
lies in 0..N-1, and an "x" cell is at least N (else it would read "<N") and at most the
grand total. The grand total is always published (it is the course's participant count).
If no amount of hiding protects the table, it is withheld as a whole.

Only exact integers go in; nothing here knows about people, only counts.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

DEFAULT_MINIMUM = 5
MINIMUM_FLOOR = 3

Cell = tuple[int, int]
"""(row, column); the index one past the last row or column is its total."""


class Mark(enum.Enum):
    SHOWN = "shown"
    SMALL = "small"
    """Below the minimum: shown as "<N"."""
    HIDDEN = "hidden"
    """Hidden so that a small cell cannot be computed from the totals: shown as "x"."""


HIDDEN_SYMBOL = "x"


@dataclass(frozen=True)
class CountTable:
    """Exact counts by row category, and by column category when `columns` is not empty."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        width = max(1, len(self.columns))
        if len(self.counts) != len(self.rows) or any(len(r) != width for r in self.counts):
            raise ValueError("counts do not match the rows and columns")
        if any(value < 0 for r in self.counts for value in r):
            raise ValueError("counts are never negative")

    @property
    def two_dimensional(self) -> bool:
        return bool(self.columns)

    @property
    def total(self) -> int:
        return sum(sum(r) for r in self.counts)

    @property
    def total_cell(self) -> Cell:
        return (len(self.rows), len(self.columns) if self.columns else 0)

    def value(self, cell: Cell) -> int:
        """A cell's count; row and column totals included."""
        row, column = cell
        n_rows, n_columns = len(self.rows), len(self.columns)
        if not self.columns:
            return self.total if row == n_rows else self.counts[row][0]
        if row == n_rows and column == n_columns:
            return self.total
        if row == n_rows:
            return sum(r[column] for r in self.counts)
        if column == n_columns:
            return sum(self.counts[row])
        return self.counts[row][column]

    def cells(self) -> tuple[Cell, ...]:
        """Every published position: inner cells, then totals, the grand total last."""
        n_rows, n_columns = len(self.rows), len(self.columns)
        if not self.columns:
            return tuple((r, 0) for r in range(n_rows + 1))
        inner = [(r, c) for r in range(n_rows) for c in range(n_columns)]
        row_totals = [(r, n_columns) for r in range(n_rows)]
        column_totals = [(n_rows, c) for c in range(n_columns)]
        return (*inner, *row_totals, *column_totals, (n_rows, n_columns))


@dataclass(frozen=True)
class SuppressedTable:
    """A breakdown ready to publish: which cells show, which read "<N" and which "x"."""

    table: CountTable
    minimum: int
    marks: Mapping[Cell, Mark] = field(hash=False)
    withheld: bool = False
    """No way to hide enough: publish nothing of this table but its grand total."""

    def mark(self, cell: Cell) -> Mark:
        return self.marks[cell]

    def display(self, cell: Cell) -> str:
        """What the published table says in this cell."""
        mark = self.marks[cell]
        if mark is Mark.SMALL:
            return f"<{self.minimum}"
        if mark is Mark.HIDDEN:
            return HIDDEN_SYMBOL
        return str(self.table.value(cell))

    @property
    def empty(self) -> bool:
        return self.table.total == 0

    @property
    def any_hidden(self) -> bool:
        return any(mark is not Mark.SHOWN for mark in self.marks.values())


def effective_minimum(minimum: int = DEFAULT_MINIMUM) -> int:
    """The minimum N actually applied: never below 3."""
    return max(MINIMUM_FLOOR, int(minimum))


def suppress(table: CountTable, minimum: int = DEFAULT_MINIMUM) -> SuppressedTable:
    """Mark cells below the minimum, then hide more until none can be computed."""
    n = effective_minimum(minimum)
    grand = table.total_cell
    marks: dict[Cell, Mark] = {}
    for cell in table.cells():
        small = cell != grand and table.value(cell) < n
        marks[cell] = Mark.SMALL if small else Mark.SHOWN
    if table.total == 0:
        # Everything is zero and the zero total is published: nothing left to protect.
        return SuppressedTable(table, n, marks)
    while True:
        exposed = [c for c in marks if marks[c] is not Mark.SHOWN and not _can_move(table, n, marks, c)]
        if not exposed:
            return SuppressedTable(table, n, marks)
        target = exposed[0]
        candidates = sorted(
            (c for c in marks if marks[c] is Mark.SHOWN and c != grand),
            key=lambda c: (not _same_line(c, target), table.value(c), c),
        )
        if not candidates:
            withheld = {c: (Mark.SHOWN if c == grand else Mark.HIDDEN) for c in marks}
            return SuppressedTable(table, n, withheld, withheld=True)
        for candidate in candidates:
            marks[candidate] = Mark.HIDDEN
            if _can_move(table, n, marks, target):
                break
            marks[candidate] = Mark.SHOWN
        else:
            # No single cell is enough: hide the cheapest neighbour and look again.
            marks[candidates[0]] = Mark.HIDDEN


def can_be_computed(suppressed: SuppressedTable, cell: Cell) -> bool:
    """True when a hidden cell's value follows from what is published (a disclosure)."""
    if suppressed.marks[cell] is Mark.SHOWN:
        return True
    return not _can_move(suppressed.table, suppressed.minimum, dict(suppressed.marks), cell)


def _same_line(a: Cell, b: Cell) -> bool:
    return a[0] == b[0] or a[1] == b[1]


@dataclass(frozen=True)
class _Arc:
    """One cell of a count table, seen as an arc of the table's circulation graph."""

    cell: Cell
    tail: str
    head: str


def _arcs(table: CountTable) -> list[_Arc]:
    """The table as a circulation: every row and column node balances in and out."""
    n_rows, n_columns = len(table.rows), len(table.columns)
    if not table.columns:
        # Inner cells run a → b in parallel; the total runs back b → a.
        return [_Arc((r, 0), "a", "b") for r in range(n_rows)] + [_Arc((n_rows, 0), "b", "a")]
    arcs: list[_Arc] = []
    for cell in table.cells():
        r, c = cell
        if r < n_rows and c < n_columns:
            arcs.append(_Arc(cell, f"r{r}", f"c{c}"))
        elif r < n_rows:
            arcs.append(_Arc(cell, "cT", f"r{r}"))
        elif c < n_columns:
            arcs.append(_Arc(cell, f"c{c}", "rT"))
        else:
            arcs.append(_Arc(cell, "rT", "cT"))
    return arcs


def _bounds(table: CountTable, minimum: int, mark: Mark, cell: Cell) -> tuple[int, int]:
    value = table.value(cell)
    if mark is Mark.SMALL:
        return 0, minimum - 1
    if mark is Mark.HIDDEN:
        return minimum, table.total
    return value, value


def _can_move(table: CountTable, minimum: int, marks: Mapping[Cell, Mark], cell: Cell) -> bool:
    """Whether the cell can take another value while every published figure holds."""
    arcs = _arcs(table)
    graph: dict[str, list[str]] = defaultdict(list)
    target: _Arc | None = None
    for arc in arcs:
        if arc.cell == cell:
            target = arc
            continue
        low, high = _bounds(table, minimum, marks[arc.cell], arc.cell)
        value = table.value(arc.cell)
        if value < high:
            graph[arc.tail].append(arc.head)
        if value > low:
            graph[arc.head].append(arc.tail)
    assert target is not None
    low, high = _bounds(table, minimum, marks[cell], cell)
    value = table.value(cell)
    up = value < high and _reaches(graph, target.head, target.tail)
    down = value > low and _reaches(graph, target.tail, target.head)
    return up or down


def _reaches(graph: Mapping[str, Iterable[str]], start: str, goal: str) -> bool:
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False
