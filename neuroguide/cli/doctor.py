"""``neuroguide doctor``: what works on this machine, in plain words, with a verdict.

It exits 0 when the app can work here (a fallback in use counts, and says so) and 1 only when
something essential is broken: no data folder that can be written, or no routine that loads.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neuroguide import APP_NAME
from neuroguide.core.languages import LANGUAGES, speaks
from neuroguide.core.settings import SPEECH_RATE
from neuroguide.system.datadir import ensure_private_dir, load_routine_library, voice_cache_dir
from neuroguide.system.logs import BACKUPS, MAX_BYTES, log_path
from neuroguide.system.private_files import open_private, private_folder

SAMPLE = "This is a sample of the voice that guides your routines."


@dataclass(frozen=True)
class Check:
    name: str
    verdict: str  # "ok", "fallback" or "broken"
    detail: str


def check_data_folder(data_dir: Path) -> Check:
    try:
        ensure_private_dir(data_dir)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".doctor-"):
            pass
    except OSError as error:
        return Check("Data folder", "broken", f"{data_dir} cannot be written ({error.strerror or error})")
    return Check("Data folder", "ok", f"{data_dir}")


def check_log(data_dir: Path) -> Check:
    """Where Qt's and the app's messages go: a capped file in the data folder, or standard error."""
    path = log_path(data_dir)
    try:
        private_folder(path.parent)
        os.close(open_private(path, os.O_WRONLY | os.O_APPEND))
    except OSError as error:
        reason = error.strerror or error
        return Check("Log", "fallback", f"{path} cannot be written ({reason}); messages go to standard error")
    return Check("Log", "ok", f"{path} (capped at {BACKUPS + 1} files of {MAX_BYTES / 1_000_000:g} MB)")


def check_routines(data_dir: Path) -> Check:
    library = load_routine_library(data_dir)
    detail = f"{len(library.routines)} loaded"
    if library.problems:
        detail += f"; {len(library.problems)} problem(s) in routine files (see 'neuroguide validate')"
    return Check("Routines", "ok" if library.routines else "broken", detail)


def check_speech(data_dir: Path) -> list[Check]:
    """Start the real worker, list its voices and synthesize a sample to a WAV file."""
    from neuroguide.speech.service import WORKER

    out = voice_cache_dir(data_dir) / "doctor-sample.wav"
    requests = [
        {"id": 1, "op": "voices"},
        {"id": 2, "op": "synth", "text": SAMPLE, "rate": SPEECH_RATE, "out": str(out)},
    ]
    try:
        result = subprocess.run(
            WORKER,
            input="\n".join(json.dumps(r) for r in requests) + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [
            Check("Speech engine", "fallback", "the speech worker did not answer; captions will be shown")
        ]
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    if not answers or not answers[0].get("ready"):
        reason = answers[0].get("reason") if answers else "the speech worker did not start"
        return [
            Check("Speech engine", "fallback", f"speech is unavailable: {reason}; captions will be shown")
        ]
    hello = answers[0]
    voices: list[dict[str, object]] = next((a.get("voices", []) for a in answers if a.get("id") == 1), [])
    checks = [
        Check("Speech engine", "ok", f"{hello.get('engine')}, default voice {hello.get('default_voice')}"),
        Check("Voices", "ok" if voices else "fallback", f"{len(voices)} found"),
        languages_check(voices),
    ]
    sample: dict[str, object] = next((a for a in answers if a.get("id") == 2), {})
    if "path" in sample:
        with wave.open(str(sample["path"]), "rb") as audio:
            seconds = audio.getnframes() / audio.getframerate()
        checks.append(Check("Sample", "ok", f"{sample['path']} ({seconds:.1f} s)"))
    else:
        checks.append(Check("Sample", "fallback", f"no sample: {sample.get('error', 'no answer')}"))
    return checks


def languages_check(voices: list[dict[str, object]]) -> Check:
    """Which of NeuroGuide's languages a voice here speaks: "English: English (Great Britain), …"."""
    found, missing = [], []
    for code, name in LANGUAGES.items():
        names = [str(v["name"]) for v in voices if speaks(_listed(v.get("languages")), code)]
        if names:
            found.append(f"{name} ({', '.join(names[:3])}{', …' if len(names) > 3 else ''})")
        else:
            missing.append(name)
    detail = "; ".join(found) or "none"
    if missing:
        detail += f"; no voice for {', '.join(missing)} (its words are shown as captions)"
    return Check("Voices by language", "ok" if not missing else "fallback", detail)


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def check_sound_output() -> Check:
    """Start the real player: it lists the outputs and opens a stream on the chosen one."""
    from neuroguide.core.resources import sound_path
    from neuroguide.speech.pipes import json_lines
    from neuroguide.speech.playback import PLAYER

    try:
        result = subprocess.run(
            [*PLAYER, str(sound_path("chime"))],
            input='{"op": "warm"}\n',
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check(
            "Sound output", "fallback", f"the sound player did not answer ({error}); captions will be shown"
        )
    said: dict[str, Any] = {}
    for message in json_lines(result.stdout.encode())[0]:
        said.update(message)
    outputs = [str(output.get("name", "")) for output in said.get("outputs") or []]
    if "trouble" in said or not outputs:
        reason = said.get("trouble") or "no sound output found"
        return Check("Sound output", "fallback", f"{reason}; captions and the screen will guide")
    return Check("Sound output", "ok", ", ".join(outputs))


def check_display() -> Check:
    from neuroguide.system.system_libraries import apt_install, missing_packages, qt_on_x11

    if os.name != "nt" and qt_on_x11() and (missing := missing_packages()):
        return Check("Display", "broken", f"the window needs: {apt_install(missing)}")
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt":
        return Check(
            "Display", "ok", os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "desktop"
        )
    if os.environ.get("QT_QPA_PLATFORM"):
        return Check("Display", "ok", f"Qt platform {os.environ['QT_QPA_PLATFORM']}")
    return Check("Display", "fallback", "none; the window needs one (try: xvfb-run -a neuroguide)")


def run(data_dir: Path) -> int:
    checks = [check_data_folder(data_dir), check_log(data_dir), check_routines(data_dir)]
    checks += check_speech(data_dir)
    checks += [check_sound_output(), check_display()]
    marks = {"ok": "ok", "fallback": "note", "broken": "BROKEN"}
    width = max(len(check.name) for check in checks)
    print(f"{APP_NAME} doctor")
    for check in checks:
        print(f"  {check.name:<{width}}  {marks[check.verdict]:<6}  {check.detail}")
    broken = [check.name for check in checks if check.verdict == "broken"]
    if broken:
        print(f"Verdict: something essential is broken ({', '.join(broken)}).")
        return 1
    fallbacks = [check.name for check in checks if check.verdict == "fallback"]
    if fallbacks:
        print(f"Verdict: {APP_NAME} can work here, with fallbacks for: {', '.join(fallbacks)}.")
    else:
        print(f"Verdict: {APP_NAME} can work here.")
    return 0
