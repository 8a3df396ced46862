"""Runs the speech worker process and keeps it running; keeps its WAV files in a cache on disk.

Nothing here blocks the GUI thread: the worker is a QProcess, answers arrive by signal. A worker that
crashes or does not answer within its time limit is killed and started again, and the request it was
on is tried once more. After several failures in a row speech is given up for this run, and the
reason is reported, so the session goes on with captions. A worker that is ended is not waited for:
it is let go of once it has gone, and ``wait_for_ending`` waits for the last ones as the app quits.

Its time limits are real Qt timers (``pipes.single_shot``), not the app's injected ones: they watch a
real process (a start that hangs, a prompt that never comes back), which a fake clock cannot speed up.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QProcess, Signal

from neuroguide.core.settings import SPEECH_RATE
from neuroguide.speech.pipes import read_messages, single_shot
from neuroguide.system.installed_command import module_command

WORKER = module_command("neuroguide.speech.worker")
START_TIMEOUT_MS = 15_000
MAX_FAILURES_IN_A_ROW = 3
IDLE_EXIT_MS = 5 * 60_000  # a worker with nothing to say for this long ends; it starts when needed

_ending: set[QProcess] = set()  # workers killed and not yet gone: kept until Qt has seen them end


def wait_for_ending(timeout_ms: int) -> bool:
    """As the app quits: wait, at most ``timeout_ms`` in all, for the workers ended to be gone."""
    deadline = QDeadlineTimer(timeout_ms)
    for process in list(_ending):
        if process.state() != QProcess.ProcessState.NotRunning and not process.waitForFinished(
            max(0, deadline.remainingTime())
        ):
            return False
        _let_go(process)
    return True


def _let_go(process: QProcess) -> None:
    if process in _ending:
        _ending.discard(process)
        process.deleteLater()


def synthesizer_version() -> str:
    """pyttsx3 and its version, from its installed metadata's folder name: importlib.metadata would
    load the email and csv packages into the window's process for this one word."""
    for folder in sys.path:
        for info in Path(folder or ".").glob("pyttsx3-*.dist-info"):
            return f"pyttsx3 {info.name.removeprefix('pyttsx3-').removesuffix('.dist-info')}"
    return "pyttsx3"


def prompt_timeout_ms(text: str) -> int:
    """Synthesis takes tens of milliseconds; the limit only catches a worker that is stuck."""
    return 5_000 + 20 * len(text)


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass
class _Request:
    text: str
    out: Path
    tries: int = 0


class SpeechService(QObject):
    """Turns prompt texts into WAV files through the worker, with a cache keyed by what shapes the sound."""

    synthesized = Signal(str, str)  # text, path of its WAV file
    failed = Signal(str, str)  # text, reason
    availability_changed = Signal()  # see .available and .reason
    voices_listed = Signal(list)  # list[Voice]

    def __init__(
        self,
        cache_dir: Path,
        command: list[str] | None = None,
        timeout_ms: int | None = None,
        idle_exit_ms: int = IDLE_EXIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self._command = command or WORKER
        self._fixed_timeout = timeout_ms
        self.voice = ""
        self.rate = SPEECH_RATE
        self.language = "en"
        self.engine = ""  # as the worker names it once it has started
        self._engine_key = synthesizer_version()  # part of every cache key: a new engine, new files
        self.available: bool | None = None  # None: not known yet (worker starting)
        self.reason = ""
        self.note = ""  # a remark from the worker, such as a missing voice
        self._queue: deque[_Request] = deque()
        self._current: _Request | None = None
        self._wants_voices = False
        self._buffer = b""
        self._failures = 0
        self._next_id = 0
        self._process: QProcess | None = None
        self.engine_ready = False
        self.restarts = 0  # workers replaced after a crash or a hang, this run
        self._timer = single_shot(self, START_TIMEOUT_MS, self._on_timeout)
        self._idle = single_shot(self, idle_exit_ms, self._on_idle)

    # -- asking ---------------------------------------------------------------------------------

    def configure(self, voice: str, rate: int, language: str = "en") -> None:
        """``voice`` is used when it speaks ``language``; otherwise the worker takes one that does."""
        self.voice, self.rate, self.language = voice, rate, language

    def cache_path(self, text: str) -> Path:
        key = "\n".join([self._engine_key, self.language, self.voice, str(self.rate), text])
        return self.cache_dir / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.wav"

    def cached(self, text: str) -> Path | None:
        path = self.cache_path(text)
        return path if path.is_file() and path.stat().st_size > 44 else None

    def forget(self, path: Path) -> None:
        """A cached file that would not play: remove it so it is made again."""
        path.unlink(missing_ok=True)

    def request(self, text: str, urgent: bool = False) -> None:
        """Make sure ``text`` has a WAV file; ``synthesized`` says when. Urgent requests go first."""
        if not text.strip():
            self.failed.emit(text, "there is nothing to say")
            return
        if self.available is False:
            self.failed.emit(text, self.reason)
            return
        if any(queued.text == text for queued in self._queue) or (
            self._current and self._current.text == text
        ):
            if urgent:
                self._promote(text)
            return
        request = _Request(text, self.cache_path(text))
        if urgent:
            self._queue.appendleft(request)
        else:
            self._queue.append(request)
        self._pump()

    def prefetch(self, texts: list[str]) -> None:
        for text in texts:
            if self.cached(text) is None:
                self.request(text)

    def list_voices(self) -> None:
        self._wants_voices = True
        self._pump()

    def start(self) -> None:
        """Start the worker now (it also starts on the first request)."""
        self._ensure_process()

    def shutdown(self) -> None:
        self._timer.stop()
        self._idle.stop()
        self._end_worker()

    @property
    def running(self) -> bool:
        """A worker process is running or starting."""
        return self._process is not None

    def _on_idle(self) -> None:
        if self._current is None and not self._queue:
            self._end_worker()  # it costs memory all day otherwise

    def _end_worker(self) -> None:
        """End the worker (idle, or the app closing); the next request starts a new one."""
        if self._process is not None:
            process, self._process = self._process, None
            self.engine_ready = False
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.readyReadStandardOutput.disconnect()
            if process.state() == QProcess.ProcessState.NotRunning:  # it never started, or has gone
                process.deleteLater()
                return
            process.setParent(None)  # kept by _ending, not by this service, until it has gone
            _ending.add(process)
            process.finished.connect(lambda *_args: _let_go(process))  # not waited for here
            process.kill()

    def _promote(self, text: str) -> None:
        for queued in list(self._queue):
            if queued.text == text:
                self._queue.remove(queued)
                self._queue.appendleft(queued)

    # -- the worker -----------------------------------------------------------------------------

    def _ensure_process(self) -> bool:
        if self.available is False:
            return False
        if self._process is not None:
            return True
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._on_output)
        process.readyReadStandardError.connect(lambda: process.readAllStandardError())
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._buffer = b""
        self.engine_ready = False
        process.start()
        self._timer.start(START_TIMEOUT_MS)
        return True

    def _pump(self) -> None:
        if not self._ensure_process() or self._process is None or not self.engine_ready:
            return
        if self._current is not None:
            return
        self._idle.start()  # from the last thing asked
        if self._wants_voices:
            self._wants_voices = False
            self._send({"op": "voices"})
            self._current = _Request("", Path())  # a voices request is in flight
            self._timer.start(START_TIMEOUT_MS)
            return
        while self._queue:
            request = self._queue.popleft()
            if self.cached(request.text) is not None:
                self.synthesized.emit(request.text, str(request.out))
                continue
            self._current = request
            request.tries += 1
            self._send(
                {
                    "op": "synth",
                    "text": request.text,
                    "voice": self.voice,
                    "language": self.language,
                    "rate": self.rate,
                    "out": str(request.out),
                }
            )
            self._timer.start(self._fixed_timeout or prompt_timeout_ms(request.text))
            return

    def _send(self, message: dict[str, object]) -> None:
        assert self._process is not None
        self._next_id += 1
        message["id"] = self._next_id
        self._process.write((json.dumps(message) + "\n").encode("utf-8"))

    def _on_output(self) -> None:
        if self._process is None:
            return
        messages, self._buffer = read_messages(self._process, self._buffer)
        for message in messages:
            self._on_message(message)

    def _on_message(self, message: dict[str, object]) -> None:
        if "ready" in message:
            self._timer.stop()
            if message["ready"]:
                self.engine_ready = True
                self.engine = str(message.get("engine", "pyttsx3"))
                self._set_available(True, "")
                self._pump()
            else:
                self._give_up(str(message.get("reason", "the speech engine could not start")))
            return
        self._timer.stop()
        current, self._current = self._current, None
        if "voices" in message:
            voices = [
                Voice(str(v["id"]), str(v["name"]), tuple(v.get("languages", ())))
                for v in message["voices"]  # type: ignore[attr-defined]
            ]
            self.voices_listed.emit(voices)
        elif current is not None and current.text:
            self._failures = 0
            if "path" in message:
                self.note = str(message.get("note") or "")
                self.synthesized.emit(current.text, str(message["path"]))
            else:
                self.failed.emit(current.text, str(message.get("error", "unknown error")))
        self._pump()

    def _on_timeout(self) -> None:
        # Stuck: starting, or on one prompt. Kill it; _on_finished starts a new one.
        if self._process is not None:
            self._process.kill()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up("the speech worker could not be started")

    def _on_finished(self) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        if self.available is False:
            return
        self._failures += 1
        current, self._current = self._current, None
        if current is not None and current.text:
            if current.tries < 2:
                self._queue.appendleft(current)  # try it once more with a new worker
            else:
                self.failed.emit(current.text, "the speech worker failed on this prompt")
        if self._failures >= MAX_FAILURES_IN_A_ROW:
            self._give_up("the speech worker keeps failing")
            return
        self.restarts += 1
        self._pump()  # starts a new worker, which takes the queue once it is ready

    def _give_up(self, reason: str) -> None:
        self._set_available(False, reason)
        pending = [request.text for request in self._queue]
        if self._current is not None and self._current.text:
            pending.insert(0, self._current.text)
        self._queue.clear()
        self._current = None
        for text in pending:
            self.failed.emit(text, reason)
        self._end_worker()

    def _set_available(self, available: bool, reason: str) -> None:
        if (self.available, self.reason) != (available, reason):
            self.available, self.reason = available, reason
            self.availability_changed.emit()
