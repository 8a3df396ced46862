"""A flood of log messages: bytes written and CPU seconds, through NeuroGuide's log and through a
plain stdlib handler that writes every line to /dev/null (the reference).

- alike: 100,000 times the Qt warning that once filled a disk ("QSocketNotifier: Invalid socket N
  and type 'Read', disabling...", N varying). Budget: 64 KB written, and no more CPU than the
  reference, which formats and writes every line;
- distinct: 100,000 different lines (nothing to collapse): the log's files rotate, and stay under
  3 MB on disk whatever comes. Reported, no CPU budget (each line is written and flushed to a file).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for neuroguide, from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from summary import record

from neuroguide.system import logs

MESSAGES = 100_000
SOCKET = "QSocketNotifier: Invalid socket %d and type 'Read', disabling..."


class CountingNull:
    """/dev/null that counts what is written to it, in bytes."""

    def __init__(self) -> None:
        self.stream = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 (closed in close)
        self.bytes = 0

    def write(self, text: str) -> None:
        self.bytes += len(text.encode("utf-8"))
        self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


def alike(logger: logging.Logger, number: int) -> None:
    logger.warning(SOCKET, 3 + number % 1000)


def distinct(logger: logging.Logger, number: int) -> None:
    logger.warning("%s line %d of a flood with nothing alike", "even" if number % 2 == 0 else "odd", number)


def through(handler: logging.Handler, message: Callable[[logging.Logger, int], None]) -> float:
    """CPU seconds for MESSAGES records through ``handler``, closed at the end (as at exit)."""
    logger = logging.getLogger("bench.logflood")
    logger.propagate = False
    logger.addHandler(handler)
    started = time.process_time()
    for number in range(MESSAGES):
        message(logger, number)
    handler.close()
    seconds = time.process_time() - started
    logger.removeHandler(handler)
    return seconds


def main() -> int:
    print(f"{MESSAGES:,} log messages: NeuroGuide's log against a plain handler writing to /dev/null")
    print(f"{'flood':<10}{'written':>12}{'reference':>12}{'CPU':>9}{'reference':>11}")
    for name, message in (("alike", alike), ("distinct", distinct)):
        null = CountingNull()
        plain = logging.StreamHandler(null)
        plain.setFormatter(logs.FILE_FORMAT)
        reference_seconds = through(plain, message)
        null.close()
        with tempfile.TemporaryDirectory(prefix="neuroguide-logflood-") as folder:
            path = logs.log_path(Path(folder))
            seconds = through(logs.build_handler(path, None, echo=False), message)
            written = sum(file.stat().st_size for file in path.parent.iterdir())
        print(
            f"{name:<10}{written / 1024:>9.1f} KB{null.bytes / 1024:>9.0f} KB"
            f"{seconds:>7.2f} s{reference_seconds:>9.2f} s"
        )
        kb_budget = 64 if name == "alike" else 3 * logs.MAX_BYTES / 1024
        record(f"log flood, {name}: KB written", written / 1024, "KB", null.bytes / 1024, kb_budget, False)
        record(
            f"log flood, {name}: CPU seconds",
            seconds,
            "s",
            reference_seconds,
            1.0 if name == "alike" else None,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
