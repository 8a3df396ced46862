"""The printable "about me" card for a massage therapist: cause, where the symptoms are, the
precautions from the remembered safety answers, and the person's own contacts."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument

from neuroguide.app.locale_words import day_words
from neuroguide.core.about_me import card_notes
from neuroguide.core.safety import answers_of, load_standing
from neuroguide.core.settings import Settings
from neuroguide.core.sources import citation
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.contacts import kept_lines
from neuroguide.ui.kit.profile import cause_words
from neuroguide.ui.kit.words import in_sentence, side_and_limb
from neuroguide.ui.print.pdf import print_to_pdf


def place_words(places: list[str] | tuple[str, ...]) -> str:
    """'left foot, right foot': lower case, since the words go inside a sentence."""
    named = [in_sentence(side_and_limb(*place.split(" ", 1))) for place in places if " " in place]
    return ", ".join(named)


def card_html(settings: Settings, made: date) -> str:
    cause = cause_words().get(settings.text("profile_cause"), "")
    places = place_words(settings.listed("profile_places")).capitalize()
    notes = card_notes(
        answers_of(load_standing(settings.record("standing_answers"), settings.text("profile_cause")))
    )
    sources: list[str] = []
    items = []
    for note in notes:
        marks = []
        for url in note.sources:
            if url not in sources:
                sources.append(url)
            marks.append(str(sources.index(url) + 1))
        text = tr(note.text).replace("{places}", place_words(note.places))
        suffix = f" <sup>{','.join(marks)}</sup>" if marks else ""
        items.append(f"<li>{html.escape(text)}{suffix}</li>")
    blank = "_" * 28
    shown = _card_words()
    parts = [
        f"<h1>{shown['title']}</h1>",
        f"<p>{shown['notes']}</p>",
        f"<p><b>{shown['name']}</b> {blank}</p>",
        f"<p><b>{shown['contact']}</b> {blank}</p>",
        f"<p><b>{shown['cause']}</b> {html.escape(cause) if cause else shown['not given']}</p>",
        f"<p><b>{shown['places']}</b> {html.escape(places) if places else shown['not given']}</p>",
        f"<h2>{shown['mind']}</h2>",
        "<ul>" + "".join(items) + "</ul>",
    ]
    kept = kept_lines(settings)
    if kept:
        listed = "".join(f"<li>{html.escape(line)}</li>" for line in kept)
        parts.append(f"<h2>{shown['contacts']}</h2><ul>{listed}</ul>")
    if sources:
        listed = "".join(f"<li>{html.escape(citation(key))}</li>" for key in sources)
        parts.append(f"<p class='small'>{shown['sources']}</p><ol class='small'>{listed}</ol>")
    made_words = day_words(made, short=False)
    parts.append(
        "<p class='small'><i>"
        + html.escape(
            fill(
                tr("Made with NeuroGuide on %1. NeuroGuide is a self-care aid, not a medical device."),
                made_words,
            )
        )
        + "</i></p>"
    )
    return "\n".join(parts)


def _card_words() -> dict[str, str]:
    """The card's headings, each translated on its own line (pyside6-lupdate does not look inside
    f-strings), ready for HTML."""
    words = {
        "title": tr("About me"),
        "notes": tr("Notes for my massage therapist"),
        "name": tr("Name:"),
        "contact": tr("Contact in an emergency:"),
        "cause": tr("Neuropathy from:"),
        "places": tr("Where I feel it:"),
        "not given": tr("not given"),
        "mind": tr("Please keep in mind"),
        "contacts": tr("My contacts"),
        "sources": tr("Sources:"),
    }
    return {key: html.escape(text) for key, text in words.items()}


def write_card(settings: Settings, out: Path, made: date) -> None:
    document = QTextDocument()
    document.setDefaultStyleSheet(
        "body { font-family: sans-serif; font-size: 12pt; } h1 { font-size: 20pt; } h2 { font-size: 14pt; }"
        " .small { font-size: 8pt; }"
    )
    document.setHtml(card_html(settings, made))
    print_to_pdf(document, out, tr("About me"), QPageSize.PageSizeId.A5)
