"""What the voice guide (and the settings dialog, through it) needs of the speech service, the sound
player and the system voice: the real ones in service.py, playback.py and guide.py have these members,
and so do the stand-ins the tests use, which the type checker holds to the same shape."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance


class SpeechEngine(Protocol):
    """Turns prompt texts into sound files, answering by signal (see ``speech.service``)."""

    synthesized: SignalInstance  # (text, path of its sound file)
    failed: SignalInstance  # (text, reason in plain words)
    availability_changed: SignalInstance  # ``available`` or ``reason`` changed.
    voices_listed: SignalInstance  # (list of ``speech.service.Voice``), after ``list_voices``.
    available: bool | None  # None while not known yet (starting), False once given up.
    reason: str  # why it is not available, in plain words.

    def configure(self, voice: str, rate: int, language: str = "en") -> None: ...

    def cache_path(self, text: str) -> Path: ...

    def cached(self, text: str) -> Path | None: ...

    def request(self, text: str, urgent: bool = False) -> None: ...

    def prefetch(self, texts: list[str]) -> None: ...

    def list_voices(self) -> None: ...

    def forget(self, path: Path) -> None: ...

    def shutdown(self) -> None: ...


class SoundPlayer(Protocol):
    """Plays sound files and the chime, reporting by signal (see ``speech.playback``)."""

    broken: SignalInstance  # (path): the file could not be played.
    changed: SignalInstance  # ``outputs`` or ``problem`` changed.
    outputs: list[tuple[str, str]] | None  # (id, name) of each sound output; None until known.
    problem: str  # why the voice cannot be heard now; empty when it can.
    heard: bool  # a sound has played this run.

    @property
    def playing(self) -> bool:
        """A prompt is playing now (read-only in the real one)."""
        ...

    def has_output(self) -> bool: ...

    def start(self) -> None: ...

    def preload(self, path: str) -> None: ...

    def play(self, path: str) -> None: ...

    def chime(self) -> None: ...

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_device(self, device_id: str) -> None: ...

    def shutdown(self) -> None: ...


class SystemSpeech(Protocol):
    """The system's own voice, the fallback when the usual one is unavailable."""

    @property
    def usable(self) -> bool: ...

    def say(self, text: str, rate: int, volume: float, language: str = "en") -> None: ...

    def stop(self) -> None: ...
