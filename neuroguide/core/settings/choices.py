"""The choices some settings offer, with their words (the codes are what the settings file keeps)."""

from __future__ import annotations

from neuroguide.core.languages import LANGUAGES
from neuroguide.core.settings.setting import Choice
from neuroguide.core.translation import tr_noop

COLOURS = (
    Choice("system", tr_noop("Follow my computer")),
    Choice("light", tr_noop("Light")),
    Choice("dark", tr_noop("Dark")),
    Choice("contrast", tr_noop("High contrast")),
)
CAPTIONS = (
    Choice("when-silent", tr_noop("Only when the voice is silent")),
    Choice("always", tr_noop("Always")),
)
PACES = (
    Choice(1.0, tr_noop("As written")),
    Choice(1.25, tr_noop("A little slower (×1.25)")),
    Choice(1.5, tr_noop("Slower (×1.5)")),
    Choice(2.0, tr_noop("Twice as long (×2)")),
)
CAUSES = (
    Choice("", tr_noop("Rather not say")),
    Choice("diabetes", tr_noop("Diabetes")),
    Choice("chemotherapy", tr_noop("Chemotherapy")),
    Choice("injury", tr_noop("An injury")),
    Choice("infection", tr_noop("An infection")),
    Choice("autoimmune", tr_noop("An autoimmune illness")),
    Choice("other", tr_noop("Something else")),
    Choice("not-sure", tr_noop("Not sure")),
)
PAPERS = (
    Choice("", tr_noop("Follow my computer")),
    Choice("a4", tr_noop("A4")),
    Choice("letter", tr_noop("Letter")),
)
REMINDER_WAYS = (
    Choice("notification", tr_noop("A desktop notification")),
    Choice("window", tr_noop("A small window")),
)
DAYS = (
    Choice("mon", tr_noop("Mon"), tr_noop("Monday")),
    Choice("tue", tr_noop("Tue"), tr_noop("Tuesday")),
    Choice("wed", tr_noop("Wed"), tr_noop("Wednesday")),
    Choice("thu", tr_noop("Thu"), tr_noop("Thursday")),
    Choice("fri", tr_noop("Fri"), tr_noop("Friday")),
    Choice("sat", tr_noop("Sat"), tr_noop("Saturday")),
    Choice("sun", tr_noop("Sun"), tr_noop("Sunday")),
)
# Each language is named in itself, as language menus do, so a person can find their own.
LANGUAGE_CHOICES = (
    Choice("system", tr_noop("Follow my computer")),
    *(Choice(code, name) for code, name in LANGUAGES.items()),
)
SPEECH_LANGUAGE_CHOICES = (
    Choice("", tr_noop("The same as the screen")),
    *(Choice(code, name) for code, name in LANGUAGES.items()),
)
TEMPERATURE_UNITS = (
    Choice("", tr_noop("As is usual where I live")),
    Choice("c", tr_noop("Celsius (°C)")),
    Choice("f", tr_noop("Fahrenheit (°F)")),
)
