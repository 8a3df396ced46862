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


class Worker:
    def __init__(self, engine: Any, replies: TextIO) -> None:
        self.engine = engine
        self.replies = replies
        self.default_voice = str(engine.getProperty("voice") or "")
        self._voice_ids: set[str] | None = None

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
        found = []
        for voice in self.engine.getProperty("voices"):
            languages = [str(language) for language in (voice.languages or [])]
            found.append({"id": str(voice.id), "name": str(voice.name), "languages": languages})
        return found

    def synthesize(self, request: dict[str, Any]) -> dict[str, Any]:
        text = str(request.get("text", "")).strip()[:MAX_CHARACTERS]
        if not text:
            return {"error": "there is nothing to say"}
        out = Path(str(request["out"]))
        voice = str(request.get("voice") or self.default_voice)
        note = ""
        if voice not in self.voice_ids():
            # A voice that no longer exists (an engine update, another machine): use the default.
            note = f"voice {voice!r} was not found; the default voice was used"
            voice = self.default_voice
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", int(request.get("rate", 150)))
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".part")
        for _attempt in range(2):
            # pyttsx3 2.99 now and then writes nothing, mostly for a long first prompt: try once more.
            self.engine.save_to_file(text, str(partial))
            self.engine.runAndWait()
            if partial.exists():
                break
        if not partial.exists():
            return {"error": "the engine wrote no file"}
        seconds = wav_seconds(partial)
        if seconds <= 0:
            partial.unlink(missing_ok=True)
            return {"error": "the engine wrote no sound"}
        partial.replace(out)  # whole or not at all: a half-written file is never played
        return {"path": str(out), "seconds": seconds, "note": note}


def main() -> int:
    # The protocol gets its own copy of standard output; pyttsx3's prints go to standard error.
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        import pyttsx3

        engine = pyttsx3.init()
    except BaseException as error:
        replies.write(json.dumps({"ready": False, "reason": describe_start_failure(error)}) + "\n")
        replies.flush()
        return 3
    worker = Worker(engine, replies)
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
