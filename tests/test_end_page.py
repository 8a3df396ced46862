"""The end of a session says what was done and where ("8 of 10 steps, both feet"), praises only a
session that counts (core.counting), and, when both check-ins were given, how the scores moved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from neuroguide.core.checkin import CheckIn
from neuroguide.core.clock import FakeClock
from neuroguide.core.session import SessionFinished, SessionStopped
from neuroguide.ui.pages.player.end_views import FinishedView, places_words
from tests.conftest import WindowOpener


@pytest.fixture
def view(qtbot: QtBot) -> FinishedView:
    shown = FinishedView()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.mark.parametrize(
    ("event", "title", "words"),
    [
        (
            SessionFinished(elapsed=600, remaining=0, steps_completed=10, steps_total=10),
            "Well done",
            "You finished Hand relief: 10 min, 10 of 10 steps.",
        ),
        (
            SessionFinished(elapsed=20, remaining=0, steps_completed=0, steps_total=10),
            "Session over",
            "You reached the end of Hand relief: under a minute, 0 of 10 steps done in full.",
        ),
        (
            SessionStopped(elapsed=300, remaining=300, steps_completed=5, steps_total=10, reason="person"),
            "Session stopped",
            "with 5 of 10 steps done. Enough of it was done to count toward your week.",
        ),
        (
            SessionStopped(elapsed=60, remaining=540, steps_completed=1, steps_total=10, reason="person"),
            "Session stopped",
            "with 1 of 10 steps done. It is in your history, but does not count",
        ),
    ],
    ids=["finished", "skipped through", "stopped after half", "stopped early"],
)
def test_the_end_says_what_was_done_and_praises_only_what_counts(
    view: FinishedView, event: SessionFinished | SessionStopped, title: str, words: str
) -> None:
    view.show_end(event, "Hand relief")
    assert view.finished_title.text() == title
    assert words in view.finished_summary.text()
    praised = "Well done" in view.finished_title.text() + view.finished_summary.text()
    assert praised == (title == "Well done")
    assert not view.change.isVisible()  # until both check-ins are in


def test_the_end_shows_how_the_scores_moved(view: FinishedView) -> None:
    view.show_end(
        SessionFinished(elapsed=480, remaining=0, steps_completed=12, steps_total=12), "Hand relief"
    )
    before = CheckIn(
        "before", {("right hand", "pain"): 5, ("left hand", "pain"): 5, ("right hand", "tingling"): 4}
    )
    after = CheckIn(
        "after", {("right hand", "pain"): 3, ("left hand", "pain"): 3, ("right hand", "tingling"): 4}
    )
    view.show_change(before, after)
    assert view.change.isVisible()
    assert view.change.text() == "Before and after: Pain 5→3 · Tingling 4→4"
    view.show_end(
        SessionFinished(elapsed=480, remaining=0, steps_completed=12, steps_total=12), "Hand relief"
    )
    assert not view.change.isVisible()  # the next session's end starts without the last one's scores


FEET = frozenset({"right foot", "left foot"})
HANDS = frozenset({"right hand", "left hand"})


@pytest.mark.parametrize(
    ("done", "planned", "words"),
    [
        (FEET, FEET, "both feet"),
        (frozenset({"right foot"}), FEET, "right foot only"),  # the left left out or skipped
        (frozenset({"left foot"}), FEET, "left foot only"),
        (frozenset({"right foot"}), frozenset({"right foot"}), "right foot"),  # all that was planned
        (HANDS, HANDS, "both hands"),
        (frozenset({"left hand"}), HANDS, "left hand only"),
        (FEET | {"right hand"}, FEET | HANDS, "both feet and right hand only"),
        (frozenset(), FEET, ""),  # no step on a side done: nothing to name
    ],
    ids=["both feet", "right foot", "left foot", "one planned", "both hands", "left hand", "mixed", "none"],
)
def test_the_places_done_are_named(done: frozenset[str], planned: frozenset[str], words: str) -> None:
    assert places_words(done, planned) == words


@pytest.mark.parametrize(
    ("event", "done", "words"),
    [
        (
            SessionFinished(elapsed=600, remaining=0, steps_completed=8, steps_total=10),
            FEET,
            "You finished Morning foot care: 10 min, 8 of 10 steps, both feet.",
        ),
        (
            SessionFinished(elapsed=20, remaining=0, steps_completed=1, steps_total=10),
            frozenset({"right foot"}),
            "You reached the end of Morning foot care: under a minute, 1 of 10 steps done in full, "
            "right foot only.",
        ),
        (
            SessionStopped(elapsed=300, remaining=300, steps_completed=5, steps_total=10, reason="person"),
            frozenset({"right foot"}),
            "You stopped after 5 min, with 5 of 10 steps done, right foot only. Enough of it was done",
        ),
    ],
    ids=["finished", "skipped through", "stopped"],
)
def test_the_end_names_the_places_done(
    view: FinishedView, event: SessionFinished | SessionStopped, done: frozenset[str], words: str
) -> None:
    view.show_end(event, "Morning foot care", done, FEET)
    assert view.finished_summary.text().startswith(words)


def test_the_player_names_the_places_its_steps_were_done_on(
    open_window: WindowOpener, clock: FakeClock
) -> None:
    window = open_window(settings={"safety_check": False})
    window.start_routine("hand-relief")
    player = window.player_page
    driver = player.driver
    assert driver is not None
    while driver.engine.current is not None and driver.engine.current.side != "left":
        clock.advance(driver.engine.seconds_to_next_change() or 0)
        driver.wake()
    player.skip_side_button.click()  # the left hand left out as its first step began: not done there
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()
    assert player.finished_summary.text() == "You finished Hand relief: 4 min, 6 of 7 steps, right hand only."


def test_the_advice_speaks_to_the_helper_about_the_person(view: FinishedView) -> None:
    finished = SessionFinished(elapsed=600, remaining=0, steps_completed=10, steps_total=10)
    view.show_end(finished, "Gentle strokes", caregiver=True)
    assert view.finished_advice.text().startswith("Look at their skin once more")
    assert "your" not in view.finished_advice.text()
    view.show_end(finished, "Hand relief")
    assert view.finished_advice.text().startswith("Look at your skin once more")
