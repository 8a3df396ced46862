"""The program tests/test_languages.py runs for one language, or the pseudo-language: every page,
dialog and step of a session, as tests/screen_probe.py walks them, checked for what does not fit the
screen and for words left in English. It prints one problem a line, then "done".

    python -m tests.language_probe <folder for pictures> <language> [theme:percent ...]
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from tests import pseudo_locale
from tests.history_seed import NOTE_SORE, NOTE_WARM
from tests.screen_probe import Probe
from tests.words_check import english_leftovers, locale_names, pseudo_leftovers, shown_texts, words


def english_only(language: str) -> set[str]:
    """The English words of the app and its content that the language's own translations never use."""
    from neuroguide.core import content_words, resources
    from neuroguide.core.ts_files import read_ts

    folder = resources.translations_dir()
    files = [folder / f"neuroguide_{language}.ts"]
    files += [content_words.ts_path(folder, domain, language) for domain in content_words.DOMAINS]
    english: set[str] = set()
    own: set[str] = set()
    for path in files:
        for message in read_ts(path).messages:
            english |= {word.lower() for word in words(message.source)}
            own |= {word.lower() for text in (message.translation, *message.forms) for word in words(text)}
    return english - own


def names() -> list[str]:
    """What is never translated: the sources' titles, publishers and addresses, and the notes the
    test history's person typed."""
    from neuroguide.core.sources import shipped_sources

    found = [NOTE_SORE, NOTE_WARM]
    for source in shipped_sources().values():
        found += [source.title, source.publisher, source.link]
    return sorted(found, key=len, reverse=True)  # the longest first: a title may hold a publisher


def without_names(text: str) -> str:
    for name in NAMES:
        text = text.replace(name, " ")
    return text


NAMES = names()


class LanguageProbe(Probe):
    def __init__(self, app: QApplication, out: Path, language: str) -> None:
        super().__init__(app, out)
        self.language = language
        self.pseudo = language == pseudo_locale.CODE
        self.english = set() if self.pseudo else english_only(language)

    def check(self, view: QWidget, name: str) -> None:
        super().check(view, name)
        allowed = locale_names(QLocale())  # the locale's dates are Qt's words, in its language
        for where, shown in shown_texts(view.window()):
            text = without_names(shown)
            left = pseudo_leftovers(text, allowed) if self.pseudo else english_leftovers(text, self.english)
            if left:
                self.say(
                    name, f"{where}: {', '.join(dict.fromkeys(left))} in {text[:120]!r} is not translated"
                )


def main(out: Path, language: str, cases: list[tuple[str, int]]) -> None:
    from PySide6.QtCore import QCoreApplication

    from neuroguide.core import translation
    from neuroguide.core.clock import FakeClock
    from neuroguide.ui.kit import style

    if language == pseudo_locale.CODE:
        pseudo_locale.use(out / "i18n")
    app = QApplication([])
    translation.use(QCoreApplication.translate)  # as the app does (ui/shell.py)
    probe = LanguageProbe(app, out, language)
    for theme, percent in cases:
        style.apply(app, style.THEMES[theme], percent)
        probe.case = f"{language}-{theme}-{percent}"
        data = out / "data" / probe.case
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        if language != pseudo_locale.CODE:  # the pseudo-language is no setting's choice: as with --lang
            (data / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
        clock = FakeClock()
        probe.views(data, clock)
        probe.session(data, clock)
    print("done", flush=True)


if __name__ == "__main__":
    folder, code, *wanted = sys.argv[1:]
    main(Path(folder), code, [(case.split(":")[0], int(case.split(":")[1])) for case in wanted])
