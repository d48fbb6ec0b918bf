"""Sparing PySide6 the reading of the standard library's sources: every module marked gets
exactly the answer PySide6's own check would give (it does not use PySide6)."""

from __future__ import annotations

import sys

from facilitator.app import skip_feature_scan_of_standard_library


def test_marked_modules_are_those_pyside6_would_itself_mark_as_not_using_it() -> None:
    import PySide6.QtCore  # noqa: F401  (installs the feature machinery)

    feature = sys.modules["shibokensupport.feature"]
    table = feature.pyside_feature_dict
    before = dict(table)
    import json  # noqa: F401  (a standard module, maybe not yet marked)

    table.pop("json", None)
    marked = skip_feature_scan_of_standard_library()
    assert marked >= 1 and table["json"] == -1
    newly = [name for name in table if name not in before]
    assert newly
    for name in newly:
        module = sys.modules[name]
        assert not feature._mod_uses_pyside(module), name  # PySide6's own answer
        assert table[name] == -1
    # Modules outside the standard library are left to PySide6.
    assert "facilitator.app" not in newly and "pytestqt" not in newly
