"""Translated labels for the fixed vocabularies shown in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.sessions.programme import StepKind


# Written out as literal translate() calls, so that pyside6-lupdate finds every label.
def step_kind_label(kind: StepKind) -> str:
    labels = {
        StepKind.WELCOME: QCoreApplication.translate("Labels", "Welcome"),
        StepKind.CHECK_IN: QCoreApplication.translate("Labels", "Check-in"),
        StepKind.REVIEW: QCoreApplication.translate("Labels", "Review"),
        StepKind.PSYCHOEDUCATION: QCoreApplication.translate("Labels", "Psychoeducation"),
        StepKind.FILM: QCoreApplication.translate("Labels", "Film"),
        StepKind.EXERCISE: QCoreApplication.translate("Labels", "Exercise"),
        StepKind.DISCUSSION: QCoreApplication.translate("Labels", "Discussion"),
        StepKind.BREAK: QCoreApplication.translate("Labels", "Break"),
        StepKind.ROUND_UP: QCoreApplication.translate("Labels", "Round-up"),
        StepKind.HOMEWORK: QCoreApplication.translate("Labels", "Home task"),
    }
    return labels[kind]
