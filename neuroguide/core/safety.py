"""Safety screening: the questions asked before a session, and the rules that turn answers into what
may be massaged today. Rules are data, each with its sources (the clinical brief, section 2).

An answer can block a whole routine, leave out one side of a limb (its steps are skipped), switch the
session to light touch only, or stop it and say who to contact. Every decision carries a plain
explanation, so the person can read why.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from neuroguide.core.routine import PlannedStep, Routine

Kind = Literal["yes-no", "places"]
Contact = Literal["foot-team", "chemo-helpline", "urgent", "emergency"]
PLACES = ("right foot", "left foot", "right hand", "left hand")
LOWER = ("foot", "leg")
UPPER = ("hand", "arm")

SOURCES = {
    26: "https://www.diabetes.org.uk/guide-to-diabetes/complications/feet/serious-foot-problem",
    27: "https://drugotc.com/content/protect-your-feet",
    28: "https://massage.megatopx.com/article002_pg2.html",
    29: "http://www.qehkl.nhs.uk/DiabetesFeetWorried.asp?s=information&p=information",
    30: "https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
    31: "https://patient.pcor.org.uk/erapid-lung-home/massage/",
    32: "http://ukocamp.co.uk/massage-therapy",
    33: "https://www.cancer.nsw.gov.au/about-cancer/types-of-cancer/general-cancer-information/treatment/side-effects/risk-of-infection",
    34: "https://christie.nhs.uk/patients-and-visitors/services/acute-oncology/infection-and-fever-advice",
    35: "https://nice.org.uk/guidance/cg151/ifp/chapter/If-you-become-unwell-during-your-anticancer-treatment",
    36: "http://www.mdanderson.org/publications/cancerwise/archives/2007-may/cancerwise-may-2007-cancer-patients-can-enjoy-self-massage.html",
    37: "http://www.leukaemiacare.org.uk/reflexology",
    38: "https://massage.community.forum/threads/a-randomized-pilot-study-of-oncology-massage-to-treat-chemotherapy-induced-peripheral-neuropathy-scientific-reports-nature-com.270626",
    39: "http://www.cancercouncil.com.au/44388/b1000/massage-and-cancer-42/massage-and-cancer-making-the-right-adjustments/?pp=33168",
    40: "http://commtechlab.msu.edu/sites/cancerpain/TreatmentForest/T340.html",
    41: "https://www.abmp.com/textonlymags/article.php?article=1404",
    42: "https://www.mdedge.com/jfponline/article/108307/diabetes/diabetes-update-your-guide-latest-ada-standards/page/0/4",
    43: "https://bibliotheek.ehb.be:2400/topics/en-gb/1213/prevention",
    44: "https://www.jbsa.mil/News/News/Article/1041417/diabetics-dont-heat-the-feet/",
    45: "http://takingcharge.csh.umn.edu/explore-healing-practices/reflexology/are-there-times-when-i-shouldn-t-have-reflexology",
    46: "https://webarchive.library.unt.edu/eot2008/20090509095120/http://www.cancer.gov/cancertopics/pdq/cam/aromatherapy/HealthProfessional/page7",
    47: "https://link.springer.com/article/10.1007/s13671-021-00337-2",
}


@dataclass(frozen=True)
class Question:
    id: str
    text: str  # asked of the person
    text_caregiver: str  # asked of a caregiver about the person
    kind: Kind
    daily: bool  # asked before every session; otherwise remembered in the profile and confirmed
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Rule:
    """What a 'yes' (or any place named) to ``question`` does."""

    question: str
    why: str  # the plain explanation shown to the person
    sources: tuple[int, ...]
    block_places: bool = False  # leave out the named places (and that side of the limb)
    block_routine: bool = False
    block_routines: tuple[str, ...] = ()  # only these routines
    light_touch: bool = False
    stop: Contact | None = None  # no massage today; contact this
    applies_when: str = ""  # another question that must also be 'yes'


QUESTIONS: tuple[Question, ...] = (
    Question(
        "open-skin",
        "Is there a cut, blister, crack, sore or any sign of infection on your hands or feet today?",
        "Is there a cut, blister, crack, sore or any sign of infection on their hands or feet today?",
        "places", True, (26, 27, 28),
    ),
    Question(
        "red-hot-swollen",
        "Is one foot or leg red, hot, swollen, or changing shape?",
        "Is one of their feet or legs red, hot, swollen, or changing shape?",
        "yes-no", True, (26, 29),
    ),
    Question(
        "calf-pain",
        "Do you have new pain or swelling in a calf?",
        "Do they have new pain or swelling in a calf?",
        "yes-no", True, (30,),
    ),
    Question(
        "fever",
        "Are you having chemotherapy and have a temperature of 38 °C or more, or feel unwell?",
        "Are they having chemotherapy and have a temperature of 38 °C or more, or feel unwell?",
        "yes-no", True, (33, 34, 35),
    ),
    Question(
        "clot-or-veins",
        "Have you had a blood clot in a leg, or do you have varicose veins?",
        "Have they had a blood clot in a leg, or do they have varicose veins?",
        "yes-no", False, (30, 31, 32),
    ),
    Question(
        "bleeding-risk",
        "Do you have low platelets, bruise easily, or take aspirin or a blood thinner?",
        "Do they have low platelets, bruise easily, or take aspirin or a blood thinner?",
        "yes-no", False, (36, 28, 37, 38),
    ),
    Question(
        "port-or-radiotherapy",
        "Is there a port, a line or a pain patch, or has radiotherapy been given, on a hand, "
        "arm, foot or leg?",
        "Is there a port, a line or a pain patch, or has radiotherapy been given, on their "
        "hand, arm, foot or leg?",
        "places", False, (39, 32),
    ),
    Question(
        "lymphoedema",
        "Have lymph nodes been removed, or is there lymphoedema, in an arm or a leg?",
        "Have they had lymph nodes removed, or is there lymphoedema, in an arm or a leg?",
        "places", False, (36, 39),
    ),
    Question(
        "bone-or-surgery",
        "Do you have cancer in the bones, a recent fracture, or surgery in the last 6 weeks?",
        "Do they have cancer in the bones, a recent fracture, or surgery in the last 6 weeks?",
        "yes-no", False, (40, 41),
    ),
    Question(
        "diabetic-feet",
        "Do you have diabetes with numb feet, or have you been told your feet are at high risk?",
        "Do they have diabetes with numb feet, or have they been told their feet are at high risk?",
        "yes-no", False, (42, 43, 44),
    ),
    Question(
        "pregnant",
        "Are you pregnant?",
        "Are they pregnant?",
        "yes-no", False, (45, 28),
    ),
    Question(
        "oil-allergy",
        "Do you have an allergy to oils or very sensitive skin?",
        "Do they have an allergy to oils or very sensitive skin?",
        "yes-no", False, (46, 47),
    ),
)  # fmt: skip
BY_ID = {question.id: question for question in QUESTIONS}

RULES: tuple[Rule, ...] = (
    Rule(
        "open-skin",
        "Broken or infected skin is left out today: massage could make it worse, and numb "
        "skin may not feel it.",
        (26, 27, 28),
        block_places=True,
    ),
    Rule(
        "open-skin",
        "With diabetes, any cut, blister or sore on a foot should be seen by your foot team soon.",
        (26, 27),
        stop=None,
        applies_when="diabetic-feet",
    ),
    Rule(
        "red-hot-swollen",
        "A red, hot or swollen foot or leg can be an infection or Charcot foot. No massage today: take the "
        "weight off it and contact your foot team or doctor today.",
        (26, 29),
        stop="foot-team",
    ),
    Rule(
        "calf-pain",
        "New pain or swelling in a calf can be a blood clot. No massage: get urgent medical help today. "
        "With breathlessness or chest pain, call the emergency number.",
        (30,),
        stop="urgent",
    ),
    Rule(
        "fever",
        "A temperature during chemotherapy can be a serious infection. No massage: call your chemotherapy "
        "helpline now.",
        (33, 34, 35),
        stop="chemo-helpline",
    ),
    Rule(
        "clot-or-veins",
        "With a past clot or varicose veins, the legs are left out; hands and feet can still "
        "have gentle care.",
        (30, 31, 32),
        block_routines=("swedish-strokes",),
    ),
    Rule(
        "bleeding-risk",
        "With low platelets, easy bruising or blood thinners: light touch only. Pressure "
        "points are left out.",
        (36, 28, 37, 38),
        light_touch=True,
        block_routines=("pressure-points",),
    ),
    Rule(
        "port-or-radiotherapy",
        "Where there is a port, a line, a patch or radiotherapy, that place is left out, and no oils there.",
        (39, 32),
        block_places=True,
    ),
    Rule(
        "lymphoedema",
        "A limb with lymphoedema or lymph nodes removed is left out.",
        (36, 39),
        block_places=True,
    ),
    Rule(
        "bone-or-surgery",
        "With bone cancer, a recent fracture or surgery: no pressure. Light touch only, and "
        "ask your care team "
        "first.",
        (40, 41),
        light_touch=True,
        block_routines=("pressure-points",),
    ),
    Rule(
        "diabetic-feet",
        "With diabetes and numb feet: light pressure only, no heat, and check your feet every day.",
        (42, 43, 44),
        light_touch=True,
    ),
    Rule(
        "pregnant",
        "In pregnancy, ask a midwife or doctor before using pressure points; that routine is left out.",
        (45, 28),
        block_routines=("pressure-points",),
    ),
    Rule(
        "oil-allergy",
        "Use a plain, unscented lotion and no essential oils.",
        (46, 47),
    ),
)

Answer = bool | frozenset[str]  # yes/no, or the places named


def answered_yes(answer: Answer | None) -> bool:
    if isinstance(answer, frozenset):
        return bool(answer)
    return bool(answer)


@dataclass(frozen=True)
class Explanation:
    text: str
    sources: tuple[str, ...]  # web addresses


@dataclass(frozen=True)
class Decision:
    """What may be done today with one routine."""

    blocked: bool = False  # the whole routine
    stop: Contact | None = None  # no massage at all today; contact this
    blocked_places: frozenset[str] = frozenset()
    light_touch: bool = False
    explanations: tuple[Explanation, ...] = field(default=())

    @property
    def may_start(self) -> bool:
        return self.stop is None and not self.blocked

    def allows(self, step: PlannedStep) -> bool:
        """Whether a step may be done: not on a side of a limb that is left out."""
        if step.side is None:
            return True
        group = LOWER if step.limb in LOWER else UPPER
        return not any(
            place.startswith(step.side + " ") and place.split(" ", 1)[1] in group
            for place in self.blocked_places
        )

    def steps(self, routine: Routine) -> tuple[PlannedStep, ...]:
        return tuple(step for step in routine.plan() if self.allows(step))


def decide(routine: Routine, answers: Mapping[str, Answer]) -> Decision:
    """Apply every rule whose question was answered 'yes' to this routine."""
    blocked = False
    stop: Contact | None = None
    places: set[str] = set()
    light = False
    explanations: list[Explanation] = []
    for rule in RULES:
        answer = answers.get(rule.question)
        if not answered_yes(answer) or (
            rule.applies_when and not answered_yes(answers.get(rule.applies_when))
        ):
            continue
        # a rule that only leaves out certain routines says nothing about the others
        if rule.block_routines and routine.id not in rule.block_routines and not rule.light_touch:
            continue
        blocked = blocked or rule.block_routine or routine.id in rule.block_routines
        if rule.block_places and isinstance(answer, frozenset):
            places.update(answer)
        light = light or rule.light_touch
        if rule.stop is not None and (stop is None or _urgency(rule.stop) > _urgency(stop)):
            stop = rule.stop
        explanations.append(Explanation(rule.why, tuple(SOURCES[number] for number in rule.sources)))
    decision = Decision(blocked, stop, frozenset(places), light, tuple(explanations))
    sided = [step for step in routine.plan() if step.side is not None]
    if decision.may_start and sided and not any(decision.allows(step) for step in sided):
        # every side it works on is left out today: what remains (the checks) is no session
        return Decision(True, None, frozenset(places), light, tuple(explanations))
    return decision


def _urgency(contact: Contact) -> int:
    return ("foot-team", "chemo-helpline", "urgent", "emergency").index(contact)


def load_standing(text: str) -> dict[str, Answer]:
    """The remembered answers, from the settings' JSON; anything unreadable is simply asked again."""
    try:
        raw = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return {}
    answers: dict[str, Answer] = {}
    for question in standing_questions():
        value = raw.get(question.id) if isinstance(raw, dict) else None
        if question.kind == "places" and isinstance(value, list):
            answers[question.id] = frozenset(place for place in value if place in PLACES)
        elif question.kind == "yes-no" and isinstance(value, bool):
            answers[question.id] = value
    return answers


def dump_standing(answers: Mapping[str, Answer]) -> str:
    ids = {question.id for question in standing_questions()}
    return json.dumps(
        {
            key: sorted(value) if isinstance(value, frozenset) else value
            for key, value in answers.items()
            if key in ids
        },
        sort_keys=True,
    )


def daily_questions() -> list[Question]:
    return [question for question in QUESTIONS if question.daily]


def standing_questions() -> list[Question]:
    return [question for question in QUESTIONS if not question.daily]


def every_rule_has_a_source() -> Iterable[str]:
    """Rules or questions without a known source (there should be none)."""
    for rule in RULES:
        if not rule.sources or any(number not in SOURCES for number in rule.sources):
            yield f"rule on {rule.question}"
    for question in QUESTIONS:
        if not question.sources or any(number not in SOURCES for number in question.sources):
            yield f"question {question.id}"


@dataclass(frozen=True)
class StopSign:
    sign: str
    action: str
    contact: Contact | None
    sources: tuple[str, ...]


SAFETY_STOP_REASON = "Something's wrong"

STOP_SIGNS: tuple[StopSign, ...] = (
    StopSign(
        "Trouble breathing, swallowing or speaking, or sudden weakness in the face, an arm or a leg.",
        "Call your emergency number now.",
        "emergency",
        ("http://111.wales.nhs.uk/encyclopaedia/g/article/guillainbarresyndrome",),
    ),
    StopSign(
        "One leg swollen, painful or warm.",
        "Get urgent medical help today. With breathlessness or chest pain, call your emergency number.",
        "urgent",
        (SOURCES[30],),
    ),
    StopSign(
        "A foot that is hot, red or swollen.",
        "Take the weight off it and call your foot team or doctor now.",
        "foot-team",
        (SOURCES[26], SOURCES[29]),
    ),
    StopSign(
        "Fever or shivering during chemotherapy.",
        "Call your chemotherapy helpline now.",
        "chemo-helpline",
        (SOURCES[33], SOURCES[34]),
    ),
    StopSign(
        "Redness that does not fade, bruising, a blister, bleeding or broken skin; a rash after an oil.",
        "Stop and keep the skin clean; stop using that oil. With diabetes, contact your foot team.",
        None,
        (SOURCES[26], SOURCES[28], SOURCES[46]),
    ),
    StopSign(
        "Pain, burning or tingling that flares up and stays.",
        "Rest. If it does not settle, tell your doctor or nurse before the next session.",
        None,
        ("http://commtechlab.msu.edu/sites/cancerpain/TreatmentForest/T340.html",),
    ),
    StopSign(
        "Neuropathy that gets worse over days or weeks.",
        "Make an appointment with your doctor.",
        None,
        (
            "https://www.nhsinform.scot/illnesses-and-conditions/brain-nerves-and-spinal-cord/"
            "peripheral-neuropathy",
        ),
    ),
)
