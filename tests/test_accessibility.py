"""Every page and dialog, read as a screen reader reads it (Qt's accessibility tree): no interactive
control without a name, none smaller than a fingertip, at 100% and at 200% text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import load_routine_library
from neuroguide.ui.dialogs.screening import ScreeningDialog
from neuroguide.ui.kit import style
from tests.a11y_walk import controls, every_view, problems


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_scale(request: pytest.FixtureRequest, qapp: QApplication):  # type: ignore[no-untyped-def]
    original = qapp.font()
    font = QFont(original)
    font.setPointSizeF(max(font.pointSizeF(), style.MIN_BODY_POINTS) * request.param)
    qapp.setFont(font)
    style.apply(qapp)
    yield request.param
    qapp.setFont(original)
    style.apply(qapp)


def test_every_page_and_dialog_is_named_and_big_enough(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, text_scale: float
) -> None:
    seen: dict[str, int] = {}
    for name, view in every_view(data_dir, clock, qtbot.addWidget):
        qtbot.waitExposed(view)
        QApplication.processEvents()
        assert problems(view) == [], name
        seen[name] = len(controls(view))
    assert len(seen) == 21 and all(count > 0 for count in seen.values()), seen
    assert sum(seen.values()) >= 150


def test_safety_answers_carry_their_question_for_a_screen_reader(qtbot: QtBot, data_dir: Path) -> None:
    library = load_routine_library(data_dir)
    dialog = ScreeningDialog(library.routines[0], {}, Settings(), caregiver=True)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [control.name for control in controls(dialog)]
    assert "No: Is one of their feet red, hot or swollen, or changing shape?" in names
    assert "Yes: Is one of their feet red, hot or swollen, or changing shape?" in names
