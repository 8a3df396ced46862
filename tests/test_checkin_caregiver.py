"""Sessions a caregiver gives: the check-ins ask the helper about the person by name, start "who did
it" at the helper, leave every score unscored, and the history records the helper whether the check-in
after is saved or skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.app.timers import FakeTimers
from neuroguide.core.checkin import CheckIn, limbs_for
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library
from neuroguide.core.options import Giver, session_options
from neuroguide.core.people import People
from neuroguide.core.routine import Routine
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.ui.dialogs.checkin import ALONE, CheckInDialog
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.session_view import SessionPrompts
from tests.conftest import WindowOpener

ROBERT = Giver(True, "Sam", "Robert")


def dialog_for(qtbot: QtBot, moment: str, giver: Giver) -> CheckInDialog:
    dialog = CheckInDialog(moment, ("right foot", "left foot"), "Morning foot care", giver)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("moment", "giver", "heading", "title"),
    [
        ("before", ROBERT, "Before you start: how does Robert feel?", "How is Robert feeling?"),
        ("after", ROBERT, "How does Robert feel now?", "How is Robert feeling?"),
        (
            "before",
            Giver(True, "Sam", ""),
            "Before you start: how does the person you help feel?",
            "How are they feeling?",
        ),
        ("after", Giver(True, "", ""), "How does the person you helped feel now?", "How are they feeling?"),
        ("before", ALONE, "Before you start: how do you feel?", "How are you feeling?"),
        ("after", Giver(False, "", "Robert"), "How do you feel now?", "How are you feeling?"),
    ],
    ids=[
        "before, named",
        "after, named",
        "before, unnamed",
        "after, unnamed",
        "before, alone",
        "after, alone",
    ],
)
def test_a_helper_is_asked_about_the_person_and_the_person_about_themself(
    qtbot: QtBot, moment: str, giver: Giver, heading: str, title: str
) -> None:
    dialog = dialog_for(qtbot, moment, giver)
    assert dialog.heading.text() == heading
    assert dialog.windowTitle() == f"{title} — NeuroGuide"
    intro = dialog.intro.text()
    assert intro.startswith("Morning foot care. ")
    if giver.helped:
        assert "Ask them to score each" in intro and "the worst they can imagine" in intro
    else:
        assert "Score each" in intro and "the worst you can imagine" in intro


@pytest.mark.parametrize(
    ("giver", "alone", "by_helper", "performer"),
    [
        (ROBERT, "Robert did it alone", True, "Sam"),
        (Giver(True, "", "Robert"), "Robert did it alone", True, "caregiver"),
        (Giver(True, "Sam", ""), "They did it alone", True, "Sam"),
        (ALONE, "I did it myself", False, ""),
    ],
    ids=["named helper", "unnamed helper", "unnamed person", "alone"],
)
def test_who_did_it_starts_at_whoever_gave_the_session_and_nothing_else_is_assumed(
    qtbot: QtBot, giver: Giver, alone: str, by_helper: bool, performer: str
) -> None:
    dialog = dialog_for(qtbot, "after", giver)
    assert dialog.by_self.text() == alone and dialog.by_self.accessibleName() == alone
    assert dialog.by_caregiver.isChecked() is by_helper and dialog.by_self.isChecked() is not by_helper
    assert dialog.caregiver_name is not None and dialog.caregiver_name.text() == giver.helper
    assert dialog.performed_by == performer
    # the scores and the skin check start empty: only who gave it is a fact known beforehand
    assert all(scale.value is None for scale in dialog.scales.values())
    assert not any(box.isChecked() for box in dialog.skin.values())
    assert dialog.soreness is not None and not dialog.soreness.isChecked()
    assert dialog.fatigue is not None and not dialog.fatigue.isChecked()
    dialog.by_self.setChecked(True)  # the helper says the person did it alone after all
    assert dialog.performed_by == ""


def test_an_ampersand_in_a_name_shows_as_typed(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, "after", Giver(True, "Sam", "Ann & Bob"))
    assert dialog.by_self.text() == "Ann && Bob did it alone"  # shown as "&", not a keyboard shortcut
    assert dialog.by_self.accessibleName() == "Ann & Bob did it alone"


class Asked:
    """What the real check-in dialogs answered through SessionPrompts."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, routine: Routine) -> None:
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.settings = Settings.load(tmp_path / "settings.json")
        clock = FakeClock()
        self.prompts = SessionPrompts(self.parent, self.settings, clock, FakeTimers(clock))
        self.routine = routine
        self.answers: list[tuple[CheckIn | None, str]] = []

    def after(self, giver: Giver, answer: Callable[[CheckInDialog], None]) -> tuple[CheckIn | None, str]:
        self.prompts.check_in_after(self.routine, giver, lambda *given: self.answers.append(given))
        dialog = self.prompts.dialog
        assert isinstance(dialog, CheckInDialog) and dialog.limbs == limbs_for(self.routine)
        answer(dialog)
        (given,) = self.answers
        return given


@pytest.fixture
def asked(qtbot: QtBot, tmp_path: Path, shipped: Library) -> Asked:
    routine = shipped.get("hand-relief")
    assert routine is not None
    return Asked(qtbot, tmp_path, routine)


def test_a_skipped_check_in_after_answers_who_gave_the_session(asked: Asked) -> None:
    assert asked.after(ROBERT, lambda dialog: dialog.skip_button.click()) == (None, "Sam")
    assert asked.settings.text("caregiver_name") == ""  # nothing typed: nothing to remember


def test_a_saved_check_in_after_answers_who_did_it_and_remembers_only_a_typed_name(asked: Asked) -> None:
    after, performer = asked.after(Giver(True, "", "Robert"), lambda dialog: dialog.save_button.click())
    assert after is not None and after.scores == {} and performer == "caregiver"
    assert asked.settings.text("caregiver_name") == ""  # never the stand-in "caregiver" as a name


def test_a_name_typed_in_the_check_in_after_is_offered_next_time(asked: Asked, qtbot: QtBot) -> None:
    def typed(dialog: CheckInDialog) -> None:
        assert dialog.caregiver_name is not None
        dialog.by_self.setChecked(True)
        qtbot.keyClicks(dialog.caregiver_name, "Alex")  # typing chooses "A caregiver" again
        dialog.save_button.click()

    assert asked.after(ALONE, typed)[1] == "Alex"
    assert asked.settings.text("caregiver_name") == "Alex"


def test_the_person_helped_is_the_current_person(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    people = People.load(tmp_path)
    assert session_options(settings, people).person_name == ""  # the first person, not named yet
    people.current = people.add("Robert").id
    assert session_options(settings, people).person_name == "Robert"
    assert session_options(settings).person_name == ""


def stored(data_dir: Path) -> list:  # type: ignore[type-arg]
    with HistoryStore(data_dir, read_only=True) as store:
        return store.sessions(with_steps=True)


def open_dialog(qtbot: QtBot, window: MainWindow) -> CheckInDialog:
    qtbot.waitUntil(
        lambda: isinstance(window.prompts.dialog, CheckInDialog) and window.prompts.dialog.isVisible()
    )
    dialog = window.prompts.dialog
    assert isinstance(dialog, CheckInDialog)
    return dialog


def test_in_caregiver_mode_the_window_asks_about_robert_and_records_the_helper(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    people = People.load(data_dir)
    people.current = people.add("Robert").id
    window = open_window(
        settings={"safety_check": False, "caregiver_mode": True, "caregiver_name": "Sam"},
        history=True,
        people=people,
    )
    window.start_routine("hand-relief")
    before = open_dialog(qtbot, window)
    assert before.heading.text() == "Before you start: how does Robert feel?"
    before.skip_button.click()
    driver = window.player_page.driver
    assert driver is not None
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()
    assert window.player_page.finished_summary.text() == (
        "You finished Hand relief: 8 min, 12 of 12 steps, both hands."
    )
    after = open_dialog(qtbot, window)
    assert after is not before and after.heading.text() == "How does Robert feel now?"
    assert after.by_caregiver.isChecked() and after.performed_by == "Sam"
    after.reject()  # closed without saving, as Escape does
    assert after.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.over)
    qtbot.waitUntil(
        lambda: bool(stored(data_dir)) and stored(data_dir)[0].performed_by == "Sam", timeout=5000
    )
    (record,) = stored(data_dir)
    assert record.after is None and record.before is None and record.performer_words == "Sam"
    window.close()
