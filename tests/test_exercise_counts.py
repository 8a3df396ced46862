"""An exercise's repetitions and hold are shown under the step's title and said after it."""

from __future__ import annotations

import tomllib

from PySide6.QtWidgets import QApplication

from neuroguide.core.prompts import PromptBook, exercise_words
from neuroguide.core.routine import Routine
from neuroguide.core.schema import parse
from neuroguide.ui.pages.player.step_view import StepView
from tests.routine_text import VALID

EXERCISE = VALID.replace(
    'technique = "circle"\npressure = "light"\n',
    'technique = "active-exercise"\npressure = "none"\nrepetitions = 10\nhold_seconds = 5\n',
)


def exercise_routine() -> Routine:
    routine, issues = parse(Routine, tomllib.loads(EXERCISE))
    assert routine is not None, issues
    return routine


def test_the_words_for_repetitions_and_holds() -> None:
    assert exercise_words(10, 5) == "10 times, holding each for 5 seconds"
    assert exercise_words(None, 30) == "Hold for 30 seconds"
    assert exercise_words(None, None) == ""


def test_the_voice_says_how_many_times_after_the_title() -> None:
    routine = exercise_routine()
    book = PromptBook(routine)
    circles = next(step for step in routine.plan() if step.step.id == "circles")
    said = book.step_text(circles)
    assert "Circles. 10 times, holding each for 5 seconds. Small circles." in said
    glide = next(step for step in routine.plan() if step.step.id == "glide")
    assert "times" not in book.step_text(glide)


def test_the_player_shows_how_many_times_under_the_title(qapp: QApplication) -> None:
    routine = exercise_routine()
    view = StepView()
    circles = next(step for step in routine.plan() if step.step.id == "circles")
    view.show_step(circles, caregiver=False)
    assert view.counts.text() == "10 times, holding each for 5 seconds"
    assert view.counts.isVisibleTo(view)
    glide = next(step for step in routine.plan() if step.step.id == "glide")
    view.show_step(glide, caregiver=False)
    assert not view.counts.isVisibleTo(view)
    view.deleteLater()
