"""The gettext catalogues: every message of every export translated in da, ar and ru,
compiled .mo files up to date, and an Arabic PDF written without any Qt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType

from facilitator.export.i18n import LANGUAGES, translation
from facilitator.sessions.vocabulary import ConcernKind, Gender
from tests.conftest import REPO


def compiler() -> ModuleType:
    path = REPO / "scripts" / "compile-catalogues.py"
    spec = importlib.util.spec_from_file_location("compile_catalogues", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_message_is_translated_and_every_mo_is_current() -> None:
    assert compiler().check() == []


def test_the_mo_writer_round_trips_through_gettext(tmp_path: object) -> None:
    import gettext
    import io

    cc = compiler()
    entries = cc.parse_po('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                          'msgctxt "gender"\nmsgid "other"\nmsgstr "آخر"\n\n'
                          'msgid "Two\\n"\n"lines"\nmsgstr "To\\nlinjer"\n')
    catalogue = gettext.GNUTranslations(io.BytesIO(cc.mo_bytes(entries)))
    assert catalogue.pgettext("gender", "other") == "آخر"
    assert catalogue.gettext("Two\nlines") == "To\nlinjer"


def test_vocabulary_labels_are_translated_with_their_context() -> None:
    assert translation("da").label(Gender.OTHER) == "andet"
    assert translation("ar").label(Gender.OTHER) == "آخر"
    assert translation("ar").label(ConcernKind.OTHER) == "أخرى"
    assert translation("ru").gettext("Total") == "Итого"
    assert translation("xx").language == "en"
    assert set(LANGUAGES) == {"en", "da", "ar", "ru"}


def test_an_arabic_pdf_is_written_without_qt(tmp_path: object) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.export.samples import bundled, sample_course\n"
        "from facilitator.export.build import summarise_meeting\n"
        "from facilitator.export.pdf_meeting import write_meeting_pdf\n"
        "c = sample_course(bundled(), meetings=1)\n"
        "s = summarise_meeting(c.records.meetings[0], c.programme, 'ar')\n"
        f"write_meeting_pdf(s, Path({str(tmp_path)!r}) / 'ar.pdf')\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
