"""The log: Qt's and Python's messages in one file in the data folder, that can never fill a disk.

Three files of at most 1 MB each (``logs/neuroguide.log``, ``.1``, ``.2``), and a message that comes
again and again is written once and then counted: "… repeated 30,000 times in all". Messages that differ
only in their numbers ("Invalid socket 31", "Invalid socket 32") count as the same. When the file
cannot be written (a read-only or full disk) the messages go to standard error instead, collapsed the
same way, and nothing is ever raised to the code that logged.

Plain Python, no Qt: neuroguide/app/qt_messages.py routes Qt's messages here. ``logging`` itself is
already loaded by PySide6; ``logging.handlers`` is not used because it would add socket, pickle and
queue to the start-up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from neuroguide.system.private_files import open_private, private_folder

LOG_FOLDER = "logs"
LOG_NAME = "neuroguide.log"
MAX_BYTES = 1_000_000
BACKUPS = 2  # neuroguide.log.1 and .2: at most 3 MB on disk
MAX_LINE_CHARS = 20_000  # one huge message must not blow the cap on its own
FIRST_MARK = 100  # "so far" lines at 100, 1,000, 10,000… repeats
REPORT_EVERY_SECONDS = 10.0  # and at most this often while a flood goes on

FILE_FORMAT = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
SCREEN_FORMAT = logging.Formatter("%(levelname)s %(name)s: %(message)s")

# Numbers, decimal or hex: socket numbers, object addresses, counters.
NUMBERS = re.compile(r"0x[0-9a-fA-F]+|\d+")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def log_path(data_dir: Path) -> Path:
    """The newest log file; older ones are next to it, ending in .1 and .2."""
    return data_dir / LOG_FOLDER / LOG_NAME


def message_of(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # wrong arguments for the format: still say something
        return str(record.msg)


class RotatingLog(logging.Handler):
    """Appends lines to ``path``; a line that would take it past ``max_bytes`` first moves it to
    ``path.1`` (``.1`` to ``.2``, and so on), so at most (backups + 1) × max_bytes are on disk.

    When the file cannot be opened or written it is given up for the rest of the run: one note, then
    every record, go to ``fallback`` (or nowhere, without it).
    """

    def __init__(
        self,
        path: Path,
        max_bytes: int = MAX_BYTES,
        backups: int = BACKUPS,
        fallback: logging.Handler | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.max_bytes = max_bytes
        self.backups = max(1, backups)
        self.fallback = fallback
        self.problem: str | None = None  # why the file is not written, once it is not
        self._file: BinaryIO | None = None
        self._size = 0

    def numbered(self, number: int) -> Path:
        return self.path if number == 0 else self.path.with_name(f"{self.path.name}.{number}")

    def emit(self, record: logging.LogRecord) -> None:
        if self.problem is None:
            text = self.format(record)
            if len(text) > MAX_LINE_CHARS:
                text = text[:MAX_LINE_CHARS] + " …(cut)"
            try:
                self._write((text + "\n").encode("utf-8", "backslashreplace"))
                return
            except (OSError, ValueError) as error:
                self._give_up(error)
        if self.fallback is not None and record.levelno >= self.fallback.level:
            self.fallback.handle(record)

    def _write(self, data: bytes) -> None:
        if self._file is None:
            # owner only, like the rest of the data folder: messages may name the person's files
            private_folder(self.path.parent)
            fd = open_private(self.path, os.O_WRONLY | os.O_APPEND)
            self._file = os.fdopen(fd, "ab")
            self._size = self._file.seek(0, os.SEEK_END)
        if self._size and self._size + len(data) > self.max_bytes:
            self._rotate()
            self._write(data)
            return
        self._file.write(data)
        self._file.flush()
        self._size += len(data)

    def _rotate(self) -> None:
        self._close_file()
        for number in range(self.backups, 0, -1):
            older = self.numbered(number - 1)
            if older.exists():
                older.replace(self.numbered(number))

    def _give_up(self, error: OSError | ValueError) -> None:
        reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
        self.problem = f"{self.path} cannot be written ({reason})"
        try:
            self._close_file()
        except OSError:
            self._file = None
        if self.fallback is not None:
            note = f"the log {self.problem}; messages go to standard error instead"
            fields = {"name": __name__, "levelno": logging.WARNING, "levelname": "WARNING", "msg": note}
            self.fallback.handle(logging.makeLogRecord(fields))

    def _close_file(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()

    def close(self) -> None:
        self.acquire()
        try:
            with contextlib.suppress(OSError):  # a full disk refused the last bytes: nothing more to do
                self._close_file()
        finally:
            self.release()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        """Silent: a note per failed line would be a flood of its own."""


class Collapsing(logging.Handler):
    """Passes records on to ``targets``, but a message like the one before it (same logger, level and
    text once numbers are set aside) is only counted: no formatting, no writing. The count is said
    when another message comes, at shutdown (``close``), and while it goes on at 100, 1,000, 10,000…
    repeats and at most every 10 s of the records' own time: "… repeated 1,000 times so far".
    """

    def __init__(self, targets: list[logging.Handler]) -> None:
        super().__init__()
        self.targets = targets
        self._key: tuple[str, int, str] | None = None
        self._first_text = ""
        self._last: logging.LogRecord | None = None
        self._last_text = ""
        self._count = 0  # times the message came, the first included
        self._next_mark = FIRST_MARK
        self._said_at = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = message_of(record)
            key = (record.name, record.levelno, NUMBERS.sub("#", text))
            if key == self._key:
                self._count += 1
                self._last, self._last_text = record, text
                if self._count >= self._next_mark or record.created - self._said_at >= REPORT_EVERY_SECONDS:
                    self._say_count(final=False)
                return
            self._say_count(final=True)
            self._key, self._first_text = key, text
            self._last, self._last_text = record, text
            self._count = 1
            self._next_mark = FIRST_MARK
            self._said_at = record.created
            self._forward(record)
        except Exception:
            pass  # never raise into the caller: inside Qt's message handler that can end the app

    def _say_count(self, final: bool) -> None:
        last = self._last
        if last is None or self._count == 1:
            return
        words = f"… repeated {self._count:,} times" + (" in all" if final else " so far")
        if self._last_text != self._first_text:
            words += f"; the last: {self._last_text}"
        summary = logging.makeLogRecord(dict(last.__dict__))
        summary.msg, summary.args = words, None
        summary.exc_info, summary.exc_text, summary.stack_info = None, None, None
        self._said_at = last.created
        while self._next_mark <= self._count:
            self._next_mark *= 10
        self._forward(summary)

    def _forward(self, record: logging.LogRecord) -> None:
        for target in self.targets:
            if record.levelno >= target.level:
                target.handle(record)

    def flush(self) -> None:
        for target in self.targets:
            target.flush()

    def close(self) -> None:
        self.acquire()
        try:
            with contextlib.suppress(Exception):  # closing at exit must not fail either
                self._say_count(final=True)
            self._key, self._last = None, None
        finally:
            self.release()
        for target in self.targets:
            target.close()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        """Silent, for the same reason as RotatingLog's."""


def build_handler(path: Path, screen: logging.Handler | None, echo: bool) -> Collapsing:
    """The file, and ``screen`` either beside it (``echo``: warnings and worse) or only in its place
    when the file cannot be written (then everything the file would have had)."""
    file = RotatingLog(path, fallback=None if echo else screen)
    file.setLevel(logging.INFO)
    file.setFormatter(FILE_FORMAT)
    targets: list[logging.Handler] = [file]
    if screen is not None:
        screen.setFormatter(SCREEN_FORMAT)
        screen.setLevel(logging.WARNING if echo else logging.INFO)
        if echo:
            targets.append(screen)
    return Collapsing(targets)


def stderr_is_a_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (OSError, ValueError):  # closed
        return False


class Log:
    """The installed log: every logger's records, Python warnings and uncaught exceptions go to
    ``handler``. ``close`` says any pending count and puts back what was there before."""

    def __init__(self, data_dir: Path, echo: bool | None = None) -> None:
        if echo is None:
            # Started from a terminal, a developer sees warnings there too; started from the desktop
            # menu, standard error goes to a session log nobody reads, and only the file has them.
            echo = stderr_is_a_terminal()
        screen = logging.StreamHandler(sys.stderr) if sys.stderr is not None else None
        self.path = log_path(data_dir)
        self.handler = build_handler(self.path, screen, echo)
        root = logging.getLogger()
        self._root_level = root.level
        self._excepthook: ExceptHook = sys.excepthook
        self._thread_hook: ThreadHook = threading.excepthook
        root.addHandler(self.handler)
        root.setLevel(min(root.level, logging.INFO))  # the file keeps notes too, the screen warnings
        logging.captureWarnings(True)
        sys.excepthook = self._uncaught
        threading.excepthook = self._uncaught_in_thread

    def _uncaught(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        """An exception nothing caught (in a Qt slot the app carries on): into the log with its
        traceback, shown on a terminal only when there is one."""
        if issubclass(kind, KeyboardInterrupt):
            self._excepthook(kind, error, traceback)
            return
        logging.getLogger("neuroguide").error("uncaught exception", exc_info=(kind, error, traceback))

    def _uncaught_in_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        logging.getLogger("neuroguide").error(
            "uncaught exception in %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )

    def close(self) -> None:
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self._root_level)
        logging.captureWarnings(False)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        self.handler.close()


def install(data_dir: Path, echo: bool | None = None) -> Log:
    """Start the log of the base data folder ``data_dir``; it stays until the process ends (logging
    closes it at exit, which writes a pending count)."""
    return Log(data_dir, echo)
