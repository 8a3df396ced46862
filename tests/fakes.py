"""Stand-ins for the speech worker and the audio output, recording what they were asked to do. The
type checker holds them to the shapes in ``neuroguide.speech.protocols``, as it does the real ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from neuroguide.speech.protocols import SoundPlayer, SpeechEngine


class FakeService(QObject):
    synthesized = Signal(str, str)
    failed = Signal(str, str)
    availability_changed = Signal()
    voices_listed = Signal(list)

    def __init__(self, folder: Path, available: bool | None = True, reason: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.available = available
        self.reason = reason
        self.requests: list[tuple[str, bool]] = []
        self.prefetched: list[str] = []
        self.forgotten: list[Path] = []
        self.voice, self.rate = "", 150
        self.voices_asked = False

    def configure(self, voice: str, rate: int, language: str = "en") -> None:
        self.voice, self.rate = voice, rate

    def cache_path(self, text: str) -> Path:
        return self.folder / f"{abs(hash((text, self.voice, self.rate)))}.wav"

    def cached(self, text: str) -> Path | None:
        path = self.cache_path(text)
        return path if path.exists() else None

    def request(self, text: str, urgent: bool = False) -> None:
        self.requests.append((text, urgent))

    def prefetch(self, texts: list[str]) -> None:
        self.prefetched.extend(texts)

    def list_voices(self) -> None:
        self.voices_asked = True

    def finish(self, text: str) -> Path:
        """Answer a request, as the worker would."""
        path = self.cache_path(text)
        path.write_bytes(b"RIFF" + b"\0" * 60)
        self.synthesized.emit(text, str(path))
        return path

    def forget(self, path: Path) -> None:
        self.forgotten.append(path)
        path.unlink(missing_ok=True)

    def shutdown(self) -> None:
        pass


class FakeAudio(QObject):
    broken = Signal(str)
    started = Signal(str)
    finished = Signal(str)
    changed = Signal()

    def __init__(self, output: bool = True) -> None:
        super().__init__()
        self.output = output
        self.outputs: list[tuple[str, str]] | None = [("speakers", "Speakers")]
        self.problem = ""
        self.heard = True
        self.log: list[str] = []
        self.volume = 1.0
        self.now_playing: str | None = None
        self.player_started = False
        self.player_ended = False

    @property
    def playing(self) -> bool:
        return self.now_playing is not None

    def start(self) -> None:
        self.player_started = True

    def shutdown(self) -> None:
        self.player_ended = True

    def has_output(self) -> bool:
        return self.output

    def play(self, path: str) -> None:
        self.stop()
        self.now_playing = path
        self.log.append(f"play {Path(path).name}")

    def stop(self) -> None:
        if self.now_playing is not None:
            self.log.append("stop")
            self.now_playing = None

    def chime(self) -> None:
        self.log.append("chime")

    def preload(self, path: str) -> None:
        self.log.append(f"preload {Path(path).name}")

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_device(self, device_id: str) -> None:
        self.log.append(f"device {device_id}")


if TYPE_CHECKING:  # the stand-ins can stand in: a missing or changed member fails the type check
    _engine: SpeechEngine = FakeService(Path())
    _player: SoundPlayer = FakeAudio()
