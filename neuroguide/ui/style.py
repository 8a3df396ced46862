"""One look for the whole app: a calm palette, one type scale, large targets and a visible focus.

Sizes are given relative to the application font, so a larger system font (or, later, the text-size
setting) scales every page together.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_TARGET = 48  # logical px; above the 44 px minimum, for numb fingers
MIN_BODY_POINTS = 12.0

BACKGROUND = "#FAF7F2"
SURFACE = "#FFFFFF"
TEXT = "#1F2328"
MUTED = "#4A5260"  # 7.6:1 on white
ACCENT = "#1D5FA8"  # white text on it: 6.4:1
ACCENT_SOFT = "#E3EDF8"
BORDER = "#B9B2A8"
FOCUS = "#111111"  # 3.3:1 against the accent, 18:1 against the background
WARNING_BG = "#FFF4D6"
WARNING_BORDER = "#A86A00"
MARK = "#C2410C"  # strokes and points drawn over the illustrations
MARK_ZONE = QColor(29, 95, 168, 60)

# Text roles, as multiples of the body size.
SCALE = {"small": 0.9, "body": 1.0, "lead": 1.25, "title": 1.6, "display": 1.9, "countdown": 4.0}


def body_points() -> float:
    font = QApplication.font()
    return max(font.pointSizeF(), MIN_BODY_POINTS)


def set_role(widget: QWidget, role: str, bold: bool = False) -> None:
    """Give a widget's text one of the type scale's sizes."""
    font = QFont(widget.font())
    font.setPointSizeF(body_points() * SCALE[role])
    font.setBold(bold)
    widget.setFont(font)


def apply(app: QApplication) -> None:
    font = app.font()
    if font.pointSizeF() < MIN_BODY_POINTS:
        font.setPointSizeF(MIN_BODY_POINTS)
        app.setFont(font)
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, SURFACE),
        (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet())


def stylesheet() -> str:
    pad = round(body_points() * 0.5)
    return f"""
    QWidget#page {{ background: {BACKGROUND}; }}
    QLabel {{ color: {TEXT}; }}
    QLabel[muted="true"] {{ color: {MUTED}; }}
    QPushButton {{
        background: {SURFACE}; color: {TEXT};
        border: 2px solid {BORDER}; border-radius: 10px;
        padding: {pad}px {pad + 4}px;
        min-height: {MIN_TARGET - 2 * pad - 4}px;
    }}
    QPushButton:hover {{ background: {ACCENT_SOFT}; }}
    QPushButton:pressed {{ background: #CFDDEE; }}
    QPushButton:focus {{ border: 4px solid {FOCUS}; padding: {pad - 2}px {pad + 2}px; }}
    QPushButton:disabled {{ color: #7A7F87; border-color: #D8D3CC; background: #F2EFEA; }}
    QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
    QPushButton[primary="true"]:hover {{ background: #174E8C; }}
    QPushButton[primary="true"]:focus {{ border: 4px solid {FOCUS}; }}
    QPushButton:checked {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; color: {ACCENT}; }}
    QPushButton:checked:focus {{ border: 4px solid {FOCUS}; }}
    QPushButton#danger {{ color: #8C1D18; border-color: #B3261E; }}
    QPushButton#danger:hover {{ background: #FBE9E7; }}
    QPushButton#danger:focus {{ border: 4px solid {FOCUS}; }}
    QLabel#urgent {{ color: #8C1D18; font-weight: bold; }}
    QPushButton#card {{ text-align: left; padding: {pad}px; border-radius: 14px; }}
    QPushButton#card:focus {{ padding: {pad - 2}px; }}
    QFrame#note {{ background: {WARNING_BG}; border: 2px solid {WARNING_BORDER}; border-radius: 10px; }}
    QFrame#panel {{ background: {SURFACE}; border: 1px solid #E2DDD5; border-radius: 14px; }}
    QFrame#confirm {{ background: {WARNING_BG}; border: 2px solid {WARNING_BORDER}; border-radius: 12px; }}
    QLabel#caption {{
        background: {SURFACE}; border-left: 6px solid {ACCENT}; border-radius: 6px; padding: 8px 12px;
    }}
    QLabel#notice {{
        background: {WARNING_BG}; border: 1px solid {WARNING_BORDER}; border-radius: 8px; padding: 6px 12px;
    }}
    QLabel#badge {{
        background: {ACCENT_SOFT}; color: {ACCENT}; border-radius: 8px; padding: 4px 12px; font-weight: bold;
    }}
    QProgressBar {{ border: none; background: #E7E2DA; border-radius: 5px; max-height: 10px; }}
    QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QCheckBox {{ spacing: 12px; min-height: {MIN_TARGET}px; }}
    QCheckBox::indicator {{ width: 26px; height: 26px; }}
    """
