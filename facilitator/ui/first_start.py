"""The first start with an empty store: what to do, in three sentences, and demo data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.i18n import language_changes


class FirstStartPanel(QWidget):
    """Explains the first steps; offers a new course or the demo data."""

    new_course_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setProperty("textFormat", "PlainText")  # by name: see docs/start-up.md
        self._text.setMaximumWidth(760)
        self.new_course_button = QPushButton()
        self.new_course_button.setObjectName("primary")
        self.demo_button = QPushButton()
        self._demo_status = QLabel()
        self._demo_status.setObjectName("hint")
        self._demo_status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_course_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self._title)
        layout.addSpacing(12)
        layout.addWidget(self._text)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addWidget(self._demo_status)
        layout.addStretch(1)

        self.new_course_button.clicked.connect(self.new_course_requested)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self._filling = False
        language_changes().connect(self._on_language_changed)  # not changeEvent: see i18n
        self.retranslate_ui()

    def set_filling(self, filling: bool) -> None:
        """While the demo data is being made: the button waits, a line says so."""
        self._filling = filling
        self._update_demo()

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Welcome to Facilitator Companion"))
        self._text.setText(self.tr(
            "Facilitator Companion guides you through the meetings of a group course, step "
            "by step, and works without the internet. Start by creating a course: choose the "
            "programme, the host and the dates of the meetings, and give each participant a "
            "code instead of a name. If you would like to look around first, fill the program "
            "with demo data; it is clearly marked as demo and can be erased later."))
        self.new_course_button.setText(self.tr("Create a course…"))
        self.demo_button.setText(self.tr("Fill with demo data"))
        self._update_demo()

    def _on_demo_clicked(self) -> None:
        self.set_filling(True)
        self.demo_requested.emit()

    def _update_demo(self) -> None:
        self.demo_button.setEnabled(not self._filling)
        self._demo_status.setText(self.tr("Making demo courses, hosts and meetings…")
                                  if self._filling else "")
