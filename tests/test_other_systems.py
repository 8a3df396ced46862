"""What differs on Windows and macOS, run here with stand-ins for what only those systems have: the
log-in entry (a LaunchAgent, the Run key), the data folder, the speech engine (SAPI 5, NSSpeech)
and the reminder (no freedesktop notifications: the small window). The README says what is tested
where."""

from __future__ import annotations

import io
import json
import plistlib
import sys
import wave
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from neuroguide import APP_ID
from neuroguide.app import autostart
from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.speech.worker import Worker
from neuroguide.system.datadir import default_data_dir, settings_path
from tests.conftest import ReminderOpener


def reminders_on(data_dir: Path) -> Settings:
    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_on", True)
    return settings


def test_macos_log_in_is_a_launch_agent_naming_the_installed_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the app bundle's own program
    monkeypatch.setattr(sys, "executable", "/Applications/NeuroGuide.app/Contents/MacOS/neuroguide")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    settings = reminders_on(data_dir)
    assert autostart.sync(settings, data_dir) == ""
    agent = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    plist = plistlib.loads(agent.read_bytes())
    assert plist["Label"] == APP_ID and plist["RunAtLoad"] is True
    assert plist["ProgramArguments"] == [sys.executable, "--data-dir", str(data_dir), "--background"]
    monkeypatch.setattr(sys, "executable", "/Users/ann/Applications/NeuroGuide.app/Contents/MacOS/neuroguide")
    assert autostart.sync(settings, data_dir) == ""  # moved to the person's own Applications folder
    assert plistlib.loads(agent.read_bytes())["ProgramArguments"][0] == sys.executable
    settings.set("reminder_on", False)
    autostart.sync(settings, data_dir)
    assert not agent.exists()


def test_windows_log_in_is_the_run_key_naming_the_installed_command(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    registry: dict[str, str] = {}  # HKEY_CURRENT_USER\...\Run, as winreg would keep it

    def set_value(value: str | None) -> None:
        if value is None:
            registry.pop("NeuroGuide", None)
        else:
            registry["NeuroGuide"] = value

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(autostart, "_windows_value", lambda: registry.get("NeuroGuide"))
    monkeypatch.setattr(autostart, "_windows_set", set_value)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\NeuroGuide\neuroguide.exe")
    monkeypatch.setenv("PATH", "")
    settings = reminders_on(data_dir)
    assert autostart.sync(settings, data_dir) == ""
    assert registry["NeuroGuide"] == (
        rf'"C:\Program Files\NeuroGuide\neuroguide.exe" "--data-dir" "{data_dir}" "--background"'
    )
    monkeypatch.setattr(sys, "executable", r"D:\Apps\NeuroGuide\neuroguide.exe")
    autostart.sync(settings, data_dir)
    assert registry["NeuroGuide"].startswith(r'"D:\Apps\NeuroGuide\neuroguide.exe" ')
    registry.clear()  # removed in the Task Manager's start-up list: not added back
    assert "will not add itself back" in autostart.sync(settings, data_dir)
    assert registry == {}


def test_the_data_folder_on_each_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs.windows

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert default_data_dir("linux") == tmp_path / ".local" / "share" / "NeuroGuide"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_data_dir("linux") == tmp_path / "data" / "NeuroGuide"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_dir("darwin") == tmp_path / "Library" / "Application Support" / "NeuroGuide"
    # Windows' shell folders, read from the environment in place of the Windows API
    monkeypatch.setattr(
        platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert default_data_dir("win32") == tmp_path / "AppData" / "Roaming" / "NeuroGuide"  # it roams


class FakeSystemEngine:
    """pyttsx3's engine on a system voice (SAPI 5 or NSSpeechSynthesizer), as the worker uses it when
    there is no espeak-ng: it lists voices and writes a WAV file at runAndWait."""

    def __init__(self, voices: list[tuple[str, list[str]]]) -> None:
        self.properties: dict[str, Any] = {
            "voice": voices[0][0],
            "voices": [
                SimpleNamespace(id=id_, name=id_.rsplit("\\", 1)[-1], languages=languages)
                for id_, languages in voices
            ],
        }
        self.pending: list[tuple[str, str]] = []
        self.spoken: list[tuple[str, str, int]] = []

    def getProperty(self, name: str) -> Any:
        return self.properties[name]

    def setProperty(self, name: str, value: Any) -> None:
        self.properties[name] = value

    def save_to_file(self, text: str, path: str) -> None:
        self.pending.append((text, path))

    def runAndWait(self) -> None:
        for text, path in self.pending:
            with wave.open(path, "wb") as audio:
                audio.setnchannels(1)
                audio.setsampwidth(2)
                audio.setframerate(16_000)
                audio.writeframes(b"\0\0" * 8_000 * len(text.split()))
            self.spoken.append((text, self.properties["voice"], self.properties["rate"]))
        self.pending.clear()


@pytest.mark.parametrize(
    ("system", "voices", "spanish"),
    [
        (
            "Windows, SAPI 5",
            [
                (
                    r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-US_ZIRA_11.0",
                    ["en-US"],
                ),
                (
                    r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_ES-ES_HELENA_11.0",
                    ["es-ES"],
                ),
            ],
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_ES-ES_HELENA_11.0",
        ),
        (
            "macOS, NSSpeechSynthesizer",
            [
                ("com.apple.voice.compact.en-US.Samantha", ["en_US"]),
                ("com.apple.voice.compact.es-MX.Paulina", ["es_MX"]),
                ("com.apple.voice.compact.es-ES.Monica", ["es_ES"]),
            ],
            "com.apple.voice.compact.es-MX.Paulina",
        ),
    ],
)
def test_speech_on_a_system_voice_where_there_is_no_espeak(
    tmp_path: Path, system: str, voices: list[tuple[str, list[str]]], spanish: str
) -> None:
    engine = FakeSystemEngine(voices)
    replies = io.StringIO()
    worker = Worker(engine, replies, espeak=None)
    out = tmp_path / "cache" / "first.wav"
    worker.handle(
        {"id": 1, "op": "synth", "text": "Rest your foot on a towel.", "out": str(out), "rate": 150}
    )
    answer = json.loads(replies.getvalue().splitlines()[-1])
    assert answer["path"] == str(out) and answer["seconds"] == pytest.approx(3.0), system
    assert engine.spoken == [("Rest your foot on a towel.", voices[0][0], 150)]
    out_es = tmp_path / "cache" / "es.wav"
    worker.handle({"id": 2, "op": "synth", "text": "Apoye el pie.", "out": str(out_es), "language": "es"})
    answer = json.loads(replies.getvalue().splitlines()[-1])
    assert answer["voice"] == spanish and out_es.is_file(), system  # a voice that speaks Spanish
    worker.handle({"id": 3, "op": "voices"})
    listed = json.loads(replies.getvalue().splitlines()[-1])["voices"]
    assert [voice["id"] for voice in listed] == [voice for voice, _ in voices]


class BusWithAServer:
    """A session bus on which a notification server runs, as DesktopNotifications asks it."""

    def isConnected(self) -> bool:
        return True

    def connect(self, *_signal_and_slot: object) -> bool:
        return True

    def interface(self) -> BusWithAServer:
        return self

    def setTimeout(self, _milliseconds: int) -> None:
        pass

    def isServiceRegistered(self, _name: str) -> SimpleNamespace:
        return SimpleNamespace(isValid=lambda: True, value=lambda: True)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_reminder_is_the_window_where_there_are_no_freedesktop_notifications(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    qtbot: QtBot,
    open_reminders: ReminderOpener,
    data_dir: Path,
) -> None:
    from neuroguide.app.desktop_notifications import DesktopNotifications, supported_here

    monkeypatch.setattr(sys, "platform", platform)
    assert supported_here() is False
    settings = reminders_on(data_dir)
    assert settings.text("reminder_way") == "notification"  # the default, which falls back here
    clock = FakeClock(datetime(2026, 3, 9, 8, 0, tzinfo=ZoneInfo("Europe/London")))
    # a bus where a server runs, as far as asking goes: only the system itself can say no here
    reminders = open_reminders(
        settings, clock, notifications=DesktopNotifications(cast(Any, BusWithAServer()))
    )
    assert not reminders.notifies()
    reminders.check()
    assert reminders.window.isVisible()
    assert "small window" in reminders.way_words()


def test_a_session_without_a_bus_gets_the_window_and_no_stray_bus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neuroguide.app.desktop_notifications import session_has_a_bus

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert session_has_a_bus() is False  # so none is started: the reminder is the window
    (tmp_path / "bus").touch()  # systemd's session bus, at its usual place
    assert session_has_a_bus() is True
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert session_has_a_bus() is True
