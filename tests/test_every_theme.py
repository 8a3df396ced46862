"""Every page and dialog: Tab follows reading order and every gap is on the spacing scale. (Each view in
every theme, text size and screen is rendered and checked for what is cut off, overlapping or out of
reach by tests/test_fits_the_screen.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.ui.kit import style
from tests.a11y_walk import every_view
from tests.layout_check import layout_problems, spacing_problems, tab_order_problems, tab_stops


def test_tab_follows_reading_order_everywhere(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    orders: dict[str, list[str]] = {}
    stops = 0
    for name, view in every_view(data_dir, clock, qtbot.addWidget):
        qtbot.waitExposed(view)
        QApplication.processEvents()
        stops += len(tab_stops(view))
        found = tab_order_problems(view)
        if found:
            orders[name] = found
    assert orders == {}
    assert stops >= 150


def test_the_checks_find_a_backward_tab_order_and_squeezed_words(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from neuroguide.ui.kit.widgets import Button, text_label

    box = QWidget()
    row = QHBoxLayout(box)
    first, second = Button("First"), Button("Second")
    row.addWidget(first)
    row.addWidget(second)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert tab_order_problems(box) == [] and layout_problems(box) == []
    backward = QWidget()
    row = QHBoxLayout(backward)
    right, left = Button("Right"), Button("Left")
    row.addWidget(right)  # Tab meets the right one first ...
    row.insertWidget(0, left)  # ... though the left one is placed before it
    qtbot.addWidget(backward)
    backward.show()
    qtbot.waitExposed(backward)
    assert len(tab_order_problems(backward)) == 1
    label = text_label("A sentence long enough to need two lines at this width, or more.")
    label.setParent(box)
    label.setGeometry(0, 0, 120, 20)  # one line's height for several lines of words
    label.show()
    assert any("needs" in problem for problem in layout_problems(box))


def test_every_gap_and_margin_is_on_the_spacing_scale(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    style.apply(qapp, style.LIGHT, 100)
    off: dict[str, list[str]] = {}
    for name, view in every_view(data_dir, clock, qtbot.addWidget):
        qtbot.waitExposed(view)
        found = spacing_problems(view, style.SPACING)
        if found:
            off[name] = found
    assert off == {}
