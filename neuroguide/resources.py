"""Where the files shipped with the app are: inside the installed package, or in a source checkout.

A wheel carries ``assets/`` and ``routines/`` inside the package; an editable install or a source
checkout keeps them at the top of the project. Nothing is looked up relative to the working directory.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _top(name: str) -> Path:
    packaged = Path(str(files("neuroguide"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def routines_dir() -> Path:
    """The routines that come with the app."""
    return _top("routines")


def assets_dir() -> Path:
    return _top("assets")


def illustration_path(base: str) -> Path:
    return assets_dir() / "illustrations" / f"{base}.svg"


def icon_path(name: str) -> Path:
    """One of the line icons drawn for the buttons (see neuroguide.ui.icons)."""
    return assets_dir() / "icons" / "ui" / f"{name}.svg"


def learn_path() -> Path:
    return assets_dir() / "learn" / "learn.toml"


def sound_path(name: str) -> Path:
    return assets_dir() / "sounds" / f"{name}.wav"


@cache
def illustration_bases() -> frozenset[str]:
    """The base drawings a routine step can name."""
    return frozenset(path.stem for path in (assets_dir() / "illustrations").glob("*.svg"))
