"""Real playback through QtMultimedia into a private PulseAudio server with a silent (null) output.

Skipped, with the reason, where PulseAudio is not installed. The test command installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroguide.resources import sound_path
from neuroguide.speech.service import WORKER


@pytest.fixture(scope="module")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed, so there is no sound server to play into")
    runtime = tmp_path_factory.mktemp("pulse-runtime")
    runtime.chmod(0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-n",
            "--load=module-null-sink sink_name=silent",
            "--load=module-native-protocol-unix",
            "--log-target=stderr",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 20
    while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
        time.sleep(0.05)  # waiting for a server process to come up, not for a routine
    if not socket.exists():
        server.kill()
        pytest.skip("PulseAudio did not start here")
    yield env
    server.terminate()
    server.wait(timeout=10)


def test_a_prompt_plays_and_stops_at_once(sound_server: dict[str, str], tmp_path: Path) -> None:
    speech = tmp_path / "speech.wav"
    request = {
        "id": 1,
        "op": "synth",
        "text": "Make small, slow circles with your thumb.",
        "out": str(speech),
    }
    subprocess.run(
        WORKER, input=json.dumps(request) + "\n", capture_output=True, text=True, timeout=60, check=True
    )
    damaged = tmp_path / "damaged.wav"
    damaged.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk")
    env = dict(sound_server, QT_QPA_PLATFORM="offscreen")
    probe = Path(__file__).with_name("audio_probe.py")
    result = subprocess.run(
        [sys.executable, str(probe), str(speech), str(damaged), str(sound_path("chime"))],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["has_output"] is True
    assert report["started"] is True and report["start_ms"] < 150
    assert report["playing_after_300_ms"] is True  # the prompt is seconds long
    assert report["stopped"] is True and report["stop_ms"] < 100
    assert report["playing_after_stop"] is False
    assert report["damaged_reported"] is True
