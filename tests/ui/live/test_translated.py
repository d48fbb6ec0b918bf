"""The live session's windows and dialogs in each interface language: no English left over
(apart from data: programme texts, codes, places), nothing cut off, Arabic right to left."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from facilitator.ui import theme
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.live.resume_offer import ResumeOfferDialog
from tests.ui.live.conftest import Live, demo_programme

LANGUAGES = ("en", "da", "ar", "ru")
ALLOWED = {"Ctrl", "Ctrl+K", "Ctrl+E", "Ctrl+N", "Ctrl+Z", "Ctrl+L", "F5", "Esc", "Enter",
           "Page", "Up", "Down", "B", "A", "P", "CPR", "Tirsdagsgruppen", "Tuesday group",
           "Borgerhuset", "Egebjerg", "Kommune", "AM", "PM", "Check-in",
           "Tips"}  # Danish says "Tips" too


def visible_texts(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    yield "title", root.windowTitle(), root
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisible():
            continue
        key = f"{index}:{type(widget).__name__}"
        if isinstance(widget, QLabel):
            yield key, widget.text(), widget
        elif isinstance(widget, QAbstractButton):
            yield key, widget.text().replace("&", ""), widget
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield f"{key}:{tab}", widget.tabText(tab), widget


def data_names(live: Live) -> set[str]:
    programme = demo_programme()
    names = set(ALLOWED)
    for language in programme.languages:
        texts = programme.text(language)
        names.add(texts.programme.title)
        names |= {s.title for s in texts.sessions.values()}
        for step in texts.steps.values():
            names |= {step.title, step.projector, step.tips, *step.prompts, *step.materials}
        names |= set(texts.themes.values())
    names |= {p.code for p in live.meeting.participants}
    names |= {"English", "Dansk", "العربية", "Русский"}
    return {n for n in names if n}


def leftover(text: str, names: set[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return text if re.search(r"[^\W\d_]", text) else ""


@pytest.fixture
def language(qapp: QApplication) -> Iterator[InterfaceLanguage]:
    switcher = InterfaceLanguage(qapp)
    yield switcher
    switcher.apply("en")
    QLocale.setDefault(QLocale("en"))


def test_the_live_windows_are_translated_and_nothing_is_cut_off(
        open_live: Callable[..., Live], language: InterfaceLanguage) -> None:
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    seen: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for code in LANGUAGES:
        language.apply(code)
        live = open_live()
        session = live.session
        session.window.resize(1600, 900)
        session.placement.present()
        live.meeting.save_note("Sleep came up")
        live.settle()
        surfaces: list[tuple[str, QWidget]] = [("facilitator", session.window),
                                               ("projector", session.projector)]
        for tab in range(3):
            session.window.parts.tabs.setCurrentIndex(tab)
            surfaces.append((f"tab {tab}", session.window.parts.tabs.currentWidget()))
        skip = session.window.open_skip_dialog()
        assert skip is not None
        surfaces.append(("skip", skip))
        offer = ResumeOfferDialog("Tuesday group", "Check-in", live.clock.local())
        offer.show()
        surfaces.append(("resume offer", offer))
        names = data_names(live)
        for name, widget in surfaces:
            QApplication.processEvents()
            if code == "ar" and name != "projector":
                assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft, name
            for key, text, owner in visible_texts(widget):
                english = seen.setdefault(f"{name}/{key}", {}).setdefault("en", text)
                rest = leftover(text, names)
                if code != "en" and rest and text == english:
                    problems.append(f"{code} {name}: untranslated {text!r}")
                if code in ("ar", "ru") and rest and re.search(r"[A-Za-z]{4,}", rest):
                    problems.append(f"{code} {name}: Latin words left in {text!r}")
                if isinstance(owner, QAbstractButton) and text and \
                        owner.width() + 1 < owner.sizeHint().width():
                    problems.append(f"{code} {name}: button cut off {text!r}")
        skip.reject()
        offer.close()
        wrap_up = session.open_wrap_up()
        assert wrap_up is not None
        QApplication.processEvents()
        for key, text, _owner in visible_texts(wrap_up):
            english = seen.setdefault(f"wrap-up/{key}", {}).setdefault("en", text)
            if code != "en" and leftover(text, data_names(live)) and text == english:
                problems.append(f"{code} wrap-up: untranslated {text!r}")
        wrap_up.reject()
        session.close()
    assert not problems, "\n".join(problems)
