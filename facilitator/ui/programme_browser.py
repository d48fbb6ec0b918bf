"""The programme browser: programmes, their sessions and what each step contains."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.i18n import INTERFACE_LANGUAGES, is_rtl
from facilitator.ui.labels import step_kind_label

if TYPE_CHECKING:
    from facilitator.sessions.library import Library, LibraryEntry
    from facilitator.sessions.programme import Programme, Session, Step

LANGUAGE_NAMES = INTERFACE_LANGUAGES
ROLE = Qt.ItemDataRole.UserRole


class ProgrammeBrowser(QWidget):
    """Lists programmes and sessions; shows a step's script, tips and projector text."""

    step_selected = Signal(str, int, str)  # programme id, session number, step id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._programme: Programme | None = None
        self._session: Session | None = None

        self._tree = QTreeWidget()
        self._tree.setHeaderHidden(True)
        self._tree.setMinimumWidth(260)
        self._language = QComboBox()
        self._language_label = QLabel()
        self._language_label.setBuddy(self._language)
        self._steps = QListWidget()
        self._steps.setMinimumWidth(300)
        self._steps.setWordWrap(True)
        self._steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._title = QLabel()
        self._title.setObjectName("stepTitle")
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._meta = QLabel()
        self._meta.setObjectName("stepMeta")
        self._script = QTextBrowser()
        self._script.setObjectName("script")
        script_font = self._script.font()
        script_font.setPointSizeF(script_font.pointSizeF() * 1.2)
        self._script.setFont(script_font)
        self._projector_label = QLabel()
        self._projector = QTextBrowser()
        self._projector.setObjectName("projectorPreview")
        self._projector.setMaximumHeight(150)
        self._tips_label = QLabel()
        self._tips = QTextBrowser()
        self._tips.setMaximumHeight(150)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._tree)
        row = QHBoxLayout()
        row.addWidget(self._language_label)
        row.addWidget(self._language, 1)
        left_layout.addLayout(row)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self._title)
        detail_layout.addWidget(self._meta)
        detail_layout.addWidget(self._script, 3)
        detail_layout.addWidget(self._projector_label)
        detail_layout.addWidget(self._projector, 1)
        detail_layout.addWidget(self._tips_label)
        detail_layout.addWidget(self._tips, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._steps)
        splitter.addWidget(detail)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._tree.currentItemChanged.connect(self._on_tree_current_changed)
        self._steps.currentRowChanged.connect(self._on_steps_current_changed)
        self._language.currentIndexChanged.connect(self._on_language_changed)
        self.retranslate_ui()

    # -- public ---------------------------------------------------------------------------

    def _tops(self) -> list[QTreeWidgetItem]:
        items = (self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        children = (item.child(j) for j in range(item.childCount()))
        return [child for child in children if child is not None]

    def set_library(self, library: Library) -> None:
        self._library = library
        self._tree.clear()
        for entry in library.entries:
            self._tree.addTopLevelItem(self._programme_item(entry))
        tops = self._tops()
        if tops:
            tops[0].setExpanded(True)
            children = self._children(tops[0])
            self._tree.setCurrentItem(children[0] if children else tops[0])

    def select(self, programme_id: str, session_number: int, step_id: str,
               language: str | None = None) -> None:
        """Show one step (used by tests and screenshots)."""
        for top in self._tops():
            entry: LibraryEntry = top.data(0, ROLE)
            if entry.programme.id != programme_id:
                continue
            top.setExpanded(True)
            for child in self._children(top):
                if child.data(0, ROLE) == session_number:
                    self._tree.setCurrentItem(child)
        if language is not None:
            index = self._language.findData(language)
            if index >= 0:
                self._language.setCurrentIndex(index)
        for row in range(self._steps.count()):
            item = self._steps.item(row)
            if item is not None and item.data(ROLE) == step_id:
                self._steps.setCurrentRow(row)

    def current_language(self) -> str:
        data = self._language.currentData()
        return str(data) if data else "en"

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._language_label.setText(self.tr("Content &language:"))
        self._language.setAccessibleName(self.tr("Content language"))
        self._tree.setAccessibleName(self.tr("Programmes and sessions"))
        self._steps.setAccessibleName(self.tr("Steps of the session"))
        self._script.setAccessibleName(self.tr("Facilitator script"))
        self._projector_label.setText(self.tr("On the projector"))
        self._tips_label.setText(self.tr("Tips for the facilitator (not read aloud)"))
        self._update_steps()

    # -- slots ----------------------------------------------------------------------------

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        if current is None:
            return
        top = current.parent() or current
        entry: LibraryEntry = top.data(0, ROLE)
        number = current.data(0, ROLE) if current.parent() else None
        self._session = entry.programme.session(number) if number else None
        if self._programme is not entry.programme:
            self._programme = entry.programme
            self._update_languages()
        self._update_steps()

    def _on_steps_current_changed(self, row: int) -> None:
        self._update_step()
        if self._programme and self._session and row >= 0:
            step = self._session.steps[row]
            self.step_selected.emit(self._programme.id, self._session.number, step.id)

    def _on_language_changed(self, _: int) -> None:
        language = self.current_language()
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(language) else \
            Qt.LayoutDirection.LeftToRight
        for widget in (self._script, self._projector, self._tips, self._title, self._steps):
            widget.setLayoutDirection(direction)
        self._update_tree_titles()
        self._update_steps()

    # -- drawing --------------------------------------------------------------------------

    def _programme_item(self, entry: LibraryEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, ROLE, entry)
        for session in entry.programme.sessions:
            child = QTreeWidgetItem()
            child.setData(0, ROLE, session.number)
            item.addChild(child)
        self._title_items(item, entry.programme, entry.programme.source_language)
        return item

    def _title_items(self, item: QTreeWidgetItem, programme: Programme, language: str) -> None:
        item.setText(0, f"{programme.title(language)}  ({programme.version})")
        for child, session in zip(self._children(item), programme.sessions, strict=True):
            title = programme.session_title(session.id, language)
            child.setText(0, self.tr("%1. %2").replace("%1", str(session.number))
                                  .replace("%2", title))

    def _update_tree_titles(self) -> None:
        for item in self._tops():
            programme = item.data(0, ROLE).programme
            language = self.current_language() if programme is self._programme else \
                programme.source_language
            self._title_items(item, programme, language)

    def _update_languages(self) -> None:
        assert self._programme is not None
        self._language.blockSignals(True)
        previous = self._language.currentData()
        self._language.clear()
        for code in self._programme.languages:
            self._language.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self._language.findData(previous)
        self._language.setCurrentIndex(index if index >= 0 else 0)
        self._language.blockSignals(False)
        self._on_language_changed(self._language.currentIndex())

    def _update_steps(self) -> None:
        row = self._steps.currentRow()
        self._steps.blockSignals(True)
        self._steps.clear()
        if self._programme and self._session:
            texts = self._programme.text(self.current_language())
            for step in self._session.steps:
                item = QListWidgetItem(self._step_label(step, texts.steps[step.id].title))
                item.setData(ROLE, step.id)
                self._steps.addItem(item)
        self._steps.blockSignals(False)
        if self._steps.count():
            self._steps.setCurrentRow(max(0, min(row, self._steps.count() - 1)))
        self._update_step()

    def _step_label(self, step: Step, title: str) -> str:
        minutes = self.tr("%n min", "", step.minutes)
        optional = self.tr(" (optional)") if step.optional else ""
        return f"{title} — {minutes}{optional}"

    def _update_step(self) -> None:
        row = self._steps.currentRow()
        if not (self._programme and self._session) or row < 0:
            self._title.setText(self._programme.title(self.current_language())
                                if self._programme else self.tr("No programme selected"))
            self._meta.clear()
            description = self._programme.text(self.current_language()).programme.description \
                if self._programme else ""
            self._script.setMarkdown(description)
            self._projector.clear()
            self._tips.clear()
            return
        step = self._session.steps[row]
        text = self._programme.step_text(step.id, self.current_language())
        self._title.setText(text.title)
        kind = step_kind_label(step.kind)
        film = ""
        if step.film and step.film in self._programme.films:
            film = " · " + self.tr("film: %1").replace(
                "%1", self._programme.films[step.film].title(self.current_language()))
        minutes = self.tr("%n min", "", step.minutes)
        self._meta.setText(f"{kind} · {minutes}{film}")
        script = text.script
        # tr() outside f-strings: pyside6-lupdate does not look inside them.
        prompts_heading = self.tr("Discussion prompts")
        materials_heading = self.tr("Materials")
        if text.prompts:
            script += f"\n\n**{prompts_heading}**\n\n"
            script += "\n".join(f"- {p}" for p in text.prompts)
        if text.materials:
            script += f"\n\n**{materials_heading}**\n\n"
            script += "\n".join(f"- {m}" for m in text.materials)
        self._script.setMarkdown(script)
        self._projector.setMarkdown(text.projector)
        self._tips.setMarkdown(text.tips)
