"""The log can never fill a disk: a flood is written once and counted, the files rotate at 1 MB, and
a folder that cannot be written falls back to standard error without raising. Real files, no sleeps."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLoggingCategory, qCritical, qCWarning, qInstallMessageHandler, qWarning

from neuroguide import __version__
from neuroguide.app import qt_messages
from neuroguide.cli import doctor
from neuroguide.system import logs

FLOOD = 30_000
SOCKET = "QSocketNotifier: Invalid socket %d and type 'Read', disabling..."


class CountingFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(logs.FILE_FORMAT._fmt)
        self.calls = 0

    def format(self, record: logging.LogRecord) -> str:
        self.calls += 1
        return super().format(record)


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    """A logger of its own, so that the floods reach only the handler under test."""
    log = logging.getLogger("tests.flood")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    yield log
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    log.propagate = True
    log.setLevel(logging.NOTSET)


def attach(log: logging.Logger, path: Path, screen: logging.Handler | None = None, echo: bool = False):
    handler = logs.build_handler(path, screen, echo)
    log.addHandler(handler)
    return handler


def screen() -> tuple[logging.StreamHandler[io.StringIO], io.StringIO]:
    stream = io.StringIO()
    return logging.StreamHandler(stream), stream


def test_a_flood_of_one_message_with_varying_numbers_is_written_once_and_counted(
    logger: logging.Logger, tmp_path: Path
) -> None:
    path = logs.log_path(tmp_path)
    handler = attach(logger, path)
    formatter = CountingFormatter()
    handler.targets[0].setFormatter(formatter)
    for number in range(FLOOD):
        logger.warning(SOCKET, 3 + number % 500)
    logger.warning("the flood is over")
    handler.close()

    lines = path.read_text(encoding="utf-8").splitlines()
    assert path.stat().st_size < 4_000
    assert lines[0].endswith(
        "WARNING tests.flood: QSocketNotifier: Invalid socket 3 and type 'Read', disabling..."
    )
    assert len(lines) <= 8
    assert "… repeated 30,000 times in all; the last: QSocketNotifier: Invalid socket 502" in lines[-2]
    assert lines[-1].endswith("the flood is over")
    assert formatter.calls == len(lines)  # each repeat was only counted: nothing formatted for it


def test_counts_so_far_come_at_powers_of_ten(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.log_path(tmp_path)
    handler = attach(logger, path)
    for number in range(FLOOD):
        logger.warning(SOCKET, number)
    handler.close()
    counts = [line.split("repeated ")[1] for line in path.read_text().splitlines()[1:]]
    assert [count.split(";")[0] for count in counts] == [
        "100 times so far",
        "1,000 times so far",
        "10,000 times so far",
        "30,000 times in all",
    ]


def test_the_same_line_again_is_counted_and_said_at_shutdown(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.log_path(tmp_path)
    handler = attach(logger, path)
    logger.warning("said once")
    for _ in range(6):
        logger.warning("said again")
    for _ in range(3):
        logger.error("said again")  # another level: another message
    handler.close()  # as logging does at exit
    lines = [line.split(" ", 2)[2] for line in path.read_text().splitlines()]
    assert lines == [
        "WARNING tests.flood: said once",
        "WARNING tests.flood: said again",
        "WARNING tests.flood: … repeated 6 times in all",
        "ERROR tests.flood: said again",
        "ERROR tests.flood: … repeated 3 times in all",
    ]


def test_a_long_flood_says_its_count_every_ten_seconds(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.log_path(tmp_path)
    handler = attach(logger, path)
    start = 1_800_000_000.0
    for number in range(90):  # one every half second, for 45 s: below the first power of ten
        fields = {"name": "tests.flood", "levelno": logging.WARNING, "levelname": "WARNING", "msg": "tick"}
        handler.handle(logging.makeLogRecord(fields | {"created": start + number / 2}))
    handler.close()
    lines = path.read_text().splitlines()
    assert [line.split("repeated ")[1] for line in lines[1:]] == [
        "21 times so far",
        "41 times so far",
        "61 times so far",
        "81 times so far",
        "90 times in all",
    ]


def test_the_files_rotate_and_never_pass_three_megabytes(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.log_path(tmp_path)
    handler = attach(logger, path)
    padding = "x" * 80
    written = 0
    number = 0
    while written < 10_000_000:  # distinct messages: none is collapsed
        text = f"{'even' if number % 2 == 0 else 'odd'} message {number} {padding}"
        logger.warning(text)
        written += len(text) + 40
        number += 1
    logger.warning("y" * 5_000_000)  # one huge message is cut, not kept whole
    handler.close()

    files = sorted(path.parent.iterdir())
    assert [file.name for file in files] == ["neuroguide.log", "neuroguide.log.1", "neuroguide.log.2"]
    sizes = [file.stat().st_size for file in files]
    assert all(size <= logs.MAX_BYTES for size in sizes), sizes
    assert sum(sizes) <= 3 * logs.MAX_BYTES
    assert min(sizes[1:]) > logs.MAX_BYTES - 30_000  # the older ones were full when they were moved
    newest = path.read_text(encoding="utf-8").splitlines()
    assert f"message {number - 1} " in newest[-2]
    assert newest[-1].endswith("…(cut)") and len(newest[-1]) < logs.MAX_LINE_CHARS + 100
    assert "message 0 " not in path.with_name("neuroguide.log.2").read_text()  # the oldest were dropped


def test_an_unwritable_folder_falls_back_to_standard_error_collapsed(
    logger: logging.Logger, tmp_path: Path
) -> None:
    (tmp_path / "logs").write_text("a file where the log folder should be")  # root ignores permissions
    fallback, stream = screen()
    handler = attach(logger, logs.log_path(tmp_path), fallback)
    for number in range(FLOOD):
        logger.warning(SOCKET, number)
    logger.info("a note")
    handler.close()
    lines = stream.getvalue().splitlines()
    assert "cannot be written" in lines[0] and "messages go to standard error instead" in lines[0]
    assert lines[1] == "WARNING tests.flood: QSocketNotifier: Invalid socket 0 and type 'Read', disabling..."
    assert "… repeated 30,000 times in all" in lines[-2]
    assert lines[-1] == "INFO tests.flood: a note"
    assert len(stream.getvalue()) < 2_000


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_falls_back_without_raising(logger: logging.Logger) -> None:
    fallback, stream = screen()
    handler = attach(logger, Path("/dev/full"), fallback)
    logger.warning("first")
    logger.warning("second")
    handler.close()
    lines = stream.getvalue().splitlines()
    assert "/dev/full cannot be written (No space left on device)" in lines[0]
    assert lines[1:] == ["WARNING tests.flood: first", "WARNING tests.flood: second"]


def test_on_a_terminal_warnings_are_shown_too_collapsed(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.log_path(tmp_path)
    terminal, stream = screen()
    handler = attach(logger, path, terminal, echo=True)
    logger.info("only in the file")
    for number in range(1_000):
        logger.warning(SOCKET, number)
    logger.error("an error")
    handler.close()
    assert stream.getvalue().splitlines() == [
        "WARNING tests.flood: QSocketNotifier: Invalid socket 0 and type 'Read', disabling...",
        "WARNING tests.flood: … repeated 100 times so far; the last: "
        "QSocketNotifier: Invalid socket 99 and type 'Read', disabling...",
        "WARNING tests.flood: … repeated 1,000 times so far; the last: "
        "QSocketNotifier: Invalid socket 999 and type 'Read', disabling...",
        "WARNING tests.flood: … repeated 1,000 times in all; the last: "
        "QSocketNotifier: Invalid socket 999 and type 'Read', disabling...",
        "ERROR tests.flood: an error",
    ]
    assert "only in the file" in path.read_text()


def test_installed_it_takes_warnings_exceptions_and_other_layers_lines(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sys.excepthook, threading.excepthook, warnings.showwarning
    log = logs.install(data_dir, echo=False)
    try:
        speech = logging.getLogger("neuroguide.speech")
        for number in range(1_000):  # as the speech layer passes on its child process's standard error
            speech.warning(f"ALSA lib pcm.c:{number}:(snd_pcm_recover) underrun occurred")
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("careful", UserWarning, stacklevel=1)
        try:
            raise ZeroDivisionError("in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        worker = threading.Thread(target=lambda: 1 / 0, name="history")
        worker.start()
        worker.join()
    finally:
        log.close()
    assert (sys.excepthook, threading.excepthook, warnings.showwarning) == before
    assert log.handler not in logging.getLogger().handlers
    text = log.path.read_text()
    assert log.path == data_dir / "logs" / "neuroguide.log"
    assert text.count("underrun occurred") == 4  # the first, and the last in each count
    assert "WARNING neuroguide.speech: … repeated 1,000 times in all" in text
    assert "WARNING py.warnings:" in text and "UserWarning: careful" in text
    assert "ERROR neuroguide: uncaught exception\nTraceback" in text
    assert "ZeroDivisionError: in a slot" in text
    assert "ERROR neuroguide: uncaught exception in history\nTraceback" in text
    assert capsys.readouterr().err == ""  # not a terminal: nothing for the person to see


def test_qt_categories_become_loggers_under_qt() -> None:
    assert qt_messages.logger_name("default") == "qt"
    assert qt_messages.logger_name("") == "qt"
    assert qt_messages.logger_name("qt.multimedia.ffmpeg") == "qt.multimedia.ffmpeg"
    assert qt_messages.logger_name("ffmpeg") == "qt.ffmpeg"


@pytest.mark.no_qt_log  # the flood must reach only the handler under test
def test_a_qt_flood_through_the_message_handler_is_written_once(tmp_path: Path) -> None:
    qt = logging.getLogger("qt")
    qt.propagate = False
    path = logs.log_path(tmp_path)
    handler = logs.build_handler(path, None, echo=False)
    qt.addHandler(handler)
    multimedia = QLoggingCategory("qt.multimedia.test")
    restore = qt_messages.install()
    try:
        for number in range(FLOOD):
            qWarning(f"QSocketNotifier: Invalid socket {number} and type 'Read', disabling...")
        qCritical("the flood is over")
        qCWarning(multimedia, "from a category")
    finally:
        restore()
        qt.removeHandler(handler)
        qt.propagate = True
        handler.close()
    lines = [line.split(" ", 2)[2] for line in path.read_text().splitlines()]
    assert path.stat().st_size < 4_000
    assert lines[0] == "WARNING qt: QSocketNotifier: Invalid socket 0 and type 'Read', disabling..."
    assert lines[-3].startswith("WARNING qt: … repeated 30,000 times in all; the last: ")
    assert lines[-2:] == ["ERROR qt: the flood is over", "WARNING qt.multimedia.test: from a category"]
    assert len(lines) <= 8


@pytest.mark.no_qt_log
def test_a_qt_handler_installed_before_still_hears_and_is_put_back() -> None:
    heard: list[str] = []
    logged: list[str] = []
    listener = logging.Handler()
    listener.emit = lambda record: logged.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("qt").addHandler(listener)
    qInstallMessageHandler(lambda kind, context, message: heard.append(message))
    try:
        restore = qt_messages.install()
        qWarning("while installed")
        restore()
        qWarning("after")
    finally:
        qInstallMessageHandler(None)
        logging.getLogger("qt").removeHandler(listener)
    assert heard == ["while installed", "after"]
    assert logged == ["while installed"]


def launch(data_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEUROGUIDE_EXIT_AFTER_FIRST_PAINT="1")
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), *options]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.mark.parametrize("options", [(), ("--background",)])
def test_the_app_logs_qt_messages_to_its_data_folder(data_dir: Path, options: tuple[str, ...]) -> None:
    result = launch(data_dir, *options)
    assert result.returncode == 0, result.stderr
    text = logs.log_path(data_dir).read_text()
    started = "started in the background for" if options else "started for"
    assert f"INFO neuroguide: NeuroGuide {__version__} {started} {data_dir}" in text
    assert "WARNING qt: This plugin does not support" in text  # the offscreen platform's notice
    assert "This plugin does not support" not in result.stderr  # not a terminal: the file has it


def test_doctor_says_where_the_log_is(data_dir: Path, tmp_path: Path) -> None:
    check = doctor.check_log(data_dir)
    assert (check.name, check.verdict) == ("Log", "ok")
    assert str(data_dir / "logs" / "neuroguide.log") in check.detail
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "logs").write_text("a file where the log folder should be")
    check = doctor.check_log(blocked)
    assert check.verdict == "fallback" and "standard error" in check.detail
