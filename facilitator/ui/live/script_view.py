"""The current step's script, large and calm: one language, or the facilitators' and the
group's side by side (each right to left where the language is)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.programme import StepText
from facilitator.ui.i18n import is_rtl
from facilitator.ui.labels import language_name, step_kind_label
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.text import number

NORMAL_SCRIPT_PT = 16
LARGE_SCRIPT_PT = 24


def _bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"- {line}" for line in lines)


class ScriptColumn(QWidget):
    """One language's words for the current step: script, prompts, materials, tips."""

    def __init__(self, meeting: LiveMeeting, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._language = language
        self._large = False
        self._stale = False
        direction = (Qt.LayoutDirection.RightToLeft if is_rtl(language)
                     else Qt.LayoutDirection.LeftToRight)
        self.setLayoutDirection(direction)
        self.language_label = QLabel()
        self.language_label.setObjectName("muted")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self.script = QTextBrowser()
        self.script.setObjectName("script")
        self.script.setOpenLinks(False)
        self.script.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._option = QTextOption()
        self._option.setTextDirection(direction)
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._documents: dict[str, QTextDocument] = {}
        """Each step's script, parsed once and kept: a step change swaps documents."""
        self.tips_button = QToolButton()
        self.tips_button.setCheckable(True)
        self.tips = QLabel()
        self.tips.setObjectName("muted")
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.MarkdownText)
        self.tips.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_label)
        layout.addWidget(self.title)
        layout.addWidget(self.script, 1)
        layout.addWidget(self.tips_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.tips)

        self.tips_button.toggled.connect(self._on_tips_button_toggled)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self.retranslate_ui()

    def set_large_text(self, large: bool) -> None:
        self._large = large
        size = LARGE_SCRIPT_PT if large else NORMAL_SCRIPT_PT
        self.script.setStyleSheet(f"font-size: {size}pt; line-height: 140%;")
        old, self._documents = self._documents, {}
        self._update_text()  # new documents in the new size
        for document in old.values():
            document.deleteLater()
        self.title.setStyleSheet(f"font-size: {size + 2}pt; font-weight: 600;")

    def set_language_shown(self, shown: bool) -> None:
        self.language_label.setVisible(shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.language_label.setText(language_name(self._language))
        self._update_tips_button()
        self._update_text()

    def _on_tips_button_toggled(self, shown: bool) -> None:
        self.tips.setVisible(shown)
        self._update_tips_button()

    def _on_meeting_step_changed(self) -> None:
        if self.isVisible():
            self._update_text()
        else:
            self._stale = True  # drawn when shown (the second language is often hidden)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._update_text()
        super().showEvent(event)

    def _document(self, step_id: str, markdown: str) -> QTextDocument:
        document = self._documents.get(step_id)
        if document is None or document.property("source") != markdown:
            document = QTextDocument(self)
            document.setDefaultFont(self.script.font())
            document.setDefaultTextOption(self._option)
            document.setMarkdown(markdown)
            document.setProperty("source", markdown)
            self._documents[step_id] = document
        return document

    def _update_tips_button(self) -> None:
        shown = self.tips_button.isChecked()
        # The mark follows the reading direction of the interface (▸ or ◂), ▾ when open.
        closed = "◂" if self.tips_button.isRightToLeft() else "▸"
        mark = "▾" if shown else closed
        self.tips_button.setText(f"{mark}  " + (self.tr("Hide tips") if shown else self.tr("Tips")))
        self.tips_button.setAccessibleName(self.tr("Tips for the facilitator"))

    def _update_text(self) -> None:
        self._stale = False
        step = self._meeting.current
        text: StepText = self._meeting.step_text(step, self._language)
        self.title.setText(text.title)
        meta = step_kind_label(step.kind) + " · " + self.tr("%Ln min", "", step.minutes)
        if step.optional:
            meta += " · " + self.tr("optional")
        self.title.setToolTip(meta)
        parts = [text.script.strip()]
        if text.prompts:
            parts.append("**" + self.tr("Questions for the group") + "**\n\n"
                         + _bullets(text.prompts))
        if text.materials:
            parts.append("**" + self.tr("Materials") + "**\n\n" + _bullets(text.materials))
        self.script.setDocument(self._document(step.id, "\n\n".join(parts)))
        self.tips.setText(text.tips.strip())
        self.tips_button.setVisible(bool(text.tips.strip()))
        self.tips.setVisible(bool(text.tips.strip()) and self.tips_button.isChecked())


class ScriptView(QWidget):
    """The script in the facilitators' language; the group's language beside it on demand."""

    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.two_languages = QCheckBox()
        self.main = ScriptColumn(meeting, meeting.facilitator_language)
        self.second: ScriptColumn | None = None
        bilingual = meeting.group_language != meeting.facilitator_language
        if bilingual:
            self.second = ScriptColumn(meeting, meeting.group_language)
            self.second.setVisible(False)
        self.two_languages.setVisible(bilingual)
        self.two_languages.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        header = QHBoxLayout()
        header.addWidget(self.meta, 1)
        header.addWidget(self.two_languages)
        self._columns = QHBoxLayout()
        self._columns.setSpacing(24)
        self._columns.addWidget(self.main, 1)
        if self.second is not None:
            self._columns.addWidget(self.second, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self._columns, 1)

        self.two_languages.toggled.connect(self._on_two_languages_toggled)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self.set_large_text(False)
        self.retranslate_ui()

    def set_large_text(self, large: bool) -> None:
        self.main.set_large_text(large)
        if self.second is not None:
            self.second.set_large_text(large)

    def set_bilingual(self, shown: bool) -> None:
        self.two_languages.setChecked(shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.two_languages.setText(self.tr("Show the group's language beside it"))
        self._update_meta()

    def _on_two_languages_toggled(self, shown: bool) -> None:
        if self.second is not None:
            self.second.setVisible(shown)
        self.main.set_language_shown(shown)

    def _on_meeting_step_changed(self) -> None:
        self._update_meta()

    def _update_meta(self) -> None:
        step = self._meeting.current
        steps = self._meeting.session.steps
        position = self.tr("Step %1 of %2").replace(
            "%1", number(steps.index(step) + 1)).replace("%2", number(len(steps)))
        meta = [position, step_kind_label(step.kind), self.tr("%Ln min planned", "", step.minutes)]
        if step.optional:
            meta.append(self.tr("optional"))
        self.meta.setText(" · ".join(meta))
        self.main.set_language_shown(self.two_languages.isChecked())
