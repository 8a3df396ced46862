"""A soak of the guided session as a person lives it: the real window on a virtual display with a
window manager, a real PulseAudio server with a silent output, the default settings (chime on), a
routine of many short spoken steps, and keys pressed at random through the X server for minutes.

Used by tests/test_soak.py (about a minute) and bench/soak.py (ten minutes). It reports whether the
countdown ever stood still while it should run, the longest time the window did not answer, CPU per
session-minute (the window's process and the speech and sound processes it started), log bytes, and
memory at the start and at the end.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from neuroguide.system.datadir import load_routine_library
from tests.atspi_reader import Desktop, end_session
from tests.sound_server import Recorder, SoundServer
from tests.virtual_display import LineReader, find_launcher, wait_for_window_manager

ROUTINE_ID = "soak"
STEP_SECONDS = 6
STEPS = 40
KEYS = ["space", "Right", "Left", "r", "plus"]
STOOD_STILL = 2.0  # a countdown that shows the same second for longer than this has frozen
HZ = os.sysconf("SC_CLK_TCK")


def needed_tools() -> list[str]:
    """What this machine lacks for a soak, by Debian package."""
    tools = {"Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool", "pulseaudio": "pulseaudio"}
    missing = [package for tool, package in tools.items() if shutil.which(tool) is None]
    return missing + ([] if find_launcher() else ["at-spi2-core"])


def soak_routine(steps: int = STEPS, seconds: int = STEP_SECONDS) -> str:
    lines = [
        f'id = "{ROUTINE_ID}"',
        'title = "Short spoken steps"',
        'summary = "Many short steps, each spoken, for a long test of the session."',
        'area = "hands"',
        'performer = "self"',
        'precautions = ["Keep the pressure light."]',
        'sources = ["hrrv-hand-massage"]',
        "",
        "[[blocks]]",
        'sides = "right-left"',
    ]
    for number in range(1, steps // 2 + 1):
        lines += [
            "",
            "[[blocks.steps]]",
            f'id = "step-{number}"',
            f'title = "Gentle circles {number}"',
            f'text = "Make small, slow circles on the {{side}} palm, number {number}, with light pressure."',
            f'say = "Small slow circles, number {number}. Keep it light."',
            f'text_caregiver = "Make small, slow circles on their {{side}} palm, number {number}, lightly."',
            f'say_caregiver = "Small slow circles on their palm, number {number}."',
            f"seconds = {seconds}",
            'technique = "circle"',
            'pressure = "light"',
            'illustration = { base = "hand-palm", marks = [{ kind = "circle", at = [0.5, 0.6], radius = 0.1 }] }',  # noqa: E501
        ]
    return "\n".join(lines) + "\n"


@dataclass
class SoakReport:
    minutes: float
    sound: bool
    keys_pressed: int = 0
    sessions: int = 0
    longest_still_s: float = 0.0  # the countdown showing one value while running
    freezes: int = 0
    longest_gap_ms: float = 0.0  # between two ticks of the window's event loop (due every 100 ms)
    cpu_s: float = 0.0
    running_minutes: float = 0.0
    log_bytes: int = 0
    socket_notifier_lines: int = 0
    memory_start_mb: float = 0.0
    memory_end_mb: float = 0.0
    server_restarted: bool = False
    heard_again_after_s: float | None = None  # from the sound server's restart to the voice heard
    player_restarts_logged: int = 0
    log_tail: list[str] = field(default_factory=list)
    cpu_by_process: dict[str, float] = field(default_factory=dict)

    @property
    def cpu_per_session_minute(self) -> float:
        return self.cpu_s / max(self.running_minutes, 1e-9)

    def as_json(self) -> str:
        return json.dumps(self.__dict__ | {"cpu_per_session_minute": self.cpu_per_session_minute})


def process_tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(child) for child in children)
        except OSError:
            continue
    return found


def cpu_seconds(pid: int) -> float:
    """CPU of ``pid`` and of everything it started, alive or already ended."""
    total = 0.0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
        total += (utime + stime + cutime + cstime) / HZ
    return total


def cpu_by_process(pid: int) -> dict[str, float]:
    """CPU so far of each process in the tree, by its command line's last word."""
    found: dict[str, float] = {}
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            words = Path(f"/proc/{member}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        name = next((w.decode() for w in words if b"neuroguide" in w or w.endswith(b".py")), str(member))
        found[name.rsplit("/", 1)[-1]] = (int(fields[11]) + int(fields[12])) / HZ
    return found


def resident_mb(pid: int) -> float:
    total = 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / 1024


def prepare_data_folder(folder: Path, sound: bool, routine: str | None = None, **more: object) -> None:
    """A person who has been welcomed, with the soak routine; ``more`` settings on top."""
    (folder / "routines").mkdir(parents=True)
    (folder / "routines" / f"{ROUTINE_ID}.toml").write_text(routine or soak_routine())
    library = load_routine_library(folder)
    assert library.get(ROUTINE_ID) is not None, library.problems
    settings = {
        "welcomed": True,
        "safety_check": False,  # the screening has tests of its own; this one is about the session
        "ask_before_session": False,
        "lead_in_seconds": 2,
        "muted": not sound,
    } | more
    (folder / "settings.json").write_text(json.dumps(settings))


def run_soak(
    minutes: float,
    sound: bool = True,
    restart_server: bool = False,
    seed: int = 1,
    folder: Path | None = None,
) -> SoakReport:
    """Drive the real app for ``minutes``; with ``restart_server``, the sound server is killed a third
    of the way through and started again at two thirds."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="neuroguide-soak-") as own:
            return run_soak(minutes, sound, restart_server, seed, Path(own))
    rng = random.Random(seed)
    data = folder / "data"
    prepare_data_folder(data, sound)
    report = SoakReport(minutes, sound)
    launcher = find_launcher()
    assert launcher is not None, "needs at-spi2-core (see needed_tools)"
    with SoundServer() as server:
        (folder / "desktop").mkdir()
        with Desktop(folder / "desktop", launcher, time.monotonic() + 30, screen="1280x720x24") as desktop:
            desktop.spawn("openbox", ["openbox", "--sm-disable"], env=desktop.env)
            wait_for_window_manager(desktop.env["DISPLAY"], time.monotonic() + 20)
            env = desktop.env | {
                "QT_QPA_PLATFORM": "xcb",
                "XDG_RUNTIME_DIR": server.env["XDG_RUNTIME_DIR"],
                "HOME": str(folder),
            }
            app = desktop.spawn(
                "app",
                [sys.executable, str(Path(__file__).with_name("soak_app.py")), str(data), ROUTINE_ID],
                env=env,
                cwd=Path(__file__).parent.parent,
                stdout=subprocess.PIPE,
            )
            assert app.stdout is not None
            ticks = LineReader(app.stdout.fileno())
            _drive(app.pid, ticks, desktop.env, rng, minutes, report, server if restart_server else None)
            end_session(app)
            errors = desktop.log("app").read_text(errors="replace")
    logs = [path for path in (data / "logs").glob("*")] if (data / "logs").exists() else []
    text = errors + "".join(path.read_text(errors="replace") for path in logs)
    report.log_bytes = len(errors.encode()) + sum(path.stat().st_size for path in logs)
    report.socket_notifier_lines = text.count("QSocketNotifier")
    report.player_restarts_logged = text.count("the sound player ended")
    report.log_tail = text.splitlines()[-12:]
    return report


def _drive(
    pid: int,
    ticks: LineReader,
    display_env: dict[str, str],
    rng: random.Random,
    minutes: float,
    report: SoakReport,
    server: SoundServer | None,
) -> None:
    started = time.monotonic()
    end = started + 60 * minutes
    next_key = started + 8
    resume_at: float | None = None
    last_tick: float | None = None
    shown: tuple[str, str] = ("", "")
    shown_since, previous, pressed = 0.0, "", False
    running_seconds = 0.0
    cpu_at_start: float | None = None
    killed = restarted = False
    recorder: Recorder | None = None
    restarted_at = 0.0
    while time.monotonic() < end:
        try:
            line = ticks.readline(time.monotonic() + 10)
        except TimeoutError:
            report.freezes += 1
            report.longest_gap_ms = max(report.longest_gap_ms, 10_000)
            continue
        _, stamp, phase, countdown = line.split(" ", 3)
        now = float(stamp)
        if last_tick is not None:
            report.longest_gap_ms = max(report.longest_gap_ms, 1000 * (now - last_tick) - 100)
            if phase in ("running", "lead-in"):
                running_seconds += now - last_tick
        last_tick = now
        if (phase, countdown) != shown or pressed:
            shown, shown_since, pressed = (phase, countdown), now, False  # a key may set it back
        if phase in ("running", "lead-in"):
            if cpu_at_start is None:
                cpu_at_start = cpu_seconds(pid)
                report.memory_start_mb = resident_mb(pid)
            still = now - shown_since
            if still > report.longest_still_s:
                report.longest_still_s = still
                if still > STOOD_STILL:
                    report.freezes += 1
        if phase == "over" and previous != "over":
            report.sessions += 1
        previous = phase
        if server is not None and not killed and now > started + 60 * minutes / 3:
            server.kill()
            killed = True
        if server is not None and killed and not restarted and now > started + 120 * minutes / 3:
            server.start()
            restarted = report.server_restarted = True
            recorder = Recorder(server).__enter__()  # is the voice heard again, and how soon?
            restarted_at = time.monotonic()
        if resume_at is not None and now >= resume_at:
            if phase == "paused":
                _press(display_env, "space")
                report.keys_pressed += 1
                pressed = True
            resume_at = None
        elif phase in ("running", "lead-in", "paused") and now >= next_key and resume_at is None:
            key = rng.choice(KEYS)
            _press(display_env, key)
            report.keys_pressed += 1
            pressed = True
            if key == "space":
                resume_at = now + rng.uniform(0.3, 2.5)  # pause, then go on a little later
            next_key = now + rng.uniform(0.8, 4.0)
    if recorder is not None:
        heard = recorder.first_sound_after(restarted_at, 3600)
        report.heard_again_after_s = round(heard, 2) if heard is not None else None
        recorder.__exit__(None, None, None)
    report.cpu_by_process = {name: round(cpu, 2) for name, cpu in cpu_by_process(pid).items()}
    report.cpu_s = cpu_seconds(pid) - (cpu_at_start or 0.0)
    report.running_minutes = running_seconds / 60
    report.memory_end_mb = resident_mb(pid)


def _press(env: dict[str, str], key: str) -> None:
    subprocess.run(["xdotool", "key", key], env=env, timeout=10, check=False)
