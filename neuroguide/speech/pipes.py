"""What the speech worker, the player and the app share to talk over pipes: one JSON object a line,
and the single-shot timers that watch for answers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer


def json_lines(buffer: bytes) -> tuple[list[dict[str, Any]], bytes]:
    """The whole lines of ``buffer`` read as JSON objects (others skipped), and the rest, unfinished."""
    *lines, rest = buffer.split(b"\n")
    return list(_objects(lines)), rest


def read_messages(process: QProcess, unfinished: bytes) -> tuple[list[dict[str, Any]], bytes]:
    """What ``process`` has written since, as JSON objects, after the ``unfinished`` line kept from
    before; and the line it is still writing."""
    return json_lines(unfinished + bytes(process.readAllStandardOutput().data()))


def _objects(lines: list[bytes]) -> Iterator[dict[str, Any]]:
    for line in lines:
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if isinstance(message, dict):
            yield message


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
