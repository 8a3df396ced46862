"""The core is plain Python, and the app ships its routines and drawings inside the wheel."""

from __future__ import annotations

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
