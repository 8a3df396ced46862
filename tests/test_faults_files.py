"""Hostile routine and settings files: each is one plain problem line, never a hang, a memory blow-up
or a traceback. Real files (FIFOs, links to devices, files of megabytes) through the real commands,
each run in a process with a time limit and an address-space limit."""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.library import MAX_FILE_BYTES, load_routine_file
from neuroguide.core.resources import illustration_bases
from neuroguide.core.settings import DAMAGED_COPIES, Settings
from neuroguide.system.datadir import load_routine_library, settings_path, user_routines_dir
from neuroguide.ui.kit import style
from tests.conftest import ShellMaker
from tests.routine_text import VALID

PROJECT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(path.stem for path in (PROJECT / "routines").glob("*.toml"))  # each named for its id
ADDRESS_SPACE = 1536 << 20  # 1.5 GB: a file that blows up memory fails the command, not the machine
SECONDS = 20  # the command is killed after this; each must finish in a fraction of it
FAST = 10.0
RESIDENT_KIB = 300 << 10
# Runs the command and, at its end, says how much memory it used at most.
RUN = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print('maxrss-kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
    " file=sys.stderr))\n"
    "from neuroguide.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


class Run:
    def __init__(self, result: subprocess.CompletedProcess[str], seconds: float) -> None:
        self.returncode = result.returncode
        self.stdout = result.stdout
        lines = result.stderr.splitlines()
        self.resident_kib = int(lines[-1].split()[1]) if lines and lines[-1].startswith("maxrss-kib") else 0
        self.stderr = "\n".join(line for line in lines if not line.startswith("maxrss-kib"))
        self.seconds = seconds

    def assert_bounded(self) -> None:
        assert "Traceback" not in self.stderr, self.stderr
        assert self.seconds < FAST, self.seconds
        assert 0 < self.resident_kib < RESIDENT_KIB, self.resident_kib


def neuroguide(data_dir: Path, *args: str) -> Run:
    environment = dict(os.environ, PYTHONPATH=str(PROJECT))
    environment.pop("DISPLAY", None)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", RUN, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=SECONDS,
        check=False,
        preexec_fn=_limit_memory,
    )
    return Run(result, time.monotonic() - started)


def _routine(**changes: str) -> str:
    """The valid routine, with its own id and title replaced (TOML text, escapes allowed)."""
    text = VALID.replace('id = "test-feet"', f'id = "{changes.get("id", "test-feet")}"', 1)
    return text.replace('title = "Test feet"', f'title = "{changes.get("title", "Test feet")}"', 1)


def _write(text: str | Callable[[], str]) -> Callable[[Path], None]:
    """Writes the text, made only when the file is (some are megabytes)."""
    return lambda path: path.write_text(text if isinstance(text, str) else text(), encoding="utf-8")


def _steps(count: int) -> str:
    """A routine file of ``count`` steps, written as compactly as TOML allows."""
    head = _routine().split("[[blocks]]")[0]
    return head + 'blocks = [{ sides = "both", steps = [' + "{}," * count + "] }]\n"


# name: (how the file is made, what its one problem line says)
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (lambda path: os.mkfifo(path), "not a regular file"),
    "zero": (lambda path: path.symlink_to("/dev/zero"), "not a regular file"),
    "folder": (lambda path: path.mkdir(), "not a regular file"),
    "big": (_write(lambda: "# padding\n" * 200_000), "larger than 1 MB"),
    "ten-mb-title": (_write(lambda: _routine(title="x" * 10_000_000)), "larger than 1 MB"),
    "dotted-keys": (_write(lambda: "a" + ".a" * 50_000 + " = 1\n"), "a key of more than 16 dotted parts"),
    "dotted-table": (
        _write(lambda: "[" + ".".join(["t"] * 30_000) + "]\n"),
        "a key of more than 16 dotted parts",
    ),
    "nested": (_write(lambda: "x = " + "[" * 100_000 + "]" * 100_000 + "\n"), "nested too deeply"),
    "long-number": (_write("x = " + "9" * 5000 + "\n"), "not valid TOML"),
    "steps": (_write(lambda: _steps(100_000)), "steps: expected at most 500 items, got 100000"),
    "long-title": (_write(lambda: _routine(title="x" * 500_000)), "title: expected at most 120 characters"),
    "zero-width-title": (_write(_routine(title="\\u200b\\u2060\\u00a0")), "title: expected some text"),
    "bidi-title": (_write(_routine(title="Feet \\u202e\\u2066")), "title: has control or direction"),
    "nul-title": (_write(_routine(title="Feet\\u0000")), "title: has control or direction characters"),
    "escape-title": (_write(_routine(title="\\u001b[2J\\u001b]0;x\\u0007")), "title: has control"),
    "shipped-id": (_write(_routine(id="foot-care")), "routine id 'foot-care' is already used by"),
}


def _hostile_folder(folder: Path, names: list[str] | None = None) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in names or list(HOSTILE):
        make, _ = HOSTILE[name]
        paths[name] = folder / f"{name}.toml"
        make(paths[name])
    return paths


@pytest.mark.parametrize("name", [name for name in HOSTILE if name != "folder"])  # validate reads folders
def test_validate_says_what_is_wrong_with_a_hostile_file(name: str, data_dir: Path, tmp_path: Path) -> None:
    path = _hostile_folder(tmp_path / "hostile", [name])[name]
    run = neuroguide(data_dir, "validate", str(path))
    run.assert_bounded()
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(path)), run.stdout
    assert HOSTILE[name][1] in lines[0], lines[0]
    assert "0 routine(s) valid" in run.stderr


def test_validate_still_accepts_a_good_file_and_a_shipped_one(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(_routine(), encoding="utf-8")
    run = neuroguide(data_dir, "validate", str(tmp_path / "good.toml"), str(PROJECT / "routines"))
    run.assert_bounded()
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{len(SHIPPED) + 1} routine(s) valid" in run.stderr


def test_a_fifo_given_to_validate_is_not_reported_missing(data_dir: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    run = neuroguide(data_dir, "validate", str(tmp_path / "pipe"), str(tmp_path / "nothing.toml"))
    run.assert_bounded()
    assert sorted(run.stdout.splitlines()) == [
        f"{tmp_path / 'nothing.toml'}: no such file or folder",
        f"{tmp_path / 'pipe'}: not a regular file",
    ]


def test_routines_and_doctor_list_the_rest_beside_every_hostile_file(data_dir: Path) -> None:
    _hostile_folder(user_routines_dir(data_dir))
    (user_routines_dir(data_dir) / "mine.toml").write_text(_routine(id="mine"), encoding="utf-8")
    listed = neuroguide(data_dir, "routines")
    listed.assert_bounded()
    assert listed.returncode == 0
    ids = sorted(line.split()[0] for line in listed.stdout.splitlines()[1:])
    assert ids == sorted([*SHIPPED, "mine"])
    assert f"{len(HOSTILE)} problem(s) in routine files were skipped" in listed.stderr
    doctor = neuroguide(data_dir, "doctor")
    doctor.assert_bounded()
    routines = next(line for line in doctor.stdout.splitlines() if line.strip().startswith("Routines"))
    assert routines.split()[1:3] == ["ok", str(len(SHIPPED) + 1)], routines
    assert f"{len(HOSTILE)} problem(s)" in routines


def test_routines_prints_no_terminal_escape_from_a_file_name(data_dir: Path) -> None:
    folder = user_routines_dir(data_dir)
    folder.mkdir()
    (folder / "\x1b[2J\x1b]0;owned\x07\u202e.toml").write_text(_routine(id="mine"), encoding="utf-8")
    for args in (("routines",), ("routines", "--json"), ("validate", str(folder))):
        run = neuroguide(data_dir, *args)
        run.assert_bounded()
        for text in (run.stdout, run.stderr):
            assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, text
    listed = neuroguide(data_dir, "routines", "--json")
    mine = next(row for row in json.loads(listed.stdout) if row["id"] == "mine")
    assert mine["file"].endswith("\\x1b[2J\\x1b]0;owned\\x07\\u202e.toml"), mine


def test_the_library_loader_is_bounded_and_names_every_hostile_file(data_dir: Path) -> None:
    paths = _hostile_folder(user_routines_dir(data_dir))
    started = time.monotonic()
    library = load_routine_library(data_dir)
    assert time.monotonic() - started < 5
    assert sorted(routine.id for routine in library.routines) == SHIPPED  # the shipped ones
    for name, path in paths.items():
        lines = [str(problem) for problem in library.problems if problem.file == str(path)]
        assert len(lines) == 1, (name, lines)
        assert HOSTILE[name][1] in lines[0], (name, lines)  # as validate says it


def _long_routine(routine_id: str = "test-feet") -> str:
    """A routine of 500 steps of about 1,700 characters of text each: just under 1 MB."""
    head = _routine(id=routine_id).split("[[blocks]]")[0] + '[[blocks]]\nsides = "both"\n'
    long_text = "Glide slowly and lightly over the top of the foot. " * 33
    return head + "".join(
        "[[blocks.steps]]"
        + _STEP.replace('id = "check"', f'id = "s{n}"').replace(
            'text = "Look at both feet."', f'text = "{long_text.strip()}"'
        )
        for n in range(500)
    )


_STEP = VALID.split("[[blocks.steps]]")[1].split("[[blocks]]")[0]


def test_a_routine_of_500_steps_under_1_mb_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.toml"
    path.write_text(_long_routine(), encoding="utf-8")
    assert 900_000 < path.stat().st_size <= MAX_FILE_BYTES
    started = time.monotonic()
    routine, problems = load_routine_file(path, illustration_bases())
    assert problems == [] and routine is not None
    assert len(routine.plan()) == 500
    assert time.monotonic() - started < 5
    path.write_text(_long_routine() + "[[blocks.steps]]" + _STEP.replace('id = "check"', 'id = "one-more"'))
    _, problems = load_routine_file(path, illustration_bases())
    assert [problem.message for problem in problems] == ["expected at most 500 items, got 501"]


def test_reading_large_routine_files_never_holds_up_the_window(
    make_shell: ShellMaker, qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    """Four files of 1 MB and 500 steps take about a second to read: the window's event loop keeps
    turning meanwhile (a heartbeat timer every 10 ms is never late by 200 ms), then shows them."""
    style.apply(qapp)
    Settings.load(settings_path(data_dir)).set("welcomed", True)
    folder = user_routines_dir(data_dir)
    folder.mkdir()
    for number in range(4):
        (folder / f"long-{number}.toml").write_text(_long_routine(f"long-{number}"), encoding="utf-8")
    shell = make_shell(data_dir)
    beats: list[tuple[float, bool]] = []

    def beat() -> None:
        reading = shell.library_read is not None and not shell.library_read.done()
        beats.append((time.monotonic(), reading))

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    window = shell.open()
    qtbot.waitUntil(lambda: shell.library_read is not None and shell.library_read.done(), timeout=20_000)
    qtbot.waitUntil(
        lambda: getattr(window, "library", None) is not None and window.pages.currentWidget() is not None
    )
    heartbeat.stop()
    while_reading = [at for at, reading in beats if reading]
    gaps = [later - earlier for earlier, later in itertools.pairwise(while_reading)]
    assert len(while_reading) > 20, beats  # the reading took a while, and the loop kept turning
    assert max(gaps) < 0.2, max(gaps)
    assert window.library is not None
    assert {f"long-{number}" for number in range(4)} <= {routine.id for routine in window.library.routines}
    window.close()


def test_many_problems_in_one_file_are_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "many.toml"
    path.write_text(_steps(400), encoding="utf-8")  # 400 empty steps: ten missing fields each
    _, problems = load_routine_file(path, illustration_bases())
    assert len(problems) == 51
    assert problems[-1].message == f"and {400 * 10 - 50} more problem(s)"


# Settings files: name -> how the file is made
HOSTILE_SETTINGS: dict[str, Callable[[Path], None]] = {
    "nested": _write(lambda: "[" * 100_000 + "]" * 100_000),
    "nested-object": _write(lambda: '{"a":' * 50_000 + "1" + "}" * 50_000),
    "long-number": _write('{"volume": ' + "9" * 5000 + "}"),
    "not-json": _write("{not json"),
    "not-utf8": lambda path: path.write_bytes(b'{"voice": "\xff\xfe"}'),
    "big": _write(lambda: '{"voice": "' + "x" * (300 << 10) + '"}'),
    "fifo": lambda path: os.mkfifo(path),
    "zero": lambda path: path.symlink_to("/dev/zero"),
    "folder": lambda path: path.mkdir(),
    "list": _write("[1, 2]"),
}


@pytest.mark.parametrize("name", list(HOSTILE_SETTINGS))
def test_a_hostile_settings_file_gives_the_defaults_and_says_why(name: str, data_dir: Path) -> None:
    path = settings_path(data_dir)
    HOSTILE_SETTINGS[name](path)
    started = time.monotonic()
    settings = Settings.load(path)
    assert time.monotonic() - started < 2
    assert settings.text("reminder_time") == "08:00" and settings.whole("volume") == 80
    assert len(settings.problems) == 1 and settings.problems[0].startswith(f"{path}: "), settings.problems
    run = neuroguide(data_dir, "reminder", "ics", "--out", str(data_dir / "r.ics"))
    run.assert_bounded()
    assert run.returncode == 0, run.stderr
    assert "foot care, 08:00)" in run.stderr


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reminder_time", "25:99"),
        ("reminder_time", "8:00"),
        ("reminder_time", "08:00:00"),
        ("reminder_time", "24:00"),
        ("reminder_days", "mon,funday"),
        ("reminder_days", "mon,mon"),
        ("reminder_days", "mon,"),
        ("reminder_days", ["mon", "funday"]),
        ("reminder_days", ["mon", "mon"]),
        ("reminder_days", ["mon", 3]),
    ],
)
def test_a_malformed_reminder_falls_back_to_its_default(
    key: str, value: str | list[object], data_dir: Path
) -> None:
    path = settings_path(data_dir)
    path.write_text(json.dumps({key: value, "reminder_on": True}))
    settings = Settings.load(path)
    assert settings[key] != value and settings.flag("reminder_on")
    assert len(settings.problems) == 1 and key in settings.problems[0]
    with pytest.raises(ValueError, match=key):
        settings.set(key, value)  # type: ignore[arg-type]
    run = neuroguide(data_dir, "reminder", "ics", "--out", str(data_dir / "r.ics"))
    run.assert_bounded()
    assert run.returncode == 0 and "08:00" in run.stderr


def test_good_reminders_still_load(data_dir: Path) -> None:
    path = settings_path(data_dir)
    path.write_text(json.dumps({"reminder_time": "23:59", "reminder_days": "sun,mon"}))
    settings = Settings.load(path)
    assert settings.problems == []
    assert (settings.text("reminder_time"), settings.listed("reminder_days")) == ("23:59", ("sun", "mon"))
    settings.set("reminder_days", [])  # every day unticked in Settings: no reminder, and no problem
    assert Settings.load(path).problems == []


def test_damaged_settings_files_are_each_kept_up_to_a_bound(data_dir: Path) -> None:
    path = settings_path(data_dir)
    for number in range(DAMAGED_COPIES + 3):
        path.write_text(f"{{damaged {number}")
        Settings.load(path).set("volume", 50 + number)
    kept = sorted(data_dir.glob("settings.json.damaged*"))
    assert len(kept) == DAMAGED_COPIES
    assert (data_dir / "settings.json.damaged").read_text() == "{damaged 0"  # the first is never replaced
    assert (data_dir / "settings.json.damaged-2").read_text() == "{damaged 1"
    assert (data_dir / f"settings.json.damaged-{DAMAGED_COPIES}").read_text() == (
        f"{{damaged {DAMAGED_COPIES + 2}"
    )


@pytest.mark.parametrize("name", ["fifo", "zero", "big"])
def test_a_hostile_list_of_people_lists_them_by_their_folders(name: str, tmp_path: Path) -> None:
    from neuroguide.core.people import FIRST, People

    (tmp_path / "people" / "bob").mkdir(parents=True)
    HOSTILE_SETTINGS[name](tmp_path / "people.json")
    started = time.monotonic()
    people = People.load(tmp_path)
    assert time.monotonic() - started < 2
    assert [person.id for person in people.people] == [FIRST, "bob"]
    assert people.problem.startswith(f"{tmp_path / 'people.json'}: ")


def test_text_may_have_line_breaks_but_no_other_hidden_characters(tmp_path: Path) -> None:
    path = tmp_path / "text.toml"
    for text, problem in (
        ("Line one.\\nLine two.", None),
        ("Tab\\tthen look.", None),
        ("Look\\u0000.", "text: has control or direction characters (U+0000); remove them"),
        ("Look \\u2067left\\u2069.", "text: has control or direction characters (U+2067, U+2069)"),
        ("\\u200b \\u3164", "text: expected some text, got nothing"),
    ):
        path.write_text(VALID.replace('text = "Look at both feet."', f'text = "{text}"', 1))
        routine, problems = load_routine_file(path, illustration_bases())
        if problem is None:
            assert problems == [] and routine is not None, problems
        else:
            assert len(problems) == 1 and problem in str(problems[0]), problems
    path.write_text(_routine(title="Two\\nlines"))
    _, problems = load_routine_file(path, illustration_bases())
    assert [problem.message for problem in problems] == [
        "has control or direction characters (U+000A); remove them"
    ]


def test_a_name_keeps_no_hidden_characters(tmp_path: Path) -> None:
    from neuroguide.core.people import People

    people = People.load(tmp_path)
    person = people.add("Ann\u0000 \u202eLee\x1b[2J")
    assert person.name == "Ann Lee[2J"
    with pytest.raises(ValueError, match="a name is needed"):
        people.add("\u200b\u2066\u0007")
    people.save()
    (tmp_path / "people.json").write_text(
        json.dumps({"people": [{"id": person.id, "name": "\u202eB\u0000ob"}]}), encoding="utf-8"
    )
    assert People.load(tmp_path).get(person.id).name == "Bob"  # type: ignore[union-attr]
