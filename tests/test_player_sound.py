"""The player's own sound handling, without a sound server: reading WAV files into its one stream
format, mixing the chime under a prompt, and the JSON lines the processes speak."""

from __future__ import annotations

import struct
import wave
from array import array
from pathlib import Path

import pytest

from neuroguide.speech.pipes import json_lines
from neuroguide.speech.player import RATE, UnplayableSoundError, mixed, read_wav


def write_wav(path: Path, channels: int, width: int, rate: int, frames: bytes) -> Path:
    with wave.open(str(path), "wb") as audio:
        audio.setnchannels(channels)
        audio.setsampwidth(width)
        audio.setframerate(rate)
        audio.writeframes(frames)
    return path


def test_any_plain_16_bit_wav_becomes_one_channel_at_the_stream_rate(tmp_path: Path) -> None:
    one_second_stereo = struct.pack("<" + "h" * 2 * 44100, *([1000, -1000] * 44100))
    sound = array("h", read_wav(str(write_wav(tmp_path / "s.wav", 2, 2, 44100, one_second_stereo))))
    assert len(sound) == RATE  # still one second
    assert set(sound) == {1000}  # the first channel


def test_what_cannot_be_played_says_why(tmp_path: Path) -> None:
    eight_bit = write_wav(tmp_path / "8.wav", 1, 1, 22050, b"\x80" * 100)
    with pytest.raises(UnplayableSoundError, match="8-bit"):
        read_wav(str(eight_bit))
    empty = write_wav(tmp_path / "empty.wav", 1, 2, 22050, b"")
    with pytest.raises(UnplayableSoundError, match="no sound"):
        read_wav(str(empty))
    truncated = tmp_path / "damaged.wav"
    truncated.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk")
    with pytest.raises(UnplayableSoundError):
        read_wav(str(truncated))
    with pytest.raises(UnplayableSoundError):
        read_wav(str(tmp_path / "missing.wav"))


def test_the_chime_mixes_under_the_voice_clipped_and_the_longer_tail_kept() -> None:
    voice = array("h", [30000, 100, -30000, 5]).tobytes()
    chime = array("h", [10000, 200]).tobytes()
    assert list(array("h", mixed(voice, chime))) == [32767, 300, -30000, 5]
    assert list(array("h", mixed(chime, voice))) == [32767, 300, -30000, 5]


def test_json_lines_keep_the_unfinished_line_and_skip_what_is_not_an_object() -> None:
    messages, rest = json_lines(b'{"ready": true}\nnot json\n[1, 2]\n{"started": "a.wav"}\n{"fini')
    assert messages == [{"ready": True}, {"started": "a.wav"}]
    assert rest == b'{"fini'
    messages, rest = json_lines(rest + b'shed": "a.wav"}\n')
    assert messages == [{"finished": "a.wav"}] and rest == b""
