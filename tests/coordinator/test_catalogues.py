"""The report's own gettext domain is complete in da/ar/ru and compiled; the importer reads
the schema the exports' writer writes."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from facilitator.export import summary_json
from facilitator.records.coordinator import content
from tests.conftest import REPO

LOCALE = REPO / "resources" / "locale"


def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_catalogues", REPO / "scripts" / "compile-catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _report_messages() -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    for path in sorted((REPO / "facilitator" / "export").glob("host_report*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name in ("_", "gettext") and len(args) == 1 and args[0]:
                found.add((None, args[0]))
            elif name == "pgettext" and len(args) == 2 and args[0] and args[1]:
                found.add((args[0], args[1]))
    return found


def _entries(compiler: ModuleType, path: Path) -> dict[tuple[str | None, str], str]:
    return {e.key: e.msgstr for e in compiler.parse_po(path.read_text(encoding="utf-8"), str(path)) if e.msgid}


def test_report_messages_are_translated_in_every_language() -> None:
    compiler = _compiler()
    shared = _entries(compiler, LOCALE / "en" / "LC_MESSAGES" / "facilitator.po")
    own = _report_messages() - set(shared)
    assert own, "the report has phrases of its own"
    for language in ("da", "ar", "ru"):
        po = LOCALE / language / "LC_MESSAGES" / "coordinator.po"
        entries = _entries(compiler, po)
        missing = sorted(m for k, m in own if not entries.get((k, m)))
        assert not missing, f"{po}: {missing}"
        mo = po.with_suffix(".mo")
        assert mo.read_bytes() == compiler.mo_bytes(compiler.parse_po(po.read_text(encoding="utf-8"))), \
            f"{mo} is out of date: run scripts/compile-catalogues.py"


def test_importer_reads_the_schema_the_writer_writes() -> None:
    assert content.SCHEMA == summary_json.SCHEMA
    assert summary_json.SCHEMA_VERSION in content.SUPPORTED
