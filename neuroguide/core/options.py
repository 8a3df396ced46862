"""What the person's settings say about running a session, read once when it starts.

``session_options`` is the one place a session reads the settings; the engine, the recorder, the
voice and the player are all set up from the ``SessionOptions`` it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from neuroguide.core.clock import Clock
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import SessionEngine
from neuroguide.core.settings import Settings


@dataclass(frozen=True)
class SessionOptions:
    lead_in_seconds: float = 5.0  # reading time before a step's timer starts
    lead_in_every_step: bool = False  # reading time before every step, not only the first
    pace: float = 1.0  # 1.5 makes every step half as long again
    untimed: bool = False  # no countdown: a step lasts until the person moves on
    caregiver_mode: bool = False  # a helper gives the massage: spoken to, and recorded as doing it
    caregiver_name: str = ""
    reduce_motion: bool = False  # the pictures are kept still
    screening: bool = True  # the safety questions come first
    check_in_before: bool = True  # symptom scores are asked for before the session

    @property
    def performer(self) -> str:
        """Who does the session, as far as is known when it starts; the check-in after may say otherwise."""
        return (self.caregiver_name or "caregiver") if self.caregiver_mode else ""

    @property
    def helper(self) -> str:
        """The helper's name the check-in after offers; empty when the person does it alone."""
        return self.caregiver_name if self.caregiver_mode else ""

    def engine(
        self, routine: Routine, clock: Clock, steps: Sequence[PlannedStep] | None = None
    ) -> SessionEngine:
        """The session's engine; ``steps`` are the ones the screening left in (all of them when None)."""
        return SessionEngine(
            routine,
            clock,
            lead_in_seconds=self.lead_in_seconds,
            lead_in_every_step=self.lead_in_every_step,
            pace=self.pace,
            untimed=self.untimed,
            steps=steps,
        )


def session_options(settings: Settings) -> SessionOptions:
    return SessionOptions(
        lead_in_seconds=settings.whole("lead_in_seconds"),
        lead_in_every_step=settings.flag("lead_in_every_step"),
        pace=settings.number("pace"),
        untimed=settings.flag("untimed"),
        caregiver_mode=settings.flag("caregiver_mode"),
        caregiver_name=settings.text("caregiver_name"),
        reduce_motion=settings.flag("reduce_motion"),
        screening=settings.flag("safety_check"),
        check_in_before=settings.flag("ask_before_session"),
    )
