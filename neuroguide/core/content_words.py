"""The words of the content (routines and Learn) in other languages: which texts are translated, and
the routines and sections in a language.

Each language has one .ts file for the routines and one for Learn (``neuroguide/i18n``), made from the
English files by ``scripts/translations update``. A text is looked up by its routine and its English
words: a text whose English changed, or that is not translated yet, stays in English, that text only,
and is counted so the app can say so.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neuroguide.core import resources
from neuroguide.core.learn import Section, load_learn
from neuroguide.core.library import Library, load_library
from neuroguide.core.routine import TEXT_FIELDS, Block, Routine, Step
from neuroguide.core.translation import Tr
from neuroguide.core.ts_files import Key, Message, TsFile, read_ts

LEARN_CONTEXT = "learn"
SIDES_CONTEXT = "sides"  # "right" and "left" for {side}, by limb, since they agree with it in many languages
LIMBS = ("foot", "hand", "leg", "arm")
DOMAINS = ("routines", "learn")
log = logging.getLogger(__name__)


def routine_context(routine_id: str) -> str:
    return f"routine:{routine_id}"


def routine_messages(routine: Routine) -> Iterator[Message]:
    """Every text of a routine a translator translates, in the order the file has them."""
    context = routine_context(routine.id)
    yield Message(context, routine.title, note="the routine's title")
    yield Message(context, routine.summary, note="the routine's summary, under its title in the library")
    for number, precaution in enumerate(routine.precautions, 1):
        yield Message(context, precaution, note=f"precaution {number}, shown before the routine starts")
    for block in routine.blocks:
        for step in block.steps:
            for name in TEXT_FIELDS:
                text = getattr(step, name)
                if text:
                    yield Message(context, text, note=f"step {step.id}: {NOTES[name]}")


NOTES = {
    "title": "its title ({side} is 'right' or 'left')",
    "text": "what the person reads",
    "text_caregiver": "what a caregiver reads, giving it to someone else",
    "say": "what the voice says to the person",
    "say_caregiver": "what the voice says to a caregiver",
    "caution": "a caution, shown and spoken",
    "caution_caregiver": "a caution for a caregiver, shown and spoken",
}


def side_messages() -> Iterator[Message]:
    for limb in LIMBS:
        for side in ("right", "left"):
            yield Message(
                SIDES_CONTEXT, side, disambiguation=limb,
                note=f"fills {{side}} in a step about a {limb}: 'the {{side}} {limb}' (a {side} {limb})",
            )  # fmt: skip


def learn_messages(sections: Iterable[Section]) -> Iterator[Message]:
    for number, section in enumerate(sections, 1):
        yield Message(LEARN_CONTEXT, section.title, note=f"question {number}'s title")
        for paragraph, text in enumerate(section.body, 1):
            yield Message(LEARN_CONTEXT, text, note=f"question {number}, paragraph {paragraph}")


def shipped_messages(domain: str) -> list[Message]:
    """Every text of the shipped routines ("routines") or of Learn ("learn") a translation has."""
    if domain == "learn":
        return unique(learn_messages(load_learn(resources.learn_path())))
    library = load_library([resources.routines_dir()], resources.illustration_bases())
    messages = list(side_messages())
    for routine in library.routines:
        messages += routine_messages(routine)
    return unique(messages)


def unique(messages: Iterable[Message]) -> list[Message]:
    """One message for each context and text: the same words twice are translated once."""
    seen: dict[Key, Message] = {}
    for message in messages:
        seen.setdefault(message.key, message)
    return list(seen.values())


@dataclass
class ContentWords:
    """The content's words in one language; English (no translations) for ``language == "en"``."""

    language: str = "en"
    translations: dict[Key, str] = field(default_factory=dict)
    missing: set[Key] = field(default_factory=set)  # looked up and not found: shown in English
    by_english: dict[str, str] = field(default_factory=dict)  # any routine's translation of a text

    def add(self, translations: dict[Key, str]) -> None:
        self.translations.update(translations)
        for (_context, english, disambiguation), translated in translations.items():
            if not disambiguation:
                self.by_english.setdefault(english, translated)

    def text(self, context: str, english: str) -> str:
        if self.language == "en" or not english:
            return english
        found = self.translations.get((context, english, ""))
        if found is None:
            self.missing.add((context, english, ""))
            return english
        return found

    def title_of(self, routine_id: str, title: str) -> str:
        """A routine's title as the history kept it, in this language when it is a shipped routine's
        title as written (a session recorded in another language keeps its own words)."""
        return self.translations.get((routine_context(routine_id), title, ""), title)

    def routine(self, routine: Routine) -> Routine:
        """``routine`` in this language; its English stays with it, for a voice in another language."""
        english = routine.english or routine
        if self.language == "en":
            return english
        context = routine_context(english.id)
        return dataclasses.replace(
            english,
            title=self.text(context, english.title),
            summary=self.text(context, english.summary),
            precautions=tuple(self.text(context, text) for text in english.precautions),
            blocks=tuple(self._block(context, block) for block in english.blocks),
            language=self.language,
            english=english,
            side_words=tuple(
                (side, limb, self.side(side, limb)) for limb in LIMBS for side in ("right", "left")
            ),
        )

    def side(self, side: str, limb: str) -> str:
        found = self.translations.get((SIDES_CONTEXT, side, limb))
        if found is None:
            self.missing.add((SIDES_CONTEXT, side, limb))
        return found or side

    def _block(self, context: str, block: Block) -> Block:
        return dataclasses.replace(block, steps=tuple(self._step(context, step) for step in block.steps))

    def _step(self, context: str, step: Step) -> Step:
        return _in_words(step.english or step, lambda english: self.text(context, english))

    def step(self, step: Step) -> Step:
        """A step of any routine in this language (the voice's, when it is not the screen's)."""
        english = step.english or step
        if self.language == "en":
            return english
        return _in_words(english, lambda text: self.by_english.get(text, text))

    def sections(self, sections: Iterable[Section]) -> list[Section]:
        return [
            dataclasses.replace(
                section,
                title=self.text(LEARN_CONTEXT, section.title),
                body=tuple(self.text(LEARN_CONTEXT, text) for text in section.body),
            )
            for section in sections
        ]


def _in_words(english: Step, words: Callable[[str], str]) -> Step:
    return dataclasses.replace(
        english,
        title=words(english.title),
        text=words(english.text),
        text_caregiver=words(english.text_caregiver),
        say=words(english.say),
        say_caregiver=words(english.say_caregiver),
        caution=words(english.caution),
        caution_caregiver=words(english.caution_caregiver),
        english=english,
    )


def ts_path(folder: Path, domain: str, language: str) -> Path:
    return folder / f"{domain}_{language}.ts"


def load_content_words(folder: Path, language: str) -> ContentWords:
    """The content's words in ``language`` from its .ts files in ``folder``; a file that is missing or
    cannot be read leaves its texts in English (and says so in the log)."""
    words = ContentWords(language)
    if language == "en":
        return words
    for domain in DOMAINS:
        path = ts_path(folder, domain, language)
        try:
            ts: TsFile = read_ts(path)
        except (OSError, ValueError) as error:
            log.warning("the %s in %s cannot be read, so they stay in English: %s", domain, language, error)
            continue
        words.add({key: message.translation for key, message in ts.finished().items()})
    return words


def library_in(words: ContentWords, library: Library) -> Library:
    """Every routine that comes with the app in the words' language; a person's own routines stay in
    their own words."""
    shipped = resources.routines_dir()
    routines = tuple(
        words.routine(routine) if Path(routine.origin).parent == shipped else routine
        for routine in library.routines
    )
    return dataclasses.replace(library, routines=routines)


@dataclass
class VoiceWords:
    """What the voice says a session in: its language, the prompts' words, and the routines' when
    they are not the screen's (``content`` None)."""

    language: str
    tr: Tr
    content: ContentWords | None = None


_shown = ContentWords()


def use(words: ContentWords) -> None:
    """The content's words on screen from now on (the app sets them with the interface's language)."""
    global _shown
    _shown = words


def shown() -> ContentWords:
    return _shown
