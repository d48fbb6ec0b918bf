"""One readiness finding on screen: a coloured mark, what was found, what to do.

The colour never stands alone: each light has its own mark (✓ ! ✕ …) and its name is part
of what a screen reader says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.sessions.readiness import Light, ReadinessItem
from facilitator.ui import theme
from facilitator.ui.readiness import wording

GREEN = "#8fd3b6"
AMBER = "#e8c76a"
RED = "#ff9d8a"
COLOURS = {Light.GREEN: GREEN, Light.CHECKING: theme.MUTED, Light.AMBER: AMBER, Light.RED: RED}
MARKS = {Light.GREEN: "✓", Light.CHECKING: "…", Light.AMBER: "!", Light.RED: "✕"}


class ItemRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessItem")
        self.light = Light.CHECKING
        self.mark = QLabel()
        self.mark.setFixedWidth(34)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setObjectName("muted")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.advice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.mark)
        layout.addLayout(words, 1)

    def show_item(self, item: ReadinessItem) -> None:
        self.light = item.light
        headline, advice = wording.describe(item)
        colour = COLOURS[item.light]
        self.mark.setText(MARKS[item.light])
        self.mark.setStyleSheet(f"color: {colour}; font-size: 18pt; font-weight: 700;")
        weight = 600 if item.light in (Light.AMBER, Light.RED) else 400
        self.headline.setStyleSheet(f"font-weight: {weight};")
        self.headline.setText(headline)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.setAccessibleName(f"{wording.light_name(item.light)}: {headline} {advice}".strip())
