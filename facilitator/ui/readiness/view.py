"""The readiness check screen: every finding with what to do, the materials to tick, and
Re-check; "Start the meeting" when it was opened from the home screen's start button.

The view takes its `ReadinessCheck` in `__init__` and redraws on its signals. Nothing here
waits: films are checked on a worker thread and the progress bar follows them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.readiness import Light
from facilitator.ui import formatting
from facilitator.ui.readiness import wording
from facilitator.ui.readiness.check import ReadinessCheck
from facilitator.ui.readiness.rows import COLOURS, ItemRow


class ReadinessView(QWidget):
    start_requested = Signal()
    close_requested = Signal()
    safety_card_requested = Signal()

    def __init__(self, check: ReadinessCheck, *, offer_start: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._rows: list[ItemRow] = []
        self._boxes: list[QCheckBox] = []

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._meeting = QLabel()
        self._meeting.setObjectName("muted")
        self._meeting.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(320)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(4)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._list)

        self.materials_box = QGroupBox()
        materials = QVBoxLayout(self.materials_box)
        self._no_materials = QLabel()
        self._no_materials.setObjectName("muted")
        materials.addWidget(self._no_materials)
        for index, material in enumerate(check.materials):
            box = QCheckBox()
            box.setProperty("material", index)
            box.toggled.connect(lambda on, i=index: self._on_material_toggled(i, on))
            self._boxes.append(box)
            materials.addWidget(box)
            if material.step_title:
                box.setToolTip(material.step_title)
        materials.addStretch(1)
        materials_scroll = QScrollArea()
        materials_scroll.setWidgetResizable(True)
        materials_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        materials_scroll.setWidget(self.materials_box)

        self.recheck_button = QPushButton()
        self.card_button = QPushButton()
        self.close_button = QPushButton()
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.setVisible(offer_start)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._meeting)
        header.addLayout(titles, 1)
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.progress)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(materials_scroll, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addLayout(status)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.recheck_button.clicked.connect(self._on_recheck_button_clicked)
        self.card_button.clicked.connect(self.safety_card_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.start_button.clicked.connect(self.start_requested)
        check.changed.connect(self._on_check_changed)
        check.progress.connect(self._on_check_progress)
        self.retranslate_ui()

    @property
    def check(self) -> ReadinessCheck:
        return self._check

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    def material_boxes(self) -> list[QCheckBox]:
        return list(self._boxes)

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Readiness check"))
        self.materials_box.setTitle(self.tr("Materials to bring"))
        self._no_materials.setText(self.tr("This session needs no materials."))
        self.recheck_button.setText(self.tr("Re-check"))
        self.recheck_button.setToolTip(self.tr("Look at the films, screens and safety card "
                                               "again"))
        self.card_button.setText(self.tr("Safety card…"))
        self.close_button.setText(self.tr("Close"))
        self.start_button.setText(self.tr("Start the meeting"))
        self.progress.setAccessibleName(self.tr("Films checked"))
        self._update_meeting()
        self._update_materials()
        self._update_items()

    # -- slots ----------------------------------------------------------------------------

    def _on_recheck_button_clicked(self) -> None:
        self._check.recheck()

    def _on_material_toggled(self, index: int, ticked: bool) -> None:
        self._check.tick(index, ticked)

    def _on_check_changed(self) -> None:
        self._update_items()

    def _on_check_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done if total else 1)
        self.progress.setFormat(self.tr("Films checked: %1 of %2")
                                .replace("%1", formatting.number(done))
                                .replace("%2", formatting.number(total)))
        self.progress.setVisible(done < total)

    # -- drawing --------------------------------------------------------------------------

    def _update_meeting(self) -> None:
        meeting = self._check.meeting
        programme = meeting.programme
        language = meeting.text_language
        session_title = programme.session_title(meeting.session.id, language)
        parts = [formatting.meeting_label(meeting.session_number, session_title),
                 meeting.course_title or programme.title(language)]
        if meeting.host_name:
            parts.append(meeting.host_name)
        if meeting.starts_at is not None:
            local = meeting.starts_at
            parts.append(f"{formatting.day_and_date(local.date())} "
                         f"{formatting.clock(local.time())}")
        self._meeting.setText(" · ".join(parts))

    def _update_materials(self) -> None:
        materials = self._check.materials
        self._no_materials.setVisible(not materials)
        for box, material in zip(self._boxes, materials, strict=True):
            box.setText(material.text)
            box.setChecked(self._check.is_ticked(int(box.property("material"))))

    def _update_items(self) -> None:
        items = self._check.items()
        while len(self._rows) < len(items):
            row = ItemRow()
            self._list_layout.insertWidget(len(self._rows), row)
            self._rows.append(row)
        while len(self._rows) > len(items):
            self._rows.pop().deleteLater()
        for row, item in zip(self._rows, items, strict=True):
            row.show_item(item)
        self._update_summary()

    def _update_summary(self) -> None:
        light = self._check.light()
        self.summary.setText(wording.summary(light))
        self.summary.setStyleSheet(f"color: {COLOURS[light]};")
        self.card_button.setVisible(self._check.meeting.host_id is not None)
        self.start_button.setDefault(light is not Light.CHECKING)
