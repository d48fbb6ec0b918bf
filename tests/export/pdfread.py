"""Reading exported PDFs back as text, the way a reader would see them (pdftotext).

pdftotext returns Arabic in presentation forms and wraps right-to-left runs in bidi
control characters: both are normalised away here (NFKC, controls removed), and so are
Arabic vowel marks, which the PDFs leave out; tests compare plain logical-order text.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

_CONTROLS = re.compile("[\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Vowel marks (harakat) are left out of the PDF on purpose (see pdf_text.py): compare without.
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
CODE = re.compile(r"\bP\d{2}\b")


def normalise(text: str) -> str:
    return _HARAKAT.sub("", _CONTROLS.sub("", unicodedata.normalize("NFKC", text)))


def pdf_text(path: Path, *, layout: bool = False, page: int | None = None) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    done = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return normalise(done.stdout.decode("utf-8"))


def flat(text: str) -> str:
    """All whitespace runs as one space: wrapped lines read as one."""
    return " ".join(text.split())


def loose(text: str) -> str:
    """Words only: pdftotext places punctuation next to right-to-left runs by guesswork
    ("تجريبية :دورة" for "تجريبية: دورة"), so phrases are compared without it."""
    return flat(re.sub(r"[:;.,·()\[\]«»“”%×•،؛]", " ", normalise(text)))


def page_count(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert match, done.stdout
    return int(match.group(1))


def lines_with(text: str, *needles: str) -> list[str]:
    """Lines (of -layout text) holding every needle."""
    return [line for line in text.splitlines() if all(n in line for n in needles)]


def tokens(line: str) -> list[str]:
    return line.split()
