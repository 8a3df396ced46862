"""The speech worker: a separate process that turns text into WAV files with pyttsx3.

Run as ``python -m neuroguide.speech.worker``. It reads one JSON request a line on standard input and
answers each with one JSON line on standard output. pyttsx3 runs here, never in the app: its ``stop()``
does not interrupt espeak, two threads calling ``runAndWait()`` raise, and a hang here only costs the app
a restart of this process.

Requests: {"id": 1, "op": "synth", "text": ..., "voice": ..., "rate": ..., "out": path},
{"id": 2, "op": "voices"}. The first line it writes says whether the engine started.
"""

from __future__ import annotations

import json
import os
import sys
import wave
from pathlib import Path
from typing import Any, TextIO

from neuroguide.core.languages import speaks
from neuroguide.core.settings import SPEECH_RATE
from neuroguide.system.private_files import open_private, private_folder

MAX_CHARACTERS = 1200  # a prompt longer than this is cut, so one request can never take minutes


def describe_start_failure(error: BaseException) -> str:
    text = str(error)
    if "eSpeak" in text or "espeak" in text.lower():
        return "espeak-ng is not installed"
    if isinstance(error, ImportError):
        return "pyttsx3 is not installed"
    return f"the speech engine could not start ({type(error).__name__}: {text})"


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / float(audio.getframerate())


class SynchronousEspeak:
    """espeak-ng in its synchronous mode, where each synthesis returns with all of its sound.

    pyttsx3 2.99 drives espeak-ng asynchronously; there, a newly set rate is now and then not applied
    (the voice keeps an earlier speed for the rest of the process) and a file can come back empty. So
    when pyttsx3's engine is espeak, espeak is started here first, in synchronous mode, and this class
    makes the files; pyttsx3 still finds the library and lists the voices."""

    def __init__(self, espeak: Any, sample_rate: int) -> None:
        self.espeak = espeak
        self.sample_rate = sample_rate
        self._sound = bytearray()
        self._callback = self._on_sound  # kept: espeak holds only a pointer to it

    @classmethod
    def start(cls) -> SynchronousEspeak | None:
        """Start espeak-ng before pyttsx3 does, or None when it cannot be (pyttsx3 then reports why)."""
        try:
            from pyttsx3.drivers import _espeak
            from pyttsx3.drivers import espeak as espeak_driver
        except Exception:
            return None
        sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
        if sample_rate <= 0:
            return None
        voice = _espeak.GetCurrentVoice()
        name = voice.contents.name.decode("utf-8") if voice and voice.contents.name else "gmw/en"
        espeak_driver.EspeakDriver._defaultVoice = name
        espeak_driver.EspeakDriver._moduleInitialized = True  # pyttsx3 must not start it again
        return cls(_espeak, sample_rate)

    def take_over(self) -> None:
        """After pyttsx3.init(), which points espeak's sound at its own driver: point it here."""
        self.espeak.SetSynthCallback(self._callback)

    def _on_sound(self, wav: Any, samples: int, events: Any) -> int:
        import ctypes

        if samples > 0:
            self._sound.extend(ctypes.string_at(wav, samples * ctypes.sizeof(ctypes.c_short)))
        return 0

    def save(self, text: str, voice: str, rate: int, path: Path) -> None:
        espeak = self.espeak
        if espeak.SetVoiceByName(voice.encode("utf-8")) != 0:
            raise ValueError(f"voice {voice!r} could not be set")
        espeak.SetParameter(espeak.RATE, rate, 0)
        self._sound.clear()
        espeak.Synth(text.encode("utf-8"), flags=espeak.ENDPAUSE | espeak.CHARS_UTF8)
        if not self._sound:
            return  # no file: the caller says the engine wrote nothing
        fd = open_private(path, os.O_WRONLY | os.O_EXCL)  # 0600 before the first byte
        with os.fdopen(fd, "wb") as file, wave.open(file, "wb") as audio:
            audio.setnchannels(1)
            audio.setsampwidth(2)
            audio.setframerate(self.sample_rate)
            audio.writeframes(bytes(self._sound))


class Worker:
    def __init__(self, engine: Any, replies: TextIO, espeak: SynchronousEspeak | None = None) -> None:
        self.engine = engine
        self.replies = replies
        self.espeak = espeak
        self.default_voice = str(engine.getProperty("voice") or "")
        self._voice_ids: set[str] | None = None
        self._voices: list[dict[str, Any]] | None = None

    def reply(self, message: dict[str, Any]) -> None:
        self.replies.write(json.dumps(message) + "\n")
        self.replies.flush()

    def handle(self, request: dict[str, Any]) -> None:
        answer: dict[str, Any] = {"id": request.get("id")}
        try:
            if request.get("op") == "voices":
                answer["voices"] = self.voices()
            elif request.get("op") == "synth":
                answer.update(self.synthesize(request))
            else:
                answer["error"] = f"unknown request {request.get('op')!r}"
        except Exception as error:
            answer["error"] = f"{type(error).__name__}: {error}"
        self.reply(answer)

    def warm_up(self) -> None:
        """One tiny synthesis before the first real one, which pyttsx3 sometimes gets wrong."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="neuroguide-warm-") as folder:
            self.engine.save_to_file("Ready.", str(Path(folder) / "warm.wav"))
            self.engine.runAndWait()

    def voice_ids(self) -> set[str]:
        if self._voice_ids is None:
            self._voice_ids = {voice["id"] for voice in self.voices()} | {self.default_voice}
        return self._voice_ids

    def voices(self) -> list[dict[str, Any]]:
        if self._voices is None:
            self._voices = self._list_voices()
        return self._voices

    def _list_voices(self) -> list[dict[str, Any]]:
        found = []
        for voice in self.engine.getProperty("voices"):
            languages = [str(language) for language in (voice.languages or [])]
            found.append({"id": str(voice.id), "name": str(voice.name), "languages": languages})
        return found

    def voice_for(self, chosen: str, language: str) -> tuple[str, str]:
        """The voice to use, and a note when it is not the one asked for: the chosen voice, or the
        default, if it speaks ``language`` (or no language is asked); else the first that does, its
        own country's first ("es" before "es-419", "fr-fr" before "fr-be")."""
        note = ""
        if chosen and chosen not in self.voice_ids():
            # A voice that no longer exists (an engine update, another machine).
            note = f"voice {chosen!r} was not found; "
            chosen = ""
        if not language:
            return chosen or self.default_voice, note.rstrip("; ")
        speaking = [voice for voice in self.voices() if speaks(voice["languages"], language)]
        ids = [voice["id"] for voice in speaking]
        for candidate in (chosen, self.default_voice):
            if candidate in ids:
                return candidate, note.rstrip("; ")
        own_country = {language, f"{language}-{language}"}
        own = [voice["id"] for voice in speaking if own_country & set(voice["languages"])]
        if own or ids:
            return (own or ids)[0], note.rstrip("; ")
        return chosen or self.default_voice, f"{note}no voice speaks {language!r}"

    def synthesize(self, request: dict[str, Any]) -> dict[str, Any]:
        text = str(request.get("text", "")).strip()[:MAX_CHARACTERS]
        if not text:
            return {"error": "there is nothing to say"}
        out = Path(str(request["out"]))
        voice, note = self.voice_for(str(request.get("voice") or ""), str(request.get("language") or ""))
        rate = int(request.get("rate", SPEECH_RATE))
        private_folder(out.parent)  # the cache: 0700, its files 0600
        partial = out.with_name(out.name + ".part")
        partial.unlink(missing_ok=True)  # left by a worker cut short: never taken for this one's
        if self.espeak is not None:
            self.espeak.save(text, voice, rate, partial)
        else:
            self._save_with_pyttsx3(text, voice, rate, partial)
        if not partial.exists():
            return {"error": "the engine wrote no file"}
        seconds = wav_seconds(partial)
        if seconds <= 0:
            partial.unlink(missing_ok=True)
            return {"error": "the engine wrote no sound"}
        partial.replace(out)  # whole or not at all: a half-written file is never played
        return {"path": str(out), "seconds": seconds, "note": note, "voice": voice}

    def _save_with_pyttsx3(self, text: str, voice: str, rate: int, partial: Path) -> None:
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", rate)
        for _attempt in range(2):
            # pyttsx3 2.99 now and then writes nothing, mostly for a long first prompt: try once more.
            self.engine.save_to_file(text, str(partial))
            self.engine.runAndWait()
            if partial.exists():
                break


def main() -> int:
    # Whatever this process or pyttsx3 creates is its owner's alone (the cache holds what a session says).
    os.umask(0o077)
    # The protocol gets its own copy of standard output; pyttsx3's prints go to standard error.
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        espeak = SynchronousEspeak.start()
        import pyttsx3

        engine = pyttsx3.init()
    except BaseException as error:
        replies.write(json.dumps({"ready": False, "reason": describe_start_failure(error)}) + "\n")
        replies.flush()
        return 3
    if espeak is not None:
        espeak.take_over()
    worker = Worker(engine, replies, espeak)
    if espeak is None:
        worker.warm_up()
    driver = getattr(getattr(engine, "proxy", None), "_module", None)
    engine_name = getattr(driver, "__name__", "pyttsx3").rsplit(".", 1)[-1]
    worker.reply({"ready": True, "engine": f"pyttsx3/{engine_name}", "default_voice": worker.default_voice})
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            worker.reply({"id": None, "error": "not a JSON request"})
            continue
        if request.get("op") == "quit":
            break
        worker.handle(request)
    return 0


if __name__ == "__main__":
    sys.exit(main())
