"""The person's data folder: settings, their own routines and (later) their history live here."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide.system.private_files import keep_private

if TYPE_CHECKING:
    from neuroguide.core.library import Library

APP_DIR_NAME = "NeuroGuide"


def default_data_dir(platform: str = sys.platform) -> Path:
    """The person's own data folder: ~/.local/share/NeuroGuide on Linux (XDG_DATA_HOME), ~/Library/
    Application Support/NeuroGuide on macOS, %APPDATA%\\NeuroGuide on Windows (the roaming folder, which
    follows the person to another computer of their organisation)."""
    # platformdirs is imported here, not at the top: most commands are given --data-dir or never need it.
    from platformdirs.api import PlatformDirsABC

    dirs: type[PlatformDirsABC]
    if platform == "win32":
        from platformdirs.windows import Windows as dirs  # noqa: N813
    elif platform == "darwin":
        from platformdirs.macos import MacOS as dirs  # noqa: N813
    else:
        from platformdirs.unix import Unix as dirs  # noqa: N813
    return dirs(APP_DIR_NAME, appauthor=False, roaming=True).user_data_path


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


def cannot_write(path: Path) -> bool:
    """True when this user may not create or change files in the folder (or change the file)."""
    return path.exists() and not os.access(path, os.W_OK)


def write_problem(folder: Path) -> str | None:
    """Why nothing can be saved in ``folder`` now, in the person's words; None when a small file can
    be written there (or the folder is not there: making it says what is wrong). The folder is asked
    (``os.access``, which a read-only mount refuses even to root), then tried with a small file that
    is removed at once, which is how a full disk shows."""
    if not folder.is_dir():
        return None
    if cannot_write(folder):
        return read_only_notice(folder)
    import errno

    probe = folder / f".neuroguide-write-check-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, bytes(4096))
        finally:
            os.close(fd)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return full_disk_notice(folder)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return read_only_notice(folder)
        return (
            f"The data folder {folder} cannot be written ({error.strerror or error}): your history "
            "will not be saved, but you can still follow routines."
        )
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return None


def read_only_notice(folder: Path) -> str:
    return (
        f"The data folder {folder} is read-only: your history will not be saved, "
        "but you can still follow routines."
    )


def full_disk_notice(folder: Path) -> str:
    return (
        f"The disk is full where the data folder {folder} is: your history will not be saved, "
        "but you can still follow routines. Free some space to keep it."
    )


def load_routine_library(data_dir: Path) -> Library:
    """The shipped routines, then the person's own; a broken file never stops the others."""
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir

    return load_library([routines_dir(), user_routines_dir(data_dir)], illustration_bases())
