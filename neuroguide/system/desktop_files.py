"""The files that put NeuroGuide in a desktop's menu and software centre: the menu entry, the icon at
the freedesktop sizes, and the AppStream entry.

The .deb puts them under /usr/share (scripts/build-packages lays them out with ``shipped``); a pip or
pipx install has them inside the package, and ``neuroguide --install-desktop-entry`` copies them under
the person's own XDG data folder (``~/.local/share``), the menu entry naming the installed command.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from neuroguide import APP_ID
from neuroguide.core.resources import APP_ICON_SIDES, app_icon_path, app_icon_picture_path, desktop_file_path

MENU_ENTRY = PurePosixPath("applications") / f"{APP_ID}.desktop"


def exec_line(args: list[str]) -> str:
    """An Exec value as the desktop entry specification quotes it: double quotes, and % doubled."""

    def quote(arg: str) -> str:
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return f'"{escaped}"'.replace("%", "%%")

    return " ".join(quote(arg) for arg in args)


def shipped() -> list[tuple[Path, PurePosixPath]]:
    """Each file shipped with the app, and where it goes under a ``share`` folder (the menu entry as
    shipped: it starts ``neuroguide`` from PATH)."""
    hicolor = PurePosixPath("icons") / "hicolor"
    files = [
        (desktop_file_path(".desktop"), MENU_ENTRY),
        (desktop_file_path(".metainfo.xml"), PurePosixPath("metainfo") / f"{APP_ID}.metainfo.xml"),
        (app_icon_path(), hicolor / "scalable" / "apps" / f"{APP_ID}.svg"),
    ]
    for side in APP_ICON_SIDES:
        files.append((app_icon_picture_path(side), hicolor / f"{side}x{side}" / "apps" / f"{APP_ID}.png"))
    return files


def menu_entry(launcher: list[str]) -> str:
    """The shipped menu entry, starting ``launcher`` instead: a person's desktop session may not have
    ``~/.local/bin`` (where pipx puts the command) on its PATH."""
    text = desktop_file_path(".desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Exec=.*$", lambda _: f"Exec={exec_line(launcher)}", text)
    return re.sub(r"(?m)^TryExec=.*$", lambda _: f"TryExec={launcher[0]}", text)


def user_share() -> Path:
    """The person's own XDG data folder."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def system_menu_entry() -> Path | None:
    """The menu entry a package installed for everyone (the .deb's), if there is one."""
    folders = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    for folder in folders.split(os.pathsep):
        if folder and (entry := Path(folder) / MENU_ENTRY).is_file():
            return entry
    return None


def install(share: Path, launcher: list[str]) -> list[Path]:
    """Copy the files under ``share``; returns the files written. Raises OSError."""
    written = []
    for source, relative in shipped():
        target = share / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        data = menu_entry(launcher).encode("utf-8") if relative == MENU_ENTRY else source.read_bytes()
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(data)
        partial.replace(target)  # whole or not at all: a menu never reads half an entry
        written.append(target)
    return written


def remove(share: Path) -> list[Path]:
    """Remove the files ``install`` wrote under ``share``; returns those that were there."""
    removed = []
    for _, relative in shipped():
        target = share / relative
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed
