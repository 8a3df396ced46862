"""What the voice says, and when: built from real engine events on a fake clock."""

from __future__ import annotations

import tomllib

import pytest

from neuroguide.core.clock import FakeClock
from neuroguide.core.prompts import Prompt, PromptBook
from neuroguide.core.routine import Routine
from neuroguide.core.schema import parse
from neuroguide.core.session import SessionEngine
from tests.routine_text import VALID


@pytest.fixture
def routine() -> Routine:
    parsed, _ = parse(Routine, tomllib.loads(VALID))
    assert parsed is not None
    return parsed


def spoken_through(routine: Routine, caregiver: bool = False) -> list[Prompt]:
    clock = FakeClock()
    engine = SessionEngine(routine, clock, lead_in_seconds=5)
    book = PromptBook(routine, caregiver=caregiver)
    said: list[Prompt] = []
    engine.subscribe(lambda event: said.extend(p for p in [book.for_event(event)] if p))
    engine.start()
    while (wait := engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        engine.poll()
    return said


def test_a_whole_session_in_the_persons_own_words(routine: Routine) -> None:
    said = [prompt.text for prompt in spoken_through(routine)]
    assert said == [
        "Get ready: Test feet. First: Check.",
        "Check. Look at your feet.",
        "Nearly done. Next: Glide the right foot.",
        "Start with your right foot. Glide the right foot. Glide over your right foot.",
        "Halfway.",
        "Nearly done. Next: Circles.",
        "Circles. Small circles.",
        "Nearly done. Next: Glide the left foot.",
        "Now the left foot. Glide the left foot. Glide over your left foot.",
        "Halfway.",
        "Nearly done. Next: Circles.",
        "Circles. Small circles.",
        "Nearly done.",
        "Well done. That is the end of Test feet. Check your skin once more.",
    ]


def test_caregiver_wording(routine: Routine) -> None:
    said = [prompt.text for prompt in spoken_through(routine, caregiver=True)]
    assert "Start with their right foot. Glide the right foot. Glide over their right foot." in said
    assert "Now their left foot. Glide the left foot. Glide over their left foot." in said
    assert said[-1] == "Well done. That is the end of Test feet. Check their skin once more."
    assert not any("your" in text for text in said[1:])


def started(routine: Routine) -> tuple[SessionEngine, PromptBook, list[Prompt]]:
    """A session started with no lead-in, with what its prompt book says kept in a list."""
    engine = SessionEngine(routine, FakeClock(), lead_in_seconds=0)
    book = PromptBook(routine)
    said: list[Prompt] = []
    engine.subscribe(lambda event: said.extend(p for p in [book.for_event(event)] if p))
    engine.start()
    return engine, book, said


def test_pause_resume_repeat_and_added_time(routine: Routine) -> None:
    engine, _book, said = started(routine)
    engine.pause()
    engine.resume()
    engine.repeat()
    engine.add_time()
    engine.stop()
    assert [(prompt.kind, prompt.text) for prompt in said] == [
        ("step", "Check. Look at your feet."),
        ("paused", "Paused."),
        ("resumed", "Resuming."),
        ("step", "Once more. Check. Look at your feet."),
        ("time-added", "30 more seconds."),
        ("stopped", "Session stopped."),
    ]
    assert [prompt.chime for prompt in said] == [True, False, False, True, False, False]


def test_every_prompt_of_a_straight_run_is_listed_for_synthesis_ahead(routine: Routine) -> None:
    book = PromptBook(routine)
    listed = set(book.all_texts())
    for prompt in spoken_through(routine):
        assert prompt.text in listed
    assert {"Paused.", "Resuming.", "Session stopped.", "30 more seconds."} <= listed
    assert len(book.all_texts()) == len(listed)  # no text twice


def test_a_step_caution_is_said_after_its_words_and_listed_for_synthesis() -> None:
    cautioned = VALID.replace(
        'technique = "circle"', 'technique = "circle"\ncaution = "Stop if it stings."\n'
        'caution_caregiver = "Stop if they say it stings."', 1,
    )  # fmt: skip
    parsed, problems = parse(Routine, tomllib.loads(cautioned))
    assert parsed is not None, problems
    circles = next(step for step in parsed.plan() if step.step.id == "circles" and step.side == "left")
    assert PromptBook(parsed).step_text(circles) == "Circles. Small circles. Stop if it stings."
    helper = PromptBook(parsed, caregiver=True)
    assert helper.step_text(circles) == "Circles. Small circles on their sole. Stop if they say it stings."
    assert helper.step_text(circles) in helper.all_texts()


def test_every_text_passes_through_translation(routine: Routine) -> None:
    def french(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return text.replace("Get ready", "Préparez-vous")

    book = PromptBook(routine, translate=french)
    assert book.all_texts()[0].startswith("Préparez-vous: Test feet.")


def test_shipped_routines_give_a_side_intro_only_when_the_side_changes(shipped) -> None:  # type: ignore[no-untyped-def]
    routine = shipped.get("foot-care")
    book = PromptBook(routine)
    intros = [text.split(".")[0] for text in book.all_texts() if text.startswith(("Start with", "Now the"))]
    assert intros == ["Start with your right foot", "Now the left foot"]


def test_a_check_asks_aloud_and_what_is_left_out_changes_what_follows(routine: Routine) -> None:
    from neuroguide.core.session import Phase

    asking = parse(
        Routine,
        tomllib.loads(
            VALID.replace('pressure = "none"\n', 'pressure = "none"\nasks = "anything-found"\n', 1)
        ),
    )[0]
    assert asking is not None
    clock = FakeClock()
    engine = SessionEngine(asking, clock, lead_in_seconds=0)
    book = PromptBook(asking)
    said: list[Prompt] = []
    engine.subscribe(lambda event: said.extend(p for p in [book.for_event(event)] if p))
    engine.start()
    clock.advance(20)
    engine.poll()
    assert engine.phase is Phase.ASKING
    assert said[-1] == Prompt(
        "Did you find anything? Choose no, the right foot, the left foot, or both.", "question", chime=True
    )
    assert said[-1].text in book.all_texts()  # made ahead, like every other prompt
    engine.answer(frozenset({"right foot"}))
    assert said[-1].text.startswith("Start with your left foot.")  # not "Now the left foot": the right is out


def test_what_a_check_found_is_said_with_what_to_do(routine: Routine) -> None:
    from neuroguide.core.session import PlacesLeftOut

    book = PromptBook(routine)
    steps = routine.plan()
    found = book.for_event(
        PlacesLeftOut(places=frozenset({"left foot"}), reason="check", steps=steps, elapsed=0, remaining=0)
    )
    assert found is not None and found.text == "The left foot is left out today. Keep it clean and covered."
    skipped = book.for_event(
        PlacesLeftOut(places=frozenset({"right foot"}), reason="person", steps=steps, elapsed=0, remaining=0)
    )
    assert skipped is not None and skipped.text == "The right foot is left out today."


def test_a_session_skipped_through_to_its_end_is_not_praised(routine: Routine) -> None:
    from neuroguide.core.session import Phase

    engine, book, said = started(routine)
    while engine.phase is not Phase.FINISHED:  # Next at once on every step: none done in full
        engine.next()
    assert said[-1].text == "That is the end of Test feet. Check your skin once more."
    assert said[-1].text in book.all_texts()
    assert not any("Well done" in prompt.text for prompt in said)
