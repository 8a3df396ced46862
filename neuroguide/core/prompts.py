"""What the voice says at each moment of a session, in the person's own wording or a caregiver's.

Built from the session engine's events. The texts are short and plain; every one passes through a
``translate`` function: ``core.translation.tr`` unless another is given (a test's, say).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from neuroguide.core.counting import enough_done
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import (
    Event,
    GetReady,
    Halfway,
    LastSeconds,
    PlacesLeftOut,
    QuestionAsked,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStopped,
    StepStarted,
    TimeAdded,
)
from neuroguide.core.translation import Tr, fill, tr, tr_noop

if TYPE_CHECKING:
    from neuroguide.core.content_words import ContentWords


@dataclass(frozen=True)
class Prompt:
    text: str
    # get-ready, step, halfway, last-seconds, time-added, paused, resumed, finished, stopped, question
    kind: str
    chime: bool = False  # a step change: the soft chime may sound first


# Whole sentences for each side and limb, since the words for "right", "your" and "the" agree with the
# limb in many languages ("tu pie derecho", "ta main droite"). "start" begins the first side, "now"
# changes side; "-their" is a caregiver's wording.
SIDE_SENTENCES: dict[tuple[str, str, str], str] = {
    ("start", "right", "foot"): tr_noop("Start with your right foot."),
    ("start", "left", "foot"): tr_noop("Start with your left foot."),
    ("start", "right", "hand"): tr_noop("Start with your right hand."),
    ("start", "left", "hand"): tr_noop("Start with your left hand."),
    ("start", "right", "leg"): tr_noop("Start with your right leg."),
    ("start", "left", "leg"): tr_noop("Start with your left leg."),
    ("start", "right", "arm"): tr_noop("Start with your right arm."),
    ("start", "left", "arm"): tr_noop("Start with your left arm."),
    ("start-their", "right", "foot"): tr_noop("Start with their right foot."),
    ("start-their", "left", "foot"): tr_noop("Start with their left foot."),
    ("start-their", "right", "hand"): tr_noop("Start with their right hand."),
    ("start-their", "left", "hand"): tr_noop("Start with their left hand."),
    ("start-their", "right", "leg"): tr_noop("Start with their right leg."),
    ("start-their", "left", "leg"): tr_noop("Start with their left leg."),
    ("start-their", "right", "arm"): tr_noop("Start with their right arm."),
    ("start-their", "left", "arm"): tr_noop("Start with their left arm."),
    ("now", "right", "foot"): tr_noop("Now the right foot."),
    ("now", "left", "foot"): tr_noop("Now the left foot."),
    ("now", "right", "hand"): tr_noop("Now the right hand."),
    ("now", "left", "hand"): tr_noop("Now the left hand."),
    ("now", "right", "leg"): tr_noop("Now the right leg."),
    ("now", "left", "leg"): tr_noop("Now the left leg."),
    ("now", "right", "arm"): tr_noop("Now the right arm."),
    ("now", "left", "arm"): tr_noop("Now the left arm."),
    ("now-their", "right", "foot"): tr_noop("Now their right foot."),
    ("now-their", "left", "foot"): tr_noop("Now their left foot."),
    ("now-their", "right", "hand"): tr_noop("Now their right hand."),
    ("now-their", "left", "hand"): tr_noop("Now their left hand."),
    ("now-their", "right", "leg"): tr_noop("Now their right leg."),
    ("now-their", "left", "leg"): tr_noop("Now their left leg."),
    ("now-their", "right", "arm"): tr_noop("Now their right arm."),
    ("now-their", "left", "arm"): tr_noop("Now their left arm."),
    ("left-out", "right", "foot"): tr_noop("The right foot is left out today."),
    ("left-out", "left", "foot"): tr_noop("The left foot is left out today."),
    ("left-out", "right", "hand"): tr_noop("The right hand is left out today."),
    ("left-out", "left", "hand"): tr_noop("The left hand is left out today."),
}


class PromptBook:
    """Turns events into prompts for one routine, and lists every prompt it may need ahead of time."""

    def __init__(
        self,
        routine: Routine,
        caregiver: bool = False,
        translate: Tr = tr,
        steps: tuple[PlannedStep, ...] | None = None,
        content: ContentWords | None = None,
    ) -> None:
        """``translate`` and ``content`` give the voice's words when they are not the screen's (a
        listener who hears another language than the reader reads): the prompts' and the routine's."""
        self.routine = routine
        self.caregiver = caregiver
        self._tr = translate
        self._content = content
        self._steps = routine.plan() if steps is None else steps

    def for_event(self, event: Event) -> Prompt | None:
        tr = self._tr
        if isinstance(event, GetReady):
            if event.step.number == 1:
                first = tr("Get ready: {routine}. First: {step}.")
                text = first.format(routine=self._title(), step=self._said(event.step).title())
            else:
                text = tr("Get ready. Next: {step}.").format(step=self._said(event.step).title())
            return Prompt(text, "get-ready", chime=event.step.number > 1)
        if isinstance(event, StepStarted):
            return Prompt(self.step_text(event.step, again=event.repeat), "step", chime=True)
        if isinstance(event, Halfway):
            return Prompt(tr("Halfway."), "halfway")
        if isinstance(event, LastSeconds):
            return Prompt(self._last_seconds_text(event.step), "last-seconds")
        if isinstance(event, TimeAdded):
            return Prompt(tr("{seconds} more seconds.").format(seconds=round(event.seconds)), "time-added")
        if isinstance(event, SessionPaused):
            return Prompt(tr("Paused."), "paused")
        if isinstance(event, SessionResumed):
            return Prompt(tr("Resuming."), "resumed")
        if isinstance(event, SessionFinished):
            # praise only for a session that counts: one skipped through is simply at its end
            praise = enough_done(event.steps_completed, event.steps_total)
            return Prompt(self._closing_text(praise), "finished", chime=True)
        if isinstance(event, SessionStopped):
            return Prompt(tr("Session stopped."), "stopped")
        if isinstance(event, QuestionAsked):
            return Prompt(self._question_text(event.step), "question", chime=True)
        if isinstance(event, PlacesLeftOut):
            self._steps = event.steps  # what is said next ("Now the left foot") follows what remains
            return Prompt(self._left_out_text(event), "left-out")
        return None

    def _left_out_text(self, event: PlacesLeftOut) -> str:
        tr = self._tr
        if len(event.places) > 1:
            hands = any(place.endswith("hand") for place in event.places)
            text = tr("Both hands are left out today.") if hands else tr("Both feet are left out today.")
        else:
            side, limb = next(iter(event.places)).split(" ", 1)
            text = tr(SIDE_SENTENCES[("left-out", side, limb)])
        if event.reason == "check":
            text += " " + tr("Keep it clean and covered.")
        return text

    def _question_text(self, step: PlannedStep) -> str:
        words = {
            "foot": self._tr("Did you find anything? Choose no, the right foot, the left foot, or both."),
            "hand": self._tr("Did you find anything? Choose no, the right hand, the left hand, or both."),
        }
        return words["hand" if step.limb in ("hand", "arm") else "foot"]

    def step_text(self, step: PlannedStep, again: bool = False) -> str:
        tr = self._tr
        parts: list[str] = []
        if again:
            parts.append(tr("Once more."))
        else:
            side_intro = self._side_intro(step)
            if side_intro:
                parts.append(side_intro)
        said = self._said(step)
        parts.append(_sentence(said.title()))
        counts = exercise_words(step.step.repetitions, step.step.hold_seconds, tr)
        if counts:
            parts.append(_sentence(counts))
        parts.append(said.spoken(self.caregiver))
        return " ".join(parts)

    def _said(self, step: PlannedStep) -> PlannedStep:
        """The step in the voice's language."""
        if self._content is None:
            return step
        return replace(
            step,
            step=self._content.step(step.step),
            side_word=self._content.side(step.side, step.limb) if step.side else "",
        )

    def _title(self) -> str:
        return self._content.routine(self.routine).title if self._content is not None else self.routine.title

    def _side_intro(self, step: PlannedStep) -> str:
        """Say the side whenever it changes: "Now the left foot." """
        if step.side is None:
            return ""
        before = self._steps[step.number - 2] if step.number > 1 else None
        if before is not None and before.side == step.side and before.limb == step.limb:
            return ""
        first = before is None or before.side is None
        kind = ("start" if first else "now") + ("-their" if self.caregiver else "")
        return self._tr(SIDE_SENTENCES[(kind, step.side, step.limb)])

    def _last_seconds_text(self, step: PlannedStep) -> str:
        following = self._steps[step.number] if step.number < len(self._steps) else None
        if following is None:
            return self._tr("Nearly done.")
        return self._tr("Nearly done. Next: {step}.").format(step=self._said(following).title())

    def _closing_text(self, praise: bool = True) -> str:
        if praise and self.caregiver:
            text = self._tr("Well done. That is the end of {routine}. Check their skin once more.")
        elif praise:
            text = self._tr("Well done. That is the end of {routine}. Check your skin once more.")
        elif self.caregiver:
            text = self._tr("That is the end of {routine}. Check their skin once more.")
        else:
            text = self._tr("That is the end of {routine}. Check your skin once more.")
        return text.format(routine=self._title())

    def all_texts(self) -> list[str]:
        """Every prompt a session run straight through can say, in the order it says them, for
        synthesizing ahead of time."""
        texts: list[str] = []
        first = self._steps[0] if self._steps else None
        if first is not None:
            ready = self.for_event(GetReady(step=first, seconds=0, elapsed=0, remaining=0))
            texts.append(ready.text if ready else "")
        for step in self._steps:
            texts.append(self.step_text(step))
            if step.step.seconds >= 20:
                texts.append(self._last_seconds_text(step))
            if step.step.asks:
                texts.append(self._question_text(step))
        texts += [self._closing_text(), self._closing_text(praise=False)]
        for fixed in ("Halfway.", "Paused.", "Resuming.", "Session stopped.", "Once more."):
            texts.append(self._tr(fixed))
        texts.append(self._tr("{seconds} more seconds.").format(seconds=30))
        return list(dict.fromkeys(text for text in texts if text))


def exercise_words(repetitions: int | None, hold_seconds: int | None, tr: Tr = tr) -> str:
    """How many times, and how long each is held: "10 times, holding each for 5 seconds"; '' for a
    step that counts neither (shown under the step's title and said after it). Always through ``tr``,
    which knows plural forms."""
    times = tr("%n times", None, repetitions) if repetitions else ""
    hold = tr("%n seconds", None, hold_seconds) if hold_seconds else ""
    if times and hold:
        return fill(tr("%1, holding each for %2"), times, hold)
    if hold:
        return fill(tr("Hold for %1"), hold)
    return times


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
