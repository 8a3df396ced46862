"""The core is plain Python, the app ships its routines and drawings inside the wheel, and every
module and function stays short enough to read."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import neuroguide

ROOT = Path(neuroguide.__file__).resolve().parent.parent


def loaded_after(imports: str, *unwanted: str) -> list[str]:
    """The modules among ``unwanted`` (and their submodules) that a fresh Python has loaded after
    running ``imports``."""
    probe = (
        f"import json, sys\n{imports}\n"
        f"found = [n for n in sys.modules if n in {unwanted!r} or n.split('.')[0] in {unwanted!r}]\n"
        "print(json.dumps(sorted(found)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return list(json.loads(result.stdout))


def test_the_window_comes_before_the_routines_and_the_translations_are_read() -> None:
    """What the shell imports to paint the first window: nothing of the routines, the content's words
    or their files (they are read after the first paint, ui/shell.py)."""
    heavy = ("neuroguide.core.library", "neuroguide.core.routine", "neuroguide.core.content_words", "xml")
    assert loaded_after("import neuroguide.ui.shell", *heavy) == []


def test_the_core_imports_no_qt() -> None:
    imports = (
        "import pkgutil, importlib, neuroguide.core as core\n"
        "for info in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('neuroguide.core.' + info.name)"
    )
    assert loaded_after(imports, "PySide6", "shiboken6") == []


def test_the_log_loads_neither_qt_nor_logging_handlers() -> None:
    """Qt-free, for the layers below the window; and light, since it is set up before the first paint
    (logging.handlers would bring socket, pickle and queue)."""
    assert loaded_after("import neuroguide.system.logs", "PySide6", "shiboken6", "logging.handlers") == []


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source checkout")
def test_the_wheel_carries_routines_and_assets(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=120,
    )
    (wheel,) = tmp_path.glob("neuroguide-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for routine in (ROOT / "routines").glob("*.toml"):
        assert f"neuroguide/routines/{routine.name}" in names
    for drawing in (ROOT / "assets" / "illustrations").glob("*.svg"):
        assert f"neuroguide/assets/illustrations/{drawing.name}" in names
    for drawing in (ROOT / "assets" / "icons" / "ui").glob("*.svg"):
        assert f"neuroguide/assets/icons/ui/{drawing.name}" in names
        assert f"neuroguide/assets/icons/ui/masks/{drawing.stem}.png" in names  # drawn ahead
    for picture in (ROOT / "assets" / "illustrations" / "cards").glob("*.png"):
        assert f"neuroguide/assets/illustrations/cards/{picture.name}" in names
    assert "neuroguide/assets/sounds/chime.wav" in names
    for words in (ROOT / "neuroguide" / "i18n").glob("*.ts"):  # compiled as the wheel is built
        assert f"neuroguide/i18n/{words.name}" in names
        if words.name.startswith("neuroguide_"):
            assert f"neuroguide/i18n/{words.stem}.qm" in names
    assert "neuroguide/speech/worker.py" in names
    assert "neuroguide/core/session.py" in names


def test_qt_calls_keep_python_references_intact(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 released a reference to None on every call that returns nothing,
    and the app aborted a few thousand calls later. Guard the pinned binding against that."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("tick")
        timer.start(1000)
        timer.stop()
    assert abs(sys.getrefcount(None) - before) < 100


def test_reading_the_history_ahead_loads_no_chart_and_no_page(tmp_path: Path) -> None:
    """While NeuroGuide waits in the background, the History page is read ahead without QtCharts."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication, QStackedWidget\n"
        "from neuroguide.core.clock import FakeClock\n"
        "from neuroguide.core.settings import Settings\n"
        "from neuroguide.app.history_bridge import HistoryBridge\n"
        "from neuroguide.ui.history_controller import HistoryController\n"
        "app = QApplication([])\n"
        f"controller = HistoryController(HistoryBridge(Path({str(tmp_path)!r})), Settings(None), FakeClock(),"
        " QStackedWidget(), print)\n"
        "controller.prepare()\n"
        "controller.bridge.ask(lambda store: None).result()\n"
        "controller.close()\n"
        "print(sorted(n for n in sys.modules if 'QtCharts' in n or n.endswith(('history_page', 'charts'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_never_loads_qt_multimedia(tmp_path: Path) -> None:
    """Sound is played by the player process: no audio backend can take the window down with it."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from neuroguide.core.settings import Settings\n"
        "from neuroguide.speech import build_voice_guide\n"
        "import neuroguide.ui.shell, neuroguide.ui.dialogs.settings\n"
        "app = QApplication([])\n"
        f"guide = build_voice_guide(Settings(None), Path({str(tmp_path)!r}))\n"
        "guide.audio.start(); guide.audio.chime(); guide.shutdown()\n"
        "print(sorted(n for n in sys.modules if 'QtMultimedia' in n or n.endswith('speech.player')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# Declarative tables may run longer (path, or path::function, under neuroguide/ -> what the table is).
# Keep this short: anything else over a limit is split instead.
DECLARATIVE_TABLES: dict[str, str] = {}
PACKAGE = Path(neuroguide.__file__).resolve().parent


def over_the_limits() -> dict[str, str]:
    """Each module and function of neuroguide/ that is too long, as 'path' or 'path::function' ->
    its length in lines (a function from its first decorator to its last line)."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            found[name] = f"{lines} lines"
        for scope, node in _functions(ast.parse(text)):
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length > MAX_FUNCTION_LINES:
                found[f"{name}::{scope}"] = f"{length} lines"
    return found


def _functions(tree: ast.AST, scope: str = "") -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method with its dotted place (Class.method, outer.inner)."""
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            place = f"{scope}.{node.name}" if scope else node.name
            if not isinstance(node, ast.ClassDef):
                found.append((place, node))
            found += _functions(node, place)
        else:
            found += _functions(node, scope)
    return found


def test_no_module_or_function_is_over_the_limits() -> None:
    too_long = {
        where: length for where, length in over_the_limits().items() if where not in DECLARATIVE_TABLES
    }
    assert too_long == {}, (
        f"modules are kept to {MAX_MODULE_LINES} lines and functions to {MAX_FUNCTION_LINES}; split these"
    )


def test_the_exceptions_to_the_limits_are_still_needed() -> None:
    """An exception that is no longer over a limit is taken off its list, so the lists stay short."""
    too_long = over_the_limits()
    assert [where for where in DECLARATIVE_TABLES if where not in too_long] == []
