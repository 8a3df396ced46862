"""The command line: validate, routines and --data-dir, run as a person runs them."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.core.resources import routines_dir
from tests.routine_text import VALID

SHIPPED = sorted(path.stem for path in routines_dir().glob("*.toml"))  # each file is named for its id


def test_validate_the_shipped_routines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(routines_dir())]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{len(SHIPPED)} routine(s) valid." in captured.err


def test_validate_lists_one_line_per_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.toml"
    good.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace("seconds = 60", "seconds = 0").replace('area = "feet"', 'area = "toe"'))
    assert main(["validate", str(good), str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{bad}: area: expected one of 'feet', 'hands', 'legs', 'arms', got 'toe'",
        f"{bad}:28: step 'glide': seconds: expected a whole number above 0 up to 3600, got 0",
    ]


def test_validate_a_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "none.toml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_routines_json_includes_the_users_own_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = data_dir / "routines"
    own.mkdir()
    (own / "mine.toml").write_text(VALID, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "routines", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {*SHIPPED, "test-feet"}
    assert by_id["test-feet"]["minutes"] == round(200 / 60, 1)
    assert by_id["foot-care"] == {
        "id": "foot-care",
        "title": "Morning foot care",
        "area": "feet",
        "performer": "either",
        "minutes": 11.5,
        "steps": 17,
        "file": str(routines_dir() / "foot-care.toml"),
    }
    assert by_id["swedish-strokes"]["performer"] == "caregiver"


def test_routines_table_and_a_note_about_broken_files(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = data_dir / "routines"
    own.mkdir()
    (own / "broken.toml").write_text("title = ", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "routines"]) == 0
    captured = capsys.readouterr()
    header, *rows = captured.out.splitlines()
    assert header.split() == ["ID", "Title", "Area", "Performer", "Minutes"]
    assert len(rows) == len(SHIPPED)
    assert "1 problem(s) in routine files were skipped" in captured.err


def test_the_installed_command_runs_without_a_display(data_dir: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), "routines"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "foot-care" in result.stdout
    # the subcommands never load Qt
    probe = "import sys, neuroguide.cli as c; c.main(['routines']); print('PySide6' in sys.modules)"
    flag = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert flag.stdout.strip().endswith("False")


@pytest.mark.parametrize("how", ["installed command", "python -m"])
def test_the_window_without_a_display_says_so_plainly_with_commands_that_work(
    data_dir: Path, how: str
) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PATH"] = "/usr/bin:/bin"  # as after the quick start: the virtual environment is not on it
    installed = Path(sys.executable).parent / "neuroguide"
    if how == "installed command" and not installed.exists():
        pytest.skip("the neuroguide command is not installed beside this Python")
    program = [str(installed)] if how == "installed command" else [sys.executable, "-m", "neuroguide"]
    result = subprocess.run(
        [*program, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "needs a graphical display" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr
    suggested = [line.split(maxsplit=2)[2] for line in result.stderr.splitlines() if "xvfb-run -a" in line]
    # the installed command where there is one, even when started as python -m
    expected = str(installed) if installed.exists() else " ".join(program)
    assert suggested == [expected]
    assert f"    QT_QPA_PLATFORM=offscreen {expected}" in result.stderr.splitlines()
    # what it suggests really runs here
    check = subprocess.run(
        [*shlex.split(suggested[0]), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert check.returncode == 0 and check.stdout.startswith("neuroguide ")


def test_the_calendar_file_says_which_settings_it_could_not_use(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "settings.json").write_text('{"reminder_time": "25:99"}', encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "reminder", "ics", "--out", str(tmp_path / "r.ics")]) == 0
    err = capsys.readouterr().err
    assert "reminder_time: expected a time from 00:00 to 23:59, got '25:99'; using '08:00'" in err
    assert "DTSTART" in (tmp_path / "r.ics").read_text(encoding="utf-8")


def test_a_missing_x11_library_is_named_with_the_package_that_has_it(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from neuroguide.system import system_libraries

    real_loads = system_libraries.loads
    assert real_loads("libxcb-cursor.so.0")  # here it is installed (scripts/setup installs it)
    assert not real_loads("libneuroguide-nowhere.so.1")
    monkeypatch.setattr(system_libraries, "loads", lambda library: library != "libxcb-cursor.so.0")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main(["--data-dir", str(data_dir)]) == 2  # said plainly, before Qt gives up
    assert capsys.readouterr().err.splitlines() == [
        "NeuroGuide's window needs system libraries that are not installed here: libxcb-cursor0.",
        "Install them (on Debian or Ubuntu: sudo apt install libxcb-cursor0), then start it again.",
    ]
    from neuroguide.cli.doctor import check_display

    check = check_display()
    assert (check.verdict, check.detail) == ("broken", "the window needs: sudo apt install libxcb-cursor0")


def test_a_system_library_qt_lacks_is_said_plainly_not_as_a_traceback(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import neuroguide.cli.doctor as doctor

    def without_glib(_data_dir: Path) -> int:
        # what PySide6 raises on a bare system, as the doctor's speech check imports QtCore
        raise ImportError("libglib-2.0.so.0: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(doctor, "run", without_glib)
    assert main(["--data-dir", str(data_dir), "doctor"]) == 2
    assert capsys.readouterr().err == (
        "NeuroGuide could not start: the system library libglib-2.0.so.0 is not installed. Install it "
        "(on Debian or Ubuntu: sudo apt install libglib2.0-0), then start NeuroGuide again; "
        "'neuroguide doctor' then checks the rest.\n"
    )

    def broken_code(_data_dir: Path) -> int:
        raise ImportError("cannot import name 'gone' from 'neuroguide.core'")

    monkeypatch.setattr(doctor, "run", broken_code)
    with pytest.raises(ImportError):  # a fault of the app's own is not dressed up as a missing library
        main(["--data-dir", str(data_dir), "doctor"])
