"""The timer factory: real Qt wake-ups, and fake ones that fire only when the fake clock reaches them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from neuroguide.app.timers import FakeTimers, Timer, Timers, WakeUp
from neuroguide.core.clock import FakeClock


def looking(clock: FakeClock) -> tuple[FakeTimers, WakeUp, list[str], QObject]:
    """Fake timers, one timer among them, what it fired, and its owner (the timer goes with it)."""
    timers = FakeTimers(clock)
    owner = QObject()
    fired: list[str] = []
    timer = timers.timer("look", owner)
    timer.timeout.connect(lambda: fired.append("look"))
    return timers, timer, fired, owner


def test_a_fake_timer_fires_once_when_the_clock_reaches_its_deadline(clock: FakeClock) -> None:
    timers, timer, fired, _owner = looking(clock)
    timer.start_in(60)
    clock.advance(59.9)
    assert timers.fire_due() == 0 and timer.is_active()
    clock.advance(0.1)
    assert timers.fire_due() == 1 and fired == ["look"]
    assert not timer.is_active() and timers.fire_due() == 0  # single shot


def test_starting_again_replaces_the_deadline_and_stop_cancels(clock: FakeClock) -> None:
    timers, timer, fired, _owner = looking(clock)
    timer.start_in(10)
    timer.start_in(100)
    clock.advance(50)
    assert timers.fire_due() == 0
    timer.stop()
    clock.advance(100)
    assert timers.fire_due() == 0 and fired == []


def test_timers_due_fire_earliest_first_even_after_a_long_sleep(clock: FakeClock) -> None:
    timers = FakeTimers(clock)
    owner = QObject()
    fired: list[str] = []
    for name, seconds in (("backup", 3600), ("prepare", 1.5), ("look", 60)):
        timer = timers.timer(name, owner)
        timer.timeout.connect(lambda name=name: fired.append(name))
        timer.start_in(seconds)
    clock.advance(5 * 3600)  # the machine slept: everything is due at the first wake-up
    assert timers.fire_due() == 3
    assert fired == ["prepare", "look", "backup"]


@pytest.mark.usefixtures("qapp")  # deleting later needs an application to deliver the deletion
def test_a_timer_whose_owner_is_gone_never_fires(clock: FakeClock) -> None:
    timers = FakeTimers(clock)
    owner = QObject()
    timer = timers.timer("look", owner)
    timer.start_in(1)
    owner.deleteLater()
    del owner, timer
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    clock.advance(2)
    assert timers.fire_due() == 0


def test_later_calls_once_and_lets_its_timer_go(clock: FakeClock) -> None:
    timers = FakeTimers(clock)
    owner = QObject()
    called: list[int] = []
    timers.later(owner, 5, lambda: called.append(1))
    clock.advance(5)
    timers.fire_due()
    clock.advance(5)
    timers.fire_due()
    assert called == [1]


def test_a_real_timer_fires_on_the_event_loop(qtbot: QtBot, clock: FakeClock) -> None:
    owner = QObject()
    timer = Timers(clock).timer("soon", owner)
    assert isinstance(timer, Timer) and not timer.is_active()
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start_in(0.001)
        assert timer.is_active()
    assert not timer.is_active()
