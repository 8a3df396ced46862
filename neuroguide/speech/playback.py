"""Plays the prompts and the chime through the player process, so no audio fault can reach the window.

The window's process never loads QtMultimedia. It sends the player (neuroguide/speech/player.py) one
command a line and hears back when a sound started, ended or would not play. If the player crashes,
hangs, floods its error output or loses its sound server, it is ended and a new one is started a
little later, again and again while the voice is in use; meanwhile ``problem`` says in plain words
what is wrong, and the guide shows the instructions on screen. With nothing to play for some minutes
the player is ended, and started again when next needed.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from neuroguide.core.translation import tr
from neuroguide.speech.pipes import read_messages, single_shot
from neuroguide.system.installed_command import module_command

PLAYER = module_command("neuroguide.speech.player")
ANSWER_MS = 3_000  # a play not begun by then means a player that hangs
IDLE_EXIT_MS = 5 * 60_000
FIRST_RETRY_MS = 2_000
LAST_RETRY_MS = 10_000
QUIT_GRACE_MS = 2_000
MAX_ERROR_BYTES = 64 * 1024  # more than this on its error output is a flood: the player is replaced
MAX_ERROR_LINES = 20  # lines of one player's error output that go to the log
log = logging.getLogger("neuroguide.speech.player")


class Playback(QObject):
    started = Signal(str)  # path: sound is now playing
    finished = Signal(str)  # path: it ended by itself or was stopped
    broken = Signal(str)  # path: the file could not be played (damaged, unsupported)
    changed = Signal()  # outputs or problem changed

    def __init__(
        self,
        chime: Path | None = None,
        command: list[str] | None = None,
        idle_exit_ms: int = IDLE_EXIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = (command or PLAYER) + [str(chime or "")]
        self.outputs: list[tuple[str, str]] | None = None  # (id, name); None until a player says
        self.problem = ""  # why the voice cannot be heard now; empty when it can
        self.restarts = 0  # players replaced after a fault, this run
        self.heard = False  # a sound has played this run: a problem now is the voice stopping
        self._volume = 0.8
        self._device = ""
        # One QProcess for the whole run, started again as needed: never deleted while its signals
        # may still be on their way.
        self._process = QProcess(self)
        self._process.setProgram(self._command[0])
        self._process.setArguments(self._command[1:])
        self._process.readyReadStandardOutput.connect(self._on_output)
        self._process.readyReadStandardError.connect(self._on_error_output)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_process_error)
        self._ending = False  # told to end (idle, fault, closing); its end is no news
        self._start_when_ended = False
        self._ready = False
        self._waiting: list[dict[str, Any]] = []  # commands for a player still starting
        self._output = b""
        self._error_bytes = self._error_lines = 0
        self._trouble = ""  # what the player said before it ended
        self._playing: str | None = None
        self._retry_ms = FIRST_RETRY_MS
        self._idle = single_shot(self, idle_exit_ms, self._on_idle)
        self._retry = single_shot(self, FIRST_RETRY_MS, self._ensure)
        self._answer = single_shot(self, ANSWER_MS, self._on_no_answer)

    # -- asking ---------------------------------------------------------------------------------

    def has_output(self) -> bool:
        """False only once a player has found no sound output; unknown counts as yes."""
        return self.outputs is None or bool(self.outputs)

    @property
    def playing(self) -> bool:
        return self._playing is not None

    @property
    def running(self) -> bool:
        """A player process is running or starting."""
        return self._process.state() != QProcess.ProcessState.NotRunning and not self._ending

    def start(self) -> None:
        """Start the player ahead of the first sound (a session is about to begin)."""
        self._idle.start()
        self._ensure()

    def preload(self, path: str) -> None:
        self._send({"op": "load", "path": path})

    def play(self, path: str) -> None:
        """Play ``path``, silencing whatever is playing."""
        self._send({"op": "play", "path": path})
        self._answer.start()

    def chime(self) -> None:
        """The soft step-change chime, under the voice: neither cuts the other off."""
        self._send({"op": "chime"})

    def stop(self) -> None:
        self._answer.stop()
        if self.running:
            self._send({"op": "stop"})
        self._end_playing()

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self.running:
            self._send({"op": "volume", "value": self._volume})

    def set_device(self, device_id: str) -> None:
        """The output with this id; empty for the system's default (also when it is gone)."""
        self._device = device_id
        if self.running:
            self._send({"op": "device", "id": device_id})

    def shutdown(self) -> None:
        """End the player now: the app is closing."""
        for timer in (self._idle, self._retry, self._answer):
            timer.stop()
        self._start_when_ended = False
        self._end_process(kill=True)
        self._process.waitForFinished(500)

    # -- the player -----------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        self._idle.start()
        if not self._ensure():
            if message.get("op") == "play":
                self._answer.stop()  # no player now: the guide already shows why
            return
        if not self._ready:
            self._waiting.append(message)
            return
        self._process.write((json.dumps(message) + "\n").encode("utf-8"))

    def _ensure(self) -> bool:
        """A player is running or starting; False while waiting to try again after a fault."""
        if self.running:
            return True
        if self._retry.isActive():
            return False
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._start_when_ended = True  # the last one is still ending; commands wait for the next
        else:
            self._start()
        return True

    def _start(self) -> None:
        self._ending, self._ready, self._output, self._trouble = False, False, b"", ""
        self._error_bytes = self._error_lines = 0
        settings: list[dict[str, Any]] = [
            {"op": "volume", "value": self._volume},
            {"op": "device", "id": self._device},
        ]
        self._waiting = settings + self._waiting
        self._process.start()

    def _on_output(self) -> None:
        if self._ending:
            self._process.readAllStandardOutput()  # a player on its way out has nothing to say
            return
        messages, self._output = read_messages(self._process, self._output)
        for message in messages:
            self._on_message(message)

    def _on_message(self, message: dict[str, Any]) -> None:
        if "outputs" in message:
            outputs = [(str(o.get("id", "")), str(o.get("name", ""))) for o in message["outputs"]]
            if outputs != self.outputs:
                self.outputs = outputs
                self.changed.emit()
        if message.get("ready"):
            self._ready = True
            waiting, self._waiting = self._waiting, []
            for command in waiting:
                self._process.write((json.dumps(command) + "\n").encode("utf-8"))
        elif "started" in message:
            self._answer.stop()
            self._playing = str(message["started"])
            self.heard = True
            self._retry_ms = FIRST_RETRY_MS
            self._set_problem("")  # heard again
            self.started.emit(self._playing)
        elif "finished" in message:
            if self._playing == message["finished"]:
                self._end_playing()
        elif "broken" in message:
            self._answer.stop()
            log.info("a sound would not play: %s (%s)", message["broken"], message.get("reason", ""))
            self.broken.emit(str(message["broken"]))
        elif "trouble" in message:
            self._trouble = str(message["trouble"])

    def _on_error_output(self) -> None:
        data = bytes(self._process.readAllStandardError().data())
        for line in data.decode("utf-8", "replace").splitlines()[: MAX_ERROR_LINES - self._error_lines]:
            if line.strip():
                log.warning("%s", line[:500])
        self._error_lines += data.count(b"\n")
        self._error_bytes += len(data)
        if self._error_bytes > MAX_ERROR_BYTES and not self._ending:
            log.warning(
                "the sound player printed over %d bytes of errors; it is started again", MAX_ERROR_BYTES
            )
            self._fault(tr("the sound player stopped working"))

    def _on_no_answer(self) -> None:
        if self.running:
            log.warning("the sound player did not answer within %d ms; it is started again", ANSWER_MS)
            self._fault(tr("the sound player stopped answering"))

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fault(tr("the sound player could not be started"))

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._ending:
            self._ending = False
            if self._start_when_ended:
                self._start_when_ended = False
                self._start()
            return
        # Not asked to end: a fault. The log keeps the player's own words; the person reads plain ones.
        said = self._trouble or "no reason given"
        log.warning("the sound player ended (%s, exit code %d): %s", status.name, code, said)
        self._fault(
            tr("the sound output stopped working") if self._trouble else tr("the sound player stopped")
        )

    def _fault(self, reason: str) -> None:
        self._start_when_ended = False
        self._end_process(kill=True)
        self._end_playing()
        self.restarts += 1
        self._set_problem(reason)
        if self._idle.isActive():  # still in use: try again, a little later each time
            self._retry.start(self._retry_ms)
            self._retry_ms = min(LAST_RETRY_MS, self._retry_ms * 2)

    def _on_idle(self) -> None:
        """Nothing to play for minutes: end the player (it costs memory); it starts when needed."""
        self._retry.stop()
        self._end_process(kill=False)

    def _end_process(self, kill: bool) -> None:
        self._answer.stop()
        self._ready, self._waiting = False, []
        if self._process.state() == QProcess.ProcessState.NotRunning:
            return
        self._ending = True
        if kill:
            self._process.kill()
        else:
            self._process.write(b'{"op": "quit"}\n')
            self._process.closeWriteChannel()
            QTimer.singleShot(QUIT_GRACE_MS, self._kill_if_ending)  # a player that will not end

    def _kill_if_ending(self) -> None:
        if self._ending:
            self._process.kill()

    def _end_playing(self) -> None:
        playing, self._playing = self._playing, None
        if playing is not None:
            self.finished.emit(playing)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.changed.emit()
