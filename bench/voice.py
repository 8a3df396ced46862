"""Voice figures on the real clock, with real synthesis (pyttsx3 + espeak-ng) and real playback.

- cold synthesis of a whole routine's prompts (foot care), from an empty cache;
- step start to the voice heard, with the cache warm (budget p95 150 ms);
- Pause to silence heard (budget p95 100 ms);
- the longest stall of the GUI event loop during a spoken routine whose steps are written to the history
  as they end (as the app does, on its history thread), from a 10 ms heartbeat (budget 50 ms).

A private PulseAudio server with a silent output is started for the run (the test command installs
PulseAudio), and its monitor recorded: every sound figure is what reached the server, not what Qt said.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.sound_server
from quiet import hush_offscreen_notices
from summary import record

from tests.sound_server import Recorder, SoundServer


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    if not SoundServer.available():
        print("voice: PulseAudio is not installed (scripts/setup --dev installs it); nothing measured")
        return 0
    with SoundServer() as server, Recorder(server) as recorder:
        os.environ["XDG_RUNTIME_DIR"] = server.env["XDG_RUNTIME_DIR"]  # the player's sound server
        os.environ.pop("PULSE_SERVER", None)
        return measure(recorder)


def measure(recorder: Recorder) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from neuroguide.app.session_driver import SessionDriver
    from neuroguide.app.timers import Timers
    from neuroguide.core.clock import SystemClock
    from neuroguide.core.prompts import Prompt, PromptBook
    from neuroguide.core.session import Event, SessionEngine, SessionPaused, SessionResumed, StepStarted
    from neuroguide.core.settings import Settings
    from neuroguide.speech import build_voice_guide
    from neuroguide.store.recorder import SessionRecorder
    from neuroguide.store.worker import HistoryWorker
    from neuroguide.system.datadir import load_routine_library, voice_cache_dir

    app = QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the run)
    hush_offscreen_notices()

    def wait(condition: Callable[[], bool], timeout: float) -> bool:
        """Run the event loop until ``condition`` holds or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition() and time.monotonic() < deadline:
            QTimer.singleShot(5, loop.quit)
            loop.exec()
        return condition()

    data_dir = Path(tempfile.mkdtemp(prefix="neuroguide-bench-"))
    settings = Settings(None)
    settings.set("chime", False)  # the chime has its own sound; measure the voice
    guide = build_voice_guide(settings, voice_cache_dir(data_dir))
    assert guide.service is not None and guide.audio is not None
    if not guide.audio.has_output():
        print("voice: no sound output here (install PulseAudio, or run on a desktop); nothing measured")
        return 0
    routine = load_routine_library(data_dir).get("foot-care")
    assert routine is not None

    # cold synthesis of every prompt of the routine
    texts = PromptBook(routine).all_texts()
    done: set[str] = set()
    guide.service.synthesized.connect(lambda text, path: done.add(text))
    started = time.monotonic()
    guide.service.prefetch(texts)
    wait(lambda: done >= set(texts), 120)
    cold = time.monotonic() - started
    per_prompt = 1000 * cold / len(texts)

    # a spoken routine with short steps, on the real clock, cache warm
    heartbeat_gaps: list[float] = []
    last_beat = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        heartbeat_gaps.append(now - last_beat[0])
        last_beat[0] = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)

    # The routine's real steps and prompts; the bench moves on with Next after each measurement.
    engine = SessionEngine(routine, SystemClock(), lead_in_seconds=0.5)
    driver = SessionDriver(engine, Timers(SystemClock()))
    step_started_at: list[float] = []
    pause_delays: list[float] = []

    def on_event(event: Event) -> None:
        if isinstance(event, StepStarted):
            step_started_at.append(time.monotonic())

    driver.engine.subscribe(on_event)  # connected before the guide: stamps the moment first
    history = HistoryWorker(data_dir)
    history.opened.result()
    writer = SessionRecorder(history, routine, SystemClock(), "", engine.steps)
    driver.engine.subscribe(writer.on_event)
    guide.attach(routine)
    assert guide.book is not None
    book_for_event = guide.book.for_event

    def no_pause_cues(event: Event) -> Prompt | None:
        # "Paused." and "Resuming." would follow the silence at once; left out, so it can be heard.
        return None if isinstance(event, SessionPaused | SessionResumed) else book_for_event(event)

    guide.book.for_event = no_pause_cues  # type: ignore[method-assign]
    driver.engine.subscribe(guide.on_event)

    heart.start()
    last_beat[0] = time.monotonic()
    driver.do(engine.start)
    wait(lambda: bool(step_started_at), 10)
    for _ in range(12):  # twelve steps: a second into each, while its prompt speaks, pause
        wait(lambda: False, 0.8)
        if guide.audio.playing:
            asked = time.monotonic()
            driver.do(engine.pause)
            wait(lambda at=asked: recorder.silent_after(at, 1) is not None, 2)  # type: ignore[misc]
            silence = recorder.silent_after(asked, 1)
            if silence is not None:
                pause_delays.append(1000 * silence)
            wait(lambda: False, 0.3)
            driver.do(engine.resume)
        driver.do(engine.next)
    wait(lambda: False, 1.0)
    heart.stop()
    guide.shutdown()
    written = history.call(lambda store: len(store.sessions(with_steps=True)[0].steps)).result()
    history.close()

    starts = []  # heard at the sound server, from a step that began in silence
    for step_at in step_started_at:
        heard = recorder.first_sound_after(step_at, 2)
        if heard is not None and not recorder.sound_at(step_at - 0.1, step_at):
            starts.append(1000 * heard)
    stall = 1000 * (max(heartbeat_gaps) - 0.010) if heartbeat_gaps else float("nan")
    print(
        f"voice: pyttsx3 + espeak-ng, the player process, heard at the sound server, {os.cpu_count()} cores"
    )
    print(f"{'figure':<42}{'value':>12}{'budget':>10}  met")
    rows = [
        (f"cold synthesis, {len(texts)} prompts of foot care", f"{cold:.2f} s", "-", "-"),
        ("  per prompt", f"{per_prompt:.0f} ms", "-", "-"),
        (
            "step start to voice heard, p95 (warm)",
            f"{percentile(starts, 0.95):.1f} ms",
            "150 ms",
            "yes" if percentile(starts, 0.95) <= 150 else "NO",
        ),
        ("step start to voice heard, median", f"{statistics.median(starts):.1f} ms", "-", "-"),
        (
            "Pause to silence heard, p95",
            f"{percentile(pause_delays, 0.95):.1f} ms",
            "100 ms",
            "yes" if percentile(pause_delays, 0.95) <= 100 else "NO",
        ),
        (
            "longest GUI stall, speaking and recording",
            f"{stall:.1f} ms",
            "50 ms",
            "yes" if stall <= 50 else "NO",
        ),
    ]
    for name, value, budget, met in rows:
        print(f"{name:<42}{value:>12}{budget:>10}  {met}")
        number, unit = value.split()
        limit = float(budget.split()[0]) if budget != "-" else None
        record(f"voice: {name.strip()}", float(number), unit, budget=limit, budget_is_ratio=False)
    print(f"({len(starts)} step starts, {len(pause_delays)} pauses measured, {written} steps written)")
    shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
