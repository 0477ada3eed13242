"""Round 10 families, on sentences of our own (none from a labeled page), each with near
misses that must stay silent:

* sense cues (:mod:`credscore.senses`): a confusable word whose context signals its twin's
  sense and never its own ("a new pole of 1,200 voters"), where no bigram decides;
* compound rules: a fixed hyphenated compound with a wrong real-word part ("risk-adverse");
* "and passed" before a count is a coordinated verb, never the preposition "past".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.confusion import compound_rules, confusion_sets
from credscore.scorers.typos import TyposScorer
from credscore.senses import (
    keeping_cues,
    sense_cues,
    sense_only_pairs,
    sense_twins,
    sense_verdict,
)

HEADLINE = "Regional digest\n"


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    report = TyposScorer().score(analyse(Document("t", HEADLINE + body)))
    return [(f.text, f.suggestion) for f in report.findings if f.kind == "real_word_error"]


# --- sense cues ----------------------------------------------------------------------------

SENSE_ERRORS = [
    (
        "A new pole of 1,200 voters puts the Greens two points ahead. Turnout is expected "
        "to be low.",
        "pole",
        "poll",
    ),
    (
        "Hundreds of former minors at the Glenroy colliery marched through the town.",
        "minors",
        "miners",
    ),
    (
        'The coroner heard that the discovery in the flat had been "grizzly", with two '
        "bodies found in the kitchen.",
        "grizzly",
        "grisly",
    ),
    (
        "Investigators believe a rouge employee passed passwords to the hackers.",
        "rouge",
        "rogue",
    ),
    ("The study found no casual link between screen time and poor sleep.", "casual", "causal"),
    ("She served a lemon tart for desert after the roast dinner.", "desert", "dessert"),
    ("Sprinkle the course salt over the focaccia before baking.", "course", "coarse"),
    (
        "The wine has a dry finish that will suit a palette used to sweeter flavours.",
        "palette",
        "palate",
    ),
    (
        "The landlord was told to repay the rent to his tenets within 28 days.",
        "tenets",
        "tenants",
    ),
    (
        "The coastguard said a distress flair had been fired from a yacht off Whitby.",
        "flair",
        "flare",
    ),
    (
        "Thunder and lightening delayed the start, and the storm flooded the car park.",
        "lightening",
        "lightning",
    ),
    ("Police said a hoard of shoppers rushed the doors when the sale began.", "hoard", "horde"),
    ("In a similar vain, the minister promised more money for rural buses.", "vain", "vein"),
    (
        "Drivers sat in stationery traffic for hours after the lorry overturned.",
        "stationery",
        "stationary",
    ),
    ("The jet was towed into the hanger at the airfield overnight.", "hanger", "hangar"),
    (
        "Experts made safe a piece of unexploded ordinance found by builders.",
        "ordinance",
        "ordnance",
    ),
    (
        "He has been battling a rare decease since his diagnosis and treatment in 2019.",
        "decease",
        "disease",
    ),
    ("Police are hunting a cereal killer who has struck three times.", "cereal", "serial"),
    ("A bolder the size of a car fell onto the road after the landslide.", "bolder", "boulder"),
    ("He was forced off with a mussel injury to his hamstring.", "mussel", "muscle"),
    ("The army declared marshal law after the coup.", "marshal", "martial"),
    ("The speech struck a cord with voters in the north.", "cord", "chord"),
    (
        "The counsel voted to approve the planning application after councillors backed it.",
        "counsel",
        "council",
    ),
]

SENSE_NEAR_MISSES = [
    # the word's own sense is named
    "Minors were served alcohol at the bar on three occasions, the panel heard.",
    "Grizzly bears have returned to the valley after a century, rangers said.",
    "She painted the portrait on a canvas she had stretched herself.",
    "He cleared 5.80m in the pole vault final in Rome, and voters named him athlete of the year.",
    "A rogue wave struck the ferry as it left the harbour.",
    "The desert is cold at night, and the camels huddle near the oasis.",
    "The pallets of bottled water were loaded onto lorries at dawn, and the sugar went first.",
    "He searched in vain for his keys while the taxi waited.",
    "Its core tenets include free speech and the rule of law.",
    "She has a flair for languages, and her style won over the judges.",
    "The lightening of the sky before dawn is her favourite moment to paint.",
    "A hoard of Roman coins was found by a metal detectorist near Thetford.",
    # a twin's cue, but too little evidence for a word this common
    "Workers at the pole factory voted to strike on Monday.",
    "Of course, the sugar content matters as much as the fat.",
    "The main course was lamb, followed by a lemon tart.",
    "The course of the river has shifted since the floods, and the votes for a bridge are in.",
    # the bigram model holds evidence for the written word
    "The complaint said the company had broken the rules on data.",
    "A fire marshal inspected the building on Monday.",
    "Police say the serial offender was caught on camera.",
    "The cord was cut and the baby handed to her mother.",
    "The waste collection was delayed by snow and bins were left out.",
    # a twin-only word is never judged ("~council"): a council lawyer is a council's
    "A council lawyer said the planning decision was lawful at the trial.",
    "Counsel for the defence told the trial the council had acted lawfully.",
    # both words at hand: the writer tells them apart
    "Order the dessert, not the desert island cocktail, the waiter said of the cake menu.",
    # a rare word's twin cue only in a neighbouring sentence
    "The mode of causal explanation matters. The fans were loud.",
]


@pytest.mark.parametrize(("body", "word", "meant"), SENSE_ERRORS)
def test_sense_cues_name_the_twin(body: str, word: str, meant: str) -> None:
    assert real_word_errors(body) == [(word, meant)]


@pytest.mark.parametrize("body", SENSE_NEAR_MISSES)
def test_sense_cues_leave_right_uses_alone(body: str) -> None:
    assert real_word_errors(body) == []


def test_a_document_about_the_twins_sense_names_a_rare_word() -> None:
    body = (
        "The landlord lost the case at the tribunal.\n"
        "Rent had been withheld for months after the eviction notice.\n"
        "The tenancy ended in May.\n"
        '"We always treated our tenets fairly," he said.'
    )
    assert real_word_errors(body) == [("tenets", "tenants")]
    own_sense = body + "\nHis faith, he added, was unshaken."
    assert real_word_errors(own_sense) == []


def test_sense_verdict_needs_twin_cues_and_no_own_cue() -> None:
    assert sense_verdict("pole", ["the", "pole", "votes", "ballot"], [], (None, None)) == "poll"
    assert sense_verdict("pole", ["the", "pole", "votes"], [], (None, None)) is None
    assert sense_verdict("pole", ["pole", "votes", "ballot", "vault"], [], (None, None)) is None
    assert sense_verdict("pole", ["pole"], ["votes", "ballot"], (None, None)) == "poll"
    assert sense_verdict("pole", ["pole"], ["votes", "vault"], (None, None)) is None
    # "course" is too common to judge from loose cues: only a cue beside it counts
    assert sense_verdict("course", ["course", "salt", "sugar"], [], ("the", "on")) is None
    assert sense_verdict("course", ["course", "salt"], [], ("the", "salt")) == "coarse"
    assert sense_verdict("word", ["anything"], [], (None, None)) is None


@given(
    st.sampled_from(sorted(sense_twins())),
    st.lists(st.integers(min_value=0, max_value=200), max_size=6),
    st.integers(min_value=0, max_value=200),
)
def test_an_own_cue_always_keeps_the_word(word: str, picks: list[int], own_pick: int) -> None:
    twins_cues = sorted(set().union(*(sense_cues()[twin] for twin in sense_twins()[word])))
    own = sorted(keeping_cues()[word])
    context = [twins_cues[pick % len(twins_cues)] for pick in picks]
    context.append(own[own_pick % len(own)])
    assert sense_verdict(word, context, context, (context[0], context[-1])) is None


def test_sense_cue_lines_are_well_formed() -> None:
    sets = confusion_sets()
    for word, twins in sense_twins().items():
        assert word.islower() and twins
        for twin in twins:
            assert twin in sets.get(word, ()) or twin in sense_only_pairs()[word]
            # a cue that named both would accuse whichever was written
            assert not sense_cues()[word] & sense_cues()[twin], (word, twin)
    for cues in keeping_cues().values():
        assert all(cue == cue.lower() and " " not in cue for cue in cues)


# --- compound rules --------------------------------------------------------------------------

COMPOUND_ERRORS = [
    ("Most of the staff are risk-adverse and slow to change suppliers.", "adverse", "averse"),
    ("The studio released a sneak-peak of the new series on Friday.", "peak", "peek"),
    ("Analysts blamed deep-seeded distrust of the banks.", "seeded", "seated"),
    ("Critics called it a hair-brained scheme to save money.", "hair", "hare"),
    ("The mayor gave the contractors free-reign over the design.", "reign", "rein"),
]

COMPOUND_NEAR_MISSES = [
    "Most of the staff are risk-averse and slow to change suppliers.",
    "The studio released a sneak-peek of the new series on Friday.",
    "The bill passed despite deep-seated distrust of the banks.",
    "The horse is owned by Free-Reign Stables of Newmarket.",
    "Adverse weather closed the pass, and the risk of floods rose.",
]


@pytest.mark.parametrize(("body", "part", "meant"), COMPOUND_ERRORS)
def test_a_compound_with_a_wrong_part_is_named(body: str, part: str, meant: str) -> None:
    assert real_word_errors(body) == [(part, meant)]


@pytest.mark.parametrize("body", COMPOUND_NEAR_MISSES)
def test_right_compounds_and_names_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


def test_compound_rules_name_a_part_of_the_compound() -> None:
    for compound, rule in compound_rules().items():
        part = compound[rule.start : rule.end]
        assert part and "-" not in part and part != rule.intended, compound


# --- "and passed" + a count ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "She took the lead at 30km and passed three runners on the final climb.",
        "The bill cleared committee and passed two more readings before the recess.",
        "It was half past three when the ferry finally left.",
    ],
)
def test_passed_coordinated_before_a_count_stays(body: str) -> None:
    assert real_word_errors(body) == []


def test_passed_after_a_motion_verb_is_still_named() -> None:
    body = "The convoy drove passed the school at dawn."
    assert real_word_errors(body) == [("passed", "past")]


# --- "compliant with" in an adjective slot -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The packaging is recyclable and complaint with EU rules.",
        "The shop was not complaint with the rules, inspectors found.",
    ],
)
def test_complaint_in_an_adjective_slot_is_named(body: str) -> None:
    assert real_word_errors(body) == [("complaint", "compliant")]


@pytest.mark.parametrize(
    "body",
    [
        "She made a complaint with the council about the noise.",
        "Residents were frustrated and angry, and a complaint with the ombudsman followed.",
        "It was a noise complaint, not a complaint with any legal weight.",
    ],
)
def test_complaint_as_a_noun_stays(body: str) -> None:
    assert real_word_errors(body) == []
