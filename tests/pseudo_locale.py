"""A pseudo-language for tests: every word of the app and its content with accents, its vowels
doubled (about 40 % longer, as German and French often are) and the whole text in ⟦ ⟧, so that a text
left in plain English, one cut off, or one that overlaps another shows at once."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

from neuroguide.core import content_words, resources
from neuroguide.core.ts_files import Message, TsFile, read_ts, write_ts

CODE = "qps"  # the ISO 639 code kept for local use, as Windows's pseudo-locales
OPEN, CLOSE = "⟦", "⟧"
LONGER = 1.4
_BLANKS = re.compile(r"(%[1-9n]|\{[a-z_]+\}|<[^>]+>|&[a-z#0-9]+;)")
_VOWELS = str.maketrans(
    {"a": "áá", "e": "éé", "i": "íí", "o": "óó", "u": "úú", "A": "ÁÁ", "E": "ÉÉ", "I": "ÍÍ", "O": "ÓÓ",
     "U": "ÚÚ", "c": "ç", "n": "ñ", "s": "š", "z": "ž"}
)  # fmt: skip


def pseudo(text: str) -> str:
    """``text`` accented and at least 40 % longer, its blanks (%1, {side}) and tags untouched, in ⟦ ⟧."""
    parts = _BLANKS.split(text)
    words = "".join(part if _BLANKS.fullmatch(part) else part.translate(_VOWELS) for part in parts)
    padding = "·" * max(0, math.ceil(len(text) * LONGER) - len(words) - 2)
    return f"{OPEN}{words}{padding}{CLOSE}"


def _pseudo_file(messages: list[Message]) -> TsFile:
    for message in messages:
        message.translation = pseudo(message.source)
        message.forms = [pseudo(message.source)] * 2 if message.numerus else []
        message.finished = True
    return TsFile("en", messages)  # English's plural rule: two forms


def make(folder: Path) -> Path:
    """The pseudo-language's files in ``folder``, as neuroguide/i18n holds a language's."""
    folder.mkdir(parents=True, exist_ok=True)
    shipped = resources.translations_dir()
    interface = read_ts(shipped / "neuroguide_es.ts").messages  # every text of the code, by its English
    write_ts(folder / f"neuroguide_{CODE}.ts", _pseudo_file(interface))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(folder / f"neuroguide_{CODE}.ts"),
            "-qm",
            str(folder / f"neuroguide_{CODE}.qm"),
        ],
        check=True,
    )
    shutil.copy(shipped / "neuroguide_en.qm", folder / "neuroguide_en.qm")
    for domain in content_words.DOMAINS:
        write_ts(
            content_words.ts_path(folder, domain, CODE), _pseudo_file(content_words.shipped_messages(domain))
        )
    return folder


def use(folder: Path) -> None:
    """From now on the app finds its translations in ``folder``, and shows the pseudo-language as
    when it is asked for on the command line."""
    from neuroguide.ui.kit.language import choose_for_this_run

    make(folder)
    resources.translations_dir = lambda: folder
    choose_for_this_run(CODE)
