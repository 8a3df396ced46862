"""The person's data folder: settings, their own routines and (later) their history live here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neuroguide.core.library import Library

APP_DIR_NAME = "NeuroGuide"


def default_data_dir() -> Path:
    # platformdirs is imported here, not at the top: most commands are given --data-dir or never need it.
    import platformdirs

    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=True)


def user_routines_dir(data_dir: Path) -> Path:
    return data_dir / "routines"


def voice_cache_dir(data_dir: Path) -> Path:
    return data_dir / "cache" / "voice"


def settings_path(data_dir: Path) -> Path:
    return data_dir / "settings.json"


def ensure_private_dir(path: Path) -> Path:
    """Create the folder if needed, readable by its owner only (it holds health data)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def load_routine_library(data_dir: Path) -> Library:
    """The shipped routines, then the person's own; a broken file never stops the others."""
    from neuroguide.core.library import load_library
    from neuroguide.resources import illustration_bases, routines_dir

    return load_library([routines_dir(), user_routines_dir(data_dir)], illustration_bases())
