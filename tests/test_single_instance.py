"""One NeuroGuide per data folder, with two real processes; a lock left by a crash does not block."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.single_instance import SingleInstance
from neuroguide.system.datadir import read_only_notice


@pytest.fixture
def sockets() -> Iterator[Path]:
    """A temporary folder of the launches' own, removed afterwards, so nothing they make there is
    left behind (their sockets are in the suite's runtime folder, and removed by SIGTERM)."""
    folder = Path(tempfile.mkdtemp(prefix="ng-"))
    yield folder
    shutil.rmtree(folder)


def launch(data_dir: Path, sockets: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(sockets))
    return subprocess.Popen(
        [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_launch_brings_the_first_forward_and_exits(data_dir: Path, sockets: Path) -> None:
    first = launch(data_dir, sockets)
    try:
        deadline = time.monotonic() + 30
        while not SingleInstance(data_dir).socket_path().exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for another process to start, not for a routine
        for _ in range(5):
            second = launch(data_dir, sockets)
            _out, err = second.communicate(timeout=30)
            if "brought forward" in err:
                break
            time.sleep(0.2)  # the first may still be opening its socket
        assert second.returncode == 0
        assert "NeuroGuide is already running; its window was brought forward." in err
        assert first.poll() is None  # the first one still runs
    finally:
        first.terminate()
        _, first_err = first.communicate(timeout=30)
    assert "NeuroGuide: brought forward" in first_err


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_said_plainly_not_taken_for_a_running_one(
    qapp: QApplication, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from neuroguide.ui.shell import claim_data_folder

    data_dir.chmod(0o500)
    try:
        instance = claim_data_folder(data_dir)
        assert instance is not None
        instance.release()
        err = capsys.readouterr().err
        assert read_only_notice(data_dir) in err and "already running" not in err
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o500
    finally:
        data_dir.chmod(0o700)


def test_a_lock_left_by_a_crashed_process_is_cleared(qapp: QApplication, data_dir: Path) -> None:
    holder = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from neuroguide.system.folder_lock import FolderLock\n"
        "assert FolderLock(Path(sys.argv[1]), 'app').acquire()\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    gone = subprocess.Popen([sys.executable, "-c", holder, str(data_dir)], stdout=subprocess.PIPE, text=True)
    assert gone.stdout is not None and gone.stdout.readline() == "held\n"
    assert not SingleInstance(data_dir).acquire()  # held while it runs
    gone.kill()
    gone.communicate(timeout=30)
    lock_file = SingleInstance(data_dir)._lock.path
    assert lock_file.exists()  # left behind, as a crash leaves it
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    other = SingleInstance(data_dir)
    assert not other.acquire()  # now it is really held
    instance.release()
    assert not lock_file.exists()
    assert other.acquire()
    other.release()


def test_different_data_folders_do_not_meet(qapp: QApplication, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    first, second = SingleInstance(one), SingleInstance(two)
    assert first.acquire() and second.acquire()
    assert first.name != second.name
    first.release()
    second.release()


def test_the_running_one_answers_on_a_socket_only_its_owner_can_use(qtbot: QtBot, data_dir: Path) -> None:
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    instance.listen()
    path = instance.socket_path()
    if os.name == "posix":
        assert stat.S_ISSOCK(path.stat().st_mode)
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    second = SingleInstance(data_dir)
    assert not second.acquire()
    with qtbot.waitSignal(instance.activated, timeout=5000):
        assert second.ask_running_to_show()
    instance.release()
    assert not path.exists()
