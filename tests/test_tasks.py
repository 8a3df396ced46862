"""The background task manager: the caller hears the result or the error, on the GUI thread, in order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.tasks import Done, ShutDownError, Tasks


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    made = Tasks()
    yield made
    made.shutdown(wait=True, timeout=10)


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, tasks: Tasks) -> None:
    heard: list[tuple[Done[str], threading.Thread]] = []
    future = tasks.run(
        lambda: threading.current_thread().name, lambda done: heard.append((done, threading.current_thread()))
    )
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    done, thread = heard[0]
    assert done.ok and done.result() == future.result() and done.result().startswith("background")
    assert thread is threading.main_thread()


def test_the_error_comes_back_and_result_raises_it(qtbot: QtBot, tasks: Tasks) -> None:
    heard: list[Done[None]] = []

    def fail() -> None:
        raise PermissionError(13, "Permission denied")

    tasks.run(fail, heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert not heard[0].ok and isinstance(heard[0].error, PermissionError)
    with pytest.raises(PermissionError):
        heard[0].result()


def test_jobs_of_one_lane_run_one_at_a_time_in_order_on_one_thread(qtbot: QtBot, tasks: Tasks) -> None:
    gate = threading.Event()
    ran: list[tuple[int, str]] = []
    heard: list[int] = []
    tasks.run(lambda: gate.wait(10), lane="history")
    for number in range(20):
        tasks.run(
            partial(lambda n: ran.append((n, threading.current_thread().name)), number),
            partial(lambda n, _done: heard.append(n), number),
            lane="history",
        )
    assert ran == []  # all waiting behind the first
    gate.set()
    qtbot.waitUntil(lambda: len(heard) == 20, timeout=5000)
    assert [number for number, _thread in ran] == list(range(20)) == heard
    assert len({thread for _number, thread in ran}) == 1


def test_another_lane_is_not_held_up(qtbot: QtBot, tasks: Tasks) -> None:
    gate = threading.Event()
    tasks.run(lambda: gate.wait(10), lane="history")
    try:
        assert tasks.run(lambda: "drawn", lane="report").result(timeout=5) == "drawn"
    finally:
        gate.set()


def test_shutting_down_lets_queued_saves_finish_and_waits_a_bounded_time(tmp_path: Path) -> None:
    tasks = Tasks()
    saved = tmp_path / "saved.txt"
    gate = threading.Event()
    tasks.run(lambda: gate.wait(10), lane="history")

    def save(line: str) -> None:
        with saved.open("a") as file:
            file.write(line + "\n")

    for line in ("one", "two", "three"):
        tasks.run(partial(save, line), lane="history")
    assert tasks.shutdown(wait=False) is False  # returns at once; nothing was cancelled
    assert tasks.shutdown(wait=True, timeout=0.05) is False  # the bound is kept while the gate is shut
    gate.set()
    assert tasks.shutdown(wait=True, timeout=10) is True
    assert saved.read_text() == "one\ntwo\nthree\n"


def test_a_job_given_after_shutting_down_never_runs_and_raises_nothing_here(qtbot: QtBot) -> None:
    tasks = Tasks()
    tasks.shutdown()
    ran: list[int] = []
    future = tasks.run(lambda: ran.append(1), lambda _done: ran.append(2))
    assert isinstance(future.exception(), ShutDownError)
    QCoreApplication.processEvents()  # an answer already given would be delivered now
    assert ran == []


def test_a_future_from_elsewhere_is_heard_on_the_gui_thread(qtbot: QtBot, tasks: Tasks) -> None:
    future: Future[int] = Future()
    heard: list[Done[int]] = []
    tasks.hear(future, heard.append)
    threading.Thread(target=lambda: future.set_result(7)).start()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard[0].result() == 7


def test_an_answer_never_arrives_inside_the_call_that_asked(qtbot: QtBot, tasks: Tasks) -> None:
    already: Future[int] = Future()
    already.set_result(3)
    heard: list[Done[int]] = []
    tasks.hear(already, heard.append)
    assert heard == []  # the caller finishes what it was doing first
    QCoreApplication.processEvents()
    assert heard[0].result() == 3


def test_a_caller_is_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    """The last reference to whoever waits for a job (a page, with its widgets) is dropped on the GUI
    thread, never on the worker's: Qt must not delete widgets there (it deadlocks or crashes)."""
    tasks = Tasks()
    gate, answered = threading.Event(), threading.Event()
    let_go_on: list[threading.Thread] = []

    class Caller:
        def __call__(self, done: Done[bool]) -> None:
            answered.set()

        def __del__(self) -> None:
            let_go_on.append(threading.current_thread())

    future = tasks.run(lambda: gate.wait(5), Caller(), "background")
    # the worker holds on to the finished job until the answer has been heard, then lets it go
    future.add_done_callback(lambda _done: answered.wait(5))
    del future
    gate.set()
    qtbot.waitUntil(lambda: bool(let_go_on))
    assert let_go_on == [threading.main_thread()]
    tasks.shutdown()
