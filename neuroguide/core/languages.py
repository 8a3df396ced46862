"""The languages NeuroGuide speaks, by their codes, each named in itself (as a language menu shows it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SOURCE = "en"  # the language the app and its content are written in
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)


def language_of(locale_name: str) -> str:
    """The language NeuroGuide has for a locale such as "es_MX.UTF-8" or "de-AT": its own, or English."""
    code = locale_name.replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return code if code in LANGUAGES else SOURCE


def language_of_environment(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, as gettext reads it: LANGUAGE (its first), then LC_ALL,
    LC_MESSAGES and LANG; English when none names a language NeuroGuide has."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":", 1)[0]
        if value:
            return language_of(value)
    return SOURCE


def speaks(languages: Iterable[object], code: str) -> bool:
    """Whether a voice's languages ("es", "es-419", "fr-fr", "en_GB") include the language ``code``."""
    return any(str(language).lower().replace("_", "-").split("-")[0] == code for language in languages)
