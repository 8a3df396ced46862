"""The session engine's whole life on a fake clock: no test here sleeps."""

from __future__ import annotations

import logging
import random
import tomllib

import pytest

from neuroguide.core.clock import FakeClock
from neuroguide.core.routine import Routine
from neuroguide.core.schema import parse
from neuroguide.core.session import (
    Event,
    GetReady,
    Halfway,
    LastSeconds,
    Phase,
    SessionEngine,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStopped,
    StepFinished,
    StepStarted,
    TimeAdded,
)
from tests.routine_text import VALID


@pytest.fixture
def routine() -> Routine:
    parsed, issues = parse(Routine, tomllib.loads(VALID))
    assert parsed is not None, issues
    return parsed


def make(routine: Routine, clock: FakeClock, **options: object) -> tuple[SessionEngine, list[Event]]:
    engine = SessionEngine(routine, clock, **options)  # type: ignore[arg-type]
    events: list[Event] = []
    engine.subscribe(events.append)
    return engine, events


def run_to_end(engine: SessionEngine, clock: FakeClock, late: float = 0.0) -> None:
    """Advance the clock as the app's timer would, each wake-up up to ``late`` seconds late."""
    rng = random.Random(7)
    while (wait := engine.seconds_to_next_change()) is not None:
        clock.advance(wait + rng.uniform(0, late))
        engine.poll()


def names(events: list[Event]) -> list[str]:
    out = []
    for event in events:
        step = getattr(event, "step", None)
        out.append(f"{type(event).__name__}:{step.key}" if step else type(event).__name__)
    return out


def test_plan_mirrors_blocks_over_their_sides(routine: Routine) -> None:
    steps = routine.plan()
    assert [step.key for step in steps] == [
        "check",
        "glide@right",
        "circles@right",
        "glide@left",
        "circles@left",
    ]
    assert [step.number for step in steps] == [1, 2, 3, 4, 5]
    assert [step.side for step in steps] == [None, "right", "right", "left", "left"]
    assert {step.limb for step in steps} == {"foot"}
    assert [step.mirrored for step in steps] == [False, False, False, True, True]
    assert steps[3].title() == "Glide the left foot"
    assert steps[1].text(caregiver=True) == "Glide over their right foot."
    assert steps[3].spoken() == "Glide over your left foot."
    assert routine.total_seconds == 20 + 2 * (60 + 30)


def test_a_whole_session_in_order(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5)
    assert engine.progress().total_left == 205
    engine.start()
    run_to_end(engine, clock)
    assert names(events) == [
        "GetReady:check",
        "StepStarted:check",
        "LastSeconds:check",
        "StepFinished:check",
        "StepStarted:glide@right",
        "Halfway:glide@right",
        "LastSeconds:glide@right",
        "StepFinished:glide@right",
        "StepStarted:circles@right",
        "LastSeconds:circles@right",
        "StepFinished:circles@right",
        "StepStarted:glide@left",
        "Halfway:glide@left",
        "LastSeconds:glide@left",
        "StepFinished:glide@left",
        "StepStarted:circles@left",
        "LastSeconds:circles@left",
        "StepFinished:circles@left",
        "SessionFinished",
    ]
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.steps_completed == finished.steps_total == 5
    assert finished.elapsed == pytest.approx(205)
    assert engine.phase is Phase.FINISHED
    starts = [event for event in events if isinstance(event, StepStarted)]
    assert [event.elapsed for event in starts] == pytest.approx([5, 25, 85, 115, 175])
    assert [event.remaining for event in starts] == pytest.approx([200, 180, 120, 90, 30])


def test_cues_come_at_halfway_and_ten_seconds_before_the_end(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    engine.next()  # to the 60-second glide
    events.clear()
    clock.advance(29.9)
    engine.poll()
    assert events == []
    clock.advance(0.1)
    engine.poll()
    assert names(events) == ["Halfway:glide@right"]
    clock.advance(19.9)
    engine.poll()
    assert len(events) == 1
    clock.advance(0.1)
    engine.poll()
    last = events[-1]
    assert isinstance(last, LastSeconds)
    assert last.seconds_left == 10


def test_no_drift_over_a_simulated_fifteen_minutes_with_late_wakeups(clock: FakeClock) -> None:
    text = VALID.replace("seconds = 30\n", "seconds = 115\n").replace("seconds = 60\n", "seconds = 300\n")
    routine, _ = parse(Routine, tomllib.loads(text))
    assert routine is not None
    assert routine.total_seconds == 20 + 2 * (300 + 115) == 850  # 14 min 10 s
    engine, events = make(routine, clock, lead_in_seconds=5)
    engine.start()
    started = clock.monotonic()
    run_to_end(engine, clock, late=0.045)  # every wake-up up to 45 ms late
    boundaries = [event.elapsed for event in events if isinstance(event, StepStarted)]
    assert boundaries == pytest.approx([5, 25, 325, 440, 740], abs=1e-9)
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.elapsed == pytest.approx(855, abs=1e-9)
    # the last wake-up came at most one lateness after the true end
    assert clock.monotonic() - started - 855 < 0.05


def test_pause_freezes_all_time(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(12)
    engine.pause()
    before = engine.progress()
    assert before.paused and before.step_left == pytest.approx(8)
    clock.advance(3600)
    engine.poll()
    after = engine.progress()
    assert (after.step_left, after.total_left, after.elapsed) == (
        before.step_left,
        before.total_left,
        before.elapsed,
    )
    assert engine.seconds_to_next_change() is None
    engine.resume()
    clock.advance(8)
    engine.poll()
    assert names(events) == [
        "StepStarted:check",
        "LastSeconds:check",
        "SessionPaused:check",
        "SessionResumed:check",
        "StepFinished:check",
        "StepStarted:glide@right",
    ]
    assert events[-1].elapsed == pytest.approx(20)


def test_pause_during_the_lead_in_keeps_the_reading_time(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5)
    engine.start()
    clock.advance(2)
    engine.toggle_pause()
    clock.advance(100)
    progress = engine.progress()
    assert progress.lead_in_left == pytest.approx(3)
    assert progress.step_left == 20
    engine.toggle_pause()
    clock.advance(3)
    engine.poll()
    assert isinstance(events[-1], StepStarted)


def test_next_back_and_repeat(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5)
    engine.start()
    engine.next()  # during the reading time: start the timer now
    assert names(events)[-1] == "StepStarted:check"
    clock.advance(4)
    engine.next()
    skipped = [event for event in events if isinstance(event, StepFinished)][-1]
    assert (skipped.completed, skipped.seconds_done) == (False, pytest.approx(4))
    assert engine.current is not None and engine.current.key == "glide@right"
    clock.advance(10)
    engine.back()
    assert engine.current.key == "check"
    assert engine.progress().step_left == 20
    clock.advance(5)
    engine.repeat()
    restarted = events[-1]
    assert isinstance(restarted, StepStarted) and restarted.repeat
    assert engine.progress().step_left == 20
    clock.advance(7)
    events.clear()
    engine.back()  # at the first step, back starts it again
    assert names(events) == ["StepFinished:check", "StepStarted:check"]
    assert engine.progress().step_left == 20


def test_back_during_the_first_reading_time_does_nothing(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5)
    engine.start()
    clock.advance(2)
    engine.back()
    assert engine.phase is Phase.LEAD_IN
    assert engine.progress().lead_in_left == pytest.approx(3)
    assert names(events) == ["GetReady:check"]


def test_a_listener_that_stops_the_session_at_a_step_end(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.subscribe(lambda event: engine.stop("enough") if isinstance(event, StepFinished) else None)
    engine.start()
    clock.advance(20)
    engine.poll()
    assert engine.phase is Phase.STOPPED
    assert names(events) == [
        "StepStarted:check",
        "StepFinished:check",
        "StepStarted:glide@right",
        "StepFinished:glide@right",
        "SessionStopped",
    ]
    assert [e.completed for e in events if isinstance(e, StepFinished)] == [True, False]


def test_a_listener_that_pauses_at_a_step_end(routine: Routine, clock: FakeClock) -> None:
    engine, _events = make(routine, clock, lead_in_seconds=0)
    paused_once: list[bool] = []

    def pause_once(event: Event) -> None:
        if isinstance(event, StepFinished) and not paused_once:
            paused_once.append(True)
            engine.pause()

    engine.subscribe(pause_once)
    engine.start()
    clock.advance(20)
    engine.poll()
    assert engine.phase is Phase.PAUSED
    assert engine.current is not None and engine.current.key == "glide@right"
    assert engine.progress().steps_completed == 1
    clock.advance(500)
    engine.poll()
    assert engine.progress().step_left == pytest.approx(60)


def test_navigating_while_paused_goes_on_with_the_new_step(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    engine.pause()
    engine.next()
    assert engine.phase is Phase.RUNNING
    assert names(events)[-3:] == ["SessionResumed:check", "StepFinished:check", "StepStarted:glide@right"]


def test_next_on_the_last_step_finishes(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    for _ in range(5):
        engine.next()
    assert engine.phase is Phase.FINISHED
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.steps_completed == 0


def test_add_time_extends_the_step_and_rearms_the_last_seconds_cue(
    routine: Routine, clock: FakeClock
) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(15)
    engine.poll()
    assert isinstance(events[-1], LastSeconds)
    engine.add_time()
    added = events[-1]
    assert isinstance(added, TimeAdded) and added.seconds == 30
    assert engine.progress().step_left == pytest.approx(35)
    clock.advance(25)
    engine.poll()
    assert isinstance(events[-1], LastSeconds)
    clock.advance(10)
    engine.poll()
    done = next(event for event in events if isinstance(event, StepFinished))
    assert done.completed and done.seconds_done == pytest.approx(50)


def test_add_time_while_paused(routine: Routine, clock: FakeClock) -> None:
    engine, _ = make(routine, clock, lead_in_seconds=0)
    engine.start()
    engine.pause()
    engine.add_time(30)
    assert engine.progress().step_left == pytest.approx(50)


def test_stop_records_the_step_in_progress_and_the_reason(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(7)
    engine.stop("felt a burning pain")
    assert names(events)[-2:] == ["StepFinished:check", "SessionStopped"]
    stopped = events[-1]
    assert isinstance(stopped, SessionStopped)
    assert (stopped.reason, stopped.steps_completed, stopped.elapsed) == ("felt a burning pain", 0, 7)
    count = len(events)
    engine.next()
    engine.pause()
    engine.stop()
    assert len(events) == count
    assert engine.progress().step is None


def test_stop_while_paused_counts_no_paused_time(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(3)
    engine.pause()
    clock.advance(50)
    engine.stop()
    assert events[-1].elapsed == pytest.approx(3)


def test_reading_time_before_every_step(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=4, lead_in_every_step=True)
    assert engine.progress().total_left == 200 + 5 * 4
    engine.start()
    run_to_end(engine, clock)
    assert sum(isinstance(event, GetReady) for event in events) == 5
    assert events[-1].elapsed == pytest.approx(220)


def test_countdown_wakes_on_whole_seconds(routine: Routine, clock: FakeClock) -> None:
    engine, _ = make(routine, clock, lead_in_seconds=0)
    engine.start()
    assert engine.seconds_to_next_change() == pytest.approx(1)
    clock.advance(0.3)
    assert engine.seconds_to_next_change() == pytest.approx(0.7)
    assert engine.progress().step_left == pytest.approx(19.7)


def test_a_failing_listener_does_not_stop_the_session(
    routine: Routine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)

    def broken(event: Event) -> None:
        raise OSError("disk full")

    engine.subscribe(broken)
    with caplog.at_level(logging.ERROR):
        engine.start()
        run_to_end(engine, clock)
    assert isinstance(events[-1], SessionFinished)
    assert "a session listener failed" in caplog.text


def test_commands_before_start_do_nothing(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock)
    engine.pause()
    engine.next()
    engine.add_time()
    assert events == [] and engine.phase is Phase.READY
    engine.stop()
    assert isinstance(events[-1], SessionStopped)


def test_pause_and_resume_events_carry_times(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(6)
    engine.pause()
    engine.resume()
    paused, resumed = events[-2:]
    assert isinstance(paused, SessionPaused) and isinstance(resumed, SessionResumed)
    assert paused.elapsed == resumed.elapsed == pytest.approx(6)
    assert paused.remaining == pytest.approx(194)


def test_halfway_is_not_cued_on_short_steps(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=0)
    engine.start()
    clock.advance(19)
    engine.poll()
    assert not any(isinstance(event, Halfway) for event in events)


def test_a_slower_pace_stretches_every_step(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5, pace=1.5)
    assert engine.progress().total_left == 5 + 200 * 1.5
    engine.start()
    run_to_end(engine, clock)
    starts = [event for event in events if isinstance(event, StepStarted)]
    assert [event.elapsed for event in starts] == pytest.approx([5, 35, 125, 170, 260])
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.elapsed == pytest.approx(305)


def test_untimed_steps_wait_for_the_person(routine: Routine, clock: FakeClock) -> None:
    engine, events = make(routine, clock, lead_in_seconds=5, untimed=True)
    engine.start()
    run_to_end(engine, clock)  # only the reading time runs out by itself
    assert engine.phase is Phase.RUNNING and engine.current is not None
    assert engine.current.key == "check"
    assert engine.seconds_to_next_change() is None
    clock.advance(600)  # ten minutes on the first step: nothing moves on
    engine.poll()
    assert engine.current.key == "check"
    assert engine.progress().step_left == 20  # the planned length, as a guide, not a countdown
    engine.pause()
    clock.advance(100)
    engine.resume()
    engine.next()
    done = [event for event in events if isinstance(event, StepFinished)]
    assert len(done) == 1 and done[0].completed and done[0].seconds_done == pytest.approx(600)
    assert not any(isinstance(event, LastSeconds | Halfway) for event in events)
    for _ in range(4):
        clock.advance(30)
        engine.next()
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.steps_completed == 5
