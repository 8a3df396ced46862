"""What puts NeuroGuide in a desktop's menu and software centre: the menu entry and the AppStream
entry (checked by the freedesktop tools themselves), the version and its history, and
``neuroguide --install-desktop-entry`` for a pip or pipx install."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from neuroguide import APP_ID, __version__
from neuroguide.core.resources import APP_ICON_SIDES, desktop_file_path
from neuroguide.system import desktop_files
from neuroguide.system.installed_command import launcher

ROOT = Path(__file__).resolve().parent.parent
METAINFO = desktop_file_path(".metainfo.xml")
MENU_ENTRY = desktop_file_path(".desktop")


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/setup --dev installs it"
    return found


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_shipped_menu_entry_and_appstream_entry_pass_the_freedesktop_checks() -> None:
    validate_desktop_file(MENU_ENTRY)
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; an older appstreamcli (Debian 12's 0.16) does not know <developer>
    problems = [line for line in result.stdout.splitlines() if re.match(r"[EW]: ", line)]
    assert problems == []


def test_the_appstream_entry_says_what_a_software_centre_needs() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.find("content_rating[@type='oars-1.1']") is not None
    assert component.findtext("provides/binary") == "neuroguide"
    description = " ".join(component.find("description").itertext())  # type: ignore[union-attr]
    assert "cure" not in description.replace("does not cure", "")
    screenshots = component.findall("screenshots/screenshot")
    assert len(screenshots) >= 3 and screenshots[0].get("type") == "default"
    for screenshot in screenshots:
        assert screenshot.findtext("caption")
        name = screenshot.findtext("image", "").rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), f"{name} is not in docs/screenshots"


def test_the_version_the_changelog_and_the_releases_agree() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == __version__
    changelog = re.findall(r"^## (\S+) — (\d{4}-\d\d-\d\d)$", (ROOT / "CHANGELOG.md").read_text(), re.M)
    releases = [
        (release.get("version"), release.get("date"))
        for release in ET.parse(METAINFO).getroot().findall("releases/release")
    ]
    assert releases == changelog
    assert releases[0][0] == __version__
    assert all(release.find("description") is not None for release in ET.parse(METAINFO).iter("release"))
    version = subprocess.run(
        [sys.executable, "-m", "neuroguide", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"neuroguide {__version__}"


def test_the_icon_is_shipped_at_the_freedesktop_sizes() -> None:
    targets = {str(relative) for _, relative in desktop_files.shipped()}
    for side in (16, 24, 32, 48, 64, 128, 256):
        assert side in APP_ICON_SIDES
        assert f"icons/hicolor/{side}x{side}/apps/{APP_ID}.png" in targets
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in targets
    for source, _ in desktop_files.shipped():
        assert source.is_file(), source


def run(*args: str, share: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(share.parent), "XDG_DATA_HOME": str(share)}
    env["XDG_DATA_DIRS"] = str(share.parent / "system-share")  # no package installed for everyone
    return subprocess.run(
        [*launcher(), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_install_desktop_entry_puts_it_in_the_menu_and_remove_takes_it_away(tmp_path: Path) -> None:
    share = tmp_path / "share"
    result = run("--install-desktop-entry", share=share)
    assert result.returncode == 0, result.stderr
    assert "is in your desktop's menu now" in result.stdout
    entry = share / "applications" / f"{APP_ID}.desktop"
    validate_desktop_file(entry)
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={desktop_files.exec_line(launcher())}\n" in text  # the installed command, not PATH's
    assert f"Icon={APP_ID}\n" in text
    for side in (48, 256):
        assert (share / "icons" / "hicolor" / f"{side}x{side}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    (share.parent / "NeuroGuide-data").mkdir()  # the person's data is not the menu's to touch
    result = run("--remove-desktop-entry", share=share)
    assert result.returncode == 0 and "were removed (11 files)" in result.stdout, result.stdout
    assert not entry.exists() and not list((share / "icons").rglob("*.png"))
    assert (share.parent / "NeuroGuide-data").is_dir()
    again = run("--remove-desktop-entry", share=share)
    assert again.returncode == 0 and "There was no NeuroGuide menu entry" in again.stdout


def test_install_desktop_entry_leaves_a_package_installed_for_everyone_alone(tmp_path: Path) -> None:
    share = tmp_path / "share"
    system_entry = tmp_path / "system-share" / "applications" / f"{APP_ID}.desktop"
    system_entry.parent.mkdir(parents=True)
    system_entry.write_bytes(MENU_ENTRY.read_bytes())
    result = run("--install-desktop-entry", share=share)
    assert result.returncode == 0 and "already in the menu for everyone" in result.stdout
    assert not (share / "applications").exists()


def test_a_menu_that_cannot_be_written_is_said_plainly(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.write_text("a file where the folder should be")
    result = run("--install-desktop-entry", share=share)
    assert result.returncode == 1
    assert result.stderr.startswith(f"The menu entry could not be written in {share}: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ['odd folder 100% "quoted" $HOME', "plain"])
def test_the_menu_entry_survives_odd_install_paths(tmp_path: Path, name: str) -> None:
    program = tmp_path / name / "bin" / "neuroguide"
    entry = tmp_path / "entry.desktop"
    entry.write_text(desktop_files.menu_entry([str(program)]), encoding="utf-8")
    validate_desktop_file(entry)
    assert "%%" in entry.read_text() or "%" not in name
