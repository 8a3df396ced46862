"""The safety tables: the questions asked before a session, the rules their answers trigger, and the stop
signs shown during one. Each cites its sources by key (assets/sources.toml); `neuroguide safety rules`
prints them all for a clinician to check.

Urgency follows one vocabulary (core/contacts.py): emergency, now, today, at the next appointment.
"""

from __future__ import annotations

from neuroguide.core.contacts import Contact
from neuroguide.core.routine import Technique
from neuroguide.core.safety.model import ELSEWHERE, FEET, PLACES, Question, Rule
from neuroguide.core.translation import tr_noop

AMBULANCE = Contact("emergency", "emergency")

QUESTIONS: tuple[Question, ...] = (
    # -- asked before every session ------------------------------------------------------------
    Question(
        "chest-pain",
        tr_noop("Do you have chest pain, or new or sudden shortness of breath, right now?"),
        tr_noop("Do they have chest pain, or new or sudden shortness of breath, right now?"),
        "yes-no", True, ("nhs-wales-dvt", "hse-chest-pain"),
    ),
    Question(
        "fever",
        tr_noop("Is your temperature 37.5 °C or more, or under 36 °C, or do you feel shivery or unwell "
        "today?"),
        tr_noop("Is their temperature 37.5 °C or more, or under 36 °C, or do they feel shivery or unwell "
        "today?"),
        "yes-no", True, ("christie-fever", "nsw-infection", "nice-cg151-public"),
    ),
    Question(
        "swollen-leg",
        tr_noop("Is one leg newly swollen, painful, warm or red, in the calf or the thigh?"),
        tr_noop("Is one of their legs newly swollen, painful, warm or red, in the calf or the thigh?"),
        "yes-no", True, ("nhs-wales-dvt",),
    ),
    Question(
        "hot-foot",
        tr_noop("Is a foot red, hot or swollen, or changing shape?"),
        tr_noop("Is one of their feet red, hot or swollen, or changing shape?"),
        "yes-no", True, ("diabetes-uk-serious-foot",),
    ),
    Question(
        "poor-blood-flow",
        tr_noop("Is a foot cold, pale, blue or dark? Does it hurt when you rest or at night? Or is there "
        "a wound "
        "on it that will not heal?"),
        tr_noop("Is one of their feet cold, pale, blue or dark? Does it hurt when they rest or at night? "
        "Or is "
        "there a wound on it that will not heal?"),
        "yes-no", True, ("diabetes-uk-serious-foot", "nhs-pad-cli", "nhs-pad"),
    ),
    Question(
        "spreading-weakness",
        tr_noop("In the last hours or days, has weakness or numbness spread, or suddenly made it harder "
        "to walk "
        "or hold things?"),
        tr_noop("In the last hours or days, has their weakness or numbness spread, or suddenly made it "
        "harder "
        "for them to walk or hold things?"),
        "yes-no", True, ("nhs-gbs",),
    ),
    Question(
        "open-skin",
        tr_noop("Look at your hands and feet. Is there a cut, blister, crack or sore, or any sign of "
        "infection? "
        "Where?"),
        tr_noop("Look at their hands and feet. Is there a cut, blister, crack or sore, or any sign of "
        "infection? Where?"),
        "places", True, ("diabetes-uk-serious-foot", "cdc-diabetes-feet", "nccih-massage"),
    ),
    Question(
        "hand-foot-syndrome",
        tr_noop("Are your palms or soles red, sore, swollen or peeling (hand-foot syndrome)?"),
        tr_noop("Are their palms or soles red, sore, swollen or peeling (hand-foot syndrome)?"),
        "places", True, ("cancernet-hand-foot", "mda-hand-foot"), asked_if="cancer-treatment",
    ),
    Question(
        "line-arm",
        tr_noop("Is an arm with a PICC line or a port swollen, red, warm or painful?"),
        tr_noop("Is an arm with their PICC line or port swollen, red, warm or painful?"),
        "yes-no", True, ("gstt-picc", "christie-fever"), asked_if="cancer-treatment",
    ),
    # -- remembered, and shown with the day they were answered -----------------------------------
    Question(
        "cancer-treatment",
        tr_noop("Are you having chemotherapy or another cancer drug, or have you had it in the last 6 "
        "weeks?"),
        tr_noop("Are they having chemotherapy or another cancer drug, or have they had it in the last 6 "
        "weeks?"),
        "yes-no", False, ("christie-fever", "allina-low-wbc"),
    ),
    Question(
        "diabetic-feet",
        tr_noop("Do you have diabetes with numb feet, or have you been told your feet are at high risk?"),
        tr_noop("Do they have diabetes with numb feet, or have they been told their feet are at high risk?"),
        "yes-no", False, ("ada-feet", "iwgdf-2023", "cdc-diabetes-feet"), areas=("feet", "legs"),
    ),
    Question(
        "poor-circulation",
        tr_noop("Has a doctor told you that you have poor circulation in your legs or feet (peripheral "
        "arterial "
        "disease)?"),
        tr_noop("Has a doctor told them that they have poor circulation in their legs or feet (peripheral "
        "arterial disease)?"),
        "yes-no", False, ("umn-reflexology", "nhs-pad-cli", "nhs-pad"),
    ),
    Question(
        "circulation-agreed",
        tr_noop("Has your doctor said that gentle massage of your feet and legs is all right?"),
        tr_noop("Has their doctor said that gentle massage of their feet and legs is all right?"),
        "yes-no", False, ("umn-reflexology",), asked_if="poor-circulation",
    ),
    Question(
        "clot",
        tr_noop("Do you have a blood clot in a leg now, or are you being treated for one?"),
        tr_noop("Do they have a blood clot in a leg now, or are they being treated for one?"),
        "places", False, ("umn-reflexology", "nhs-wales-dvt"), places=FEET,
    ),
    Question(
        "bleeding-risk",
        tr_noop("Do you have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, "
        "daily "
        "aspirin or similar)?"),
        tr_noop("Do they have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, "
        "daily "
        "aspirin or similar)?"),
        "yes-no", False, ("womans-cancer-massage", "lopez-2022", "erapid-massage"),
    ),
    Question(
        "bone-or-surgery",
        tr_noop("Do you have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 "
        "weeks? "
        "Where?"),
        tr_noop("Do they have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 "
        "weeks? Where?"),
        "places", False, ("erapid-massage", "womans-cancer-massage"), places=(*PLACES, ELSEWHERE),
    ),
    Question(
        "port-or-radiotherapy",
        tr_noop("Do you have a port, a line or a pain patch on an arm or a leg, or have you had radiotherapy "
        "there? Where?"),
        tr_noop("Do they have a port, a line or a pain patch on an arm or a leg, or have they had "
        "radiotherapy "
        "there? Where?"),
        "places", False, ("cancer-council-massage", "macmillan-massage"),
    ),
    Question(
        "lymphoedema",
        tr_noop("Have you had lymph nodes removed, or do you have lymphoedema (long-lasting swelling), "
        "in an arm "
        "or a leg? Where?"),
        tr_noop("Have they had lymph nodes removed, or do they have lymphoedema (long-lasting swelling), "
        "in an "
        "arm or a leg? Where?"),
        "places", False, ("womans-cancer-massage", "cancer-council-massage"),
    ),
    Question(
        "gout",
        tr_noop("Do you have gout?"),
        tr_noop("Do they have gout?"),
        "yes-no", False, ("umn-reflexology",), routines=("pressure-points",),
    ),
    Question(
        "pregnant",
        tr_noop("Are you pregnant?"),
        tr_noop("Are they pregnant?"),
        "yes-no", False, ("roswell-acupressure", "umn-reflexology"),
    ),
    Question(
        "oil-allergy",
        tr_noop("Do you have an allergy to oils or very sensitive skin?"),
        tr_noop("Do they have an allergy to oils or very sensitive skin?"),
        "yes-no", False, ("nci-aromatherapy-pdq", "contact-dermatitis-eo-2021"),
    ),
)  # fmt: skip

DEEP: tuple[Technique, ...] = ("knead", "friction", "press")  # what light touch leaves out

RULES: tuple[Rule, ...] = (
    Rule(
        "chest-pain", "chest-pain",
        tr_noop("Chest pain or shortness of breath can be an emergency, such as a clot that has moved to the "
        "lungs. No massage."),
        ("nhs-wales-dvt", "hse-chest-pain"),
        no_massage=True, contact=AMBULANCE,
    ),
    Rule(
        "fever", "fever",
        tr_noop("A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be an "
        "infection. No massage today. Rest."),
        ("nsw-infection", "nice-cg151-public"),
        unless="cancer-treatment", no_massage=True, contact=Contact("doctor", "today"),
    ),
    Rule(
        "fever-during-treatment", "fever",
        tr_noop("During cancer treatment, a temperature of 37.5 °C or more, or under 36 °C, or feeling "
        "shivery "
        "or unwell, can be a serious infection. No massage. The helpline is there day and night."),
        ("christie-fever", "nice-cg151-public"),
        also="cancer-treatment", no_massage=True, contact=Contact("helpline", "now"),
    ),
    Rule(
        "swollen-leg", "swollen-leg",
        tr_noop("A swollen, painful or warm leg can be a blood clot. No massage. With chest pain or "
        "breathlessness, call an ambulance."),
        ("nhs-wales-dvt",),
        no_massage=True, contact=Contact("doctor", "now"),
    ),
    Rule(
        "hot-foot", "hot-foot",
        tr_noop("A red, hot or swollen foot can be an infection or Charcot foot. No massage. Keep the weight "
        "off it."),
        ("diabetes-uk-serious-foot",),
        no_massage=True, contact=Contact("foot-clinic", "now"),
    ),
    Rule(
        "poor-blood-flow", "poor-blood-flow",
        tr_noop("A cold, pale, blue or dark foot, pain at rest or at night, or a wound that will not "
        "heal can "
        "mean poor blood flow. No massage. If a foot went cold, pale and painful suddenly, call an "
        "ambulance."),
        ("diabetes-uk-serious-foot", "nhs-pad-cli", "nhs-pad"),
        no_massage=True, contact=Contact("doctor", "now"),
    ),
    Rule(
        "spreading-weakness", "spreading-weakness",
        tr_noop("Weakness or numbness that spreads over hours or days needs a doctor the same day. No "
        "massage. "
        "If breathing or swallowing gets hard, call an ambulance."),
        ("nhs-gbs",),
        no_massage=True, contact=Contact("doctor", "today"),
    ),
    Rule(
        "open-skin", "open-skin",
        tr_noop("Broken or infected skin is left out today: massage could make it worse, and numb skin "
        "may not "
        "feel it."),
        ("diabetes-uk-serious-foot", "cdc-diabetes-feet", "nccih-massage"),
        leave_out_named_places=True,
    ),
    Rule(
        "open-skin-with-diabetes", "open-skin",
        tr_noop("With diabetes, a cut, blister, crack or sore on a foot needs checking by the foot clinic."),
        ("diabetes-uk-serious-foot", "cdc-diabetes-feet"),
        also="diabetic-feet", only_places=FEET, contact=Contact("foot-clinic", "today"),
    ),
    Rule(
        "hand-foot-syndrome", "hand-foot-syndrome",
        tr_noop("Red, sore or peeling palms or soles during cancer treatment (hand-foot syndrome) are left "
        "out. The cancer team needs to know: they may change the treatment."),
        ("cancernet-hand-foot", "mda-hand-foot"),
        leave_out_named_places=True, contact=Contact("helpline", "today"),
    ),
    Rule(
        "line-arm", "line-arm",
        tr_noop("A swollen, red or painful arm with a line or port can be a clot or an infection. No "
        "massage."),
        ("gstt-picc", "christie-fever"),
        no_massage=True, contact=Contact("helpline", "now"),
    ),
    Rule(
        "wash-hands", "cancer-treatment",
        tr_noop("During cancer treatment white cells may be low: everyone who touches washes their hands "
        "first."),
        ("allina-low-wbc",),
    ),
    Rule(
        "diabetic-feet", "diabetic-feet",
        tr_noop("With diabetes and numb feet: light pressure only, no heat, and the feet looked at every "
        "day."),
        ("ada-feet", "iwgdf-2023", "cdc-diabetes-feet"),
        pressure_cap="light",
    ),
    Rule(
        "poor-circulation", "poor-circulation",
        tr_noop("Poor circulation in the legs needs a doctor's agreement before the feet and legs are "
        "massaged: they are left out until the doctor says it is all right."),
        ("umn-reflexology", "nhs-pad-cli", "nhs-pad"),
        unless="circulation-agreed", leave_out_places=FEET,
        contact=Contact("doctor", "next-appointment"),
    ),
    Rule(
        "clot", "clot",
        tr_noop("A leg with a blood clot is left out, and its foot with it. No pressure points while a "
        "clot is "
        "being treated."),
        ("umn-reflexology", "nhs-wales-dvt"),
        leave_out_named_places=True, not_today=("pressure-points",),
    ),
    Rule(
        "bleeding-risk", "bleeding-risk",
        tr_noop("With low platelets, easy bruising or a blood thinner: light touch only, no kneading, "
        "friction "
        "or pressure points. If the doctor or cancer team has not yet said massage is all right, ask at "
        "the next appointment."),
        ("womans-cancer-massage", "lopez-2022", "erapid-massage"),
        pressure_cap="light", leave_out_techniques=DEEP, not_today=("pressure-points",),
        contact=Contact("doctor", "next-appointment"),
    ),
    Rule(
        "bone-or-surgery", "bone-or-surgery",
        tr_noop("Where there is cancer in a bone, a recent fracture or an operation, that place is left out. "
        "Elsewhere, light touch only: no kneading, friction, pressure points, and no one else moving "
        "the joints. If the doctor or cancer team has not yet said massage is all right, ask at the next "
        "appointment."),
        ("erapid-massage", "womans-cancer-massage"),
        leave_out_named_places=True, pressure_cap="light",
        leave_out_techniques=(*DEEP, "passive-movement"), not_today=("pressure-points",),
        contact=Contact("doctor", "next-appointment"),
    ),
    Rule(
        "port-or-radiotherapy", "port-or-radiotherapy",
        tr_noop("Where there is a port, a line, a patch or radiotherapy, that hand or foot and its limb "
        "are left "
        "out, and no oils there."),
        ("cancer-council-massage", "macmillan-massage"),
        leave_out_named_places=True,
    ),
    Rule(
        "lymphoedema", "lymphoedema",
        tr_noop("A limb with lymphoedema or lymph nodes removed is left out."),
        ("womans-cancer-massage", "cancer-council-massage"),
        leave_out_named_places=True,
    ),
    Rule(
        "gout", "gout",
        tr_noop("Pressure points are not for feet with gout."),
        ("umn-reflexology",),
        not_today=("pressure-points",),
    ),
    Rule(
        "pregnant", "pregnant",
        tr_noop("In pregnancy: no pressure on the web between the thumb and first finger, and no pressure "
        "points until a midwife or doctor agrees."),
        ("roswell-acupressure", "umn-reflexology"),
        leave_out_points=("li4",), not_today=("pressure-points",),
    ),
    Rule(
        "oil-allergy", "oil-allergy",
        tr_noop("Use a plain, unscented lotion and no essential oils."),
        ("nci-aromatherapy-pdq", "contact-dermatitis-eo-2021"),
    ),
)  # fmt: skip
