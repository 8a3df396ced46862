"""Small routine files written for a test: one step on the feet or the hands, with what it suits."""

from __future__ import annotations

from pathlib import Path


def write_routine(
    folder: Path,
    routine_id: str,
    area: str = "feet",
    suits: tuple[str, ...] = (),
    performer: str = "self",
    add_on: str = "",
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    base = "foot-top" if area == "feet" else "hand-palm"
    lines = [
        f'id = "{routine_id}"',
        f'title = "{routine_id.replace("-", " ").capitalize()}"',
        'summary = "A short routine written for a test."',
        f'area = "{area}"',
        f'performer = "{performer}"',
        "precautions = []",
        'sources = ["iwgdf-2023"]',
        "suits = [" + ", ".join(f'"{suit}"' for suit in suits) + "]",
        *([f'add_on = "{add_on}"'] if add_on else []),
        "",
        "[[blocks]]",
        'sides = "both"',
        "",
        "[[blocks.steps]]",
        'id = "look"',
        'title = "Look"',
        'text = "Look at the skin."',
        'text_caregiver = "Look at their skin."',
        'say = "Look at the skin."',
        'say_caregiver = "Look at their skin."',
        "seconds = 30",
        'technique = "check"',
        'pressure = "none"',
        f'illustration = {{ base = "{base}" }}',
    ]
    path = folder / f"{routine_id}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
