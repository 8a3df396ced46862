"""Compiles the interface's translations (neuroguide/i18n/*.ts) into the .qm files Qt loads, as a wheel
is built: a wheel never carries words older than its .ts files. pyside6-lrelease comes with PySide6,
so the wheel is built where PySide6 is installed (the project's environment: scripts/setup)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError(
            "pyside6-lrelease was not found: build the wheel with PySide6 installed, without build "
            "isolation (python -m hatchling build, or pip wheel --no-build-isolation)"
        )
    return found


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout's own .qm files (scripts/setup makes them)
        folder = Path(self.root) / "neuroguide" / "i18n"
        for source in sorted(folder.glob("neuroguide_*.ts")):
            subprocess.run(
                [lrelease(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True
            )
