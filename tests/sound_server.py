"""A private PulseAudio server with a silent (null) output, and a recorder of what it really plays.

Used by the playback tests and by bench/: the recorder reads the null sink's monitor, so a figure says
when sound was heard at the server, not when Qt said it started. Times are on the monotonic clock,
which is the same in every process of the machine.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import tempfile
import threading
import time
from array import array
from pathlib import Path
from types import TracebackType

SINK = "silent"  # the default output
OTHER_SINK = "other"  # a second output, to choose in the settings
RATE = 22050
CHUNK_FRAMES = 110  # 5 ms at RATE
LOUD = 200  # a chunk whose loudest sample is above this is sound, not silence


class SoundServer:
    """``with SoundServer() as server:`` starts it; ``server.env`` reaches it from another process."""

    def __init__(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="neuroguide-pulse-"))
        self.runtime.chmod(0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(self.runtime), HOME=str(self.runtime))
        self.env.pop("PULSE_SERVER", None)
        self.process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("pulseaudio") is not None

    @property
    def socket(self) -> Path:
        return self.runtime / "pulse" / "native"

    def start(self) -> None:
        self.socket.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "-n",
                f"--load=module-null-sink sink_name={SINK}",
                f"--load=module-null-sink sink_name={OTHER_SINK}",
                "--load=module-native-protocol-unix",
                "--log-target=stderr",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not self.socket.exists() and time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            time.sleep(0.02)  # a server coming up, not a routine
        if not self.socket.exists():
            self.stop()
            raise RuntimeError("PulseAudio did not start")

    def kill(self) -> None:
        """As a crash would: no goodbye to its clients."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None

    def __enter__(self) -> SoundServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
        shutil.rmtree(self.runtime, ignore_errors=True)


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint32) for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")]


class Recorder:
    """Records the null sink's monitor in 5 ms chunks, each with the moment it ended."""

    def __init__(self, server: SoundServer, sink: str = SINK) -> None:
        self.server = server
        self.sink = sink
        self.chunks: list[tuple[float, int]] = []  # (monotonic end, loudest sample)
        self._lock = threading.Lock()
        self._running = False
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Recorder:
        pulse = ctypes.CDLL("libpulse-simple.so.0")
        pulse.pa_simple_new.restype = ctypes.c_void_p
        pulse.pa_simple_read.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
        pulse.pa_simple_free.argtypes = [ctypes.c_void_p]
        spec = _SampleSpec(3, RATE, 1)  # PA_SAMPLE_S16LE
        attr = _BufferAttr(0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, CHUNK_FRAMES * 2)
        error = ctypes.c_int(0)
        server = f"unix:{self.server.socket}".encode()
        handle = pulse.pa_simple_new(
            server, b"recorder", 2, f"{self.sink}.monitor".encode(), b"monitor", ctypes.byref(spec), None,
            ctypes.byref(attr), ctypes.byref(error),
        )  # fmt: skip
        if not handle:
            raise RuntimeError(f"cannot record the sound server (error {error.value})")
        self._running = True

        def record() -> None:
            buffer = ctypes.create_string_buffer(CHUNK_FRAMES * 2)
            while self._running:
                if pulse.pa_simple_read(handle, buffer, len(buffer), None) < 0:
                    break
                samples = array("h", buffer.raw)
                loudest = max(max(samples), -min(samples))
                with self._lock:
                    self.chunks.append((time.monotonic(), loudest))
            pulse.pa_simple_free(handle)

        self._thread = threading.Thread(target=record, daemon=True)
        self._thread.start()
        # A new monitor stream delivers its first sound about two seconds late; only from then on
        # does a chunk's time say when it was played.
        deadline = time.monotonic() + 10
        while not self.chunks and time.monotonic() < deadline:
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join(timeout=5)

    def sound_at(self, start: float, end: float) -> bool:
        return self.loudest(start, end) > LOUD

    def loudest(self, start: float, end: float) -> int:
        with self._lock:
            return max((loud for at, loud in self.chunks if start <= at <= end), default=0)

    def first_sound_after(self, moment: float, within: float = 5.0) -> float | None:
        """Seconds from ``moment`` to the first sound heard, or None."""
        with self._lock:
            for at, loud in self.chunks:
                if moment < at <= moment + within and loud > LOUD:
                    return at - moment
        return None

    def silent_after(self, moment: float, within: float = 5.0) -> float | None:
        """Seconds from ``moment`` to the start of silence that lasts (50 ms), or None."""
        with self._lock:
            quiet_since: float | None = None
            for at, loud in self.chunks:
                if at <= moment:
                    continue
                if at > moment + within:
                    break
                if loud > LOUD:
                    quiet_since = None
                elif quiet_since is None:
                    quiet_since = at
                elif at - quiet_since >= 0.05:
                    return max(0.0, quiet_since - moment - CHUNK_FRAMES / RATE)
        return None
