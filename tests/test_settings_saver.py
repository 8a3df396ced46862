"""Settings saved a moment after the last change, off the GUI thread: one write for many changes, none
lost at a switch or at quit, and a write that fails said plainly."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app import settings_saver
from neuroguide.app.settings_saver import SAVE_AFTER_SECONDS, SettingsSaver
from neuroguide.app.tasks import Tasks
from neuroguide.app.timers import FakeTimers
from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.system.private_files import write_private


class Saving:
    """A saver on fake timers, counting the files it writes (with the real private writer)."""

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.clock = FakeClock()
        self.timers = FakeTimers(self.clock)
        self.tasks = Tasks()
        self.settings = Settings.load(path)
        self.saver = SettingsSaver(self.settings, self.timers, self.tasks)
        self.written: list[dict[str, object]] = []
        self.threads: list[str] = []
        self.release = threading.Event()
        self.release.set()

        def counting(out: Path, data: bytes) -> None:
            self.release.wait(10)
            self.threads.append(threading.current_thread().name)
            write_private(out, data)
            self.written.append(json.loads(data))

        monkeypatch.setattr(settings_saver, "write_private", counting)

    def later(self, seconds: float = SAVE_AFTER_SECONDS) -> None:
        self.clock.advance(seconds)
        self.timers.fire_due()


@pytest.fixture
def saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Saving]:
    made = Saving(tmp_path / "settings.json", monkeypatch)
    yield made
    made.release.set()
    made.tasks.shutdown()
    made.saver.deleteLater()


def test_many_quick_changes_are_written_once_off_the_gui_thread(saving: Saving, qtbot: QtBot) -> None:
    path = saving.settings.path
    assert path is not None
    for volume in range(50, 80):  # the arrows held down, say
        saving.settings.set("volume", volume)
        saving.later(SAVE_AFTER_SECONDS / 10)
    saving.settings.set("reminder_days", ["mon", "thu"])
    assert saving.settings.whole("volume") == 79  # in use at once
    assert not path.exists() and saving.written == []  # but not written yet
    saving.later()
    qtbot.waitUntil(lambda: not saving.saver.waiting)
    assert saving.written == [{"volume": 79, "reminder_days": ["mon", "thu"]}]
    assert saving.saver.writes == 1 and saving.threads == ["settings_0"]
    assert json.loads(path.read_text()) == saving.written[0]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saving.later(60)
    assert saving.saver.writes == 1  # nothing changed since: nothing written


def test_a_change_while_a_write_is_under_way_is_written_after_it(
    saving: Saving, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[object] = []
    run = saving.tasks.run

    def counted(*args: Any, **options: Any) -> Any:
        given.append(args)
        return run(*args, **options)

    monkeypatch.setattr(saving.tasks, "run", counted)
    saving.release.clear()  # the disk is slow
    saving.settings.set("volume", 40)
    saving.later()
    saving.settings.set("volume", 45)
    saving.later()  # due, but one write at a time
    assert len(given) == 1  # the second waits for the first, not queued behind it
    saving.release.set()
    qtbot.waitUntil(lambda: saving.saver.writes == 1)
    assert saving.written == [{"volume": 40}]
    saving.later()
    qtbot.waitUntil(lambda: not saving.saver.waiting)
    assert [written["volume"] for written in saving.written] == [40, 45]


def test_flush_writes_what_waits_and_waits_for_a_write_under_way(saving: Saving) -> None:
    saving.release.clear()
    saving.settings.set("volume", 40)
    saving.later()
    saving.settings.set("muted", True)  # its timer has not come yet when the person switches
    threading.Timer(0.05, saving.release.set).start()  # the slow write ends while flush waits for it
    saving.saver.flush()
    assert not saving.saver.waiting and saving.saver.writes == 2
    assert saving.written[-1] == {"volume": 40, "muted": True}
    assert saving.threads[-1] == "MainThread"  # at the end there is no later to wait for


def test_a_failed_write_is_said_plainly_and_kept_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: QtBot
) -> None:
    blocked = tmp_path / "person"
    blocked.write_text("a file where the folder should be")
    made = Saving(blocked / "settings.json", monkeypatch)
    try:
        told: list[str] = []
        made.saver.failed.connect(told.append)
        made.settings.set("volume", 30)
        made.later()
        qtbot.waitUntil(lambda: bool(told))
        assert told[0].startswith("Your settings could not be saved (") and "Traceback" not in told[0]
        assert told[0].endswith("They apply until NeuroGuide closes.")
        assert "cannot be saved" in made.settings.problems[-1]  # shown in Settings too
        assert made.settings.dirty and made.settings.whole("volume") == 30
        blocked.unlink()  # the disk is back
        made.saver.flush()
        assert json.loads((blocked / "settings.json").read_text()) == {"volume": 30}
        assert len(told) == 1
    finally:
        made.tasks.shutdown()


def test_quitting_writes_the_last_change(tmp_path: Path) -> None:
    """A change made just before Quit is in the file after the app has ended (aboutToQuit flushes)."""
    path = tmp_path / "settings.json"
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from neuroguide.app.settings_saver import SettingsSaver\n"
        "from neuroguide.app.timers import Timers\n"
        "from neuroguide.core.clock import SystemClock\n"
        "from neuroguide.core.settings import Settings\n"
        "app = QApplication([])\n"
        f"settings = Settings.load(Path({str(path)!r}))\n"
        "saver = SettingsSaver(settings, Timers(SystemClock()))\n"
        "def change_then_quit():\n"
        "    settings.set('chime', False)\n"
        "    settings.set('profile_places', ['left hand'])\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, change_then_quit)\n"
        "app.exec()\n"
        "print(saver.writes)\n"
    )
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True, env=env
    )
    assert result.stdout.split() == ["1"]
    assert json.loads(path.read_text()) == {"chime": False, "profile_places": ["left hand"]}


def test_without_a_saver_a_change_is_written_at_once(tmp_path: Path) -> None:
    """The command line and plain scripts have no event loop to wait in."""
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.set("weekly_goal", 5)
    assert json.loads(path.read_text()) == {"weekly_goal": 5} and not settings.dirty


def test_closing_flushes_and_a_later_change_is_written_at_once(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    saver = SettingsSaver(settings, FakeTimers(FakeClock()))  # with a task manager of its own
    settings.set("volume", 20)
    assert not path.exists()
    saver.close()  # the person's window goes
    assert json.loads(path.read_text()) == {"volume": 20}
    settings.set("volume", 25)
    assert json.loads(path.read_text()) == {"volume": 25}
    saver.deleteLater()
