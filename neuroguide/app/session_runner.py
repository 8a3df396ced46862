"""One session from the person's choice of a routine to its end: the session runner.

A small state machine, one runner a session::

    SCREENING → CHECK_IN_BEFORE → RUNNING → CHECK_IN_AFTER → DONE
        (any stage can end in CANCELLED: the screening said no, or the window let the session go)

A stage that is turned off (no safety questions, no check-in, no history to keep one in) is passed
through. While the session runs, each of the engine's events goes to the subscribers in the order
``_subscribers`` declares: the recorder writes it first (``SessionRecorder.on_event`` writes a step's
end), then the voice speaks it, the screen reader hears it, the reminders learn the day is done, the
player shows it, and last the runner itself moves on when the session is over.

The runner is not a widget: the dialogs and the player are reached through ``Prompts`` and ``Screen``,
which the window provides. An answer that comes in a stage that is not waiting for it (a dialog of a
session let go meanwhile) is ignored.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from neuroguide.app.announcer import SessionAnnouncer
from neuroguide.app.session_driver import SessionDriver
from neuroguide.app.timers import Timers
from neuroguide.core.checkin import CheckIn
from neuroguide.core.clock import Clock
from neuroguide.core.counting import enough_done
from neuroguide.core.options import Giver, SessionOptions
from neuroguide.core.outcome import stopped_for_safety
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import Event, Listener, SessionFinished, SessionStopped
from neuroguide.store.recorder import SessionRecorder

if TYPE_CHECKING:
    from neuroguide.core.safety import Decision
    from neuroguide.store.worker import HistoryWorker


class Stage(enum.Enum):
    NEW = "new"
    SCREENING = "screening"  # the safety questions are open
    CHECK_IN_BEFORE = "check-in before"  # the scores before are asked for
    RUNNING = "running"
    CHECK_IN_AFTER = "check-in after"
    DONE = "done"
    CANCELLED = "cancelled"


OVER = (Stage.DONE, Stage.CANCELLED)


class Prompts(Protocol):
    """The questions around a session, asked by the window's dialogs. Each calls ``answer`` once,
    when the person has answered (after its dialog has closed)."""

    def screen(self, routine: Routine, answer: Callable[[Decision | None], None]) -> None:
        """The safety questions; ``None`` when the session must not start."""

    def check_in_before(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None], None]
    ) -> None:
        """The scores before (``None`` when skipped), asked of a helper about the person helped."""

    def check_in_after(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None, str], None]
    ) -> None:
        """The scores after (``None`` when skipped) and who did the session ("" for the person)."""


class Screen(Protocol):
    """The player page, as the runner sees it."""

    @property
    def widget(self) -> QWidget:
        """Where the screen reader's announcements come from."""

    def show_session(self, driver: SessionDriver, options: SessionOptions, decision: Decision | None) -> None:
        """Show the session, not yet started: its first event comes once every subscriber listens."""

    def on_event(self, event: Event) -> None: ...

    def show_change(self, before: CheckIn, after: CheckIn) -> None:
        """Both check-ins were given: the session's end shows how the scores moved."""


class Voice(Protocol):
    def attach(self, routine: Routine, caregiver: bool, steps: tuple[PlannedStep, ...]) -> None: ...

    def on_event(self, event: Event) -> None: ...

    def detach(self) -> None: ...


class Reminders(Protocol):
    def session_done(self) -> None: ...


@dataclass
class SessionParts:
    """What the window gives the runner. Without a history nothing is recorded and no check-in asked."""

    clock: Clock
    timers: Timers  # the driver's wake-ups: FakeTimers in tests
    prompts: Prompts
    screen: Screen
    history: HistoryWorker | None = None
    voice: Callable[[], Voice | None] = lambda: None  # built when the session starts, not before
    reminders: Reminders | None = None
    history_changed: Callable[[], None] = lambda: None  # after a session's writes: read the page again


@dataclass(frozen=True)
class Subscriber:
    name: str
    on_event: Listener


class SessionRunner(QObject):
    stage_changed = Signal(object)  # the new Stage

    def __init__(
        self, routine: Routine, options: SessionOptions, parts: SessionParts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.routine, self.options, self.parts = routine, options, parts
        self.giver = options.giver(routine)  # who gives the session, and to whom
        self.clock = parts.clock
        self.stage = Stage.NEW
        self.decision: Decision | None = None
        self.driver: SessionDriver | None = None
        self.recorder: SessionRecorder | None = None
        self.before: CheckIn | None = None  # the scores before, kept to show the change at the end
        self.announcer: SessionAnnouncer | None = None
        self.voice: Voice | None = None
        self._closed = False
        self.subscribers: tuple[Subscriber, ...] = ()

    # -- the stages -----------------------------------------------------------------------------

    def start(self) -> None:
        if self.stage is not Stage.NEW:
            return
        if self.options.screening and self.routine.touches:  # looking only needs no safety questions
            self._enter(Stage.SCREENING)
            self.parts.prompts.screen(self.routine, self._screened)
        else:
            self._check_in_before()

    def _screened(self, decision: Decision | None) -> None:
        if self.stage is not Stage.SCREENING:
            return
        if decision is None or not decision.may_start:
            self._enter(Stage.CANCELLED)
            return
        self.decision = decision
        self._check_in_before()

    def _check_in_before(self) -> None:
        # symptom scores tell whether massage helps: a routine of looking only asks none
        if self.parts.history is None or not self.options.check_in_before or not self.routine.touches:
            self._run(None)
            return
        self._enter(Stage.CHECK_IN_BEFORE)
        self.parts.prompts.check_in_before(self.routine, self.giver, self._checked_in_before)

    def _checked_in_before(self, before: CheckIn | None) -> None:
        if self.stage is Stage.CHECK_IN_BEFORE:
            self._run(before)

    def _run(self, before: CheckIn | None) -> None:
        decision, options = self.decision, self.options
        engine = options.engine(self.routine, self.clock, decision.steps if decision is not None else None)
        # commanded by the runner and the player; kept by the player, which shows it until the next one
        self.driver = SessionDriver(engine, self.parts.timers)
        if self.parts.history is not None:
            self.recorder = SessionRecorder(
                self.parts.history, self.routine, self.clock, self.giver.performer, engine.steps
            )
            if before is not None:
                self.recorder.save_checkin(before, self.clock.now())
        self.before = before
        self.voice = self.parts.voice()
        if self.voice is not None:
            self.voice.attach(self.routine, options.caregiver_mode, engine.steps)
        screen = self.parts.screen
        self.announcer = SessionAnnouncer(screen.widget, self.routine, options.caregiver_mode, engine.steps)
        self.subscribers = self._subscribers()
        for subscriber in self.subscribers:
            engine.subscribe(subscriber.on_event)  # the engine keeps this order, and a failing one apart
        self._enter(Stage.RUNNING)
        screen.show_session(self.driver, options, decision)
        self.driver.do(engine.start)

    def _subscribers(self) -> tuple[Subscriber, ...]:
        """Who hears each event of the session, in this order."""
        assert self.announcer is not None
        recorder, voice, reminders = self.recorder, self.voice, self.parts.reminders
        listed = (
            # first, so every event is kept whatever a later one does: each step's end, how it ended
            Subscriber("recorder", recorder.on_event) if recorder is not None else None,
            Subscriber("voice", voice.on_event) if voice is not None else None,
            Subscriber("announcer", self.announcer.on_event),
            Subscriber("reminders", _when_it_counts(reminders.session_done)) if reminders else None,
            Subscriber("player", self.parts.screen.on_event),
            Subscriber("runner", self._on_event),  # last: everyone has heard the end before what follows
        )
        return tuple(subscriber for subscriber in listed if subscriber is not None)

    def _on_event(self, event: Event) -> None:
        if self.stage is not Stage.RUNNING or not isinstance(event, SessionFinished | SessionStopped):
            return
        if self.recorder is None:
            self._enter(Stage.DONE)
            return
        self.parts.history_changed()  # queued after the recorder's last write
        if stopped_for_safety(event):  # the stop signs come first: no questions now
            self._enter(Stage.DONE)
            return
        if not self.routine.touches:  # no scores after looking, and no weekly questions over its advice
            self.recorder.set_performer(self.giver.performer)
            self._enter(Stage.DONE)
            return
        self._enter(Stage.CHECK_IN_AFTER)
        self.parts.prompts.check_in_after(self.routine, self.giver, self._checked_in_after)

    def _checked_in_after(self, after: CheckIn | None, performer: str) -> None:
        """Who did the session is recorded either way: as the check-in after says, or, skipped, as the
        session was given (by the helper, or by the person alone)."""
        if self.stage is not Stage.CHECK_IN_AFTER:
            return
        if self.recorder is not None:
            if after is not None:
                self.recorder.save_checkin(after, self.clock.now())
            self.recorder.set_performer(performer if after is not None else self.giver.performer)
            self.parts.history_changed()
            if after is not None and self.before is not None:
                self.parts.screen.show_change(self.before, after)
        self._enter(Stage.DONE)

    def _enter(self, stage: Stage) -> None:
        self.stage = stage
        self.stage_changed.emit(stage)
        if self._closed and self.over:
            self.deleteLater()

    # -- letting go -----------------------------------------------------------------------------

    @property
    def over(self) -> bool:
        return self.stage in OVER

    def cancel(self) -> None:
        """Let the session go, in whatever stage it is: answers still to come are ignored. A session
        still running stays as it is in the history (marked interrupted the next time it opens)."""
        if not self.over:
            self._enter(Stage.CANCELLED)

    def close(self) -> None:
        """Let go of the session, the voice, the timer and the screen reader's announcer; the runner
        goes too once it is over. Only an open check-in after still keeps its answer: the session it
        is about is over and recorded."""
        if self.stage is not Stage.CHECK_IN_AFTER:
            self.cancel()
        self._closed = True
        if self.voice is not None:
            self.voice.detach()
            self.voice = None
        if self.driver is not None and shiboken6.isValid(self.driver):  # the player may have let it go
            self.driver.shutdown()
        if self.announcer is not None and shiboken6.isValid(self.announcer):
            self.announcer.deleteLater()
            self.announcer = None
        if self.over:
            self.deleteLater()


def _when_it_counts(call: Callable[[], None]) -> Listener:
    """A subscriber that calls ``call`` when a session ends in a way that counts (core.counting): finished,
    or stopped after at least half its steps; the history's "done today" says the same."""

    def on_event(event: Event) -> None:
        if isinstance(event, SessionFinished) or (
            isinstance(event, SessionStopped) and enough_done(event.steps_completed, event.steps_total)
        ):
            call()

    return on_event
