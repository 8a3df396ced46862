"""The style sheet: one template over the theme's colours and the sizes that follow the text size,
and the small drawings (check mark, chevrons) it points to as files."""

from __future__ import annotations

from neuroguide.ui.kit.themes import Theme

MIN_TARGET = 48  # logical px; above the 44 px minimum, for numb fingers
SCROLL_RING = 3  # px each side: the focus mark of a scroll area that the keys scroll

# Small drawings the style sheet needs as files (it takes no inline pictures), one a colour that a
# theme paints them in, shipped in assets/icons/style (tests/test_themes.py checks every one is there).
MARKS = {
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5" stroke-width="3"/>',
    "down": '<path d="M6 9l6 6 6-6" stroke-width="2.5"/>',
    "up": '<path d="M6 15l6-6 6 6" stroke-width="2.5"/>',
}


def mark_svg(name: str, colour: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="'
        f'{colour}" stroke-linecap="round" stroke-linejoin="round">{MARKS[name]}</svg>\n'
    )


def mark_colour(name: str, t: Theme) -> str:
    return t.on_accent if name == "check" else t.text


def mark_file(name: str, colour: str) -> str:
    """The path of a check mark or chevron drawn in ``colour``."""
    from neuroguide.core.resources import assets_dir

    return (assets_dir() / "icons" / "style" / f"{name}-{colour.lstrip('#').lower()}.svg").as_posix()


def build_stylesheet(t: Theme, body_points: float) -> str:
    """The style sheet for theme ``t`` at a body text size of ``body_points``."""
    pad = round(body_points * 0.5)
    arrow = round(body_points * 1.2)
    check, down, up = (mark_file(name, mark_colour(name, t)) for name in MARKS)
    return _TEMPLATE.format(
        t=t,
        check=check,
        down=down,
        up=up,
        pad=pad,
        pad_wide=pad + 4,
        pad_in=pad - 2,  # inside the thicker focus ring, so the button keeps its size
        pad_in_wide=pad + 2,
        button_height=MIN_TARGET - 2 * pad - 4,
        min_target=MIN_TARGET,
        arrow=arrow,
        arrow_box=arrow + 16,
        spin_arrow=arrow - 4,
        ring=SCROLL_RING,
    )


# Filled in by build_stylesheet: {t.<colour>} from the theme, the rest from the sizes it names.
_TEMPLATE = """
    QWidget#page {{ background: {t.background}; }}
    QLabel {{ color: {t.text}; }}
    QLabel[muted="true"] {{ color: {t.muted}; }}
    QPushButton {{
        background: {t.surface}; color: {t.text};
        border: 2px solid {t.border}; border-radius: 10px;
        padding: {pad}px {pad_wide}px;
    }}
    QDialogButtonBox QPushButton {{ min-height: {button_height}px; }}
    QPushButton:hover {{ background: {t.accent_soft}; }}
    QPushButton:pressed {{ background: {t.pressed}; }}
    QPushButton:focus {{ border: 4px solid {t.focus}; padding: {pad_in}px {pad_in_wide}px; }}
    QPushButton, QRadioButton[choice="true"] {{ outline: none; }}
    QPushButton:disabled {{
        color: {t.disabled_text}; border-color: {t.panel_border}; background: {t.disabled_bg};
    }}
    QPushButton[primary="true"] {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
    QPushButton[primary="true"]:hover {{ background: {t.accent_hover}; }}
    QPushButton[primary="true"]:focus {{ border: 4px solid {t.focus}; }}
    QPushButton[primary="true"]:disabled {{
        color: {t.disabled_text}; border-color: {t.panel_border}; background: {t.disabled_bg};
    }}
    QPushButton:checked {{
        background: {t.accent_soft}; border-color: {t.accent_text}; color: {t.accent_text};
    }}
    QPushButton:checked:focus {{ border: 4px solid {t.focus}; }}
    QPushButton#danger {{ color: {t.danger}; border-color: {t.danger}; }}
    QPushButton#danger:hover {{ background: {t.danger_hover}; }}
    QPushButton#danger:focus {{ border: 4px solid {t.focus}; }}
    QLabel#urgent {{ color: {t.danger}; font-weight: bold; }}
    QLabel#question {{ border: 4px solid transparent; border-radius: 8px; padding: 4px; }}
    QLabel#question:focus {{ border-color: {t.focus}; }}
    QPushButton#card {{ text-align: left; padding: {pad}px; border-radius: 14px; }}
    QPushButton#card:focus {{ padding: {pad_in}px; }}
    QFrame#note {{
        background: {t.warning_bg}; border: 2px solid {t.warning_border}; border-radius: 10px;
    }}
    QFrame#panel {{ background: {t.surface}; border: 1px solid {t.panel_border}; border-radius: 14px; }}
    QFrame#confirm {{
        background: {t.warning_bg}; border: 2px solid {t.warning_border}; border-radius: 12px;
    }}
    QLabel#caption {{
        background: {t.surface}; border-left: 6px solid {t.accent_text}; border-radius: 6px;
        padding: 8px 12px;
    }}
    QLabel#notice {{
        background: {t.warning_bg}; border: 1px solid {t.warning_border}; border-radius: 8px;
        padding: 6px 12px;
    }}
    QLabel#badge {{
        background: {t.accent_soft}; color: {t.accent_text}; border-radius: 8px; padding: 4px 12px;
        font-weight: bold;
    }}
    QProgressBar {{ border: none; background: {t.track}; border-radius: 5px; max-height: 10px; }}
    QProgressBar::chunk {{ background: {t.accent_text}; border-radius: 5px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea[keys="true"] {{ border: {ring}px solid transparent; border-radius: 8px; }}
    QScrollArea[keys="true"]:focus {{ border-color: {t.focus}; }}
    QCheckBox, QRadioButton {{ spacing: 12px; min-height: {min_target}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 26px; height: 26px; background: {t.surface}; border: 2px solid {t.border};
    }}
    QCheckBox::indicator {{ border-radius: 5px; }}
    QRadioButton::indicator {{ border-radius: 15px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({check}); }}
    QRadioButton::indicator:checked {{
        background: {t.on_accent}; border: 8px solid {t.accent}; width: 14px; height: 14px;
    }}
    QCheckBox:focus, QRadioButton:focus {{ outline: none; }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 3px solid {t.focus}; }}
    QRadioButton[choice="true"] {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 10px;
        padding: {pad}px {pad_wide}px; spacing: 0;
    }}
    QRadioButton[choice="true"]::indicator {{ width: 0; height: 0; border: none; background: transparent; }}
    QRadioButton[choice="true"]:hover {{ background: {t.accent_soft}; }}
    QRadioButton[choice="true"]:checked {{
        background: {t.accent_soft}; border-color: {t.accent_text}; color: {t.accent_text};
    }}
    QRadioButton[choice="true"]:focus {{ border: 4px solid {t.focus}; padding: {pad_in}px {pad_in_wide}px; }}
    QComboBox::drop-down, QDateEdit::drop-down {{
        subcontrol-origin: border; subcontrol-position: center right; width: {arrow_box}px;
        border: none; border-left: 1px solid {t.panel_border};
    }}
    QComboBox::down-arrow, QDateEdit::down-arrow {{
        image: url({down}); width: {arrow}px; height: {arrow}px;
    }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: {arrow_box}px; border: none;
        border-left: 1px solid {t.panel_border}; background: {t.surface};
    }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QAbstractSpinBox::up-arrow {{ image: url({up}); width: {spin_arrow}px; height: {spin_arrow}px; }}
    QAbstractSpinBox::down-arrow {{ image: url({down}); width: {spin_arrow}px; height: {spin_arrow}px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
    QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QDateEdit, QTimeEdit, QTextEdit, QPlainTextEdit {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 6px;
        padding: 2px 6px; selection-background-color: {t.accent}; selection-color: {t.on_accent};
    }}
    QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus, QDateEdit:focus,
    QTimeEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{ border: 3px solid {t.focus}; }}
    QComboBox QAbstractItemView {{
        background: {t.surface}; color: {t.text}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QTableView {{
        background: {t.surface}; color: {t.text}; gridline-color: {t.panel_border};
        border: 2px solid {t.border}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QTableView:focus {{ border: 3px solid {t.focus}; }}
    QHeaderView::section {{
        background: {t.background}; color: {t.text}; border: none;
        border-bottom: 2px solid {t.border}; padding: 4px 8px; font-weight: bold;
    }}
    QTextBrowser {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; }}
    QTextBrowser:focus {{ border: 3px solid {t.focus}; }}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {t.accent}; padding: 4px; }}
    QCalendarWidget QToolButton {{
        color: {t.on_accent}; background: transparent; border: 3px solid transparent;
        border-radius: 8px; padding: 4px 12px; font-weight: bold;
    }}
    QCalendarWidget QToolButton:hover {{ background: {t.accent_hover}; }}
    QCalendarWidget QToolButton:focus {{ border: 3px solid {t.focus}; }}
    QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
    QCalendarWidget QAbstractItemView {{
        background: {t.surface}; color: {t.text}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QCalendarWidget QAbstractItemView:focus {{ border: 3px solid {t.focus}; }}
    """
