"""The speech worker and its supervisor: real espeak-ng synthesis, and workers that crash or hang."""

from __future__ import annotations

import json
import os
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from neuroguide.speech import service as service_module
from neuroguide.speech.service import WORKER, SpeechService


def wav_facts(path: Path) -> tuple[int, int, float]:
    with wave.open(str(path), "rb") as audio:
        return audio.getnchannels(), audio.getframerate(), audio.getnframes() / audio.getframerate()


@pytest.fixture
def service(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    made: list[SpeechService] = []

    def make(command: list[str] | None = None, timeout_ms: int | None = None) -> SpeechService:
        speech = SpeechService(tmp_path / "voice", command=command, timeout_ms=timeout_ms)
        made.append(speech)
        return speech

    yield make
    for speech in made:
        speech.shutdown()
    assert service_module.wait_for_ending(10_000)  # no worker left behind for the next test


def test_real_synthesis_writes_a_wav_of_plausible_length(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    speech.configure("", 150)
    short, long = (
        "Now the left foot.",
        "Make small, slow circles with your thumb over the sole, then the heel.",
    )
    by_text: dict[str, Path] = {}
    speech.synthesized.connect(lambda text, path: by_text.update({text: Path(path)}))
    speech.request(short)
    speech.request(long)
    qtbot.waitUntil(lambda: len(by_text) == 2, timeout=20_000)
    assert speech.available is True and speech.engine == "pyttsx3/espeak"
    channels, rate, short_seconds = wav_facts(by_text[short])
    assert (channels, rate) == (1, 22050)
    _, _, long_seconds = wav_facts(by_text[long])
    # at 150 words a minute: 4 words take about 1.6 s, 14 words about 5.6 s
    assert 0.6 < short_seconds < 4.0
    assert 3.0 < long_seconds < 12.0
    assert speech.cached(short) == by_text[short]


def test_a_slower_rate_gives_a_longer_file_and_another_cache_entry(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    text = "Glide slowly from the toes up toward the ankle."
    seconds = []
    for rate in (200, 100):
        speech.configure("", rate)
        with qtbot.waitSignal(speech.synthesized, timeout=20_000) as blocker:
            speech.request(text)
        seconds.append(wav_facts(Path(blocker.args[1]))[2])
    assert seconds[1] > 1.5 * seconds[0]
    assert len(list(speech.cache_dir.glob("*.wav"))) == 2


def test_a_voice_that_no_longer_exists_falls_back_quietly(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    speech.configure("gone/voice", 150)
    with qtbot.waitSignal(speech.synthesized, timeout=20_000):
        speech.request("Hello.")
    assert "was not found" in speech.note


def test_voices_are_listed(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    with qtbot.waitSignal(speech.voices_listed, timeout=20_000) as blocker:
        speech.list_voices()
    voices = blocker.args[0]
    assert len(voices) > 10
    assert any(language.startswith("en") for voice in voices for language in voice.languages)


def test_an_empty_prompt_is_refused_without_the_worker(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    with qtbot.waitSignal(speech.failed, timeout=1000) as blocker:
        speech.request("   ")
    assert blocker.args[1] == "there is nothing to say"


def fake_worker(tmp_path: Path, behaviour: str) -> list[str]:
    """A stand-in worker speaking the same protocol, which misbehaves as told."""
    script = tmp_path / "fake_worker.py"
    starts = tmp_path / "starts"
    script.write_text(
        f"""
import json, sys, time, wave
from pathlib import Path
starts = Path({str(starts)!r})
count = int(starts.read_text()) + 1 if starts.exists() else 1
starts.write_text(str(count))
print(json.dumps({{"ready": True, "engine": "fake"}}), flush=True)
for line in sys.stdin:
    request = json.loads(line)
    behaviour = {behaviour!r}
    if behaviour == "crash-first" and count == 1:
        sys.exit(9)
    if behaviour == "hang" or (behaviour == "hang-first" and count == 1):
        time.sleep(3600)
    out = Path(request["out"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(out), "wb") as audio:
        audio.setnchannels(1); audio.setsampwidth(2); audio.setframerate(22050)
        audio.writeframes(b"\\0\\0" * 22050)
    print(json.dumps({{"id": request["id"], "path": str(out), "seconds": 1.0}}), flush=True)
"""
    )
    return [sys.executable, str(script)]


def test_a_worker_that_crashes_is_replaced_and_the_prompt_tried_again(
    qtbot: QtBot,
    tmp_path: Path,
    service,  # type: ignore[no-untyped-def]
) -> None:
    speech = service(fake_worker(tmp_path, "crash-first"))
    with qtbot.waitSignal(speech.synthesized, timeout=10_000) as blocker:
        speech.request("Thumb circles on the sole.")
    assert blocker.args[0] == "Thumb circles on the sole."
    assert speech.restarts == 1
    assert (tmp_path / "starts").read_text() == "2"


def test_a_worker_that_hangs_is_killed_after_its_time_limit(qtbot: QtBot, tmp_path: Path, service) -> None:  # type: ignore[no-untyped-def]
    speech = service(fake_worker(tmp_path, "hang-first"), timeout_ms=400)
    with qtbot.waitSignal(speech.synthesized, timeout=10_000):
        speech.request("Ankle circles.")
    assert speech.restarts == 1
    assert speech.available is True


def test_a_worker_that_always_hangs_is_given_up_with_a_reason(qtbot: QtBot, tmp_path: Path, service) -> None:  # type: ignore[no-untyped-def]
    speech = service(fake_worker(tmp_path, "hang"), timeout_ms=300)
    with qtbot.waitSignal(
        speech.availability_changed, timeout=15_000, check_params_cb=lambda: not speech.available
    ):
        speech.request("One.")
        speech.request("Two.")
    assert speech.available is False
    assert speech.reason == "the speech worker keeps failing"
    with qtbot.waitSignal(speech.failed, timeout=1000) as blocker:
        speech.request("Three.")
    assert blocker.args == ["Three.", "the speech worker keeps failing"]


def test_no_espeak_gives_a_plain_reason(qtbot: QtBot, tmp_path: Path, service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A pyttsx3 that fails exactly as the real one does when the espeak-ng library is missing.
    fake = tmp_path / "fakesite" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")\n'
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(fake.parent), os.environ.get("PYTHONPATH", "")]))
    speech = service(WORKER)
    with qtbot.waitSignal(speech.availability_changed, timeout=15_000):
        speech.start()
    assert speech.available is False
    assert speech.reason == "espeak-ng is not installed"


def test_a_worker_command_that_does_not_exist(qtbot: QtBot, tmp_path: Path, service) -> None:  # type: ignore[no-untyped-def]
    speech = service([str(tmp_path / "no-such-program")])
    with qtbot.waitSignal(speech.availability_changed, timeout=5000):
        speech.start()
    assert (speech.available, speech.reason) == (False, "the speech worker could not be started")


def test_the_worker_protocol_directly(tmp_path: Path) -> None:
    """The worker answers on its own channel even though pyttsx3 prints to standard output."""
    import subprocess

    requests = "\n".join(
        json.dumps(request)
        for request in (
            {"id": 1, "op": "synth", "text": "Hello there.", "rate": 150, "out": str(tmp_path / "a.wav")},
            {"id": 2, "op": "synth", "text": "", "out": str(tmp_path / "b.wav")},
            {"id": 3, "op": "dance"},
        )
    )
    result = subprocess.run(
        WORKER, input=requests + "\n", capture_output=True, text=True, timeout=60, check=True
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["ready"] is True
    assert lines[1]["id"] == 1 and Path(lines[1]["path"]).exists() and lines[1]["seconds"] > 0.3
    assert lines[2] == {"id": 2, "error": "there is nothing to say"}
    assert lines[3] == {"id": 3, "error": "unknown request 'dance'"}
    assert not (tmp_path / "a.wav.part").exists()


def test_every_change_of_rate_is_heard_at_once(tmp_path: Path) -> None:
    """One worker, the rate changed back and forth: each file has the speed asked for (pyttsx3's own
    asynchronous espeak driver now and then kept an earlier speed for the rest of the process)."""
    import subprocess

    text = "Glide slowly from the toes up toward the ankle."
    rates = [200, 100, 200, 100, 300, 100, 300, 200, 100, 300]
    requests = "\n".join(
        json.dumps(
            {"id": index, "op": "synth", "text": text, "rate": rate, "out": str(tmp_path / f"{index}.wav")}
        )
        for index, rate in enumerate(rates)
    )
    result = subprocess.run(
        WORKER, input=requests + "\n", capture_output=True, text=True, timeout=60, check=True
    )
    seconds = [json.loads(line)["seconds"] for line in result.stdout.splitlines()[1:]]
    by_rate = {
        rate: {round(value, 1) for value, asked in zip(seconds, rates, strict=True) if asked == rate}
        for rate in set(rates)
    }
    assert all(len(values) == 1 for values in by_rate.values()), by_rate  # the same speed each time
    assert min(by_rate[100]) > 1.7 * max(by_rate[200]) and min(by_rate[200]) > 1.3 * max(by_rate[300])


def test_a_very_long_prompt_is_cut_not_choked_on(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    speech = service()
    text = "Glide gently. " * 400  # 5,600 characters
    with qtbot.waitSignal(speech.synthesized, timeout=60_000) as blocker:
        speech.request(text)
    seconds = wav_facts(Path(blocker.args[1]))[2]
    assert 20 < seconds < 200  # about 1,200 characters were spoken, not 5,600


def test_a_cache_that_cannot_be_written_fails_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("not a folder")
    speech = SpeechService(blocked / "voice")
    try:
        with qtbot.waitSignal(speech.failed, timeout=20_000) as blocker:
            speech.request("Ankle circles.")
        assert blocker.args[0] == "Ankle circles."
        assert "FileExistsError" in blocker.args[1] or "NotADirectoryError" in blocker.args[1]
        assert speech.available is True  # one prompt failed; the engine itself still works
    finally:
        speech.shutdown()


def test_an_idle_worker_ends_and_starts_again_when_asked(qtbot: QtBot, tmp_path: Path) -> None:
    speech = SpeechService(tmp_path / "voice", idle_exit_ms=200)
    done: list[str] = []
    speech.synthesized.connect(lambda text, path: done.append(text))
    speech.request("Rest your hands.")
    qtbot.waitUntil(lambda: done == ["Rest your hands."], timeout=20_000)
    qtbot.waitUntil(lambda: not speech.running, timeout=5_000)  # nothing more to say: it ended
    assert speech.available is True and speech.restarts == 0
    speech.request("Now the left foot.")
    qtbot.waitUntil(lambda: len(done) == 2, timeout=20_000)
    assert speech.running and speech.restarts == 0  # a new worker, not a replaced one
    speech.shutdown()


def test_ending_the_worker_does_not_wait_for_it_and_quitting_does(qtbot: QtBot, tmp_path: Path) -> None:
    assert service_module.wait_for_ending(10_000)  # none left from before
    speech = SpeechService(tmp_path / "voice")
    done: list[str] = []
    speech.synthesized.connect(lambda text, path: done.append(text))
    speech.request("Rest your hands.")
    qtbot.waitUntil(lambda: done == ["Rest your hands."], timeout=20_000)
    speech.shutdown()
    assert not speech.running
    (ending,) = service_module._ending  # killed, not waited for: Qt has not even seen it go yet
    assert ending.state() != QProcess.ProcessState.NotRunning
    assert service_module.wait_for_ending(10_000)  # as the app quits
    assert not service_module._ending
