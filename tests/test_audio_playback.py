"""Real playback through the player process into a private PulseAudio server with a silent output,
measured at the server: its monitor is recorded, so "started" and "silent" are what a person hears.

Skipped, with the reason, where PulseAudio is not installed. The test command installs it.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from neuroguide.core.resources import sound_path
from neuroguide.speech.playback import Playback
from neuroguide.speech.service import WORKER
from tests.sound_server import OTHER_SINK, SINK, Recorder, SoundServer


@pytest.fixture(scope="module")
def server() -> Iterator[SoundServer]:
    if not SoundServer.available():
        pytest.skip("PulseAudio is not installed, so there is no sound server to play into")
    with SoundServer() as started:
        yield started


@pytest.fixture
def recorder(server: SoundServer) -> Iterator[Recorder]:
    with Recorder(server) as recording:
        yield recording


@pytest.fixture
def playback(server: SoundServer, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Playback]:
    monkeypatch.setenv("XDG_RUNTIME_DIR", server.env["XDG_RUNTIME_DIR"])  # the player's sound server
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    audio = Playback(sound_path("chime"))
    audio.start()
    qtbot.waitUntil(lambda: audio.outputs is not None, timeout=20_000)
    yield audio
    audio.shutdown()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real prompt, spoken by espeak-ng through the speech worker."""
    out = tmp_path_factory.mktemp("speech") / "speech.wav"
    request = {
        "id": 1,
        "op": "synth",
        "text": "Make small, slow circles with your thumb, then rest.",
        "rate": 150,  # the loudness checks below were measured on this prompt at this rate
        "out": str(out),
    }
    subprocess.run(
        WORKER, input=json.dumps(request) + "\n", capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stat().st_size > 10_000
    return out


def test_a_prompt_starts_at_once_and_pause_silences_it_at_once(
    playback: Playback, recorder: Recorder, speech: Path, qtbot: QtBot
) -> None:
    assert playback.outputs and playback.has_output() and playback.problem == ""
    starts, stops = [], []
    for _ in range(5):
        asked = time.monotonic()
        with qtbot.waitSignal(playback.started, timeout=5000):
            playback.play(str(speech))
        qtbot.waitUntil(lambda at=asked: recorder.first_sound_after(at, 2) is not None, timeout=5000)  # type: ignore[misc]
        starts.append(recorder.first_sound_after(asked, 2))
        qtbot.wait(300)  # the prompt is seconds long: it is still speaking
        assert playback.playing
        asked = time.monotonic()
        playback.stop()
        qtbot.waitUntil(lambda at=asked: recorder.silent_after(at, 1) is not None, timeout=5000)  # type: ignore[misc]
        stops.append(recorder.silent_after(asked, 1))
        qtbot.wait(200)
        assert not recorder.sound_at(asked + 0.1, time.monotonic()), "it went on after stop"
    assert max(s for s in starts if s is not None) < 0.150, starts
    assert max(s for s in stops if s is not None) < 0.100, stops
    assert not playback.playing


def test_chime_and_voice_together_never_flood_the_log(
    playback: Playback, recorder: Recorder, speech: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    # What froze the window with QSoundEffect: the chime and a prompt at once, over and over.
    caplog.set_level(logging.INFO, logger="neuroguide.speech.player")
    for _ in range(12):
        asked = time.monotonic()
        playback.chime()
        playback.play(str(speech))
        qtbot.wait(400)
        assert recorder.first_sound_after(asked, 0.4) is not None
        playback.stop()
    qtbot.wait(300)
    assert playback.problem == "" and playback.restarts == 0
    assert not [r for r in caplog.records if "QSocketNotifier" in r.getMessage()]
    assert sum(len(r.getMessage()) for r in caplog.records) < 2000


def test_a_damaged_file_is_reported(playback: Playback, tmp_path: Path, qtbot: QtBot) -> None:
    damaged = tmp_path / "damaged.wav"
    damaged.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk")
    with qtbot.waitSignal(playback.broken, timeout=5000) as signal:
        playback.play(str(damaged))
    assert signal.args == [str(damaged)]
    assert playback.problem == "" and playback.restarts == 0


def test_a_sound_server_that_dies_and_comes_back(
    server: SoundServer, playback: Playback, speech: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(playback.started, timeout=5000):
        playback.play(str(speech))
    server.kill()
    # The player finds the stream no longer taking sound, says so and ends; the window is told.
    qtbot.waitUntil(lambda: playback.problem != "", timeout=5000)
    assert playback.problem == "the sound output stopped working" and not playback.playing
    server.start()
    with Recorder(server) as recorder:

        def heard_again() -> bool:
            playback.play(str(speech))  # the guide goes on asking, step by step
            qtbot.wait(300)
            return recorder.sound_at(time.monotonic() - 0.3, time.monotonic())

        qtbot.waitUntil(heard_again, timeout=30_000)
    assert playback.problem == "" and playback.restarts >= 1


def test_a_player_that_hangs_or_floods_is_replaced(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    flood = tmp_path / "flood.py"
    flood.write_text(
        "import json, sys, time\n"
        'print(json.dumps({"ready": True, "outputs": [{"id": "x", "name": "X"}]}), flush=True)\n'
        "sys.stdin.readline()\n"
        "for n in range(1_000_000):\n"
        "    sys.stderr.write(f\"QSocketNotifier: Invalid socket {n} and type 'Read', disabling...\\n\")\n"
    )
    hang = tmp_path / "hang.py"
    hang.write_text(
        "import json, sys, time\n"
        'print(json.dumps({"ready": True, "outputs": [{"id": "x", "name": "X"}]}), flush=True)\n'
        "time.sleep(60)\n"
    )
    caplog.set_level(logging.WARNING, logger="neuroguide.speech.player")
    for script, said in ((flood, "stopped working"), (hang, "stopped answering")):
        audio = Playback(None, command=[sys.executable, str(script)])
        audio.start()
        audio.play("/nothing.wav")
        qtbot.waitUntil(lambda a=audio: a.problem != "", timeout=10_000)  # type: ignore[misc]
        assert said in audio.problem and audio.restarts == 1
        audio.shutdown()
    assert len(caplog.records) < 1000  # a bounded share of the flood reached the log


def test_an_idle_player_ends_and_starts_again_when_needed(
    server: SoundServer, monkeypatch: pytest.MonkeyPatch, speech: Path, qtbot: QtBot
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", server.env["XDG_RUNTIME_DIR"])
    audio = Playback(sound_path("chime"), idle_exit_ms=300)
    audio.start()
    qtbot.waitUntil(lambda: not audio.running, timeout=10_000)
    with qtbot.waitSignal(audio.started, timeout=10_000):
        audio.play(str(speech))
    assert audio.problem == "" and audio.restarts == 0
    audio.shutdown()


def test_the_chosen_output_and_the_volume_are_what_is_heard(
    server: SoundServer, playback: Playback, speech: Path, qtbot: QtBot
) -> None:
    assert playback.outputs is not None
    assert {device for device, _ in playback.outputs} >= {SINK, OTHER_SINK}
    with Recorder(server, SINK) as usual, Recorder(server, OTHER_SINK) as other:
        playback.set_device(OTHER_SINK)
        loud = []
        for volume in (0.8, 0.2):
            playback.set_volume(volume)
            asked = time.monotonic()
            with qtbot.waitSignal(playback.started, timeout=5000):
                playback.play(str(speech))
            qtbot.wait(800)
            playback.stop()
            loud.append(other.loudest(asked, time.monotonic()))
            assert not usual.sound_at(asked, time.monotonic()), "heard on the output not chosen"
        assert loud[0] > 1000 and 0.15 < loud[1] / loud[0] < 0.35, loud  # a quarter of the level
        playback.set_device("")  # the system's default again
        asked = time.monotonic()
        with qtbot.waitSignal(playback.started, timeout=5000):
            playback.play(str(speech))
        qtbot.waitUntil(lambda: usual.sound_at(asked, time.monotonic()), timeout=3000)
        playback.stop()


def test_an_output_unplugged_mid_prompt_leaves_the_voice_on_the_default(
    server: SoundServer, playback: Playback, speech: Path, qtbot: QtBot
) -> None:
    def pactl(*words: str) -> str:
        done = subprocess.run(["pactl", *words], env=server.env, capture_output=True, text=True, timeout=10)
        return done.stdout

    playback.set_device(OTHER_SINK)
    with Recorder(server, SINK) as usual:
        with qtbot.waitSignal(playback.started, timeout=5000):
            playback.play(str(speech))
        (module,) = [
            line.split()[0] for line in pactl("list", "short", "modules").splitlines() if OTHER_SINK in line
        ]
        pactl("unload-module", module)  # as a headset unplugged
        try:
            unplugged = time.monotonic()
            qtbot.waitUntil(lambda: usual.sound_at(unplugged, time.monotonic()), timeout=3000)
            asked = time.monotonic()
            with qtbot.waitSignal(playback.started, timeout=5000):
                playback.play(str(speech))  # the next prompt too
            qtbot.waitUntil(lambda: usual.sound_at(asked, time.monotonic()), timeout=3000)
            assert playback.problem == ""
        finally:
            playback.stop()
            pactl("load-module", "module-null-sink", f"sink_name={OTHER_SINK}")
