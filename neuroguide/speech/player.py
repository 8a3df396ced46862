"""The player: a process of its own that plays the prompts and the chime.

Run as ``python -m neuroguide.speech.player CHIME.wav``. It reads one JSON command a line on standard
input and writes one JSON event a line on standard output. Playback lives here, not in the window's
process, because an audio backend can fail in ways no caller can catch: Qt 6.11's QSoundEffect, with
two sounds at once on PulseAudio, destroys an object on the audio thread and leaves the event loop
printing ``QSocketNotifier: Invalid socket`` without end. Whatever happens here, the session, its
countdown and its keys go on; the app restarts this process, or goes on with captions.

So that no such fault can happen here either, every sound goes through one audio stream: the prompt
and the chime are mixed in this process, a few tens of milliseconds at a time, and written to one
QAudioSink. Stopping stops the feeding and drops what the stream still holds, so the voice falls
silent at once.

Commands: {"op": "load", "path": P}, {"op": "play", "path": P}, {"op": "chime"}, {"op": "stop"},
{"op": "volume", "value": 0.8}, {"op": "device", "id": ID}, {"op": "warm"} (open the stream now),
{"op": "quit"}. Events: {"ready": true, "outputs": [...]}, {"outputs": [...]}, {"started": P},
{"finished": P}, {"broken": P, "reason": R}, and {"trouble": R} just before it ends with exit code 4
because its sound output failed (a new process gets a new connection to the sound server).
"""

from __future__ import annotations

import json
import os
import sys
import time
import wave
from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, QLoggingCategory, QObject, QSocketNotifier, Qt, QTimer

# QtMultimedia reports optional libraries it did not find (PipeWire, VA-API) on every start; they
# change nothing for playing WAV files.
QLoggingCategory.setFilterRules(
    "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false\nqt.multimedia.ffmpeg.*=false"
)

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: E402

from neuroguide.speech.pipes import json_lines, single_shot  # noqa: E402

RATE = 22050  # espeak-ng's own rate, and the chime's: nothing to convert in the usual case
FRAME_BYTES = 2  # mono, 16-bit
TICK_MS = 10
AHEAD_MS = 60  # how much sound the stream is given ahead of time: small, so stopping is quick
BUFFER_MS = 120
IDLE_CLOSE_MS = 8_000  # an unused stream is closed, so a sound server can sleep
KEEP_LOADED = 16
MAX_SECONDS = 120  # a longer file is cut: a prompt is seconds long
CHIME_LEVEL = 0.7  # the chime sits under the voice
# A stream that takes no sound for this long has lost its sound server. A new stream is given
# longer: the first of a process takes most of a second to start taking sound.
STALL_SECONDS = 0.5
FIRST_STALL_SECONDS = 3.0
FAULT_EXIT = 4


class UnplayableSoundError(Exception):
    """A file that cannot be played: missing, damaged, or not plain PCM."""


def read_wav(path: str) -> bytes:
    """The file's sound as mono 16-bit samples at RATE, whatever plain PCM it holds."""
    try:
        with wave.open(path, "rb") as audio:
            channels, width, rate = audio.getnchannels(), audio.getsampwidth(), audio.getframerate()
            frames = audio.readframes(min(audio.getnframes(), MAX_SECONDS * rate))
    except Exception as error:  # the wave module raises RuntimeError, EOFError... for a damaged file
        raise UnplayableSoundError(str(error) or type(error).__name__) from error
    if width != 2 or not 1 <= channels <= 8 or not 4000 <= rate <= 192_000:
        raise UnplayableSoundError(f"unsupported sound ({channels} channel(s), {8 * width}-bit, {rate} Hz)")
    samples = array("h")
    samples.frombytes(frames[: len(frames) - len(frames) % (2 * channels)])
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:
        samples = samples[::channels]  # the first channel: prompts are speech, one voice
    if rate != RATE:
        step = rate / RATE
        samples = array("h", (samples[int(i * step)] for i in range(int(len(samples) / step))))
    if not samples:
        raise UnplayableSoundError("the file holds no sound")
    return samples.tobytes()


def scaled(sound: bytes, level: float) -> bytes:
    samples = array("h", sound)
    return array("h", (int(s * level) for s in samples)).tobytes()


def mixed(first: bytes, second: bytes) -> bytes:
    """Two runs of samples added, clipped; the longer one's tail kept."""
    a, b = array("h", first), array("h", second)
    if len(a) < len(b):
        a, b = b, a
    for index, value in enumerate(b):
        a[index] = max(-32768, min(32767, a[index] + value))
    return a.tobytes()


class Track:
    """A sound being played, and how far it has got."""

    def __init__(self, path: str, sound: bytes) -> None:
        self.path = path
        self.sound = sound
        self.position = 0

    def take(self, count: int) -> bytes:
        chunk = self.sound[self.position : self.position + count]
        self.position += len(chunk)
        return chunk

    @property
    def done(self) -> bool:
        return self.position >= len(self.sound)


def device_key(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def outputs() -> list[dict[str, str]]:
    return [{"id": device_key(d), "name": d.description()} for d in QMediaDevices.audioOutputs()]


def stream_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


HEALTHY = (QtAudio.Error.NoError, QtAudio.Error.UnderrunError)  # an underrun is only a pause


class OutputFailedError(Exception):
    """The sound output failed: this process says why and ends; the app starts a new one."""


class Player(QObject):
    def __init__(self, chime_path: str, send: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.chime_path = chime_path
        self.send = send
        self.loaded: OrderedDict[str, bytes] = OrderedDict()
        self.prompt: Track | None = None
        self.chime: Track | None = None
        self.chime_sound: bytes | None = None
        self.volume = 0.8
        self.device_id = ""
        self.sink: QAudioSink | None = None
        self.stream: QIODevice | None = None  # what the sink reads from, while it is open
        self.full_since: float | None = None  # the stream has taken nothing since then
        self.flowing = False  # the stream has taken sound since it was opened
        self.feeder = QTimer(self)
        self.feeder.setTimerType(Qt.TimerType.PreciseTimer)
        self.feeder.setInterval(TICK_MS)
        self.feeder.timeout.connect(self.tick)
        self.closer = single_shot(self, IDLE_CLOSE_MS, self.close_stream)

    # -- sounds ---------------------------------------------------------------------------------

    def load(self, path: str) -> bytes | None:
        sound = self.loaded.get(path)
        if sound is not None:
            self.loaded.move_to_end(path)
            return sound
        try:
            sound = read_wav(path)
        except UnplayableSoundError as error:
            self.send({"broken": path, "reason": str(error)})
            return None
        self.loaded[path] = sound
        while len(self.loaded) > KEEP_LOADED:
            self.loaded.popitem(last=False)
        return sound

    def play(self, path: str) -> None:
        self.stop_prompt()
        sound = self.load(path)
        if sound is not None:
            self.prompt = Track(path, sound)
            self.start_feeding()

    def ring(self) -> None:
        if self.chime_sound is None:
            try:
                self.chime_sound = scaled(read_wav(self.chime_path), CHIME_LEVEL)
            except UnplayableSoundError:
                return  # no chime is no reason to stop anything
        self.chime = Track("chime", self.chime_sound)
        self.start_feeding()

    def stop_prompt(self) -> None:
        if self.prompt is not None:
            path, self.prompt = self.prompt.path, None
            self.send({"finished": path})

    def stop(self) -> None:
        self.stop_prompt()
        self.chime = None
        if self.sink is not None and self.stream is not None:
            # Drop what the stream still holds, so the sound stops now, not in AHEAD_MS.
            self.sink.reset()
            self.stream = None
        self.feeder.stop()
        self.closer.start()

    # -- the stream -----------------------------------------------------------------------------

    def start_feeding(self) -> None:
        self.closer.stop()
        self.feed()
        if not self.feeder.isActive():
            self.feeder.start()

    def open_stream(self) -> tuple[QAudioSink, QIODevice]:
        if self.sink is None:
            device = next(
                (d for d in QMediaDevices.audioOutputs() if device_key(d) == self.device_id),
                QMediaDevices.defaultAudioOutput(),
            )
            if device.isNull():
                raise OutputFailedError("no sound output was found")
            self.sink = QAudioSink(device, stream_format(), self)
            self.sink.setBufferSize(BUFFER_MS * RATE * FRAME_BYTES // 1000)
            self.sink.setVolume(self.volume)
        if self.stream is None or self.sink.state() == QtAudio.State.StoppedState:
            self.stream = self.sink.start()
            self.full_since = None
            self.flowing = False
        if self.stream is None or self.sink.error() not in HEALTHY:
            raise OutputFailedError(f"the sound output failed ({self.sink.error().name})")
        return self.sink, self.stream

    def close_stream(self) -> None:
        if self.sink is not None:
            self.sink.stop()
            self.sink.deleteLater()
        self.sink = None
        self.stream = None

    def tick(self) -> None:
        try:
            self.feed()
        except OutputFailedError as fault:
            self.fail(str(fault))

    def feed(self) -> None:
        if self.prompt is None and self.chime is None:
            self.feeder.stop()
            self.closer.start()
            return
        sink, stream = self.open_stream()
        buffered = sink.bufferSize() - sink.bytesFree()
        wanted = AHEAD_MS * RATE * FRAME_BYTES // 1000 - buffered
        wanted -= wanted % FRAME_BYTES
        if wanted <= 0:
            # A sound server that has gone away takes nothing more, and says nothing.
            now = time.monotonic()
            self.full_since = self.full_since or now
            if now - self.full_since > (STALL_SECONDS if self.flowing else FIRST_STALL_SECONDS):
                raise OutputFailedError("the sound output stopped taking sound")
            return
        self.full_since = None
        self.flowing = self.flowing or buffered > 0
        chunk = b""
        if self.prompt is not None:
            if self.prompt.position == 0:
                self.send({"started": self.prompt.path})
            chunk = self.prompt.take(wanted)
            if self.prompt.done:
                self.stop_prompt()
        if self.chime is not None:
            chunk = mixed(chunk, self.chime.take(wanted))
            if self.chime.done:
                self.chime = None
        if chunk:
            stream.write(chunk)

    # -- settings -------------------------------------------------------------------------------

    def set_volume(self, volume: float) -> None:
        self.volume = max(0.0, min(1.0, volume))
        if self.sink is not None:
            self.sink.setVolume(self.volume)

    def set_device(self, device_id: str) -> None:
        if device_id != self.device_id:
            self.device_id = device_id
            self.stop()
            self.close_stream()

    def command(self, message: dict[str, Any]) -> None:
        try:
            self._command(message)
        except OutputFailedError as fault:
            self.fail(str(fault))

    def fail(self, reason: str) -> None:
        """Say why, and end: a new process starts with a new connection to the sound server."""
        self.feeder.stop()
        self.send({"trouble": reason})
        QCoreApplication.exit(FAULT_EXIT)

    def _command(self, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == "play":
            self.play(str(message.get("path", "")))
        elif op == "load":
            self.load(str(message.get("path", "")))
        elif op == "chime":
            self.ring()
        elif op == "stop":
            self.stop()
        elif op == "volume":
            self.set_volume(float(message.get("value", 0.8)))
        elif op == "device":
            self.set_device(str(message.get("id", "")))
        elif op == "warm":
            self.open_stream()
            self.closer.start()


class Commands(QObject):
    """Reads the app's commands, a JSON object a line, from standard input."""

    def __init__(self, handle: Callable[[dict[str, Any]], None], app: QCoreApplication) -> None:
        super().__init__()
        self.handle = handle
        self.app = app
        self.pending = b""
        self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.read)

    def read(self) -> None:
        try:
            data = os.read(0, 65536)
        except OSError:
            data = b""
        if not data:  # the app has gone, and so does the player
            self.app.quit()
            return
        messages, self.pending = json_lines(self.pending + data)
        for message in messages:
            if message.get("op") == "quit":
                self.app.quit()
                return
            self.handle(message)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # whatever a library prints goes to standard error, never into the protocol

    def send(message: dict[str, Any]) -> None:
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    player = Player(sys.argv[1] if len(sys.argv) > 1 else "", send)
    commands = Commands(player.command, app)
    devices = QMediaDevices()
    devices.audioOutputsChanged.connect(lambda: send({"outputs": outputs()}))
    send({"ready": True, "outputs": outputs()})
    # The first stream of a process takes most of a second to open: open it now, not at the first
    # prompt. With no sound output, the player says so and ends.
    QTimer.singleShot(0, lambda: player.command({"op": "warm"}))
    code = app.exec()
    player.close_stream()
    commands.notifier.setEnabled(False)
    return code


if __name__ == "__main__":
    sys.exit(main())
