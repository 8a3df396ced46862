"""Qt Linguist .ts files, read and written in plain Python: the format of every translation here.

The interface's words are extracted into them by ``pyside6-lupdate`` and compiled by
``pyside6-lrelease``; the content's (routines, Learn) are extracted by ``core.content_words`` and read
from the .ts file directly, so the core and the plain-Python commands can use them without Qt. Qt
Linguist and translation platforms (Weblate, Crowdin, Transifex) take the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, str, str]  # (context, source text, disambiguation): what a translation is looked up by
MAX_TS_BYTES = 8 * 1024 * 1024  # a translation file larger than this is refused, not read


@dataclass
class Message:
    context: str
    source: str
    translation: str = ""
    finished: bool = False  # not "unfinished", "obsolete" or "vanished": ready to be shown
    disambiguation: str = ""
    note: str = ""  # for the translator: where the text is and what it is for
    numerus: bool = False
    forms: list[str] = field(default_factory=list)  # a plural's forms, in the language's order

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


@dataclass
class TsFile:
    language: str
    messages: list[Message]

    def finished(self) -> dict[Key, Message]:
        """The messages ready to be shown, by their key."""
        return {message.key: message for message in self.messages if message.finished}


def read_ts(path: Path) -> TsFile:
    """The messages of a .ts file; OSError or ValueError (with the file's name) when it cannot be read."""
    import xml.etree.ElementTree as ElementTree  # only for a language other than English

    if path.stat().st_size > MAX_TS_BYTES:
        raise ValueError(f"{path}: larger than {MAX_TS_BYTES // (1024 * 1024)} MB")
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise ValueError(f"{path}: not a translation file ({error})") from error
    if root.tag != "TS":
        raise ValueError(f"{path}: not a translation file (its root is <{root.tag}>)")
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    translation=(translation.text or "") if translation is not None else "",
                    finished=kind == "" and (bool(forms) or translation is not None),
                    disambiguation=element.findtext("comment") or "",
                    note=element.findtext("extracomment") or "",
                    numerus=element.get("numerus") == "yes",
                    forms=forms,
                )
            )
    return TsFile(root.get("language", ""), messages)


def write_ts(path: Path, ts: TsFile) -> None:
    """Writes ``ts`` as Qt Linguist writes it: contexts in order of first use, messages in order."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.Element("TS", version="2.1", language=ts.language)
    contexts: dict[str, ElementTree.Element] = {}
    for message in ts.messages:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = message.context
        element = ElementTree.SubElement(context, "message")
        if message.numerus:
            element.set("numerus", "yes")
        ElementTree.SubElement(element, "source").text = message.source
        if message.disambiguation:
            ElementTree.SubElement(element, "comment").text = message.disambiguation
        if message.note:
            ElementTree.SubElement(element, "extracomment").text = message.note
        translation = ElementTree.SubElement(element, "translation")
        if not message.finished:
            translation.set("type", "unfinished")
        if message.numerus:
            for form in message.forms or [""]:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = message.translation
    ElementTree.indent(root, space="    ")
    text = ElementTree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")


def merged(language: str, wanted: list[Message], old: TsFile | None) -> TsFile:
    """The messages ``wanted`` (the source texts as they are now), keeping the translations ``old``
    had for the same texts; a text whose English changed starts again, unfinished."""
    known = {message.key: message for message in old.messages} if old is not None else {}
    messages = []
    for message in wanted:
        before = known.get(message.key)
        if before is not None:
            message.translation, message.finished, message.forms = (
                before.translation,
                before.finished,
                before.forms,
            )
        messages.append(message)
    return TsFile(language, messages)
