"""The look: a calm dark theme that stays readable in a dim room, with a focus ring that
can be seen from across a table.

Every pair of text and background colours below holds at least 4.5:1 contrast (WCAG AA);
tests/ui/test_theme.py measures them. The large-text mode enlarges what the facilitator
reads during a session (the script and the projector preview).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

WINDOW = "#1b2226"
SURFACE = "#242d32"
RAISED = "#2f3a40"
TEXT = "#eef2f4"
MUTED = "#b4c0c6"
ACCENT = "#8fd3b6"
ACCENT_TEXT = "#10231b"
FOCUS = "#ffd166"
SELECTION = "#3d6b8c"
DISABLED = "#8f9ca3"
WARNING = "#ffb4a2"

# (text, background) pairs that must hold 4.5:1.
CONTRAST_PAIRS = (
    (TEXT, WINDOW), (TEXT, SURFACE), (TEXT, RAISED), (MUTED, WINDOW), (MUTED, SURFACE),
    (ACCENT_TEXT, ACCENT), (TEXT, SELECTION), (DISABLED, WINDOW), (WARNING, WINDOW),
    (WARNING, SURFACE), (ACCENT, WINDOW),
)


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, WINDOW), (role.WindowText, TEXT), (role.Base, SURFACE),
                      (role.AlternateBase, RAISED), (role.Text, TEXT), (role.Button, RAISED),
                      (role.ButtonText, TEXT), (role.Highlight, SELECTION),
                      (role.HighlightedText, TEXT), (role.ToolTipBase, RAISED),
                      (role.ToolTipText, TEXT), (role.PlaceholderText, MUTED),
                      (role.Link, ACCENT), (role.BrightText, FOCUS)):
        p.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(DISABLED))
    return p


def stylesheet(large_text: bool = False) -> str:
    script_size = 22 if large_text else 15
    return f"""
QWidget {{ font-size: 11pt; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 14pt; font-weight: 600; margin-top: 8px; qproperty-indent: 0; }}
QLabel#hint, QLabel#muted {{ color: {MUTED}; }}
QLabel#warning {{ color: {WARNING}; }}
QLabel#stepTitle {{ font-size: 16pt; font-weight: 600; }}
QTextBrowser#script, QTextBrowser#projectorPreview {{ font-size: {script_size}pt; }}
QPushButton, QToolButton {{
    background: {RAISED}; color: {TEXT}; border: 1px solid #4a585f; border-radius: 6px;
    padding: 6px 14px; min-height: 22px;
}}
QPushButton:hover {{ background: #38454c; }}
QPushButton:disabled {{ color: {DISABLED}; border-color: #394449; }}
QPushButton#primary {{
    background: {ACCENT}; color: {ACCENT_TEXT}; font-size: 15pt; font-weight: 600;
    padding: 14px 28px; border: 2px solid {ACCENT};
}}
QPushButton:focus, QToolButton:focus, QPushButton#primary:focus {{
    border: 3px solid {FOCUS};
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QPlainTextEdit, QTextEdit,
QTextBrowser, QListWidget, QTreeWidget, QTableWidget {{
    background: {SURFACE}; color: {TEXT}; border: 1px solid #4a585f; border-radius: 4px;
    padding: 3px;
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QTimeEdit:focus,
QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QListWidget:focus,
QTreeWidget:focus, QTableWidget:focus {{ border: 2px solid {FOCUS}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {FOCUS}; }}
QCheckBox::indicator:focus {{ border: 2px solid {FOCUS}; }}
QTabBar::tab {{ background: {RAISED}; color: {TEXT}; padding: 8px 16px; }}
QTabBar::tab:selected {{ background: {SELECTION}; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS}; }}
QListWidget#navigation {{ font-size: 13pt; background: {WINDOW}; border: none; }}
QListWidget#navigation::item {{ padding: 12px 16px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
QFrame#card {{ background: {SURFACE}; border-radius: 8px; }}
QHeaderView::section {{ background: {RAISED}; color: {TEXT}; padding: 4px; border: none; }}
QToolTip {{ background: {RAISED}; color: {TEXT}; border: 1px solid {MUTED}; }}
"""


def apply(app: QApplication, large_text: bool = False) -> None:
    app.setStyle("Fusion")
    apply_palette(app)
    app.setStyleSheet(stylesheet(large_text))


def apply_palette(app: QApplication) -> None:
    """The colours without the style sheet (the application made by `make_application`
    already has the Fusion style). A window built before the style sheet is set is
    polished once when it is set; built under it, each widget is polished again whenever a
    layout adopts it (more than twice the time, measured at start-up)."""
    app.setPalette(palette())
