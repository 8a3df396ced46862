"""The settings of the language and of the voice, declared as every setting is (core/settings/declared.py
puts them in their places in the table)."""

from __future__ import annotations

from neuroguide.core.settings.choices import (
    CAPTIONS,
    LANGUAGE_CHOICES,
    SPEECH_LANGUAGE_CHOICES,
    TEMPERATURE_UNITS,
)
from neuroguide.core.settings.setting import Setting
from neuroguide.core.translation import tr_noop

SPEECH_RATE = 145  # words a minute: slower than most voices' own, as older listeners ask for

LANGUAGE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language",
        "system",
        tr_noop("The language of the screens, the routines and the report: the computer's, or one chosen."),
        tr_noop("Language"),
        "language",
        "choice",
        choices=LANGUAGE_CHOICES,
    ),
    Setting(
        "speech_language",
        "",
        tr_noop("The language the voice speaks, when the listener prefers another than the reader."),
        tr_noop("Language of the voice"),
        "language",
        "choice",
        choices=SPEECH_LANGUAGE_CHOICES,
    ),
    Setting(
        "temperature_unit",
        "",
        tr_noop("How temperatures are written, in the questions, the check-ins and the report."),
        tr_noop("Temperatures"),
        "language",
        "choice",
        choices=TEMPERATURE_UNITS,
    ),
)

VOICE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "voice",
        "",
        tr_noop("The voice that speaks the instructions; empty for the engine's default."),
        tr_noop("Voice"),
        "voice",
        "voices",
    ),
    Setting(
        "speech_rate",
        SPEECH_RATE,
        tr_noop("How fast the voice speaks, in words a minute."),
        tr_noop("Speaking rate"),
        "voice",
        "number",
        low=80,
        high=260,
        unit=tr_noop(" words a minute"),
    ),
    Setting(
        "volume",
        80,
        tr_noop("How loud the voice and the chime are (percent)."),
        tr_noop("Volume"),
        "voice",
        "number",
        low=0,
        high=100,
        unit=" %",
    ),
    Setting(
        "audio_output",
        "",
        tr_noop("The sound output to use; empty for the system's default."),
        tr_noop("Sound output"),
        "voice",
        "outputs",
    ),
    Setting(
        "muted",
        False,
        tr_noop("Silence the voice and the chime; instructions stay on screen."),
        tr_noop("Mute the voice and the chime"),
        "voice",
        "check",
    ),
    Setting(
        "chime",
        True,
        tr_noop("A soft chime when a new step begins."),
        tr_noop("Play a soft chime when a new step begins"),
        "voice",
        "check",
    ),
    Setting(
        "captions",
        "when-silent",
        tr_noop("Show what the voice says on screen: always, or only when the voice is silent."),
        tr_noop("Show what the voice says"),
        "voice",
        "choice",
        choices=CAPTIONS,
    ),
)
