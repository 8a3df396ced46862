"""Starting with the desktop, so the morning reminder can come: an XDG autostart entry on Linux, a
LaunchAgent on macOS, the Run key on Windows. NeuroGuide adds the entry when reminders are on and
removes it when they are off; an entry the person removed by hand is not silently added back.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from neuroguide import APP_ID, APP_NAME
from neuroguide.core.settings import Settings
from neuroguide.system.desktop_files import exec_line
from neuroguide.system.installed_command import launcher
from neuroguide.system.private_files import write_private


def command(data_dir: Path | None) -> list[str]:
    """How the log-in entry starts NeuroGuide: the installed command, in the background, reminders
    only."""
    args = launcher()
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    return [*args, "--background"]


def entry_path() -> Path | None:
    """Where the entry lives on this system; None on Windows (the registry holds it)."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    if sys.platform.startswith("win"):
        return None
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "autostart" / "neuroguide.desktop"


def desktop_entry(args: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Morning reminders for your hand and foot routine",
            f"Exec={exec_line(args)}",
            f"TryExec={args[0]}",  # once NeuroGuide is uninstalled, the desktop skips the entry
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def launch_agent(args: list[str]) -> str:
    import plistlib

    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": args, "RunAtLoad": True}).decode("utf-8")


def present() -> bool:
    path = entry_path()
    if path is not None:
        return path.exists()
    return _windows_value() is not None


def entry_text(args: list[str]) -> str:
    """What the entry holds on this system: a desktop entry, a LaunchAgent or the Run key's value."""
    if sys.platform.startswith("win"):
        return subprocess_line(args)
    return launch_agent(args) if sys.platform == "darwin" else desktop_entry(args)


def names_this_install(text: str) -> bool:
    """Whether an entry starts this installation's command, however the person changed the rest."""
    program = launcher()[0]
    if sys.platform == "darwin":
        import plistlib

        try:
            return bool(plistlib.loads(text.encode("utf-8"))["ProgramArguments"][0] == program)
        except Exception:  # damaged, or not a LaunchAgent: written again
            return False
    if sys.platform.startswith("win"):
        return text.startswith(subprocess_line([program]))
    return f"Exec={exec_line([program])}" in text


def current_text() -> str | None:
    path = entry_path()
    if path is None:
        return _windows_value()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write(args: list[str]) -> None:
    path = entry_path()
    if path is None:
        _windows_set(entry_text(args))
        return
    path.parent.mkdir(parents=True, exist_ok=True)  # the desktop's own folder: its mode is left alone
    write_private(path, entry_text(args).encode("utf-8"))  # it names the data folder: the owner's only


def remove() -> None:
    path = entry_path()
    if path is None:
        _windows_set(None)
    elif path.exists():
        path.unlink()


def subprocess_line(args: list[str]) -> str:
    return " ".join(f'"{arg}"' for arg in args)


def sync(settings: Settings, data_dir: Path | None) -> str:
    """Make the entry match the settings. Returns a sentence for the person when something they did
    by hand was respected, else ''."""
    wanted = settings.flag("reminder_on") and settings.flag("start_with_desktop")
    try:
        if wanted and not present():
            if settings.flag("autostart_made"):
                # It was made, and it is gone: the person removed it. Respect that.
                settings.set("start_with_desktop", False)
                settings.set("autostart_made", False)
                return (
                    f"{APP_NAME} was removed from the programs that start when you log in, so it will not "
                    "add itself back. Turn on 'Start with the desktop' in Settings to have it again."
                )
            write(command(data_dir))
            settings.set("autostart_made", True)
        elif wanted and settings.flag("autostart_made") and not names_this_install(current_text() or ""):
            write(command(data_dir))  # installed elsewhere since (a new package, another venv): follow it
        elif not wanted and present() and settings.flag("autostart_made"):
            remove()
            settings.set("autostart_made", False)
    except OSError as error:
        return f"Starting with the desktop could not be set up ({error.strerror or error})."
    return ""


if sys.platform == "win32":  # pragma: no cover - Windows only; mypy checks this on Windows
    import winreg

    _RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def _windows_value() -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, APP_NAME)[0])
        except OSError:
            return None

    def _windows_set(value: str | None) -> None:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if value is None:
                with contextlib.suppress(OSError):
                    winreg.DeleteValue(key, APP_NAME)
            else:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, value)

else:

    def _windows_value() -> str | None:
        return None

    def _windows_set(value: str | None) -> None:
        raise OSError("the Windows registry is only on Windows")
