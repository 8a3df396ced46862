"""Checks inside a session: a check step that asks what it found, and a side left out on the way."""

from __future__ import annotations

import tomllib

import pytest

from neuroguide.core.clock import FakeClock
from neuroguide.core.outcome import StopReason, stopped_for_safety
from neuroguide.core.routine import Routine
from neuroguide.core.schema import parse
from neuroguide.core.session import (
    Answered,
    Phase,
    PlacesLeftOut,
    QuestionAsked,
    SessionEngine,
    SessionFinished,
    SessionStopped,
    StepFinished,
    StepStarted,
)
from tests.routine_text import VALID
from tests.test_session import make, names, run_to_end

ASKING = VALID.replace('technique = "check"\n', 'technique = "check"\nasks = "anything-found"\n', 1)


@pytest.fixture
def routine() -> Routine:
    parsed, issues = parse(Routine, tomllib.loads(ASKING))
    assert parsed is not None, issues
    return parsed


def to_the_question(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    while engine.phase is not Phase.ASKING:
        wait = engine.seconds_to_next_change()
        assert wait is not None
        clock.advance(wait)
        engine.poll()


def test_the_check_waits_for_its_answer_and_the_wait_is_not_session_time(
    routine: Routine, clock: FakeClock
) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    to_the_question(engine, clock)
    asked = events[-1]
    assert isinstance(asked, QuestionAsked) and asked.places == ("right foot", "left foot")
    assert isinstance(events[-2], StepFinished) and events[-2].completed
    assert engine.seconds_to_next_change() is None  # nothing is due: no answer is assumed
    clock.advance(3600)
    engine.poll()
    engine.next()  # moving on needs an answer
    engine.repeat()
    engine.add_time()
    engine.pause()
    assert engine.phase is Phase.ASKING and engine.progress().elapsed == 20
    engine.answer(frozenset())
    assert isinstance(events[-2], Answered) and events[-2].found == frozenset()
    assert engine.current is not None and engine.current.key == "glide@right"
    run_to_end(engine, clock)
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.steps_completed == finished.steps_total == 5
    assert finished.elapsed == 20 + 2 * (60 + 30)


def test_what_the_check_found_is_left_out_for_the_rest_of_the_session(
    routine: Routine, clock: FakeClock
) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    to_the_question(engine, clock)
    engine.answer(frozenset({"left foot", "right hand"}))  # a place the check did not ask about is ignored
    left = next(event for event in events if isinstance(event, PlacesLeftOut))
    assert left.places == frozenset({"left foot"}) and left.reason == "check"
    assert [step.key for step in left.steps] == ["check", "glide@right", "circles@right"]
    assert [step.number for step in engine.steps] == [1, 2, 3]
    run_to_end(engine, clock)
    assert "StepStarted:glide@left" not in names(events)
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.steps_total == 3


def test_next_ends_the_looking_early_and_back_returns_to_it(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(8)
    engine.next()
    assert engine.phase is Phase.ASKING
    done = [event for event in events if isinstance(event, StepFinished)][-1]
    assert done.completed and done.seconds_done == 8
    engine.back()
    assert engine.phase is Phase.RUNNING and engine.current is not None and engine.current.key == "check"
    clock.advance(20)
    engine.poll()
    assert engine.phase is Phase.ASKING


def test_stop_while_asking_ends_the_session(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    to_the_question(engine, clock)
    clock.advance(30)
    engine.stop(StopReason.PERSON)
    stopped = events[-1]
    assert isinstance(stopped, SessionStopped)
    assert stopped.steps_completed == 1 and stopped.elapsed == 20


def test_an_untimed_check_asks_when_the_person_moves_on(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0, untimed=True)
    engine.start()
    clock.advance(45)
    engine.poll()
    assert engine.phase is Phase.RUNNING
    engine.next()
    assert engine.phase is Phase.ASKING
    assert [event for event in events if isinstance(event, StepFinished)][-1].seconds_done == 45


def test_skip_this_side_leaves_out_the_rest_of_it(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    to_the_question(engine, clock)
    engine.answer(frozenset())
    clock.advance(10)
    engine.leave_out_current_place()  # on glide@right, ten seconds in
    skipped = [event for event in events if isinstance(event, StepFinished)][-1]
    assert skipped.step.key == "glide@right" and not skipped.completed and skipped.seconds_done == 10
    left = next(event for event in events if isinstance(event, PlacesLeftOut))
    assert left.places == frozenset({"right foot"}) and left.reason == "person"
    assert engine.current is not None and engine.current.key == "glide@left"
    assert [step.key for step in engine.steps] == ["check", "glide@right", "glide@left", "circles@left"]
    engine.leave_out_current_place()
    finished = events[-1]
    assert isinstance(finished, SessionFinished)  # nothing left to do
    assert finished.steps_total == 3 and finished.steps_completed == 1


def test_an_urgent_finding_stops_the_session_for_safety_and_is_kept(
    routine: Routine, clock: FakeClock
) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    to_the_question(engine, clock)
    clock.advance(600)  # the question's wait is not session time
    engine.answer(frozenset({"right foot"}), urgent=True)
    answered = next(event for event in events if isinstance(event, Answered))
    assert answered.found == frozenset({"right foot"}) and answered.urgent
    stopped = events[-1]
    assert isinstance(stopped, SessionStopped) and stopped.reason == StopReason.SAFETY
    assert stopped.steps_completed == 1 and stopped.elapsed == 20
    assert stopped_for_safety(stopped)
    assert engine.phase is Phase.STOPPED
    after = events[events.index(answered) :]
    assert not any(isinstance(event, PlacesLeftOut | StepStarted) for event in after)
