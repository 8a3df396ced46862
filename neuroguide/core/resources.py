"""Where the files shipped with the app are: inside the installed package, or in a source checkout.

A wheel carries ``assets/`` and ``routines/`` inside the package; an editable install or a source
checkout keeps them at the top of the project. Nothing is looked up relative to the working directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from neuroguide import APP_ID


@cache
def _top(name: str) -> Path:
    package = Path(__file__).resolve().parent.parent  # neuroguide/, from neuroguide/core/
    packaged = package / name  # inside the package, as in an installed wheel
    if packaged.is_dir():
        return packaged
    return package.parent / name


def routines_dir() -> Path:
    """The routines that come with the app."""
    return _top("routines")


def assets_dir() -> Path:
    return _top("assets")


def illustration_path(base: str) -> Path:
    return assets_dir() / "illustrations" / f"{base}.svg"


def places_path() -> Path:
    """The named places on every base drawing (see neuroguide.core.places)."""
    return assets_dir() / "illustrations" / "places.toml"


def icon_path(name: str) -> Path:
    """One of the line icons drawn for the buttons (see neuroguide.ui.kit.icons)."""
    return assets_dir() / "icons" / "ui" / f"{name}.svg"


def icon_mask_path(name: str) -> Path:
    """The icon drawn ahead as a mask to tint (see neuroguide.ui.kit.pictures)."""
    return assets_dir() / "icons" / "ui" / "masks" / f"{name}.png"


def card_picture_path(base: str, ratio: int) -> Path:
    """The base drawing drawn ahead for a library card, at ``ratio`` pixels a logical pixel (see
    neuroguide.ui.kit.pictures); "@2x" as Qt names them."""
    suffix = "" if ratio == 1 else f"@{ratio}x"
    return assets_dir() / "illustrations" / "cards" / f"{base}{suffix}.png"


def app_icon_path() -> Path:
    """NeuroGuide's own icon, the drawing."""
    return assets_dir() / "icons" / "neuroguide.svg"


# px: a tray's icon at 1x and 2x (16 to 64), and the freedesktop icon theme's sizes for a menu or a
# software centre (128, 256)
APP_ICON_SIDES = (16, 22, 24, 32, 48, 64, 128, 256)


def desktop_file_path(suffix: str) -> Path:
    """The menu entry (".desktop") or the AppStream entry (".metainfo.xml"), named by the app's id."""
    return assets_dir() / "desktop" / f"{APP_ID}{suffix}"


def app_icon_picture_path(side: int) -> Path:
    """NeuroGuide's own icon drawn ahead at ``side`` px square (see neuroguide.ui.kit.pictures)."""
    return assets_dir() / "icons" / "app" / f"neuroguide-{side}.png"


def learn_path() -> Path:
    return assets_dir() / "learn" / "learn.toml"


def sources_path() -> Path:
    """The table of sources every routine, Learn section and safety rule cites by key."""
    return assets_dir() / "sources.toml"


def sound_path(name: str) -> Path:
    return assets_dir() / "sounds" / f"{name}.wav"


@cache
def illustration_bases() -> frozenset[str]:
    """The base drawings a routine step can name."""
    return frozenset(path.stem for path in (assets_dir() / "illustrations").glob("*.svg"))


def translations_dir() -> Path:
    """The translations: .ts files, and the interface's .qm files compiled from them."""
    return Path(__file__).resolve().parent.parent / "i18n"
