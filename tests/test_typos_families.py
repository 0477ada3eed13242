"""Families of commonly confused words (usage-guide pairs) decided by grammatical context,
and non-word families: each tested on sentences of our own, with near misses that must
stay silent (the same words in their right use)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.typos import TyposScorer
from credscore.spelling import is_english

HEADLINE = "Weekend edition\n"


def findings(body: str) -> list[Finding]:
    return list(TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings)


def flagged(body: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.suggestion) for f in findings(body)]


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in findings(body) if f.kind == "real_word_error"]


# --- a verb slot (after a modal, "not", "would rather", an infinitive "to") holds a noun
# or adjective whose partner is the verb ------------------------------------------------

VERB_SLOT_ERRORS = [
    ("Investors who bet early could loose most of their savings.", "loose", "lose"),
    ("Most supporters would rather loose the final than see the club sold.", "loose", "lose"),
    ("I'd rather loose my deposit than sign that lease.", "loose", "lose"),
    ("The new zoning code will not effect properties built before 1990.", "effect", "affect"),
    ("Higher port fees did not effect consumer prices much.", "effect", "affect"),
    ("Union lawyers will advice members to reject the offer.", "advice", "advise"),
    ("Residents said they could not breath the smoky air.", "breath", "breathe"),
    ("Firefighters struggled to breath inside the warehouse.", "breath", "breathe"),
    ("Engineers must device a way to cool the reactor.", "device", "devise"),
    ("Voters in the ward should chose a candidate by Friday.", "chose", "choose"),
    ("Honestly, I can't belief the council approved this.", "belief", "believe"),
    ("The pair hope to chose a venue before spring.", "chose", "choose"),
    ("Drivers may never loose their licence over a first offence.", "loose", "lose"),
]

VERB_SLOT_NEAR_MISSES = [
    "Can advice from friends replace a lawyer?",
    "What would advice from an accountant cost a small firm?",
    "The ministry will effect the transfer of funds next week.",
    "The board hopes to effect real change before the vote.",
    "The talks did not effect any change in the rules.",
    "The screws had come loose after the storm.",
    "He prefers loose tea to bags.",
    "She caught her breath before the final lap.",
    "Every device will need an update, and each device must be registered.",
    "The ban, and should device makers object, the fines, are under review.",
    "The deal will bring relief to farmers this winter.",
    "Patients struggled to breathe after the fire.",
    "It was a rather loose interpretation of the rules.",
]


@pytest.mark.parametrize(("body", "wrong", "intended"), VERB_SLOT_ERRORS)
def test_noun_in_a_verb_slot_is_the_verb(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize("body", VERB_SLOT_NEAR_MISSES)
def test_verb_slot_near_misses_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


# --- "quite" grades an adjective or a participle; "quiet" is one -------------------------

QUITE_ERRORS = [
    ("Honestly, we were quiet worried about the inspection.", "quiet", "quite"),
    ("The forecast is not quiet right for a picnic.", "quiet", "quite"),
    ("The turnout was quiet remarkable given the rain.", "quiet", "quite"),
    ("I'm quiet sure the last bus has left.", "quiet", "quite"),
    ("The new tram line is quiet expensive to run.", "quiet", "quite"),
]

QUITE_NEAR_MISSES = [
    "The streets were quiet overnight after the curfew.",
    "The market was quiet early in the session.",
    "The house was quiet compared with last summer.",
    "The village is quiet, remote and expensive.",
    "He remained quiet throughout the hearing.",
    "The phones went quiet again on Monday.",
    "It was quiet enough to hear the river.",
    "Things were quiet last night in the harbour.",
    "It was quiet inside the chamber.",
    "She was quiet and thoughtful at the launch.",
    "The campaign has been quiet lately.",
    "It's a quiet residential street near the park.",
    "The night was quiet interrupted only by sirens.",
]


@pytest.mark.parametrize(("body", "wrong", "intended"), QUITE_ERRORS)
def test_quiet_before_a_gradable_word_is_quite(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize("body", QUITE_NEAR_MISSES)
def test_quiet_as_an_adjective_stays_silent(body: str) -> None:
    assert real_word_errors(body) == []


# --- usage-guide pairs in their telltale frames -----------------------------------------

FRAME_ERRORS = [
    # peek (a look) for peak (a summit)
    ("Subscribers get a sneak peak at the new season.", "peak", "peek"),
    ("The trailer offers a first peak at the villain.", "peak", "peek"),
    ("He snuck a peak at the answers before the exam.", "peak", "peek"),
    ("Visitors can take a quick peak inside the restored cockpit.", "peak", "peek"),
    # pore over (study) for pour over
    ("Analysts poured over the quarterly filings for clues.", "poured", "pored"),
    ("She spent the weekend pouring over old census records.", "pouring", "poring"),
    ("Auditors pour over the accounts every spring.", "pour", "pore"),
    # flout (defy) for flaunt (show off)
    ("The airline flaunted the ban on night flights for months.", "flaunted", "flouted"),
    ("Several bars were caught flaunting lockdown rules.", "flaunting", "flouting"),
    ("Drivers who flaunt the new speed limits face fines.", "flaunt", "flout"),
    ("The minister is accused of flaunting a court order.", "flaunting", "flouting"),
    # compete for complete
    ("Small breweries struggle to complete with global brands.", "complete", "compete"),
    ("The start-up was built to complete against the incumbents.", "complete", "compete"),
    # discreet (tactful) for discrete (separate)
    ("The couple discretely left through a side door.", "discretely", "discreetly"),
    ("Staff were asked to be discrete about the merger.", "discrete", "discreet"),
    # affected after a degree adverb, affects after a pronoun subject
    ("Farmers in the valley were badly effected by the drought.", "effected", "affected"),
    ("The strike is long, and it effects everyone who commutes.", "effects", "affects"),
    ("The closure will hit the worst effected districts first.", "effected", "affected"),
    # stationary / stationery
    ("Traffic remained stationery for two hours on the ring road.", "stationery", "stationary"),
    ("The shop sells office stationary and greeting cards.", "stationary", "stationery"),
    # elicit / illicit
    ("The question was meant to illicit a response from the minister.", "illicit", "elicit"),
    ("Customs officers seized elicit cigarettes worth $2m.", "elicit", "illicit"),
    # rein / reign
    ("The council vowed to reign in spending on consultants.", "reign", "rein"),
    ("Investors want the new chief to take the reigns quickly.", "reigns", "reins"),
    # breath / breathe as a noun
    ("Let's take a deep breathe and wait for the count.", "breathe", "breath"),
    ("The runner was out of breathe at the line.", "breathe", "breath"),
    # advise as a noun
    ("He ignored his lawyer's advise and spoke to reporters.", "advise", "advice"),
    # allowed / aloud
    ("Pupils are not aloud to use phones in class.", "aloud", "allowed"),
    # loose as an adjective
    ("Two goats broke lose from a farm near the bypass.", "lose", "loose"),
    ("A convicted fraudster is still on the lose.", "lose", "loose"),
    # fixed phrases of usage guides
    ("Fans waited with baited breath for the draw.", "baited", "bated"),
    ("Backbenchers were told to tow the line on the budget.", "tow", "toe"),
    ("The storm could wreck havoc on the coast.", "wreck", "wreak"),
    ("The teaser is meant to wet the appetite of fans.", "wet", "whet"),
    ("The singer strained her vocal chords on tour.", "chords", "cords"),
    ("The trick relies on slight of hand.", "slight", "sleight"),
    ("Insurance gives owners piece of mind.", "piece", "peace"),
    ("Whether he was told first is a mute point now.", "mute", "moot"),
    ("The plan failed to past muster with regulators.", "past", "pass"),
    ("Please bare with us while the site is updated.", "bare", "bear"),
    ("Residents should bare in mind that parking is limited.", "bare", "bear"),
    ("The statue of limitations expired in 2019.", "statue", "statute"),
    ("The defeat did not phase him at all.", "phase", "faze"),
    ("Families had to make due with half rations.", "due", "do"),
    ("Pensioners will bare the brunt of the cuts.", "bare", "bear"),
    ("Vendors were accused of pedaling misinformation online.", "pedaling", "peddling"),
    ("The club agreed to wave the fee for local players.", "wave", "waive"),
    ("The senator seemed loathe to criticise the governor.", "loathe", "loath"),
    ("Fund managers remain risk adverse after the crash.", "adverse", "averse"),
    ("The country has been in the throws of a recession.", "throws", "throes"),
]

FRAME_NEAR_MISSES = [
    "Prices reached a peak at the end of March.",
    "The outbreak hit its first peak at 4,000 cases a day.",
    "Climbers set up camp below the peak at dawn.",
    "Demand will peak at about 6 p.m. on weekdays.",
    "The resort offers a peak at 3,000 metres for climbers.",
    "Floodwater poured over the levee overnight.",
    "Critics poured scorn over the plan.",
    "Petrol was poured over the documents before they were burned.",
    "Refugees poured over the border into the valley.",
    "The rapper flaunted his new watch on social media.",
    "She flaunts her law degree in every debate.",
    "Teams flaunted their new kits at the parade.",
    "The survey takes ten minutes to complete with a pen.",
    "The flat comes complete with a balcony.",
    "Students should be able to complete with ease.",
    "The signal is discretely sampled at fixed intervals.",
    "The data fall into discrete groups.",
    "The change was effected by the board in March.",
    "The side effects were mild.",
    "The side effects everyone feels are mild.",
    "A stationary vehicle was struck on the bridge.",
    "The shop sells stationery and cards.",
    "Police found illicit drugs in the van.",
    "The survey aimed to elicit responses from tenants.",
    "Queen Victoria's reign in Britain lasted 63 years.",
    "Chaos reigned in the chamber.",
    "She held her breath as the results came in.",
    "Patients struggled to breathe.",
    "They advise the mayor on housing.",
    "He read the letter aloud to the court.",
    "The teacher read aloud to the class.",
    "Voters may lose faith in the process.",
    "The bare shelves told the story.",
    "The report laid bare the cost of delays.",
    "Musicians played the chords slowly.",
    "The council will phase out plastic bags.",
    "Officials did not phase them out in time.",
    "The fee is due with the application.",
    "She waved the flag at the finish.",
    "The governor is loath to comment.",
    "The ruling had an adverse effect on exports.",
    "The javelin throws of the final were long.",
    "He gave a slight smile.",
    "A piece of the wall fell on the road.",
    "The singer's mute button was on.",
]


@pytest.mark.parametrize(("body", "wrong", "intended"), FRAME_ERRORS)
def test_usage_guide_frame_found(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize("body", FRAME_NEAR_MISSES)
def test_usage_guide_near_misses_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


# --- non-words ----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["wheelsman", "wheelsmen", "lifeboatsman", "ropeswoman"])
def test_noun_plus_sman_compounds_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["wheelsmam", "sman", "asman"])
def test_sman_rule_needs_a_known_stem(word: str) -> None:
    assert not is_english(word)


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("The minister called the leak irresponsable and false.", "irresponsable", "irresponsible"),
        ("Critics say the plan is unacceptible for renters.", "unacceptible", "unacceptable"),
        ("Their independance was declared in 1991.", "independance", "independence"),
    ],
)
def test_cognate_spelling_in_english_prose_is_a_misspelling(
    body: str, typo: str, intended: str
) -> None:
    assert ("misspelling", typo, intended) in flagged(body)


@pytest.mark.parametrize(
    "body",
    [
        "The banner read « c'est totalement irresponsable » in red letters.",
        "Locals still shout irresponsable y cobarde at the mayor's car.",
    ],
)
def test_cognate_inside_a_foreign_phrase_is_not_flagged(body: str) -> None:
    assert [f for f in flagged(body) if f[0] == "misspelling"] == []


@pytest.mark.parametrize(
    ("body", "wrong", "intended"),
    [
        ("I'm quiet nervous about the results, to be honest.", "quiet", "quite"),
        ("They designed the scooter to complete with rental bikes.", "complete", "compete"),
        ("We built our app to complete against the big banks.", "complete", "compete"),
    ],
)
def test_pronoun_i_and_purpose_object_frames(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'm quiet, not shy, when meetings run late.",
        "The forms took the clerks an hour to complete with care.",
        "They built the kit to complete with ease at home.",
    ],
)
def test_pronoun_i_and_purpose_near_misses(body: str) -> None:
    assert real_word_errors(body) == []


# --- frames that keep a word the bigram model would call wrong from one neighbour --------


@pytest.mark.parametrize(
    "body",
    [
        "The patients were sent home too quickly after surgery.",
        "The warning was read too broadly by the courts.",
        "The lender was deemed too risky for pension money.",
        "The verdict came too soon for the family.",
        "Lawyers argued about there being no written contract.",
        "From then on the shop opened only at weekends.",
    ],
)
def test_degree_and_time_frames_keep_the_word(body: str) -> None:
    assert real_word_errors(body) == []


@pytest.mark.parametrize(
    ("body", "wrong", "intended"),
    [
        ("The hospital was forced too close its ward.", "too", "to"),
        ("Officials declined too comment on the report.", "too", "to"),
    ],
)
def test_too_before_a_verb_is_still_to(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


# --- non-words that are a real word's spoken or hyphen-split form -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "“We ain't askin' for charity, just somethin' fair,” the farmer said.",
        "The regulator is pre-empting a court challenge, lawyers say.",
        "The union called the offer unco-operative and out-moded.",
    ],
)
def test_dropped_g_and_hyphen_split_words_are_not_misspellings(body: str) -> None:
    assert [f for f in flagged(body) if f[0] == "misspelling"] == []


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("The film was shot in three-dimentional colour.", "dimentional", "dimensional"),
        ("The campaign was askin for donations again.", "askin", "asking"),
    ],
)
def test_hyphen_part_and_unmarked_drop_still_flagged(body: str, typo: str, intended: str) -> None:
    assert ("misspelling", typo, intended) in flagged(body)


MORE_PAIRS = [
    ("The proposed toll will effect thousands of commuters.", "effect", "affect"),
    ("The heatwave had a huge affect on sales.", "affect", "effect"),
    ("Team moral is low after the relegation.", "moral", "morale"),
    ("The win boosted moral in the dressing room.", "moral", "morale"),
    ("The yacht ran aground near a dessert island.", "dessert", "desert"),
    ("The drones are stored in an old aircraft hanger.", "hanger", "hangar"),
    ("Prosecutors described grizzly scenes inside the flat.", "grizzly", "grisly"),
    ("Transparency is one of the central tenants of the charter.", "tenants", "tenets"),
    ("The coach eluded to injuries in the squad.", "eluded", "alluded"),
    ("Investors were appraised of the risks.", "appraised", "apprised"),
    ("Tenants warned of eminent closure of the block.", "eminent", "imminent"),
    ("Violence could flair up during the count.", "flair", "flare"),
    ("A hoard of photographers followed the couple.", "hoard", "horde"),
    ("She took a pivotal roll in the rescue.", "roll", "role"),
    ("Beat the egg yoke with sugar.", "yoke", "yolk"),
    ("The council paired down its list of projects.", "paired", "pared"),
    ("The shear volume of complaints overwhelmed staff.", "shear", "sheer"),
    ("Ministers decided to change tact on housing.", "tact", "tack"),
    ("He asked for legal council before the interview.", "council", "counsel"),
    ("Fans say their going to boycott the match.", "their", "they're"),
    ("A lose tile fell from the roof.", "lose", "loose"),
    ("A lightening strike hit the church spire.", "lightening", "lightning"),
    ("The firm's principle lender pulled out.", "principle", "principal"),
]

MORE_NEAR_MISSES = [
    "The reform will effect change in the courts.",
    "Patients with flat affect were studied.",
    "The bishop spoke about moral standards in public life.",
    "Staff moral support for the strike was strong.",
    "Dessert was a lemon tart.",
    "The coat hanger broke.",
    "A grizzly attack was reported near the trail.",
    "The tenants of the block met the landlord.",
    "The suspect eluded police for a week.",
    "The house was appraised at $400,000.",
    "An eminent surgeon led the study.",
    "She has a flair for languages.",
    "He kept a hoard of coins under the floor.",
    "The drummer's roll lasted a minute.",
    "Oxen strained under the yoke.",
    "The pair down the road run a bakery.",
    "The bolt failed under shear stress.",
    "She handled the row with tact.",
    "The city council met on Tuesday.",
    "Their going-away party was on Friday.",
    "Voters may lose faith.",
    "The clouds were lightening by noon.",
    "The principle of free speech was upheld.",
]


@pytest.mark.parametrize(("body", "wrong", "intended"), MORE_PAIRS)
def test_more_usage_guide_pairs_found(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize("body", MORE_NEAR_MISSES)
def test_more_usage_guide_near_misses_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The board could of course reject the bid outright.",
        "The economic might of the region is growing.",
        "He kept a roll of banknotes in his coat.",
        "Officials said that our older bridges need repair.",
        "The council treats the park as our shared garden.",
    ],
)
def test_frames_keep_of_roll_and_our(body: str) -> None:
    assert real_word_errors(body) == []


def test_our_for_are_after_a_plural_subject_still_found() -> None:
    assert ("our", "are") in real_word_errors("Several roads our closed after the storm.")


@pytest.mark.parametrize(
    "word", ["laterness", "joblessness", "linemen", "ferrymen", "relatably", "printably"]
)
def test_regular_and_irregular_derivations_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["yearss", "fileded", "makeing", "envyably", "blahmen"])
def test_misbuilt_derivations_stay_non_words(word: str) -> None:
    assert not is_english(word)


@pytest.mark.parametrize(
    "body",
    [
        "The mountain offers a peak at every turn of the trail.",
        "The plant was built to complete with a second reactor.",
        "The bridge was designed to complete with steel from local mills.",
        "The ship towed the line of barges upriver.",
    ],
)
def test_summits_completion_and_towing_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


@pytest.mark.parametrize(
    ("body", "wrong", "intended"),
    [
        ("The label hopes to complete with Sony for new artists.", "complete", "compete"),
        ("Rebels were told to tow the line.", "tow", "toe"),
        ("Readers got a peak at the draft budget.", "peak", "peek"),
    ],
)
def test_compete_toe_peek_still_found(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize(
    "body",
    [
        "He flaunted the order of merit on his lapel.",
        "Brands flaunt a code of ethics in their adverts.",
        "The mayor flaunted the city's new rules as a model for others.",
        "Rain poured over the pages of the open ledger book.",
        "The readings are stored discretely in separate files.",
        "The couple discretely sampled signals.",
    ],
)
def test_shown_rules_spilt_liquids_and_separate_storage_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []


@pytest.mark.parametrize(
    ("body", "wrong", "intended"),
    [
        ("The envoy discretely asked for a private meeting.", "discretely", "discreetly"),
        ("Aides discretely slipped out of the hall.", "discretely", "discreetly"),
        ("Regulators poured over the bank's filings all week.", "poured", "pored"),
    ],
)
def test_discreetly_and_pored_still_found(body: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(body)


@pytest.mark.parametrize(
    "body",
    [
        "Doctors differ: some advise rest, others surgery.",
        "Tax cuts lose in court again.",
        "Rangers released grizzly footage from the park cameras.",
    ],
)
def test_pronoun_subjects_headline_verbs_and_bears_stay_silent(body: str) -> None:
    assert real_word_errors(body) == []
