"""The person's data folder: settings, their own routines and (later) their history live here."""

from __future__ import annotations

import os
import stat
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
    keep_private(path)
    return path


def keep_private(path: Path) -> None:
    """Take away what the group and others may do with ``path``, and nothing else: a folder or file
    the person made read-only stays read-only (that is said plainly where it matters)."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        path.chmod(mode & 0o700)


def cannot_write(path: Path) -> bool:
    """True when this user may not create or change files in the folder (or change the file)."""
    return path.exists() and not os.access(path, os.W_OK)


def load_routine_library(data_dir: Path) -> Library:
    """The shipped routines, then the person's own; a broken file never stops the others."""
    from neuroguide.core.library import load_library
    from neuroguide.resources import illustration_bases, routines_dir

    return load_library([routines_dir(), user_routines_dir(data_dir)], illustration_bases())
