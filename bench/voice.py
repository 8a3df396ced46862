"""Voice figures on the real clock, with real synthesis (pyttsx3 + espeak-ng) and real playback.

- cold synthesis of a whole routine's prompts (foot care), from an empty cache;
- step start to audio start, with the cache warm (budget p95 150 ms);
- Pause to silence (budget p95 100 ms);
- the longest stall of the GUI event loop during a spoken routine whose steps are written to the history
  as they end (as the app does, on its history thread), from a 10 ms heartbeat (budget 50 ms).

Needs a sound output. Where there is none, a private PulseAudio server with a silent output is
started for the run when PulseAudio is installed (the test command installs it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from quiet import hush_offscreen_notices
from summary import record


def ensure_sound_server() -> subprocess.Popen[bytes] | None:
    if os.environ.get("PULSE_SERVER") or shutil.which("pulseaudio") is None:
        return None
    runtime = Path(tempfile.mkdtemp(prefix="neuroguide-pulse-"))
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=silent",
            "--load=module-native-protocol-unix",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not (runtime / "pulse" / "native").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    server = ensure_sound_server()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from neuroguide.core.clock import SystemClock
    from neuroguide.core.prompts import PromptBook
    from neuroguide.core.session import Event, SessionEngine, StepStarted
    from neuroguide.core.settings import Settings
    from neuroguide.datadir import load_routine_library, voice_cache_dir
    from neuroguide.speech import build_voice_guide
    from neuroguide.store.recorder import SessionRecorder
    from neuroguide.store.worker import HistoryWorker
    from neuroguide.ui.session_driver import SessionDriver

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
    driver = SessionDriver(engine)
    step_started_at: list[float] = []
    audio_started_at: list[float] = []
    pause_delays: list[float] = []

    def on_event(event: Event) -> None:
        if isinstance(event, StepStarted):
            step_started_at.append(time.monotonic())

    driver.happened.connect(on_event)  # connected before the guide: stamps the moment first
    history = HistoryWorker(data_dir)
    history.opened.result()
    recorder = SessionRecorder(history, routine, SystemClock(), "", engine.steps)
    driver.happened.connect(recorder.on_event)
    guide.attach(routine)
    driver.happened.connect(guide.on_event)
    guide.audio.started.connect(lambda path: audio_started_at.append(time.monotonic()))

    heart.start()
    last_beat[0] = time.monotonic()
    driver.start()
    wait(lambda: bool(step_started_at), 10)
    stopped_at: list[float] = []
    guide.audio.finished.connect(lambda path: stopped_at.append(time.monotonic()))
    for _ in range(12):  # twelve steps: a second into each, while its prompt speaks, pause
        wait(lambda: False, 0.8)
        if guide.audio.playing:
            stopped_at.clear()
            asked = time.monotonic()
            driver.pause()
            if wait(lambda: bool(stopped_at), 2):
                pause_delays.append(1000 * (stopped_at[0] - asked))
            wait(lambda: False, 0.3)
            driver.resume()
        driver.next()
    heart.stop()
    guide.shutdown()
    written = history.call(lambda store: len(store.sessions(with_steps=True)[0].steps)).result()
    history.close()

    starts = []
    for step_at in step_started_at:
        later = [at for at in audio_started_at if at >= step_at]
        if later:
            starts.append(1000 * (later[0] - step_at))
    stall = 1000 * (max(heartbeat_gaps) - 0.010) if heartbeat_gaps else float("nan")
    print(f"voice: pyttsx3 + espeak-ng, QtMultimedia playback, {os.cpu_count()} cores")
    print(f"{'figure':<42}{'value':>12}{'budget':>10}  met")
    rows = [
        (f"cold synthesis, {len(texts)} prompts of foot care", f"{cold:.2f} s", "-", "-"),
        ("  per prompt", f"{per_prompt:.0f} ms", "-", "-"),
        (
            "step start to audio start, p95 (warm)",
            f"{percentile(starts, 0.95):.1f} ms",
            "150 ms",
            "yes" if percentile(starts, 0.95) <= 150 else "NO",
        ),
        ("step start to audio start, median", f"{statistics.median(starts):.1f} ms", "-", "-"),
        (
            "Pause to silence, p95",
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
    if server is not None:
        server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
