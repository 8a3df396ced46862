"""Every page and dialog in every theme, at 100% and 200% text: rendered to PNG for a person to look
at side by side (screens/themes/ in pytest's temporary folder), and checked for words cut off,
squeezed controls, things pushed out of their box or lying on top of each other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.ui.kit import style
from tests.a11y_walk import every_view
from tests.layout_check import layout_problems, spacing_problems, tab_order_problems, tab_stops

THEMES = list(style.THEMES.values())


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    style.apply(qapp, style.LIGHT, 100)


@pytest.mark.parametrize("percent", [100, 200], ids=["100%", "200%"])
@pytest.mark.parametrize("theme", THEMES, ids=[theme.name for theme in THEMES])
def test_every_view_in_every_theme_and_size(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    clock: FakeClock,
    screens: Path,
    theme: style.Theme,
    percent: int,
) -> None:
    style.apply(qapp, theme, percent)
    folder = screens / "themes"
    folder.mkdir(exist_ok=True)
    problems: dict[str, list[str]] = {}
    seen = 0
    for name, view in every_view(data_dir, clock, qtbot.addWidget):
        qtbot.waitExposed(view)
        QApplication.processEvents()
        view.grab().save(str(folder / f"{theme.name}-{percent}-{name.replace(' ', '-')}.png"))
        found = layout_problems(view)
        if found:
            problems[name] = found
        seen += 1
    assert seen == 15
    report = "".join(f"{name}: {line}\n" for name, lines in problems.items() for line in lines)
    (folder / f"{theme.name}-{percent}-layout-problems.txt").write_text(report, encoding="utf-8")
    assert problems == {}, "\n".join(f"{name}: {line}" for name, lines in problems.items() for line in lines)


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
