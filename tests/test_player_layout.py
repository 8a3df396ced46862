"""At double text, in the window a 1280×720 screen leaves room for (about 1264×650 inside a window
manager's frame and a panel), the player's questions never push the step away: while it asks whether
to stop, and while it asks what the skin check found, the step's instruction is read whole without
scrolling, and the buttons that matter lie inside the window, not cut off. Pictures of each are kept
in pytest's own folder (the ``screens`` fixture), to be looked at."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from neuroguide.core.session import Phase
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.pages.player import PlayerPage

# what a window manager's frame and a panel leave of a 1280x720 screen, and of a 1024x768 one
ROOMS = [QSize(1264, 650), QSize(1008, 700)]


@pytest.fixture(params=ROOMS, ids=lambda room: f"{room.width()}x{room.height()}")
def player(window: MainWindow, qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[PlayerPage]:
    """The morning foot care at its first step, at double text in a laptop's room."""
    window.resize(request.param)
    style.apply(qapp, text_percent=200)
    try:
        window.start_routine("foot-care")
        settle(qapp)
        assert window.size() == request.param
        yield window.player_page
    finally:
        style.apply(qapp, text_percent=100)


def settle(qapp: QApplication) -> None:
    for _ in range(4):  # the layouts' own requests, each posted by the one before
        qapp.processEvents()


def problems(player: PlayerPage, buttons: Sequence[QWidget]) -> list[str]:
    """What a person would miss: the instruction not whole in view, a button not wholly in view."""
    found = []
    label = player.instruction
    needed = label.heightForWidth(label.width())
    if needed > label.height() or not in_view(label):
        found.append(f"the instruction needs {needed} px, {seen(label).height()} in view")
    window = player.window()
    for button in buttons:
        box = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not button.isVisible() or not window.rect().contains(box) or not in_view(button):
            found.append(f"{button.accessibleName()} is not wholly in view: {seen(button)} of {box}")
    return found


def seen(widget: QWidget) -> QRect:
    """The part of ``widget`` that is drawn: what its parents (a scroll area's view among them) and
    anything lying over it leave of it."""
    return widget.visibleRegion().boundingRect() if widget.isVisible() else QRect()


def in_view(widget: QWidget) -> bool:
    return seen(widget) == widget.rect()


def shot(player: PlayerPage, screens: Path, name: str) -> None:
    window = player.window()
    size = f"{window.width()}x{window.height()}"
    assert window.grab().save(str(screens / f"player-{size}-200-{name}.png"))


def test_the_stop_question_takes_the_controls_place(
    player: PlayerPage, qapp: QApplication, screens: Path
) -> None:
    controls = [player.pause_button, player.next_button, player.wrong_button, player.stop_button]
    assert problems(player, controls) == []
    player.stop_button.click()
    settle(qapp)
    shot(player, screens, "stop-question")
    assert problems(player, [player.confirm_stop_button, player.keep_going_button]) == []
    # the countdown too stays in view, above the question, not scrolled away
    assert in_view(player.countdown)
    assert player.confirm_bar.isVisible() and not player.pause_button.isVisible()
    assert player.status.text() == "Paused."  # Space and Resume do nothing until it is answered
    player.keep_going_button.click()
    settle(qapp)
    assert not player.confirm_bar.isVisible() and player.pause_button.hasFocus()
    assert problems(player, controls) == []


def test_the_skin_checks_question_leaves_the_instruction_and_the_controls_in_view(
    player: PlayerPage, qapp: QApplication, screens: Path
) -> None:
    driver = player.driver
    assert driver is not None
    while driver.engine.phase is not Phase.ASKING:
        player.next_button.click()  # the timer started at once, then on to the question
    settle(qapp)
    shot(player, screens, "skin-check-question")
    assert player.found_bar.isVisible()
    answers = [button for button in player.found_buttons.values() if button.isVisibleTo(player)]
    assert len(answers) == 4  # no, right, left, both: the second question comes after a finding
    controls = [player.pause_button, player.next_button, player.wrong_button, player.stop_button]
    assert problems(player, [*answers, *controls, player.back_button]) == []
    # what cannot be used while the question waits steps aside; the picture gives way to the question
    assert not player.repeat_button.isVisible() and not player.add_button.isVisible()
    assert not player.illustration.isVisible()

    player.stop_button.click()  # one question at a time: the stop question in the place of both
    settle(qapp)
    shot(player, screens, "skin-check-stop-question")
    assert not player.found_bar.isVisible() and not player.pause_button.isVisible()
    assert problems(player, [player.confirm_stop_button, player.keep_going_button]) == []
    player.keep_going_button.click()
    settle(qapp)
    assert player.found_bar.isVisible() and player.found_question.hasFocus()
    assert problems(player, [*answers, *controls]) == []

    player.found_buttons["nothing"].click()
    settle(qapp)
    assert player.repeat_button.isVisible() and player.add_button.isVisible()
    assert player.illustration.isVisible() and in_view(player.countdown)
    assert player.routine_title.isVisible()  # given way, if at all, only while the question waited
    assert problems(player, controls) == []
