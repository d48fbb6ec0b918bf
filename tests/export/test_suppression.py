"""Small-cell suppression, checked independently by linear programming over what is published."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from facilitator.export.suppression import (
    HIDDEN_SYMBOL,
    CountTable,
    Mark,
    SuppressedTable,
    suppress,
)


def published_ranges(published: SuppressedTable) -> dict[tuple[int, int], tuple[float, float]]:
    """Min and max of every hidden cell over all tables agreeing with what is published.

    Works from the displayed strings only, as a reader would: "<N" means 0..N-1, "x" means
    at least N (otherwise it would read "<N") and at most the published grand total.
    """
    table = published.table
    n_rows, n_cols = len(table.rows), len(table.columns)
    grand = table.total_cell
    shown = published.display(grand)
    total = int(shown)
    cells = table.cells()
    unknown = [c for c in cells if not published.display(c).isdigit()]
    index = {c: i for i, c in enumerate(unknown)}
    bounds = []
    for cell in unknown:
        text = published.display(cell)
        if text == HIDDEN_SYMBOL:
            bounds.append((published.minimum, total))
        else:
            assert text == f"<{published.minimum}"
            bounds.append((0, published.minimum - 1))

    def value_or_var(cell: tuple[int, int], row: np.ndarray, sign: float) -> float:
        if cell in index:
            row[index[cell]] += sign
            return 0.0
        return sign * int(published.display(cell))

    equations: list[tuple[np.ndarray, float]] = []

    def add(parts: list[tuple[int, int]], whole: tuple[int, int]) -> None:
        row = np.zeros(len(unknown))
        constant = sum(value_or_var(p, row, 1.0) for p in parts)
        constant += value_or_var(whole, row, -1.0)
        equations.append((row, -constant))

    if n_cols == 0:
        add([(r, 0) for r in range(n_rows)], grand)
    else:
        for r in range(n_rows):
            add([(r, c) for c in range(n_cols)], (r, n_cols))
        for c in range(n_cols):
            add([(r, c) for r in range(n_rows)], (n_rows, c))
        add([(r, n_cols) for r in range(n_rows)], grand)
    a_eq = np.array([e[0] for e in equations]) if unknown else None
    b_eq = np.array([e[1] for e in equations]) if unknown else None
    ranges = {}
    for cell, i in index.items():
        objective = np.zeros(len(unknown))
        objective[i] = 1.0
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        assert low.status == 0 and high.status == 0, (low.message, high.message)
        ranges[cell] = (low.fun, -high.fun)
    return ranges


def assert_protected(published: SuppressedTable) -> None:
    if published.withheld or published.empty:
        return
    for cell, (low, high) in published_ranges(published).items():
        assert high - low > 1e-6, f"cell {cell} can be computed: {low}..{high}"
        value = published.table.value(cell)
        assert low - 1e-6 <= value <= high + 1e-6


def random_table(rng: random.Random, two_dimensional: bool) -> CountTable:
    n_rows = rng.randint(2, 6)
    n_cols = rng.randint(2, 5) if two_dimensional else 0
    scale = rng.choice([2, 4, 8, 20])
    counts = tuple(
        tuple(rng.choice([0, 0, rng.randint(0, scale)]) for _ in range(max(1, n_cols)))
        for _ in range(n_rows)
    )
    return CountTable(tuple(f"r{i}" for i in range(n_rows)),
                      tuple(f"c{j}" for j in range(n_cols)), counts)


@pytest.mark.parametrize("seed", range(150))
def test_suppression_leaves_every_hidden_cell_open_to_two_values_lp(seed: int) -> None:
    rng = random.Random(seed)
    table = random_table(rng, two_dimensional=seed % 3 != 0)
    minimum = rng.choice([3, 5, 5, 10])
    published = suppress(table, minimum)
    assert_protected(published)
    for cell in table.cells():
        if published.mark(cell) is Mark.SHOWN:
            assert published.display(cell) == str(table.value(cell))
        if table.value(cell) < published.minimum and cell != table.total_cell:
            assert published.mark(cell) is not Mark.SHOWN


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=2, max_size=5))
def test_suppression_protects_hypothesis_tables(rows: list[list[int]]) -> None:
    table = CountTable(tuple(f"r{i}" for i in range(len(rows))), ("a", "b", "c"),
                       tuple(tuple(r) for r in rows))
    assert_protected(suppress(table))


def test_a_single_small_cell_gets_a_complementary_partner() -> None:
    table = CountTable(("woman", "man", "other"), (), ((9,), (6,), (2,)))
    published = suppress(table)
    assert published.display((2, 0)) == "<5"
    assert published.display((1, 0)) == HIDDEN_SYMBOL
    assert published.display((0, 0)) == "9"
    assert published.display((3, 0)) == "17"


def test_minimum_is_never_below_three() -> None:
    table = CountTable(("a", "b"), (), ((2,), (9,)))
    assert suppress(table, minimum=1).minimum == 3


def test_all_in_one_category_is_withheld_rather_than_revealed() -> None:
    table = CountTable(("woman", "man", "other"), (), ((5,), (0,), (0,)))
    published = suppress(table)
    assert published.withheld
    assert all(published.display(c) == HIDDEN_SYMBOL for c in table.cells()[:-1])
