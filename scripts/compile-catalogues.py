#!/usr/bin/env python3
"""Compile the gettext catalogues of exports and command-line messages (.po → .mo).

    scripts/compile-catalogues.py            compile every resources/locale/*/LC_MESSAGES/facilitator.po
    scripts/compile-catalogues.py --check    exit 1 when a message is missing or untranslated,
                                             or a committed .mo differs from its .po
    scripts/compile-catalogues.py --update   add messages found in the code to every .po
                                             (empty translations, to be filled in)

No Babel and no GNU gettext needed: the .po reader and the .mo writer below cover what
these catalogues use (msgctxt, multi-line strings, the usual escapes; no plurals).
Messages are found in the code as literal arguments of _(), N_(), .gettext() and
.pgettext(), plus the vocabularies, month and language names that i18n.py translates.
"""

from __future__ import annotations

import argparse
import ast
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "resources" / "locale"
DOMAIN = "facilitator"
SOURCES = ("facilitator/export", "facilitator/cli/exports.py")
OTHER_DOMAINS = ("host_report",)
"""Modules in those folders that translate with their own domain (coordinator.po)."""
SOURCE_LANGUAGE = "en"
HEADER = (
    "Project-Id-Version: facilitator-companion\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"
    "Language: {language}\\n"
)

Key = tuple[str | None, str]
"""(context, msgid)"""


@dataclass
class Entry:
    context: str | None
    msgid: str
    msgstr: str
    fuzzy: bool = False

    @property
    def key(self) -> Key:
        return self.context, self.msgid


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string")
    body = text[1:-1]
    out = []
    i = 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def parse_po(text: str, name: str = "<po>") -> list[Entry]:
    entries: list[Entry] = []
    current: dict[str, str] = {}
    field: str | None = None
    fuzzy = False

    def finish() -> None:
        nonlocal current, field, fuzzy
        if "msgid" in current:
            entries.append(Entry(current.get("msgctxt"), current["msgid"], current.get("msgstr", ""), fuzzy))
        current, field, fuzzy = {}, None, False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name}:{number}"
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid", "msgstr"):
            if keyword in ("msgctxt", "msgid") and "msgstr" in current:
                finish()
            field = keyword
            current[field] = _unquote(rest, where)
        elif line.startswith('"') and field is not None:
            current[field] += _unquote(line, where)
        else:
            raise ValueError(f"{where}: cannot read {line[:40]!r}")
    finish()
    return entries


def mo_bytes(entries: list[Entry]) -> bytes:
    """GNU .mo: header, sorted original and translation tables, then the strings."""
    pairs = []
    for entry in entries:
        if entry.fuzzy or (not entry.msgstr and entry.msgid):
            continue
        key = entry.msgid if entry.context is None else f"{entry.context}\x04{entry.msgid}"
        pairs.append((key.encode("utf-8"), entry.msgstr.encode("utf-8")))
    pairs.sort()
    count = len(pairs)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    ids = b"".join(k + b"\0" for k, _ in pairs)
    strs = b"".join(v + b"\0" for _, v in pairs)
    offsets: list[int] = []
    position = data_at
    for key, _ in pairs:
        offsets += [len(key), position]
        position += len(key) + 1
    for _, value in pairs:
        offsets += [len(value), position]
        position += len(value) + 1
    header = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, data_at)
    return header + struct.pack(f"<{len(offsets)}I", *offsets) + ids + strs


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def extract() -> dict[Key, str]:
    """Every message the code translates, with where it was first seen."""
    found: dict[Key, str] = {}
    files: list[Path] = []
    for source in SOURCES:
        path = REPO / source
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    files = [f for f in files if not f.name.startswith(OTHER_DOMAINS)]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name in ("_", "N_", "gettext") and len(args) == 1 and args[0] is not None:
                found.setdefault((None, args[0]), where)
            elif name == "pgettext" and len(args) == 2 and args[0] is not None and args[1] is not None:
                found.setdefault((args[0], args[1]), where)
    sys.path.insert(0, str(REPO))
    from facilitator.export import i18n
    from facilitator.sessions import vocabulary

    for enum_type, context in i18n.VOCABULARY_CONTEXTS.items():
        for value in enum_type:
            found.setdefault((context, vocabulary.label(value)), "facilitator/sessions/vocabulary.py")
    for month in i18n.MONTHS:
        found.setdefault(("month", month), "facilitator/export/i18n.py")
    for language_name in i18n.LANGUAGE_NAMES.values():
        found.setdefault(("language", language_name), "facilitator/export/i18n.py")
    return found


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def check() -> list[str]:
    problems = []
    wanted = extract()
    for po in catalogues():
        language = po.parent.parent.name
        entries = {e.key: e for e in parse_po(po.read_text(encoding="utf-8"), str(po)) if e.msgid}
        for key in sorted(wanted, key=lambda k: (k[0] or "", k[1])):
            entry = entries.get(key)
            label = f"{key[0]}|{key[1]}" if key[0] else key[1]
            if entry is None:
                problems.append(f"{po.relative_to(REPO)}: missing {label!r} ({wanted[key]})")
            elif language != SOURCE_LANGUAGE and (not entry.msgstr or entry.fuzzy):
                problems.append(f"{po.relative_to(REPO)}: untranslated {label!r}")
        mo = po.with_suffix(".mo")
        compiled = mo_bytes(parse_po(po.read_text(encoding="utf-8"), str(po)))
        if not mo.exists() or mo.read_bytes() != compiled:
            problems.append(f"{mo.relative_to(REPO)}: out of date (run scripts/compile-catalogues.py)")
    return problems


def update() -> None:
    wanted = extract()
    for po in catalogues():
        text = po.read_text(encoding="utf-8")
        have = {e.key for e in parse_po(text, str(po))}
        missing = [k for k in wanted if k not in have]
        if not missing:
            continue
        blocks = []
        for context, msgid in missing:
            lines = [f"#: {wanted[(context, msgid)]}"]
            if context is not None:
                lines.append(f"msgctxt {_quote(context)}")
            lines += [f"msgid {_quote(msgid)}", 'msgstr ""']
            blocks.append("\n".join(lines))
        po.write_text(text.rstrip("\n") + "\n\n" + "\n\n".join(blocks) + "\n", encoding="utf-8")
        print(f"{po.relative_to(REPO)}: added {len(missing)} messages")


def compile_all() -> None:
    # Every domain found there (the coordinator's reports keep their own coordinator.po).
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        po.with_suffix(".mo").write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"), str(po))))
        print(f"compiled {po.relative_to(REPO)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true")
    group.add_argument("--update", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if args.update:
        update()
        return 0
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
