"""The voice guide: which prompt at which moment, replacement, silence on pause, fallbacks, captions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from neuroguide.app.session_driver import SessionDriver
from neuroguide.app.timers import Timers
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library
from neuroguide.core.session import SessionEngine
from neuroguide.core.settings import Settings
from neuroguide.speech.guide import STALE_AFTER_SECONDS, VoiceGuide
from tests.fakes import FakeAudio, FakeService


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "settings.json")


@dataclass
class Rig:
    guide: VoiceGuide
    service: FakeService
    audio: FakeAudio
    driver: SessionDriver
    captions: list[str]


def make(
    shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock, **service_options: object
) -> Rig:
    service = FakeService(tmp_path, **service_options)  # type: ignore[arg-type]
    audio = FakeAudio()
    guide = VoiceGuide(settings, service, audio, clock=clock)
    routine = shipped.get("hand-relief")
    assert routine is not None
    driver = SessionDriver(SessionEngine(routine, clock, lead_in_seconds=5), Timers(clock))
    guide.attach(routine)
    driver.engine.subscribe(guide.on_event)
    captions: list[str] = []
    guide.caption.connect(captions.append)
    return Rig(guide, service, audio, driver, captions)


def test_prompts_are_synthesized_ahead_and_played_from_the_cache(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    assert rig.service.prefetched[0] == "Get ready: Hand relief. First: Lotion on the right hand."
    for text in rig.service.prefetched:
        rig.service.finish(text)
    rig.audio.log.clear()
    rig.driver.do(rig.driver.engine.start)
    assert rig.audio.log == ["play " + rig.service.cache_path(rig.service.prefetched[0]).name]
    clock.advance(5)
    rig.driver.wake()
    step = (
        "Start with your right hand. Lotion on the right hand. "
        "Smooth a little lotion over the front and the back."
    )
    assert rig.audio.log[-3:] == ["stop", "chime", "play " + rig.service.cache_path(step).name]
    assert rig.captions == []  # the voice works: no rig.captions unless asked for


def test_a_new_prompt_replaces_one_still_speaking_and_pause_silences(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    for text in rig.service.prefetched:
        rig.service.finish(text)
    rig.driver.do(rig.driver.engine.start)
    # Next ends the reading time: the step prompt cuts the "get ready" prompt off
    rig.driver.do(rig.driver.engine.next)
    assert rig.audio.log[-3:][0] == "stop"
    rig.audio.log.clear()
    rig.driver.do(rig.driver.engine.pause)
    assert rig.audio.log[0] == "stop"
    assert rig.audio.log[1] == "play " + rig.service.cache_path("Paused.").name


def test_a_prompt_not_yet_made_is_asked_for_first_and_spoken_when_ready(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    rig.driver.do(rig.driver.engine.start)
    first = "Get ready: Hand relief. First: Lotion on the right hand."
    assert rig.service.requests[-1] == (first, True)
    path = rig.service.finish(first)
    assert rig.audio.log[-1] == f"play {path.name}"


@pytest.mark.parametrize(
    ("late_by", "spoken"),
    [(STALE_AFTER_SECONDS, True), (STALE_AFTER_SECONDS + 0.1, False)],
    ids=["just in time: spoken", "too late: shown instead"],
)
def test_a_prompt_is_spoken_only_while_it_is_still_fresh(
    qtbot: QtBot,
    shipped: Library,
    settings: Settings,
    tmp_path: Path,
    clock: FakeClock,
    late_by: float,
    spoken: bool,
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    rig.driver.do(rig.driver.engine.start)
    first = "Get ready: Hand relief. First: Lotion on the right hand."
    clock.advance(late_by)  # how long the worker took (say, it was being started again)
    path = rig.service.finish(first)
    if spoken:
        assert rig.audio.log[-1] == f"play {path.name}" and rig.captions == []
    else:
        assert not any(entry.startswith("play") for entry in rig.audio.log)
        assert rig.captions == [first]  # shown instead


def test_caregiver_wording_reaches_the_voice(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    routine = shipped.get("hand-relief")
    assert routine is not None
    rig.guide.attach(routine, caregiver=True)
    rig.driver.do(rig.driver.engine.start)
    rig.driver.do(rig.driver.engine.next)
    assert rig.service.requests[-1][0] == (
        "Start with their right hand. Lotion on the right hand. "
        "Hold it palm-up in yours and smooth on a little lotion, front and back."
    )


def test_muted_shows_captions_and_makes_no_sound(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    settings.set("muted", True)
    rig = make(shipped, settings, tmp_path, clock)
    rig.driver.do(rig.driver.engine.start)
    assert rig.captions == ["Get ready: Hand relief. First: Lotion on the right hand."]
    assert rig.audio.log == [] and rig.service.requests == []
    assert rig.guide.status_text() == "The voice is muted. Instructions are shown on screen."


def test_no_speech_engine_falls_back_to_captions_and_a_chime(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock, available=False, reason="espeak-ng is not installed")
    assert rig.guide.mode == "captions"
    assert rig.guide.status_text() == (
        "Speech is unavailable: espeak-ng is not installed. Instructions are shown on screen."
    )
    rig.driver.do(rig.driver.engine.start)
    clock.advance(5)
    rig.driver.wake()
    assert rig.captions[-1].startswith("Start with your right hand.")
    assert rig.audio.log == ["chime"]  # a soft chime marks the step's start instead of the voice


def test_no_sound_output(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    rig.audio.output = False
    assert rig.guide.mode == "captions"
    assert rig.guide.status_text() == "No sound output was found. Instructions are shown on screen."
    rig.audio.player_started = False
    rig.driver.do(rig.driver.engine.start)
    assert rig.captions and rig.audio.log == []
    assert rig.audio.player_started  # the player looks again for an output, prompt by prompt


def test_captions_always(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    settings.set("captions", "always")
    rig = make(shipped, settings, tmp_path, clock)
    rig.driver.do(rig.driver.engine.start)
    assert rig.captions == ["Get ready: Hand relief. First: Lotion on the right hand."]
    assert rig.service.requests  # and the voice speaks too


def test_a_damaged_cached_file_is_removed_and_made_again(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    first = "Get ready: Hand relief. First: Lotion on the right hand."
    path = rig.service.finish(first)
    rig.driver.do(rig.driver.engine.start)
    rig.audio.broken.emit(str(path))
    assert rig.service.forgotten == [path]
    assert rig.service.requests[-1] == (first, True)


def test_a_failed_prompt_is_shown_instead(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    rig.driver.do(rig.driver.engine.start)
    rig.service.failed.emit("Get ready: Hand relief. First: Lotion on the right hand.", "disk full")
    assert rig.captions == ["Get ready: Hand relief. First: Lotion on the right hand."]


def test_settings_reach_the_engine_and_the_output(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    settings.set("speech_rate", 110)
    settings.set("voice", "gmw/en-gb")
    settings.set("volume", 40)
    assert (rig.service.voice, rig.service.rate, rig.audio.volume) == ("gmw/en-gb", 110, 0.4)


def test_test_voice_speaks_a_sample(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    rig.guide.test_voice()
    assert rig.service.requests[-1][0].startswith("This is your guide's voice.")


def test_a_voice_that_stops_is_said_and_shown_on_screen_until_it_is_back(
    qtbot: QtBot, shipped: Library, settings: Settings, tmp_path: Path, clock: FakeClock
) -> None:
    rig = make(shipped, settings, tmp_path, clock)
    assert rig.audio.player_started  # up before the first prompt
    for text in rig.service.prefetched:
        rig.service.finish(text)
    statuses: list[str] = []
    rig.guide.status_changed.connect(lambda: statuses.append(rig.guide.status_text()))
    rig.audio.problem = "the sound output stopped taking sound"
    rig.audio.changed.emit()
    assert statuses[-1] == (
        "The voice stopped: the sound output stopped taking sound. It comes back by itself when it "
        "can. Instructions are shown on screen."
    )
    rig.driver.do(rig.driver.engine.start)
    assert rig.captions == ["Get ready: Hand relief. First: Lotion on the right hand."]
    assert rig.audio.log[-1].startswith("play ")  # still asked: a new player may be heard again
    rig.audio.problem = ""
    rig.audio.changed.emit()
    assert statuses[-1] == "" and not rig.guide.captions_shown
    rig.driver.shutdown()  # the lambda above keeps the rig, and so the session's timer, alive
