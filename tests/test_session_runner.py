"""The session runner end to end, without the window: stand-in dialogs and player, the FakeClock and
FakeTimers, and the real history (SQLite on its own thread)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from neuroguide.app.session_driver import SessionDriver
from neuroguide.app.session_runner import SessionParts, SessionRunner, Stage
from neuroguide.app.timers import FakeTimers
from neuroguide.core.checkin import CheckIn
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library
from neuroguide.core.options import Giver, SessionOptions
from neuroguide.core.outcome import StopReason
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.safety import BY_ID, Decision, decide, parse_typed
from neuroguide.core.session import Event, Phase, SessionFinished
from neuroguide.store.history import HistoryStore, SessionRecord
from neuroguide.store.recorder import SessionRecorder
from neuroguide.store.worker import HistoryWorker
from tests.test_safety import all_answers


class Prompts:
    """The dialogs, answered by the test: each question waits in ``asked`` until answered."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: dict[str, Callable[..., None]] = {}
        self.givers: dict[str, Giver] = {}  # who each check-in was told gives the session

    def screen(self, routine: Routine, answer: Callable[[Decision | None], None]) -> None:
        self._ask("screen", answer)

    def check_in_before(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None], None]
    ) -> None:
        self.givers["before"] = giver
        self._ask("before", answer)

    def check_in_after(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None, str], None]
    ) -> None:
        self.givers["after"] = giver
        self._ask("after", answer)

    def _ask(self, name: str, answer: Callable[..., None]) -> None:
        self.asked.append(name)
        self.answers[name] = answer


class Screen:
    """The player page: what it was shown and what it heard."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self.shown: tuple[SessionDriver, SessionOptions, Decision | None] | None = None
        self.events: list[Event] = []
        self.changes: list[tuple[CheckIn, CheckIn]] = []
        self.on_finished: Callable[[], None] = lambda: None

    @property
    def widget(self) -> QWidget:
        return self._widget

    def show_session(self, driver: SessionDriver, options: SessionOptions, decision: Decision | None) -> None:
        assert driver.engine.phase is Phase.READY  # shown first, started once everyone listens
        self.shown = (driver, options, decision)

    def on_event(self, event: Event) -> None:
        self.events.append(event)
        if isinstance(event, SessionFinished):
            self.on_finished()

    def show_change(self, before: CheckIn, after: CheckIn) -> None:
        self.changes.append((before, after))


class Reminders:
    def __init__(self) -> None:
        self.done = 0
        self.on_done: Callable[[], None] = lambda: None

    def session_done(self) -> None:
        self.done += 1
        self.on_done()


class Voice:
    def __init__(self, heard: list[str]) -> None:
        self.heard = heard
        self.attached: Routine | None = None

    def attach(self, routine: Routine, caregiver: bool, steps: tuple[PlannedStep, ...]) -> None:
        self.attached = routine

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished):
            self.heard.append("voice")

    def detach(self) -> None:
        self.attached = None


@pytest.fixture
def worker(data_dir: Path) -> Iterator[HistoryWorker]:
    history = HistoryWorker(data_dir)
    history.opened.result()
    yield history
    history.close()


@pytest.fixture
def hand_relief(shipped: Library) -> Routine:
    routine = shipped.get("hand-relief")
    assert routine is not None
    return routine


class Rig:
    def __init__(
        self,
        qtbot: QtBot,
        routine: Routine,
        clock: FakeClock,
        worker: HistoryWorker | None,
        voice: Voice | None = None,
        options: SessionOptions | None = None,
    ) -> None:
        widget = QWidget()
        qtbot.addWidget(widget)
        self.clock = clock
        self.timers = FakeTimers(clock)
        self.prompts = Prompts()
        self.screen = Screen(widget)
        self.reminders = Reminders()
        self.history_changed = 0
        self.worker = worker
        parts = SessionParts(clock, self.timers, self.prompts, self.screen, worker, lambda: voice)
        parts.reminders, parts.history_changed = self.reminders, self._changed
        self.runner = SessionRunner(routine, options or SessionOptions(), parts)
        self.voice = voice

    def shown(self) -> tuple[SessionDriver, SessionOptions, Decision | None] | None:
        return self.screen.shown

    def stage(self) -> Stage:
        """The runner's stage now (read afresh each time: every answer moves it on)."""
        return self.runner.stage

    def screened_and_checked_in(self, before: CheckIn | None = None) -> None:
        """Started, with no reason not to massage today, and the scores before given (or skipped)."""
        self.runner.start()
        self.prompts.answers["screen"](accepted(self.runner.routine, {}))
        self.prompts.answers["before"](before)

    def _changed(self) -> None:
        self.history_changed += 1

    def run_until_over(self) -> None:
        """Move the clock to each moment the session's timer is set for, and let it fire."""
        for _ in range(10_000):
            due = [timer.deadline for timer in self.timers.active() if timer.deadline is not None]
            if not due:
                return
            self.clock.advance(max(0.0, min(due) - self.clock.monotonic()))
            self.timers.fire_due()
        raise AssertionError("the session did not end")

    def stored(self) -> list[SessionRecord]:
        assert self.worker is not None
        self.worker.call(lambda store: None).result()  # after every write queued so far
        with HistoryStore(self.worker.data_dir, read_only=True) as store:
            return store.sessions(with_steps=True)


def accepted(routine: Routine, given: dict[str, str]) -> Decision:
    answers = {key: parse_typed(BY_ID[key], value) for key, value in all_answers(routine, given).items()}
    return decide(routine, answers)


def test_screening_check_in_session_and_check_in_after_in_turn(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker)
    stages: list[Stage] = []
    rig.runner.stage_changed.connect(stages.append)
    rig.runner.start()
    assert rig.prompts.asked == ["screen"] and rig.stage() is Stage.SCREENING
    decision = accepted(hand_relief, {"open-skin": "left hand"})
    rig.prompts.answers["screen"](decision)
    assert rig.prompts.asked == ["screen", "before"] and not rig.shown()  # nothing runs yet
    rig.prompts.answers["before"](CheckIn("before", {("right hand", "pain"): 6}))
    shown = rig.shown()
    assert rig.stage() is Stage.RUNNING and shown is not None
    driver, _options, shown_decision = shown
    assert shown_decision is decision
    assert [step.place for step in driver.engine.steps] == [step.place for step in decision.steps]
    assert "left hand" not in {step.place for step in driver.engine.steps}  # left out, as screened
    assert driver.engine.phase is Phase.LEAD_IN  # started by the runner, after every subscriber listened

    rig.run_until_over()  # the FakeTimers fire the driver's wake-ups as the clock reaches them
    assert isinstance(rig.screen.events[-1], SessionFinished)
    assert rig.stage() is Stage.CHECK_IN_AFTER and rig.reminders.done == 1
    (record,) = rig.stored()
    assert record.status == "finished" and len(record.steps) == len(decision.steps)  # each step's end
    assert all(step.completed for step in record.steps)
    assert record.before is not None and record.before.scores == {("right hand", "pain"): 6}

    rig.prompts.answers["after"](CheckIn("after", {("right hand", "pain"): 3}), "Sam")
    assert rig.stage() is Stage.DONE and rig.runner.over
    (record,) = rig.stored()
    assert record.after is not None and record.after.scores == {("right hand", "pain"): 3}
    assert record.performed_by == "Sam"
    assert rig.screen.changes == [(record.before, record.after)]  # the end shows how the scores moved
    assert rig.history_changed == 2  # once the session ended, once its check-in after was kept
    assert stages == [Stage.SCREENING, Stage.CHECK_IN_BEFORE, Stage.RUNNING, Stage.CHECK_IN_AFTER, Stage.DONE]


@pytest.mark.parametrize("answer", ["closed", "not today"])
def test_a_screening_that_says_no_or_is_closed_starts_nothing(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker, answer: str
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker)
    rig.runner.start()
    decision = None if answer == "closed" else accepted(hand_relief, {"fever": "yes"})
    assert decision is None or not decision.may_start
    rig.prompts.answers["screen"](decision)
    assert rig.stage() is Stage.CANCELLED and rig.prompts.asked == ["screen"]
    assert rig.screen.shown is None and rig.stored() == []
    rig.prompts.answers["screen"](accepted(hand_relief, {}))  # a late answer changes nothing
    assert rig.stage() is Stage.CANCELLED and rig.screen.shown is None


def test_a_window_that_lets_the_session_go_while_a_question_is_open(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker)
    rig.runner.start()
    rig.prompts.answers["screen"](accepted(hand_relief, {}))
    rig.runner.close()  # say, the person chose another routine from a reminder
    rig.prompts.answers["before"](None)
    assert rig.stage() is Stage.CANCELLED and rig.screen.shown is None


def test_the_check_in_after_is_kept_even_when_the_window_lets_the_session_go(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker, Voice([]))
    rig.screened_and_checked_in()
    assert rig.voice is not None and rig.runner.voice is rig.voice and rig.voice.attached is hand_relief
    rig.run_until_over()
    voice = rig.voice
    rig.runner.close()  # say, a reminder started the next session while the check-in after is open
    assert voice.attached is None and rig.stage() is Stage.CHECK_IN_AFTER
    rig.prompts.answers["after"](CheckIn("after", {("left hand", "tingling"): 2}), "")
    assert rig.stage() is Stage.DONE
    (record,) = rig.stored()
    assert record.after is not None and record.after.scores == {("left hand", "tingling"): 2}
    assert rig.screen.changes == []  # no scores before (screened_and_checked_in skips them): no change


def test_stopping_for_safety_records_the_code_and_asks_nothing_after(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker)
    rig.screened_and_checked_in(None)  # the check-in skipped: the session runs all the same
    driver = rig.runner.driver
    assert driver is not None
    clock.advance(30)
    rig.timers.fire_due()
    driver.do(driver.engine.stop, StopReason.SAFETY)
    assert rig.stage() is Stage.DONE and rig.prompts.asked == ["screen", "before"]
    assert rig.reminders.done == 0  # stopped, not done: the reminder may still come
    (record,) = rig.stored()
    assert (record.status, record.stop_reason, record.stop_note) == ("stopped", "safety", "")
    assert record.before is None


def test_every_event_goes_to_the_subscribers_in_the_declared_order(
    qtbot: QtBot,
    hand_relief: Routine,
    clock: FakeClock,
    worker: HistoryWorker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard: list[str] = []  # who heard the session's end, in turn
    writes = SessionRecorder.on_event

    def recorder_hears(recorder: SessionRecorder, event: Event) -> None:
        if isinstance(event, SessionFinished):
            heard.append("recorder")
        writes(recorder, event)

    monkeypatch.setattr(SessionRecorder, "on_event", recorder_hears)
    rig = Rig(qtbot, hand_relief, clock, worker, Voice(heard))
    rig.runner.stage_changed.connect(
        lambda stage: heard.append("runner") if stage is Stage.CHECK_IN_AFTER else None
    )
    rig.screened_and_checked_in()
    runner = rig.runner
    assert runner.announcer is not None
    # the screen reader speaks at many moments; its word on the end comes after the voice's
    runner.announcer.announced.connect(lambda _text, _urgent: heard.append("announcer") if heard else None)
    declared = ["recorder", "voice", "announcer", "reminders", "player", "runner"]
    assert [subscriber.name for subscriber in runner.subscribers] == declared
    # one hop from the runner to where a step's end is written
    assert runner.recorder is not None and runner.subscribers[0].on_event == runner.recorder.on_event

    rig.screen.on_finished = lambda: heard.append("player")
    rig.reminders.on_done = lambda: heard.append("reminders")
    rig.run_until_over()
    assert heard == declared


def test_without_a_history_nothing_is_asked_around_the_session(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock
) -> None:
    rig = Rig(qtbot, hand_relief, clock, None)
    rig.runner.options = SessionOptions(screening=False)
    rig.runner.start()
    assert rig.prompts.asked == [] and rig.stage() is Stage.RUNNING
    assert [subscriber.name for subscriber in rig.runner.subscribers] == [
        "announcer",
        "reminders",
        "player",
        "runner",
    ]
    rig.run_until_over()
    assert rig.stage() is Stage.DONE and rig.prompts.asked == []


CAREGIVER = SessionOptions(caregiver_mode=True, caregiver_name="Sam", person_name="Robert")


def run_to_the_check_in_after(rig: Rig) -> None:
    rig.screened_and_checked_in()
    rig.run_until_over()
    assert rig.stage() is Stage.CHECK_IN_AFTER


@pytest.mark.parametrize(
    ("options", "routine_id", "recorded"),
    [
        (CAREGIVER, "hand-relief", "Sam"),
        (SessionOptions(caregiver_mode=True), "hand-relief", "caregiver"),  # a helper, not named
        (SessionOptions(caregiver_name="Sam"), "swedish-strokes", "Sam"),  # only a helper gives it
        (SessionOptions(caregiver_name="Sam"), "hand-relief", ""),  # the person, alone
    ],
    ids=["caregiver mode", "caregiver mode without a name", "a caregiver's routine", "alone"],
)
def test_a_skipped_check_in_after_records_who_gave_the_session(
    qtbot: QtBot,
    shipped: Library,
    clock: FakeClock,
    worker: HistoryWorker,
    options: SessionOptions,
    routine_id: str,
    recorded: str,
) -> None:
    routine = shipped.get(routine_id)
    assert routine is not None
    rig = Rig(qtbot, routine, clock, worker, options=options)
    run_to_the_check_in_after(rig)
    rig.prompts.answers["after"](None, "")  # skipped: the dialog says nothing of who did it
    assert rig.stage() is Stage.DONE
    (record,) = rig.stored()
    assert record.after is None and record.performed_by == recorded
    assert record.performer_words == (recorded or "self")
    assert rig.prompts.givers["after"].performer == recorded
    assert rig.history_changed == 2  # the session's end, then who did it


def test_the_check_ins_are_told_who_helps_whom_and_a_saved_one_records_its_answer(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker, options=CAREGIVER)
    run_to_the_check_in_after(rig)
    assert rig.prompts.givers == {
        "before": Giver(True, "Sam", "Robert"),
        "after": Giver(True, "Sam", "Robert"),
    }
    assert rig.stored()[0].performed_by == "Sam"  # from the start: it was given by the helper
    rig.prompts.answers["after"](CheckIn("after", {("right hand", "pain"): 2}), "Alex")
    (record,) = rig.stored()
    assert record.performed_by == "Alex" and record.after is not None  # another helper, as they said


def test_a_helper_can_say_the_person_did_it_alone(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    rig = Rig(qtbot, hand_relief, clock, worker, options=CAREGIVER)
    run_to_the_check_in_after(rig)
    rig.prompts.answers["after"](CheckIn("after", {}), "")
    (record,) = rig.stored()
    assert record.performed_by == "" and record.performer_words == "self"


def test_the_person_alone_is_not_asked_about_anyone(
    qtbot: QtBot, hand_relief: Routine, clock: FakeClock, worker: HistoryWorker
) -> None:
    options = SessionOptions(caregiver_name="Sam", person_name="Robert")  # a helper once, not today
    rig = Rig(qtbot, hand_relief, clock, worker, options=options)
    run_to_the_check_in_after(rig)
    assert rig.prompts.givers["after"] == Giver(False, "", "Robert")


def test_how_a_session_ended_is_said_from_its_codes() -> None:
    from neuroguide.ui.kit.words import outcome_words

    assert outcome_words("finished") == "finished"
    assert outcome_words("stopped", "safety") == "stopped early: Something's wrong"
    assert outcome_words("stopped", "person") == "stopped early: Stopped by the person"
    assert outcome_words("stopped", "other", "the phone rang") == "stopped early: the phone rang"
    assert outcome_words("stopped", "other") == "stopped early"
    assert outcome_words("interrupted") == "interrupted"


def test_a_routine_of_looking_only_asks_no_safety_questions_and_no_scores(
    qtbot: QtBot, shipped: Library, clock: FakeClock, worker: HistoryWorker
) -> None:
    foot_check = shipped.get("daily-foot-check")
    assert foot_check is not None and not foot_check.touches
    rig = Rig(qtbot, foot_check, clock, worker)
    stages: list[Stage] = []
    rig.runner.stage_changed.connect(stages.append)
    rig.runner.start()
    assert rig.prompts.asked == [] and rig.stage() is Stage.RUNNING  # looking needs no screening
    shown = rig.shown()
    assert shown is not None
    driver = shown[0]
    while driver.engine.phase is not Phase.ASKING:
        driver.do(driver.engine.next)
    driver.do(driver.engine.answer, frozenset())
    assert isinstance(rig.screen.events[-1], SessionFinished)
    assert rig.prompts.asked == [] and rig.stage() is Stage.DONE  # no scores after either
    assert stages == [Stage.RUNNING, Stage.DONE]  # the weekly questions follow a check-in after only
    (record,) = rig.stored()
    assert record.status == "finished" and record.found == "nothing" and record.before is None
