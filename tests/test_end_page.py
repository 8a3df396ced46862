"""The end of a session says what was done, praises only a session that counts (core.counting), and,
when both check-ins were given, how the scores moved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from neuroguide.core.checkin import CheckIn
from neuroguide.core.session import SessionFinished, SessionStopped
from neuroguide.ui.pages.player.end_views import FinishedView


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
