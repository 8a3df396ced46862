"""Faults around the data folder and its locks, with real processes and real mounts.

A full disk is a 1 MB tmpfs filled to the last block; a read-only folder is a read-only bind mount,
which refuses writes even to root (a chmod does not). Both need ``mount``: where it is not permitted
(an ordinary user, a locked-down container) those cases are skipped, never failed. The rest needs no
privilege: a second launch on a person's folder, a history import while the window has that person,
SIGTERM, and a lock left by a killed process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent import futures
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.single_instance import SingleInstance
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import full_disk_notice, read_only_notice, settings_path, write_problem
from neuroguide.system.folder_lock import FolderLock, private_temporary_dir, runtime_dir
from tests.conftest import ShellMaker

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
    make_shell: ShellMaker, fault: str, request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication
) -> None:
    folder: Path = request.getfixturevalue(fault)
    expected = full_disk_notice(folder) if fault == "full_disk" else read_only_notice(folder)
    shell = make_shell(folder)
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
    if fault == "read_only":  # and it can still be looked back on
        assert history.bridge.ask(lambda store: store.count_sessions()).result(timeout=10) == (1, 0)
    window.start_routine("foot-care")
    assert window.pages.currentWidget() is window.player_page  # the routine runs, the page is not blank
    window.shut_down()


@pytest.fixture
def anna(data_dir: Path) -> Path:
    """A data folder whose window shows Anna, with her own folder."""
    folder = data_dir / "people" / "anna"
    folder.mkdir(parents=True)
    (data_dir / "people.json").write_text(
        json.dumps({"current": "anna", "people": [{"id": "", "name": "Me"}, {"id": "anna", "name": "Anna"}]})
    )
    for place in (data_dir, folder):
        Settings.load(settings_path(place)).set("welcomed", True)
    return folder


def test_a_second_launch_on_the_persons_folder_brings_the_first_forward(data_dir: Path, anna: Path) -> None:
    first = start_app(data_dir)
    try:
        wait_listening(data_dir, first)
        deadline = time.monotonic() + START_WITHIN_S
        # The window takes Anna's lock, opens her history and marks what a crash left running.
        while is_free(anna) or not list((anna / "backups").glob("*.sqlite3")):
            assert time.monotonic() < deadline, "the window did not open Anna's history"
            time.sleep(0.05)
        with HistoryStore(anna) as store:  # a session of Anna's under way in the first window
            running = store.start_session("foot-care", "Foot care", datetime.now().astimezone(), 600, 10)
        second = run_app(anna)
        assert second.returncode == 0, second.stderr
        assert f"NeuroGuide is already open for this person ({anna}); its window was brought forward." in (
            second.stderr
        )
        assert "ready-paint" not in second.stdout  # no window of its own
        with sqlite3.connect(anna / "history.sqlite3") as db:
            status = db.execute("SELECT status FROM session WHERE id = ?", (running,)).fetchone()[0]
        db.close()
        assert status == "running"  # not marked interrupted by the second launch

        exported = run_cli(
            "--data-dir",
            str(anna),
            "history",
            "export",
            "--format",
            "csv",
            "--out",
            str(anna.parent / "a.csv"),
        )
        assert exported.returncode == 0, exported.stderr  # reading needs no lock
        refused = run_cli("--data-dir", str(anna), "history", "import", str(anna.parent / "a.csv"))
        assert refused.returncode == 1
        assert f"nothing was imported: NeuroGuide is open for {anna} (process {first.pid})" in refused.stderr
        assert "Traceback" not in refused.stderr
        allowed = run_cli("--data-dir", str(data_dir), "history", "import", str(anna.parent / "a.csv"))
        assert allowed.returncode == 0, allowed.stderr  # the first person is not shown now
    finally:
        err = end(first)
    assert "NeuroGuide: brought forward" in err
    assert "Traceback" not in err


def is_free(folder: Path) -> bool:
    lock = FolderLock(folder)
    free = lock.acquire("test")
    lock.release()
    return free


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "neuroguide", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=app_env(), timeout=60, check=False)


def test_sigterm_ends_it_cleanly_and_removes_its_socket(data_dir: Path) -> None:
    app = start_app(data_dir)
    socket = wait_listening(data_dir, app)
    lock = SingleInstance(data_dir)._lock.path
    assert lock.exists()
    app.send_signal(signal.SIGTERM)
    err = end(app)
    assert app.returncode == 0, err
    assert not socket.exists() and not lock.exists()
    assert "Traceback" not in err


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


def test_switching_to_a_person_another_process_writes_is_refused_plainly(
    make_shell: ShellMaker, qtbot: QtBot, data_dir: Path, anna: Path
) -> None:
    (data_dir / "people.json").write_text(
        json.dumps({"current": "", "people": [{"id": "", "name": "Me"}, {"id": "anna", "name": "Anna"}]})
    )
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    instance.person = FolderLock(data_dir)
    assert instance.person.acquire("window", instance.answer_at)
    importing = FolderLock(anna)
    assert importing.acquire("import")
    try:
        shell = make_shell(data_dir, instance)
        window = shell.open()
        qtbot.waitUntil(lambda: window.history is not None and window.pages.currentWidget() is not None)
        shell.switch_to("anna")
        assert shell.window is window and shell.people.current == ""
        assert window.library_page.notice.text() == (
            f"Anna's history is being imported into by another NeuroGuide command (process {os.getpid()}); "
            "choose Anna again when it is done."
        )
        importing.release()
        shell.switch_to("anna")
        assert shell.window is not window and shell.people.current == "anna"
        assert not is_free(anna)  # the window holds it now
        qtbot.waitUntil(lambda: is_free(data_dir))  # and the first person's, once their history closed
        new = shell.window
        assert new is not None
        qtbot.waitUntil(lambda: new.history is not None)
        new.shut_down()
        new.close()
    finally:
        importing.release()
        instance.release()


def test_the_suite_keeps_its_locks_in_its_own_runtime_folder() -> None:
    """So a killed app leaves nothing in the temporary folder (a socket's path has room for it)."""
    assert runtime_dir() == Path(os.environ["XDG_RUNTIME_DIR"])


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path, as a socket's must be; removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="ng-"))
    yield folder
    shutil.rmtree(folder)


def test_without_a_runtime_folder_a_private_one_is_made_in_the_temporary_folder(
    short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path = short_tmp
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    made = private_temporary_dir()
    assert made == tmp_path / f"neuroguide-{os.getuid()}"
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    made.chmod(0o777)
    assert stat.S_IMODE(private_temporary_dir().stat().st_mode) == 0o700  # taken back
    assert runtime_dir() in (made, Path(f"/run/user/{os.getuid()}"))
    made.rmdir()
    (tmp_path / "elsewhere").mkdir()
    made.symlink_to(tmp_path / "elsewhere")  # planted by someone who wants to see the locks
    with pytest.raises(OSError, match="not a private folder"):
        private_temporary_dir()


def test_a_window_on_the_base_folder_leaves_a_person_open_elsewhere_alone(data_dir: Path, anna: Path) -> None:
    """Anna's own folder was opened first; the window on the base folder, which would show Anna,
    brings hers forward and shows the first person instead, touching nothing of Anna's."""
    first = start_app(anna)
    try:
        wait_listening(anna, first)
        deadline = time.monotonic() + START_WITHIN_S
        while not list((anna / "backups").glob("*.sqlite3")):  # the first has opened Anna's history
            assert time.monotonic() < deadline, "the first did not open Anna's history"
            time.sleep(0.05)
        with HistoryStore(anna) as store:
            running = store.start_session("foot-care", "Foot care", datetime.now().astimezone(), 600, 10)
        second = run_app(data_dir)
        assert second.returncode == 0, second.stderr
        assert "ready-paint" in second.stdout  # its own window, for the first person
        no_fault_words(second.stderr)
        with sqlite3.connect(anna / "history.sqlite3") as db:
            status = db.execute("SELECT status FROM session WHERE id = ?", (running,)).fetchone()[0]
        db.close()
        assert status == "running"
        assert not is_free(anna)  # still the first's
    finally:
        err = end(first)
    assert "NeuroGuide: brought forward" in err
