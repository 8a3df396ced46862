"""``neuroguide --install-desktop-entry`` and ``--remove-desktop-entry``: the menu entry, icons and
AppStream entry of a pip or pipx install, in the person's own data folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from neuroguide import APP_NAME
from neuroguide.system import desktop_files
from neuroguide.system.installed_command import launcher


def install() -> int:
    share = desktop_files.user_share()
    system_entry = desktop_files.system_menu_entry()
    if system_entry is not None and not system_entry.is_relative_to(share):
        print(f"{APP_NAME} is already in the menu for everyone on this computer ({system_entry}).")
        return 0
    try:
        written = desktop_files.install(share, launcher())
    except OSError as error:
        print(f"The menu entry could not be written in {share}: {error.strerror or error}", file=sys.stderr)
        return 1
    refresh(share)
    print(f"{APP_NAME} is in your desktop's menu now (it may take a moment to appear).")
    print(f"Its entry starts {launcher()[0]}; {len(written)} files were written under {share}.")
    print("If you uninstall NeuroGuide, run 'neuroguide --remove-desktop-entry' first.")
    return 0


def remove() -> int:
    share = desktop_files.user_share()
    try:
        removed = desktop_files.remove(share)
    except OSError as error:
        print(f"The menu entry could not be removed from {share}: {error.strerror or error}", file=sys.stderr)
        return 1
    if not removed:
        print(f"There was no {APP_NAME} menu entry in {share}.")
        return 0
    refresh(share)
    print(f"{APP_NAME}'s menu entry and icons were removed ({len(removed)} files); your data is still there.")
    return 0


def refresh(share: Path) -> None:
    """Tell the menu and icon caches, where the desktop keeps them (harmless where it does not)."""
    for tool, folder in (
        ("update-desktop-database", share / "applications"),
        ("gtk-update-icon-cache", share / "icons" / "hicolor"),
    ):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, "-q", str(folder)], capture_output=True, timeout=30, check=False)
