"""Run in its own process by test_audio_playback.py, against a private sound server: plays real WAV
files through PromptAudio and prints what happened, as JSON."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from neuroguide.speech.audio import PromptAudio


def wait_until(condition, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition() and time.monotonic() < deadline:
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    return bool(condition())


def main() -> int:
    app = QApplication(sys.argv[:1])
    speech, damaged, chime = (Path(arg) for arg in sys.argv[1:4])
    audio = PromptAudio(chime)
    events: list[tuple[str, str, float]] = []
    audio.started.connect(lambda path: events.append(("started", Path(path).name, time.monotonic())))
    audio.finished.connect(lambda path: events.append(("finished", Path(path).name, time.monotonic())))
    audio.broken.connect(lambda path: events.append(("broken", Path(path).name, time.monotonic())))
    report: dict[str, object] = {"has_output": audio.has_output()}

    audio.preload(str(speech))
    wait_until(lambda: False, 0.3)  # let it load
    asked = time.monotonic()
    audio.play(str(speech))
    report["started"] = wait_until(lambda: any(e[0] == "started" for e in events))
    report["start_ms"] = 1000 * (next(e[2] for e in events if e[0] == "started") - asked)
    wait_until(lambda: False, 0.3)
    report["playing_after_300_ms"] = audio.playing
    asked = time.monotonic()
    audio.stop()
    report["stopped"] = wait_until(lambda: any(e[0] == "finished" for e in events))
    report["stop_ms"] = 1000 * (next(e[2] for e in events if e[0] == "finished") - asked)
    report["playing_after_stop"] = audio.playing

    audio.play(str(damaged))
    report["damaged_reported"] = wait_until(lambda: any(e[0] == "broken" for e in events))
    audio.chime()
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
