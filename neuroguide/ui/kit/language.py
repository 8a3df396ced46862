"""The language the app is shown and spoken in, applied to the running app: Qt's translators for the
interface (the app's .qm and Qt's own for its standard dialogs), the content's words for the routines
and Learn, and the default locale for dates, times and numbers.

The setting "language" is "system" (the computer's own, from its locale) or a language's code; a
language with no compiled translation here is refused with a plain message, never shown in English
without a word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from neuroguide.core import content_words, resources
from neuroguide.core.content_words import VoiceWords, load_content_words
from neuroguide.core.languages import LANGUAGES, SOURCE, language_of
from neuroguide.core.translation import Translator, fill, source_text, tr, tr_through

log = logging.getLogger(__name__)


@dataclass
class Applied:
    language: str  # the code now shown
    problem: str = ""  # why the chosen language could not be shown, in the person's words


_installed: list[QTranslator] = []
_for_this_run = ""  # a language asked for on the command line, until one is chosen in Settings


def choose_for_this_run(code: str) -> None:
    """Show ``code`` in place of the settings' language, until the person chooses one ("" ends it)."""
    global _for_this_run
    _for_this_run = code


def chosen_language(choice: str) -> str:
    """The language code a setting's value means: "system" is the computer's locale's own. A
    language asked for on the command line comes first."""
    if _for_this_run:
        return _for_this_run
    if choice in ("", "system"):
        return language_of(QLocale.system().name())
    return choice if choice in LANGUAGES else SOURCE


def _locale_for(code: str) -> QLocale:
    """The computer's own locale when it is of this language (keeping its country's dates and
    units), otherwise the language's main one."""
    system = QLocale.system()
    return system if language_of(system.name()) == code else QLocale(code)


def interface_translator(code: str) -> QTranslator | None:
    """The app's compiled words in ``code``; None when there are none here."""
    translator = QTranslator()
    path = resources.translations_dir() / f"neuroguide_{code}.qm"
    return translator if translator.load(str(path)) else None


def apply_language(choice: str) -> Applied:
    """Shows the app in the language ``choice`` from now on. Widgets made before keep their words,
    unless they answer Qt's LanguageChange: the window builds its pages again
    (ui/window_language.py)."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication first"
    code = chosen_language(choice)
    problem = ""
    translators: list[QTranslator] = []
    english = interface_translator(SOURCE)  # English's own plural forms ("1 session")
    if english is None:
        log.warning("no compiled plural forms for English in %s", resources.translations_dir())
    if code != SOURCE:
        own = interface_translator(code)
        if own is None:
            problem = fill(
                tr("The words for %1 are missing from this installation, so NeuroGuide is shown in English."),
                LANGUAGES.get(code, code),
            )
            log.warning("no compiled translation for %s in %s", code, resources.translations_dir())
            code = SOURCE
        else:
            translators.append(own)
            qt_own = QTranslator()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_folder):  # Qt's standard dialogs and buttons
                translators.append(qt_own)
    if english is not None:
        translators.insert(0, english)  # the last installed is asked first: the language's own
    for old in _installed:
        app.removeTranslator(old)
    _installed[:] = translators
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(_locale_for(code))
    content_words.use(load_content_words(resources.translations_dir(), code))
    return Applied(code, problem)


def shown_language() -> str:
    return content_words.shown().language


def voice_language(speech_choice: str) -> str:
    """The language the voice speaks: the screen's, unless the setting names another."""
    return speech_choice if speech_choice in LANGUAGES else shown_language()


def voice_words(speech_choice: str) -> VoiceWords:
    """The voice's words: the screen's, or, for another language, its own translator (English's is
    its plural forms) and its content's words, read once a run."""
    code = voice_language(speech_choice)
    if code == shown_language():
        return VoiceWords(code, tr, None)
    if code not in _voices:
        own = interface_translator(code)
        translate: Translator = source_text
        if own is not None:

            def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
                return own.translate(context, text, disambiguation, n) or text

        content = load_content_words(resources.translations_dir(), code)
        _voices[code] = VoiceWords(code, tr_through(translate), content)
    return _voices[code]


_voices: dict[str, VoiceWords] = {}  # the voice's words for a language not shown, once read


_told_untranslated: set[str] = set()


def untranslated_notice() -> str:
    """Once a run for each language: that some of the content is shown in English, not yet translated."""
    words = content_words.shown()
    if not words.missing or words.language in _told_untranslated:
        return ""
    _told_untranslated.add(words.language)
    log.info(
        "%d texts are not translated into %s: %s",
        len(words.missing),
        words.language,
        sorted(words.missing)[:5],
    )
    return fill(
        tr("Some of the routines' words are not yet translated into %1, and are shown in English."),
        LANGUAGES.get(words.language, words.language),
    )
