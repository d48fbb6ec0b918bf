#!/usr/bin/env python3
"""Refresh the interface translations: extract, merge, compile, report.

    scripts/update-translations.py              extract, fill from strings/*.tsv, compile
    scripts/update-translations.py --report     list what is still untranslated

Translations are written in `resources/translations/strings/*.tsv` (one file per area of
the interface, so that several people can translate at once). Each has one line per string: language, context (the class name), source text and
translation, separated by tabs; plural forms (%n) are separated by " | " in the order
Qt expects for the language (en and da: 2 forms, ru: 3, ar: 6). English lines are only
needed for strings with %n. Newlines are written as \\n.
The `.ts` files are regenerated from the code and the TSV files; the `.qm` files are
compiled from them and shipped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
# English needs a catalogue too, for its plural forms only ("1 meeting", "2 meetings").
LANGUAGES = ("en", "da", "ar", "ru")
BIN = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    return FOLDER / f"facilitator_{language}.ts"


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "facilitator" / "ui").rglob("*.py"))]


def lupdate() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *plural_only, "-target-language", language, *sources(),
                        "-ts", str(ts_file(language))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease() -> None:
    for language in LANGUAGES:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_file(language)),
                        "-qm", str(FOLDER / f"facilitator_{language}.qm")], check=True)


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def read_strings() -> dict[tuple[str, str, str], str]:
    rows: dict[tuple[str, str, str], str] = {}
    for tsv in sorted((FOLDER / "strings").glob("*.tsv")):
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{tsv}:{number}: expected 4 tab-separated columns")
            language, context, source, translation = (p.replace("\\n", "\n") for p in parts)
            rows[(language, context, source)] = translation
    return rows


def fill() -> int:
    rows = read_strings()
    filled = 0
    for language in LANGUAGES:
        path = ts_file(language)
        tree = ET.parse(path)
        for context, message in messages(tree):
            source = message.findtext("source") or ""
            translation = rows.get((language, context, source))
            if translation is None:
                continue
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            element.attrib.pop("type", None)
            for child in list(element):
                element.remove(child)
            if message.get("numerus") == "yes":
                element.text = None
                for form in translation.split(" | "):
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = translation
            filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def report() -> int:
    missing = 0
    for language in LANGUAGES:
        tree = ET.parse(ts_file(language))
        for context, message in messages(tree):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
                missing += 1
                print(f"{language}\t{context}\t{message.findtext('source')}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true", help="list untranslated strings")
    args = parser.parse_args()
    if args.report:
        return 1 if report() else 0
    lupdate()
    print(f"filled {fill()} translations")
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
