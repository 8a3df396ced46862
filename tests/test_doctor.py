"""`neuroguide doctor`, run as a person runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def doctor(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, **env)
    environment.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), "doctor"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_doctor_reports_the_engine_voices_and_a_sample(data_dir: Path) -> None:
    result = doctor(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.split()[:4] == ["Speech", "engine", "ok", "pyttsx3/espeak,"] for line in lines)
    sample = next(line for line in lines if line.strip().startswith("Sample"))
    path = Path(sample.split()[2])
    assert path.exists() and path.stat().st_size > 10_000
    assert "Verdict: NeuroGuide can work here" in result.stdout
    assert "Traceback" not in result.stderr
    log = next(line for line in lines if line.strip().startswith("Log"))
    assert log.split()[1:3] == ["ok", str(data_dir / "logs" / "neuroguide.log")]


def test_doctor_without_espeak_uses_a_fallback_and_still_passes(data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fakesite" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise RuntimeError("you probably do not have eSpeak installed")\n')
    result = doctor(data_dir, PYTHONPATH=str(fake.parent))
    assert result.returncode == 0
    assert "speech is unavailable: espeak-ng is not installed; captions will be shown" in result.stdout


def test_doctor_fails_when_the_data_folder_cannot_be_used(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = doctor(blocker)
    assert result.returncode == 1
    assert "Data folder" in result.stdout and "BROKEN" in result.stdout
    assert "Verdict: something essential is broken (Data folder)." in result.stdout
