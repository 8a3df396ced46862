"""Voice guidance: a speech worker process, a cache of WAV files, playback and the guide itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neuroguide.core.content_words import VoiceWords
    from neuroguide.core.settings import Settings
    from neuroguide.speech.guide import VoiceGuide


def build_voice_guide(
    settings: Settings, cache_dir: Path, words: Callable[[], VoiceWords] | None = None
) -> VoiceGuide:
    """The real thing: pyttsx3 in a worker, playback in a player process, Qt's own speech as a
    fallback."""
    from neuroguide.core.resources import sound_path
    from neuroguide.speech.guide import SystemVoice, VoiceGuide
    from neuroguide.speech.playback import Playback
    from neuroguide.speech.service import SpeechService

    service = SpeechService(cache_dir)
    service.start()
    audio = Playback(sound_path("chime"))
    audio.set_device(settings.text("audio_output"))
    return VoiceGuide(settings, service, audio, SystemVoice, words=words)
