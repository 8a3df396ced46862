"""Faults around the data folder and its locks, with real processes and real mounts.

A full disk is a 1 MB tmpfs filled to the last block; a read-only folder is a read-only bind mount,
which refuses writes even to root (a chmod does not). Both need ``mount``: where it is not permitted
(an ordinary user, a locked-down container) those cases are skipped, never failed. The rest needs no
privilege: a lock left by a killed process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent import futures
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.settings import Settings
from neuroguide.datadir import full_disk_notice, read_only_notice, settings_path, write_problem
from neuroguide.store.history import HistoryStore
from neuroguide.ui.app import Shell
from neuroguide.ui.single_instance import SingleInstance

PROJECT = Path(__file__).resolve().parents[1]
START_WITHIN_S = 30  # another process starting, not a routine


def run_app(data_dir: Path, *options: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The window for a moment: it quits once its first page has been painted."""
    env = app_env(NEUROGUIDE_EXIT_AFTER_FIRST_PAINT="1")
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), *options]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)


def start_app(data_dir: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir)]
    return subprocess.Popen(command, env=app_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def app_env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, (str(PROJECT), os.environ.get("PYTHONPATH"))))
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path, **extra)


def wait_listening(data_dir: Path, app: subprocess.Popen[str]) -> Path:
    socket = SingleInstance(data_dir).socket_path()
    deadline = time.monotonic() + START_WITHIN_S
    while not socket.exists():
        assert app.poll() is None, app.communicate()
        assert time.monotonic() < deadline, "the app did not open its socket"
        time.sleep(0.05)  # waiting for another process to start, not for a routine
    return socket


def end(app: subprocess.Popen[str]) -> str:
    if app.poll() is None:
        app.terminate()
    _, err = app.communicate(timeout=30)
    return err


def mount(*arguments: str) -> None:
    result = subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"mounting is not permitted here: {result.stderr.strip()}")


def unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A data folder on a 1 MB tmpfs with a history in it, then filled to the last block."""
    folder = tmp_path / "full"
    folder.mkdir()
    mount("-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder))
    try:
        with HistoryStore(folder) as store:
            store.start_session("foot-care", "Foot care", datetime(2026, 11, 30, 9, 0).astimezone(), 600, 10)
        ready_to_follow(folder)
        filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(filler, bytes(4096))
        except OSError:
            pass  # full
        finally:
            os.close(filler)
        yield folder
    finally:
        unmount(folder)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a history and settings in it, bound onto itself read-only."""
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o700)
    with HistoryStore(folder) as store:
        store.start_session("foot-care", "Foot care", datetime(2026, 11, 30, 9, 0).astimezone(), 600, 10)
    ready_to_follow(folder)
    mount("--bind", str(folder), str(folder))
    try:
        mount("-o", "remount,bind,ro", str(folder))
        yield folder
    finally:
        unmount(folder)


def ready_to_follow(folder: Path) -> None:
    """Welcomed, silent, straight into a routine (the screening and check-ins have tests of their own)."""
    settings = Settings.load(settings_path(folder))
    for key, value in (
        ("welcomed", True),
        ("muted", True),
        ("safety_check", False),
        ("ask_before_session", False),
    ):
        settings.set(key, value)


def no_fault_words(err: str) -> None:
    assert "Traceback" not in err, err
    assert "already running" not in err, err


def test_a_full_disk_starts_and_says_so(full_disk: Path) -> None:
    assert write_problem(full_disk) == full_disk_notice(full_disk)
    result = run_app(full_disk)
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout and "ready-paint" in result.stdout  # a page was painted
    assert f"NeuroGuide: {full_disk_notice(full_disk)}" in result.stderr
    no_fault_words(result.stderr)
    assert not list(full_disk.glob(".neuroguide-write-check-*"))


def test_a_read_only_folder_starts_and_says_so(read_only: Path) -> None:
    assert write_problem(read_only) == read_only_notice(read_only)
    result = run_app(read_only)
    assert result.returncode == 0, result.stderr
    assert "ready-paint" in result.stdout
    assert f"NeuroGuide: {read_only_notice(read_only)}" in result.stderr
    assert "cannot be used" not in result.stderr  # the folder is there; it is read-only, said once
    no_fault_words(result.stderr)


@pytest.mark.parametrize("fault", ["full_disk", "read_only"])
def test_the_notice_is_on_the_page_and_routines_can_be_followed(
    fault: str, request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication
) -> None:
    folder: Path = request.getfixturevalue(fault)
    expected = full_disk_notice(folder) if fault == "full_disk" else read_only_notice(folder)
    shell = Shell(folder, None)
    window = shell.open()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.history is not None and window.pages.currentWidget() is not None)
    notice = window.library_page.notice
    assert window.pages.currentWidget() is window.library_page
    assert notice.text() == expected and notice.isVisibleTo(window)
    history = window.history
    assert history is not None
    futures.wait([history.bridge.ask(lambda _store: None)])  # the history has opened, or failed to
    qapp.processEvents()  # its problems, if any, have been told
    assert notice.text() == expected  # a history that cannot save says it in the same words
    window.start_routine("foot-care")
    assert window.pages.currentWidget() is window.player_page  # the routine runs, the page is not blank
    window.shut_down()


def test_a_lock_and_socket_left_by_a_killed_app_do_not_block_the_next_start(data_dir: Path) -> None:
    app = start_app(data_dir)
    socket = wait_listening(data_dir, app)
    app.kill()
    end(app)
    assert socket.exists() and SingleInstance(data_dir)._lock.path.exists()  # what a crash leaves
    result = run_app(data_dir)
    assert result.returncode == 0, result.stderr
    assert "ready-paint" in result.stdout
    no_fault_words(result.stderr)
    assert not socket.exists()  # taken over, then removed on the way out
