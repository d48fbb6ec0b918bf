"""The dependency rules of DESIGN section 3 are checked by import-linter, and they bite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    shutil.copytree(REPO / "facilitator", root / "facilitator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def test_contracts_hold_for_the_code_as_it_is(tmp_path: Path) -> None:
    done = lint(copy_tree(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr


def test_contract_fails_when_sessions_imports_pyside6(tmp_path: Path) -> None:
    root = copy_tree(tmp_path)
    (root / "facilitator" / "sessions" / "leak.py").write_text(
        "from PySide6.QtCore import QObject\n"
    )
    done = lint(root)
    assert done.returncode != 0
    assert "The core (sessions, records, export) imports no Qt" in done.stdout
    assert "facilitator.sessions.leak -> PySide6" in done.stdout


def imported_modules(path: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def widget_imports(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith(("PySide6.QtWidgets", "qtawesome")):
                found.append(f"{path.relative_to(package.parent)} imports {name}")
    return found


def test_media_imports_qtcore_but_never_qtwidgets(tmp_path: Path) -> None:
    assert widget_imports(REPO / "facilitator" / "media") == []
    leaky = tmp_path / "media"
    leaky.mkdir()
    (leaky / "bad.py").write_text("from PySide6.QtWidgets import QWidget\n")
    assert sorted(widget_imports(leaky)) == ["media/bad.py imports PySide6.QtWidgets",
                                             "media/bad.py imports PySide6.QtWidgets.QWidget"]


def test_only_the_vlc_backend_imports_vlc() -> None:
    package = REPO / "facilitator"
    importers = sorted(
        str(path.relative_to(package.parent)) for path in package.rglob("*.py")
        if any(name == "vlc" or name.startswith("vlc.") for name in imported_modules(path))
    )
    assert importers == ["facilitator/media/vlc_backend.py"]


def undocumented_dataclasses(package: Path) -> list[str]:
    """Every class decorated `dataclass`, `dataclass(...)` or `dataclasses.dataclass` that has
    no docstring, as "path:line:Class"."""
    import ast

    def is_dataclass(decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        return ((isinstance(target, ast.Name) and target.id == "dataclass")
                or (isinstance(target, ast.Attribute) and target.attr == "dataclass"))

    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None
                    and any(is_dataclass(d) for d in node.decorator_list)):
                found.append(f"{path.relative_to(package.parent)}:{node.lineno}:{node.name}")
    return found


def test_every_dataclass_has_a_docstring(tmp_path: Path) -> None:
    # On Python 3.11, @dataclass on a class without a docstring computes
    # inspect.signature(cls) at import time to invent a __doc__ (~0.3 ms a class, paid on
    # start-up and when a store opens). A docstring saying what the value is skips that.
    assert undocumented_dataclasses(REPO / "facilitator") == []
    bare = tmp_path / "pkg"
    bare.mkdir()
    (bare / "values.py").write_text(
        "import dataclasses\nfrom dataclasses import dataclass\n\n"
        "@dataclass\nclass A:\n    x: int\n\n"
        "@dataclass(frozen=True)\nclass B:\n    x: int\n\n"
        "@dataclasses.dataclass\nclass C:\n    x: int\n\n"
        "@dataclass\nclass D:\n    \"\"\"A documented value.\"\"\"\n\n    x: int\n"
    )
    assert undocumented_dataclasses(bare) == ["pkg/values.py:5:A", "pkg/values.py:9:B",
                                              "pkg/values.py:13:C"]
