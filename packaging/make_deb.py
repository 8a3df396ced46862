"""Lays out the Debian package of the self-contained bundle and builds it with dpkg-deb.

    python packaging/make_deb.py BUNDLE-FOLDER OUT-FOLDER

The bundle goes to /opt/neuroguide, ``neuroguide`` on PATH is a link to it in /usr/bin, and the
menu entry, the icon at the freedesktop sizes and the AppStream entry go under /usr/share (Debian's
own triggers refresh the menu and icon caches, so there are no maintainer scripts). Nothing touches
a person's home: ``apt remove`` and ``apt purge`` leave every data folder as it was.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from neuroguide import __version__  # noqa: E402
from neuroguide.system.desktop_files import shipped  # noqa: E402

# What the bundle takes from the system (the libraries its Qt and Python link, found with ldd; the
# list packaging/SYSTEM-PACKAGES.txt gives people who unpack the bundle), by the names Debian 12 gives
# them: Debian 13's t64 libraries provide these names too. The bundle carries Python, Qt, FFmpeg and
# the small xcb-util libraries Qt's X11 platform needs.
DEPENDS = [
    "libc6 (>= 2.35)",
    "libstdc++6",
    "libzstd1",
    "libbrotli1",
    "libgssapi-krb5-2",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "fonts-dejavu-core | fonts-freefont-ttf",
    "libegl1",
    "libgl1",
    "libdrm2",
    "libx11-6",
    "libx11-xcb1",
    "libxext6",
    "libxrandr2",
    "libxcb1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libpulse0",
    "libespeak-ng1",
    "espeak-ng-data",
]
RECOMMENDS = ["pulseaudio | pipewire-pulse", "libcups2", "xdg-desktop-portal"]

DESCRIPTION = """\
guided hand and foot self-massage for peripheral neuropathy
 NeuroGuide walks you through gentle hand and foot self-massage routines,
 step by step: a picture of where to put your hands, a large countdown and
 spoken instructions. It is made for people living with peripheral
 neuropathy, after diabetes, chemotherapy, an injury, an infection or an
 autoimmune illness, and for the people who care for them.
 .
 It asks a few safety questions before each session, says when to stop and
 whom to call, reminds you each morning, and keeps a private history of how
 you felt before and after, with a report for your doctor or nurse.
 Massage can ease discomfort for a while; it does not cure neuropathy."""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: NeuroGuide
Source: https://neuroguide.org/

Files: *
Copyright: 2026 The NeuroGuide team
License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under the terms of the GNU
 General Public License as published by the Free Software Foundation, either version 3 of the
 License, or (at your option) any later version.
 .
 On Debian systems, the complete text of the GNU General Public License version 3 can be found in
 /usr/share/common-licenses/GPL-3.
 .
 The bundle in /opt/neuroguide also carries Python (PSF License), Qt and PySide6 (LGPL-3), FFmpeg
 (LGPL-2.1+), pyttsx3 (MPL-2.0), platformdirs (MIT) and icalendar (BSD-2-Clause), each under its own
 licence.
"""


REVISION = 1  # the package's own revision of the version: a .deb of the same NeuroGuide made again
DEBIAN_CHANGELOG = """\
neuroguide ({version}-{revision}) unstable; urgency=medium

  * NeuroGuide {version}, as a package of its self-contained bundle; its own
    changes are in changelog.gz.

 -- The NeuroGuide team <team@neuroguide.org>  Wed, 02 Dec 2026 00:00:00 +0000
"""


def installed_size_kib(tree: Path) -> int:
    return sum(path.lstat().st_size for path in tree.rglob("*") if not path.is_dir()) // 1024 + 1


def control(tree: Path) -> str:
    fields = {
        "Package": "neuroguide",
        "Version": f"{__version__}-{REVISION}",
        "Architecture": "amd64",
        "Maintainer": "The NeuroGuide team <team@neuroguide.org>",
        "Installed-Size": str(installed_size_kib(tree)),
        "Depends": ", ".join(DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Homepage": "https://neuroguide.org/",
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def lay_out(bundle: Path, tree: Path) -> None:
    shutil.copytree(bundle, tree / "opt" / "neuroguide", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "neuroguide").symlink_to("/opt/neuroguide/neuroguide")  # across the top: absolute
    share = tree / "usr" / "share"
    for source, relative in shipped():
        target = share / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    doc = share / "doc" / "neuroguide"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as changelog:  # NeuroGuide's own
        changelog.write((ROOT / "CHANGELOG.md").read_bytes())
    with gzip.GzipFile(doc / "changelog.Debian.gz", "wb", mtime=0) as changelog:  # the package's
        changelog.write(DEBIAN_CHANGELOG.format(version=__version__, revision=REVISION).encode("utf-8"))
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            library = ".so" in path.suffixes or path.suffix == ".so"
            executable = path.is_dir() or (os.access(path, os.X_OK) and not library)
            path.chmod(0o755 if executable else 0o644)


def build(bundle: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="neuroguide-deb-") as folder:
        tree = Path(folder) / "neuroguide"
        lay_out(bundle, tree)
        (tree / "DEBIAN").mkdir()
        (tree / "DEBIAN" / "control").write_text(control(tree), encoding="utf-8")
        (tree / "DEBIAN").chmod(0o755)
        out.mkdir(parents=True, exist_ok=True)
        package = out / f"neuroguide_{__version__}-{REVISION}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(package)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return package


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
