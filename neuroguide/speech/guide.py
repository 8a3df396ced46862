"""The voice guide: listens to a session and speaks, shows captions or chimes, whichever can be done.

Fallbacks, in order: pyttsx3 in the worker (WAV files played by the player process) → Qt's QTextToSpeech
where a real engine exists → captions on screen and a soft chime. ``status_text`` says in plain words
which is in use and why. A newer prompt always replaces one still speaking; pausing or stopping
silences the voice at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from neuroguide.core.clock import Clock, SystemClock
from neuroguide.core.content_words import VoiceWords
from neuroguide.core.prompts import Prompt, PromptBook
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import Event, SessionPaused, SessionStopped
from neuroguide.core.settings import Settings, Value
from neuroguide.core.translation import fill, tr, tr_noop

if TYPE_CHECKING:
    from neuroguide.speech.protocols import SoundPlayer, SpeechEngine, SystemSpeech

SAMPLE = tr_noop("This is your guide's voice. Keep the pressure light, and stop if anything hurts.")
STALE_AFTER_SECONDS = 3.0  # a prompt that took longer than this to synthesize is not spoken late


class SystemVoice(QObject):
    """Qt's own text-to-speech, used only where a real engine is present (never the 'mock' one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts: QTextToSpeech | None = None
        for engine in QTextToSpeech.availableEngines():
            if engine == "mock":
                continue
            candidate = QTextToSpeech(engine, self)
            if candidate.state() != QTextToSpeech.State.Error:
                self._tts = candidate
                break
            candidate.deleteLater()

    @property
    def usable(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts is not None and self._tts.state() != QTextToSpeech.State.Error

    def say(self, text: str, rate: int, volume: float, language: str = "en") -> None:
        if self._tts is not None:
            from PySide6.QtCore import QLocale

            if self._tts.locale().name().split("_")[0] != language:
                self._tts.setLocale(QLocale(language))  # the engine's voice for that language, if any
            self._tts.setRate(max(-1.0, min(1.0, (rate - 175) / 175)))
            self._tts.setVolume(volume)
            self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()


class VoiceGuide(QObject):
    caption = Signal(str)  # the text to show as a caption
    status_changed = Signal()  # status_text or captions_shown changed
    spoke = Signal(str)  # a prompt's text, as it is handed to whatever speaks it

    def __init__(
        self,
        settings: Settings,
        service: SpeechEngine | None,
        audio: SoundPlayer | None,
        system_voice: Callable[[], SystemSpeech] | None = None,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
        words: Callable[[], VoiceWords] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock or SystemClock()  # how long a prompt waited for its WAV
        self.service = service
        self.audio = audio
        self._make_system_voice = system_voice
        self._system_voice: SystemSpeech | None = None
        self.book: PromptBook | None = None
        self._pending: tuple[str, float] | None = None  # the prompt waiting for its WAV, and when
        self._latest = ""
        # The voice's language and words: the screen's unless a setting says otherwise (given by the
        # window, which knows the languages; English without it).
        self.words: Callable[[], VoiceWords] = words or (lambda: VoiceWords("en", tr))
        self._language = self.words().language
        if service is not None:
            self._configure()
            service.synthesized.connect(self._on_synthesized)
            service.failed.connect(self._on_failed)
            service.availability_changed.connect(self._on_availability)
        if audio is not None:
            audio.set_volume(settings.whole("volume") / 100)
            audio.broken.connect(self._on_broken)
            audio.changed.connect(self.status_changed)
        settings.observe("voice", self._on_voice)
        settings.observe("speech_rate", self._on_rate)
        settings.observe("volume", self._on_volume)
        settings.observe("muted", self._on_muted)
        settings.observe("audio_output", self._on_output)
        settings.observe("captions", lambda _value: self.status_changed.emit())

    # -- what is in use -------------------------------------------------------------------------

    @property
    def has_output(self) -> bool:
        return self.audio is not None and self.audio.has_output()

    @property
    def mode(self) -> str:
        """'voice' (pyttsx3), 'system' (QTextToSpeech) or 'captions'."""
        if self.has_output and self.service is not None and self.service.available is not False:
            return "voice"
        if self.service is not None and self.service.available is False and self._system():
            return "system"
        return "captions"

    def _system(self) -> SystemSpeech | None:
        if self._system_voice is None and self._make_system_voice is not None:
            self._system_voice = self._make_system_voice()
            self._make_system_voice = None
        return self._system_voice if self._system_voice is not None and self._system_voice.usable else None

    @property
    def silent(self) -> bool:
        return self.settings.flag("muted") or self.mode == "captions"

    @property
    def captions_shown(self) -> bool:
        return self.settings.text("captions") == "always" or self.silent or self._sound_problem != ""

    @property
    def _sound_problem(self) -> str:
        """Why the voice, heard before, cannot be heard now (the player is being started again)."""
        return self.audio.problem if self.audio is not None and self.audio.heard else ""

    def status_text(self) -> str:
        """One plain sentence when the voice is not working as it should; empty when it is."""
        on_screen = tr("Instructions are shown on screen.")
        if self.settings.flag("muted"):
            return tr("The voice is muted.") + " " + on_screen
        reason = ""
        if self.service is None:
            reason = tr("no speech engine is set up")
        elif self.service.available is False:
            reason = self.service.reason
        if reason:
            if self.mode == "system":
                return fill(tr("The usual voice is unavailable: %1. The system voice is used."), reason)
            return fill(tr("Speech is unavailable: %1."), reason) + " " + on_screen
        if self._sound_problem:
            stopped = tr("The voice stopped: %1. It comes back by itself when it can.")
            return fill(stopped, self._sound_problem) + " " + on_screen
        if not self.has_output:
            return tr("No sound output was found.") + " " + on_screen
        return ""

    # -- a session ------------------------------------------------------------------------------

    def attach(
        self, routine: Routine, caregiver: bool = False, steps: tuple[PlannedStep, ...] | None = None
    ) -> None:
        """Get ready to guide a session of ``routine`` (of ``steps`` when some are left out today);
        the owner sends its events to ``on_event``."""
        self.silence()
        words = self.words()
        self.book = PromptBook(routine, caregiver, words.tr, steps, words.content)
        if self.service is not None:
            self._language = words.language
            self._configure()
        self._get_ready()
        self.status_changed.emit()

    def _get_ready(self) -> None:
        """The player up and the session's prompts made before they are needed; none of it muted."""
        if self.book is None or self.silent:
            return
        if self.audio is not None:
            self.audio.start()
        if self.service is not None:
            self.service.prefetch(self.book.all_texts())

    def detach(self) -> None:
        self.book = None
        self.silence()

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionPaused | SessionStopped):
            self.silence()
        if self.book is None:
            return
        prompt = self.book.for_event(event)
        if prompt is not None:
            self.say(prompt)

    def say(self, prompt: Prompt) -> None:
        """Speak (or show) a prompt now, replacing anything still being said."""
        self.silence()
        self._latest = prompt.text
        if self.captions_shown:
            self.caption.emit(prompt.text)
        if self.settings.flag("muted"):
            return
        if self.audio is not None and not self.has_output:
            self.audio.start()  # none found: the player looks again while the session goes on
        if prompt.chime and self.settings.flag("chime") and self.has_output and self.audio is not None:
            self.audio.chime()
        mode = self.mode
        if mode == "voice" and self.service is not None and self.audio is not None:
            path = self.service.cached(prompt.text)
            if path is not None:
                self._play(prompt.text, path)
            else:
                self._pending = (prompt.text, self.clock.monotonic())
                self.service.request(prompt.text, urgent=True)
        elif mode == "system" and self._system_voice is not None:
            self.spoke.emit(prompt.text)
            rate, volume = self.settings.whole("speech_rate"), self.settings.whole("volume") / 100
            self._system_voice.say(prompt.text, rate, volume, self._language)

    def silence(self) -> None:
        self._pending = None
        if self.audio is not None:
            self.audio.stop()
        if self._system_voice is not None:
            self._system_voice.stop()

    def shutdown(self) -> None:
        self.silence()
        if self.service is not None:
            self.service.shutdown()
        if self.audio is not None:
            self.audio.shutdown()

    def test_voice(self) -> None:
        """A sample in the voice's language as the settings are now."""
        words = self.words()
        self._language = words.language
        self._configure()
        sample = words.tr(SAMPLE)
        self.say(Prompt(sample, "test"))

    def _play(self, text: str, path: Path) -> None:
        assert self.audio is not None
        self.spoke.emit(text)
        self.audio.play(str(path))

    # -- answers --------------------------------------------------------------------------------

    def _on_synthesized(self, text: str, path: str) -> None:
        if self._pending is not None and self._pending[0] == text:
            asked_at = self._pending[1]
            self._pending = None
            if self.clock.monotonic() - asked_at <= STALE_AFTER_SECONDS and not self.settings.flag("muted"):
                self._play(text, Path(path))
            elif not self.captions_shown:
                self.caption.emit(text)  # too late to speak (a worker was being restarted): show it
        elif self.audio is not None and self.has_output and not self.silent:
            self.audio.preload(path)  # ready before its step begins

    def _on_failed(self, text: str, reason: str) -> None:
        if self._pending is not None and self._pending[0] == text:
            self._pending = None
            if not self.captions_shown:
                self.caption.emit(text)  # the voice could not say it: show it instead

    def _on_broken(self, path: str) -> None:
        """A cached file that would not play: remove it, make it again, and say the latest prompt."""
        if self.service is None:
            return
        self.service.forget(Path(path))
        if self._latest and self.service.cache_path(self._latest) == Path(path):
            self._pending = (self._latest, self.clock.monotonic())
            self.service.request(self._latest, urgent=True)

    def _on_availability(self) -> None:
        self.status_changed.emit()

    # the engine takes the voice, the rate and the language together
    def _configure(self) -> None:
        if self.service is not None:
            voice, rate = self.settings.text("voice"), self.settings.whole("speech_rate")
            self.service.configure(voice, rate, self._language)

    def _on_voice(self, _voice: Value) -> None:
        self._configure()

    def _on_rate(self, _rate: Value) -> None:
        self._configure()

    def _on_volume(self, volume: Value) -> None:
        if self.audio is not None and isinstance(volume, int):
            self.audio.set_volume(volume / 100)

    def _on_muted(self, muted: Value) -> None:
        if muted:
            self.silence()
        else:
            self._get_ready()
        self.status_changed.emit()

    def _on_output(self, output: Value) -> None:
        if self.audio is not None:
            self.audio.set_device(str(output))
        self.status_changed.emit()
