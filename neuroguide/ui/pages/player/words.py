"""The player's words for time and sides."""

from __future__ import annotations

import math

from neuroguide.core.routine import PlannedStep
from neuroguide.core.translation import tr
from neuroguide.ui.kit.words import side_and_limb


def clock_text(seconds: float) -> str:
    """A countdown as people read it: 0:45, 2:05; whole seconds, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole < 60:
        return tr("under a minute")
    return tr("%n min", None, round(whole / 60))


def side_words(step: PlannedStep) -> str:
    """'Right foot', in the person's language; '' when the step is not done on one side."""
    return side_and_limb(step.side, step.limb) if step.side is not None else ""
