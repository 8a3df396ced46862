"""scripts/setup in a copy of the project, with a stand-in pip and dpkg-query: what it installs when."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from neuroguide import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not (ROOT / "scripts" / "setup").exists(), reason="needs the source checkout")

# Every system package is there unless MISSING is set; pip writes what it was asked, or fails as it
# does without a network; a Python whose venv module is missing, as on Debian before python3-venv.
DPKG_QUERY = '#!/bin/sh\n[ -n "$MISSING" ] || printf "install ok installed"\n'
PIP = f"""#!/bin/sh
if [ "$1 $2" = "-m pip" ]; then
    echo "$@" >> "$PIP_LOG"
    if [ -n "$OFFLINE" ]; then
        echo "WARNING: Retrying (Retry(total=1)) after connection broken by 'NewConnectionError'" >&2
        echo "ERROR: Could not find a version that satisfies the requirement hatchling" >&2
        exit 1
    fi
    exit 0
fi
exec {sys.executable} "$@"
"""
PYTHON_WITHOUT_VENV = f"""#!/bin/sh
case "$*" in *ensurepip*) exit 1 ;; esac
exec {sys.executable} "$@"
"""
TOOLS = ("bash", "cat", "dirname", "grep", "rm")


def executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    (copy / "scripts").mkdir(parents=True)
    for name in ("scripts/setup", "pyproject.toml", "constraints.txt"):
        shutil.copy2(ROOT / name, copy / name)
    executable(copy / ".venv" / "bin" / "python", PIP)
    tools = tmp_path / "bin"
    executable(tools / "dpkg-query", DPKG_QUERY)
    for name in TOOLS:
        found = shutil.which(name)
        assert found is not None, name
        (tools / name).symlink_to(found)
    return copy


def setup(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    tools = project.parent / "bin"
    environment = {"PATH": str(tools), "HOME": str(project.parent), "PIP_LOG": str(project / "pip.log")}
    return subprocess.run(
        [str(tools / "bash"), str(project / "scripts" / "setup"), *args],
        env=environment | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def pip_calls(project: Path) -> list[str]:
    log = project / "pip.log"
    return log.read_text().splitlines() if log.exists() else []


def test_the_development_install_covers_the_app_and_nothing_is_installed_twice(project: Path) -> None:
    assert setup(project, "--dev").returncode == 0
    (call,) = pip_calls(project)
    assert call.endswith(f"-e {project}[dev]")
    for args in ((), ("--dev",), ()):
        result = setup(project, *args)
        assert result.returncode == 0 and result.stderr == ""
    assert len(pip_calls(project)) == 1


def test_the_app_then_the_tests_adds_the_tools_and_a_changed_project_keeps_them(project: Path) -> None:
    assert setup(project).returncode == 0
    assert setup(project).returncode == 0
    assert setup(project, "--dev").returncode == 0
    assert [call.rsplit(" ", 1)[-1] for call in pip_calls(project)] == [str(project), f"{project}[dev]"]
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + '\n[tool.example]\nsetting = "no install"\n')
    assert setup(project).returncode == 0  # settings that install nothing: nothing installed
    assert len(pip_calls(project)) == 2
    pyproject.write_text(pyproject.read_text().replace(f'version = "{__version__}"', 'version = "9.9.9"'))
    assert setup(project).returncode == 0
    assert pip_calls(project)[-1].endswith(f"-e {project}[dev]")


def test_without_a_network_it_says_so_in_one_line(project: Path) -> None:
    result = setup(project, OFFLINE="1")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "neuroguide setup: could not download Python packages from PyPI; check the network connection, "
        f"then run again (pip's messages: {project}/.venv/.neuroguide-pip.log)"
    )
    assert "Retrying" not in result.stderr
    assert "--timeout" in pip_calls(project)[0]
    assert not (project / ".venv" / ".neuroguide-installed").exists()


def test_without_sudo_it_says_what_to_run_as_root(project: Path) -> None:
    tools = project.parent / "bin"
    executable(tools / "id", "#!/bin/sh\necho 1000\n")  # an ordinary user; PATH is only tools, no sudo
    executable(tools / "python3.11", PYTHON_WITHOUT_VENV)
    shutil.rmtree(project / ".venv")
    result = setup(project, MISSING="1", PYTHON=str(tools / "python3.11"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "neuroguide setup: some system packages are missing, and there is no sudo here; as root, run"
    )
    assert lines[1].startswith("    apt-get update && apt-get install --no-install-recommends libgl1 ")
    minor = sys.version_info.minor
    assert lines[1].endswith(f" espeak-ng-data python3.{minor}-venv")
    assert lines[2] == "neuroguide setup: then run this command again"
    assert "sudo: command not found" not in result.stderr
