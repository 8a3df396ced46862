"""No accidental edits: the wheel, turned to scroll a page, never changes a combo box, spin box, time
or date that the person has not chosen to change (it has no focus); the page scrolls instead."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neuroguide.core.options import Giver
from neuroguide.core.settings import Settings
from neuroguide.ui.dialogs.checkin import CheckInDialog, ScoreScale
from neuroguide.ui.dialogs.marker import MarkerDialog
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from tests.test_settings_dialog import active

VALUED = (QComboBox, QAbstractSpinBox, QAbstractSlider, ScoreScale)


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget``: negative is towards the person (down the page)."""
    middle = widget.rect().center()
    event = QWheelEvent(
        QPointF(middle),
        QPointF(widget.mapToGlobal(middle)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def valued(dialog: QDialog) -> list[QWidget]:
    """Every control in ``dialog`` that holds a value a wheel could change (a scroll bar is for the wheel)."""
    found = dialog.findChildren(QWidget)
    return [w for w in found if isinstance(w, VALUED) and not isinstance(w, QScrollBar)]


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    assert isinstance(widget, ScoreScale)
    return widget.value


def wheel_over_all(dialog: QDialog, elsewhere: QWidget) -> list[QWidget]:
    """Wheel up and down over each control, with the focus on ``elsewhere``; the controls."""
    controls = valued(dialog)
    before = [value_of(widget) for widget in controls]
    for widget in controls:
        elsewhere.setFocus()
        assert not widget.hasFocus()
        for notches in (-1, -1, 2, 1, -3):
            wheel(widget, notches)
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget.accessibleName()
    assert [value_of(widget) for widget in controls] == before
    return controls


Shown = TypeVar("Shown", bound=QDialog)


def shown(qtbot: QtBot, dialog: Shown, height: int) -> Shown:
    dialog.resize(dialog.width(), height)
    return active(qtbot, dialog)


def test_the_wheel_over_settings_changes_nothing_and_scrolls_the_page(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    style.apply(qapp)
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.set("profile_cause", "diabetes")
    saved = path.read_text(encoding="utf-8")
    dialog = shown(qtbot, SettingsDialog(settings), 420)
    scroll = next(area for area in dialog.findChildren(QScrollArea) if area.widget() is not None)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0

    close = next(button for button in dialog.findChildren(QWidget) if button.accessibleName() == "Close")
    controls = wheel_over_all(dialog, close)
    assert {type(widget).__name__ for widget in controls} >= {"QComboBox", "QSpinBox", "QTimeEdit"}
    assert dialog.cause in controls and dialog.rate in controls
    assert settings.text("profile_cause") == "diabetes"
    assert path.read_text(encoding="utf-8") == saved

    bar.setValue(0)
    close.setFocus()
    wheel(dialog.cause, -2)
    assert bar.value() > 0, "the page scrolls where a wheel over a control changed nothing"
    assert dialog.cause.currentData() == "diabetes"


def test_a_control_with_focus_still_follows_the_wheel(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown(qtbot, SettingsDialog(Settings.load(tmp_path / "settings.json")), 600)
    dialog.lead_in.setFocus()
    assert dialog.lead_in.hasFocus()
    value = dialog.lead_in.value()
    wheel(dialog.lead_in, 1)
    assert dialog.lead_in.value() == value + 1  # chosen on purpose: the wheel is one way to set it


@pytest.mark.parametrize("moment", ["before", "after"])
def test_the_wheel_over_a_check_in_changes_no_score(qtbot: QtBot, moment: str) -> None:
    dialog = CheckInDialog(moment, ("right foot", "left foot"), "Morning foot care", Giver(True, "Sam"))  # type: ignore[arg-type]
    shown(qtbot, dialog, 500)
    scales = list(dialog.scales.values())
    scales[0].set_value(3)
    controls = wheel_over_all(dialog, dialog.skip_button)
    assert set(scales) <= set(controls)
    assert scales[0].value == 3 and all(scale.value is None for scale in scales[1:])


def test_the_wheel_over_a_markers_day_leaves_the_day(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = MarkerDialog(parent, lambda _day, _words: None)
    shown(qtbot, dialog, 300)
    wheel_over_all(dialog, dialog.label)
    assert dialog.day in valued(dialog)
