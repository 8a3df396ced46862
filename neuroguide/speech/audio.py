"""Plays prompt WAV files and the chime with QtMultimedia: starts at once, stops at once.

QSoundEffect keeps short uncompressed sounds decoded in memory, so a prompt that was loaded ahead
starts the moment it is asked to, and ``stop`` silences it immediately. A small number of recent and
upcoming prompts are kept loaded.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, QUrl, Signal

# QtMultimedia reports optional libraries it did not find (PipeWire, VA-API) on every start; they
# change nothing for playing WAV files and would only alarm a person reading the log.
QLoggingCategory.setFilterRules(
    "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false\nqt.multimedia.ffmpeg.*=false"
)

from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect  # noqa: E402

KEEP_LOADED = 16


def output_devices() -> list[QAudioDevice]:
    return list(QMediaDevices.audioOutputs())


def find_device(device_id: str) -> QAudioDevice | None:
    """The output with this id, or None for the system default (also when it is gone)."""
    if not device_id:
        return None
    for device in output_devices():
        if bytes(device.id().data()).decode("utf-8", "replace") == device_id:
            return device
    return None


def device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class PromptAudio(QObject):
    started = Signal(str)  # path: sound is now playing
    finished = Signal(str)  # path: it ended by itself or was stopped
    broken = Signal(str)  # path: the file could not be played (damaged, unsupported)

    def __init__(self, chime: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: OrderedDict[str, QSoundEffect] = OrderedDict()
        self._playing: QSoundEffect | None = None
        self._wanted: str | None = None  # asked to play, still loading
        self._volume = 0.8
        self._device: QAudioDevice | None = None
        self._chime = str(chime) if chime else None
        self._chime_effect: QSoundEffect | None = None

    @staticmethod
    def has_output() -> bool:
        return bool(output_devices())

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def set_device(self, device: QAudioDevice | None) -> None:
        self._device = device
        if self._chime_effect is not None:
            self._chime_effect.deleteLater()
            self._chime_effect = None
        for path in list(self._effects):
            self._drop(path)  # reload on the new device when next needed

    def preload(self, path: str) -> QSoundEffect:
        effect = self._effects.get(path)
        if effect is not None:
            self._effects.move_to_end(path)
            return effect
        effect = QSoundEffect(self)
        if self._device is not None:
            effect.setAudioDevice(self._device)
        effect.setVolume(self._volume)
        effect.statusChanged.connect(lambda: self._on_status(path))
        effect.playingChanged.connect(lambda: self._on_playing(path))
        effect.setSource(QUrl.fromLocalFile(path))
        self._effects[path] = effect
        while len(self._effects) > KEEP_LOADED:
            oldest = next(iter(self._effects))
            if self._effects[oldest] is self._playing:
                self._effects.move_to_end(oldest)
                continue
            self._drop(oldest)
        return effect

    def play(self, path: str) -> None:
        """Play ``path``, silencing whatever is playing."""
        self.stop()
        effect = self.preload(path)
        if effect.status() == QSoundEffect.Status.Ready:
            self._start(effect)
        elif effect.status() == QSoundEffect.Status.Error:
            self._on_status(path)
        else:
            self._wanted = path  # starts as soon as it has loaded

    def chime(self) -> None:
        """The soft step-change chime; it never cuts off a prompt, nor a prompt it."""
        if not self._chime:
            return
        if self._chime_effect is None:
            self._chime_effect = QSoundEffect(self)
            if self._device is not None:
                self._chime_effect.setAudioDevice(self._device)
            self._chime_effect.setSource(QUrl.fromLocalFile(self._chime))
        self._chime_effect.setVolume(self._volume * 0.7)
        self._chime_effect.play()

    def stop(self) -> None:
        self._wanted = None
        if self._playing is not None:
            effect, self._playing = self._playing, None
            effect.stop()

    @property
    def playing(self) -> bool:
        return self._playing is not None and self._playing.isPlaying()

    def _start(self, effect: QSoundEffect) -> None:
        self._playing = effect
        effect.play()

    def _on_status(self, path: str) -> None:
        effect = self._effects.get(path)
        if effect is None:
            return
        if effect.status() == QSoundEffect.Status.Ready and self._wanted == path:
            self._wanted = None
            self._start(effect)
        elif effect.status() == QSoundEffect.Status.Error:
            if self._wanted == path:
                self._wanted = None
            self._drop(path)
            self.broken.emit(path)

    def _on_playing(self, path: str) -> None:
        effect = self._effects.get(path)
        if effect is None:
            return
        if effect.isPlaying():
            self.started.emit(path)
        else:
            if self._playing is effect:
                self._playing = None
            self.finished.emit(path)

    def _drop(self, path: str) -> None:
        effect = self._effects.pop(path, None)
        if effect is not None:
            if effect is self._playing:
                self._playing = None
            effect.stop()
            effect.deleteLater()
