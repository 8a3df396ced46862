"""Checks the packages scripts/build-packages made, as a person would first meet them: what each
carries (and does not), and that the bundle runs without the project's Python.

    python packaging/check_packages.py DIST-FOLDER BUNDLE-FOLDER

Exits non-zero, naming each problem, when one is found.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from neuroguide import APP_ID, __version__  # noqa: E402

BUNDLE_MAX_MB = 400  # well under the 0.8 GB of the development environment
NEVER_BUNDLED = (
    "QtWebEngine",
    "QtCharts",
    "QtQuick",
    "QtQml",
    "Qt3D",
    "pytest",
    "mypy",
    "ruff",
    "PyInstaller",
)
problems: list[str] = []


def expect(ok: bool, problem: str) -> None:
    if not ok:
        problems.append(problem)


def run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, **options)  # type: ignore[call-overload, no-any-return]


def check_wheel(dist: Path) -> None:
    wheel = dist / f"neuroguide-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        f"neuroguide/assets/desktop/{APP_ID}.desktop",
        f"neuroguide/assets/desktop/{APP_ID}.metainfo.xml",
        "neuroguide/assets/icons/app/neuroguide-256.png",
        "neuroguide/i18n/neuroguide_es.qm",
        "neuroguide/routines/foot-care.toml",
    ):
        expect(needed in names, f"the wheel lacks {needed}")
    expect(not any(name.startswith("tests/") for name in names), "the wheel carries the tests")
    sdist = dist / f"neuroguide-{__version__}.tar.gz"
    with tarfile.open(sdist) as archive:
        members = {
            Path(name).relative_to(f"neuroguide-{__version__}").as_posix() for name in archive.getnames()
        }
    for needed in ("CHANGELOG.md", "packaging/neuroguide.spec", "scripts/build-packages", "pyproject.toml"):
        expect(needed in members, f"the source archive lacks {needed}")


def check_bundle(bundle: Path) -> None:
    program = bundle / "neuroguide"
    size_mb = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file()) / 1e6
    expect(size_mb < BUNDLE_MAX_MB, f"the bundle is {size_mb:.0f} MB (at most {BUNDLE_MAX_MB})")
    for path in bundle.rglob("*"):
        expect(not any(part in path.name for part in NEVER_BUNDLED), f"the bundle carries {path}")
    with tempfile.TemporaryDirectory(prefix="neuroguide-check-") as folder:
        env = {"PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        version = run([str(program), "--version"], env=env)
        expect(version.stdout.strip() == f"neuroguide {__version__}", f"--version said {version.stdout!r}")
        data = str(Path(folder) / "data")
        doctor = run([str(program), "doctor"], env=env)  # the person's own data folder, in HOME
        expect(doctor.returncode == 0, f"doctor failed:\n{doctor.stdout}{doctor.stderr}")
        expect("Speech engine       ok" in doctor.stdout, f"no speech in the bundle:\n{doctor.stdout}")
        spanish = run([str(program), "--lang", "es", "--data-dir", data, "routines"], env=env)
        expect(
            "Cuidado de los pies por la mañana" in spanish.stdout, f"no Spanish routines:\n{spanish.stdout}"
        )
        window = subprocess.Popen(
            [str(program), "--data-dir", data],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _, errors = window.communicate(timeout=8)
            expect(False, f"the window ended by itself ({window.returncode}):\n{errors}")
        except subprocess.TimeoutExpired:
            window.terminate()
            _, errors = window.communicate(timeout=20)
            expect("Traceback" not in errors, f"the window said:\n{errors}")
        log = Path(data) / "logs" / "neuroguide.log"
        expect(log.is_file() and "Traceback" not in log.read_text(), f"the log has a traceback:\n{log}")


def check_deb(dist: Path) -> None:
    deb = next(dist.glob(f"neuroguide_{__version__}-*_amd64.deb"))
    info = run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"])
    expect(f"Version: {__version__}" in info.stdout and "libespeak-ng1" in info.stdout, info.stdout)
    listing = run(["dpkg-deb", "--contents", str(deb)]).stdout
    for needed in (
        "./usr/bin/neuroguide -> /opt/neuroguide/neuroguide",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "./usr/share/doc/neuroguide/copyright",
    ):
        expect(needed in listing, f"the .deb lacks {needed}")
    expect(" ./home" not in listing and "/etc/" not in listing, "the .deb writes outside /opt and /usr")
    with tempfile.TemporaryDirectory(prefix="neuroguide-deb-") as folder:
        run(["dpkg-deb", "--extract", str(deb), folder])
        share = Path(folder) / "usr" / "share"
        menu = run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")])
        expect(menu.returncode == 0 and not menu.stdout.strip(), f"the menu entry: {menu.stdout}")
        metainfo = run(
            ["appstreamcli", "validate", "--no-net", str(share / "metainfo" / f"{APP_ID}.metainfo.xml")]
        )
        expect(metainfo.returncode == 0, f"the AppStream entry: {metainfo.stdout}")
        expect(
            os.access(Path(folder) / "opt" / "neuroguide" / "neuroguide", os.X_OK),
            "the program is not executable",
        )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    check_wheel(Path(sys.argv[1]))
    check_bundle(Path(sys.argv[2]))
    check_deb(Path(sys.argv[1]))
    for problem in problems:
        print(f"check-packages: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
