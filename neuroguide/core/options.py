"""What the person's settings say about running a session, read once when it starts.

``session_options`` is the one place a session reads the settings; the engine, the recorder, the
voice and the player are all set up from the ``SessionOptions`` it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from neuroguide.core.clock import Clock
from neuroguide.core.people import People
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import SessionEngine
from neuroguide.core.settings import Settings


@dataclass(frozen=True)
class Giver:
    """Who gives a session, and to whom: the check-ins ask a helper about the person by name, and the
    history records who did it."""

    helped: bool = False  # a helper gives it; else the person does it themself
    helper: str = ""  # the helper's name, as the settings keep it ("" when not given)
    person: str = ""  # the name of the person helped ("" when they have none in the app yet)

    @property
    def performer(self) -> str:
        """Who did the session, as the history records it: "" for the person alone. A session given by
        a helper is recorded as theirs: that it was given so is a fact of the session, not a guess."""
        return (self.helper or "caregiver") if self.helped else ""


@dataclass(frozen=True)
class SessionOptions:
    lead_in_seconds: float = 5.0  # reading time before a step's timer starts
    lead_in_every_step: bool = False  # reading time before every step, not only the first
    pace: float = 1.0  # 1.5 makes every step half as long again
    untimed: bool = False  # no countdown: a step lasts until the person moves on
    caregiver_mode: bool = False  # a helper gives the massage: spoken to, and recorded as doing it
    caregiver_name: str = ""
    person_name: str = ""  # the person the session is for, from the people list ("" when unnamed)
    reduce_motion: bool = False  # the pictures are kept still
    screening: bool = True  # the safety questions come first
    check_in_before: bool = True  # symptom scores are asked for before the session

    def giver(self, routine: Routine) -> Giver:
        """Who gives ``routine`` today: a helper in caregiver mode, and always for a routine that only a
        caregiver gives; the check-in after may say otherwise."""
        helped = self.caregiver_mode or routine.performer == "caregiver"
        return Giver(helped, self.caregiver_name if helped else "", self.person_name)

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


def session_options(settings: Settings, people: People | None = None) -> SessionOptions:
    """The options for a session now; ``people`` names the person it is for (their current one)."""
    person = people.get(people.current) if people is not None else None
    return SessionOptions(
        lead_in_seconds=settings.whole("lead_in_seconds"),
        lead_in_every_step=settings.flag("lead_in_every_step"),
        pace=settings.number("pace"),
        untimed=settings.flag("untimed"),
        caregiver_mode=settings.flag("caregiver_mode"),
        caregiver_name=settings.text("caregiver_name"),
        person_name=person.name if person is not None else "",
        reduce_motion=settings.flag("reduce_motion"),
        screening=settings.flag("safety_check"),
        check_in_before=settings.flag("ask_before_session"),
    )
