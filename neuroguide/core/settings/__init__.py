"""Settings, declared once (``declared``), and the person's own values of them (``store``)."""

from neuroguide.core.settings.declared import (
    BY_KEY,
    CONTACT_LENGTH,
    DAY_NAMES,
    DECLARED,
    SECTIONS,
)
from neuroguide.core.settings.language_and_voice import SPEECH_RATE
from neuroguide.core.settings.setting import (
    Choice,
    Listed,
    Record,
    Section,
    Setting,
    Value,
)
from neuroguide.core.settings.store import (
    DAMAGED_COPIES,
    MAX_FILE_BYTES,
    Observer,
    Settings,
    Snapshot,
    Writer,
    upgraded,
)

__all__ = [
    "BY_KEY",
    "CONTACT_LENGTH",
    "DAMAGED_COPIES",
    "DAY_NAMES",
    "DECLARED",
    "MAX_FILE_BYTES",
    "SECTIONS",
    "SPEECH_RATE",
    "Choice",
    "Listed",
    "Observer",
    "Record",
    "Section",
    "Setting",
    "Settings",
    "Snapshot",
    "Value",
    "Writer",
    "upgraded",
]
