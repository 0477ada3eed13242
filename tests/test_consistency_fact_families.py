"""Fact families beyond amounts, counts and years (accuracy round 5), on our own sentences.

Ages stated with a verb or by a pronoun, measures with a unit glued on, rates "1 in N"
restated by a pronoun clause, a subject's count with its digits reordered, and a surname's
transliterated "-ski" / "-sky" ending. Each family has positive cases (must fire) and near
misses (must stay quiet)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer


def findings(text: str, kind: str | None = None) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if kind is None or f.kind == kind]


def pairs(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.related[0].text) for f in findings(text, "contradiction")]


FILLER = (
    "The family asked for donations to the harbour museum.\n"
    "Friends remembered long evenings of card games on the porch.\n"
    "The funeral mass will be held at St. Brendan's on the hill.\n"
    "Neighbours recalled the smell of solder drifting from the workshop.\n"
    "The local paper ran a short notice on its front page.\n"
    "The library plans a small exhibition of the drawings.\n"
    "A memorial fund has been set up for young apprentices.\n"
)


# --- ages stated with a verb, or by a pronoun long after the person was aged --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marguerite Osei, sculptor of the river herons, dies at 91\n"
            "Marguerite Osei died on Sunday at her studio in Dorchester. She was 91.\n"
            + FILLER
            + "Until her death at 93, she still cast a bronze every winter.",
            [("93", "91")],
        ),
        (
            "Retired surveyor Anselm Kruger died at 78 after a short illness.\n"
            + FILLER
            + "Kruger, who died aged 81, had mapped every lane in the county.",
            [("81", "78")],
        ),
        (
            "Councillor Imani Brathwaite is 52, and she has served three terms.\n"
            "The ward covers the old docks and the new housing estate.\n"
            "Brathwaite is now 55 and plans to run again.",
            [("55", "52")],
        ),
        (
            "The couple's 4-year-old daughter, Marisol.\n"
            + FILLER
            + "Relatives said the 6-year-old was asleep upstairs when the fire started.",
            [("6-year-old", "4-year-old")],
        ),
        (
            "Jockey Tamsin Ward died at the age of 64 in a hospice near Newmarket.\n"
            + FILLER
            + "She was 66.",
            [("66", "64")],
        ),
    ],
)
def test_ages_stated_with_a_verb_or_pronoun(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone else's death: the father's age is not the subject's
        "Poet Ilse Bakker is 58 and lives in Leiden.\nHer father died at 81 in 1990.",
        # a past age, dated or with "when"
        "Trainer Colm Rafferty is 61.\nIn 1980 he was 17.\nHe was 20 when he rode his first winner.",
        # two children: "the 6-year-old" could be either
        "Their 4-year-old son, Milo, and their 6-year-old daughter, Ada.\n"
        + FILLER
        + "The 6-year-old was unhurt.",
        # a child after an adult was just named: not the adult
        "Driver Petra Lindgren, 34, was arrested.\n"
        "A 5-year-old was in the back seat.\nThe 5-year-old was unhurt.",
        # a past age in a time clause
        "Weaver Esi Mensah, 88, died on Monday.\nWhen she married she was 19.",
        # a pronoun in a sentence naming two people
        "Farmer Joel Banda, 70, ran the mill.\nHe was married to Ruth Phiri until she died at 64.",
        # a spouse shares the surname, not the given name
        "Zoltan Brandt, 65, died on Monday.\nHis wife, Nkechi Brandt, 83, survives him.",
        # a time of day, not an age
        "Fisherman Tobias Renner died at 5 a.m. on Tuesday.\nRenner was 70.",
        # an unnamed passenger aged before: "the 41-year-old" is not the named driver
        "Lorry driver Ewa Sokol, 52, was unhurt.\n"
        "A 41-year-old passenger was treated at the scene.\n"
        + FILLER
        + "The 41-year-old was later released.",
        # a score, not an age
        "The Harriers were 64 for three at lunch. Opener Dev Malhotra is 27.\n"
        "By tea the total was 112.",
    ],
)
def test_age_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- measures with a unit glued on or abbreviated --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Vela X2 ships with a 4,800mAh battery and a 6.1-inch screen.\n"
            "Reviewers were impressed that the 4,300mAh battery lasted a full day.",
            [("4,300mAh", "4,800mAh")],
        ),
        (
            "Spec sheet\nStorage: 512 GB, expandable.\nCharging: 65W wired.\n"
            "Buyers will find the 256 GB storage generous for the price.",
            [("256 GB", "512 GB")],
        ),
        (
            "The new ridge trail is 42km long and climbs through beech forest.\n"
            "Walkers should allow two days for the 24km trail, rangers said.",
            [("24km", "42km")],
        ),
        (
            "The prototype is 7.4mm thick, the thinnest the company has made.\n"
            "Reviewers measured the 9.2mm prototype with calipers.",
            [("9.2mm", "7.4mm")],
        ),
    ],
)
def test_measures_with_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two things measured in one unit
        "The tablet has 8GB of memory and a 10,000mAh battery.\n"
        "Its keyboard case adds a 2,000mAh cell for emergencies.",
        "The route is 42km long.\nThe ferry crossing adds 18km on calm days.",
        # a network generation, not grams
        "The phone supports 5G networks.\nThe older model only had 4G radios.",
        # a spec list: several values of one unit in one sentence
        "It comes in 128GB, 256GB and 512GB versions.",
        # two models of one phone
        "The base model has 8GB of memory and 128GB of storage.\n"
        "The Pro model has 12GB of memory and 256GB of storage.",
        "The standard model has a 4,500mAh battery.\nThe larger model has a 5,000mAh battery.",
        "The marathon course is 42km long.\nThe half-marathon course is 21km long.",
        "The phone weighs 187 grams.\nIts case weighs 32 grams.",
        "The Vela X2 has a 4,800mAh battery.\nIts main rival has a 5,000mAh battery.",
        # a change of value
        "The battery grew from 4,500mAh to 5,000mAh this year.\nLast year's battery was 4,500mAh.",
        # scale suffixes are money or counts, not units
        "The club paid $45m for the striker.\nThe club's 300m-long stand is new.",
    ],
)
def test_measure_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- a rate restated by a pronoun clause ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulators say 1 in 8 drivers fail the eyesight test.\n"
            "Read that again.\nThe agency's own annex says it's 1 in 12.",
            [("1 in 12", "1 in 8")],
        ),
        (
            "The insurer's brochure claims 30% of claims are settled within a day.\n"
            "Its small print says it is 13%.",
            [("13%", "30%")],
        ),
    ],
)
def test_rates_restated(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another time
        "Nationally 1 in 8 drivers fail the test.\nLast year it was 1 in 12.",
        "Turnout was 41% in May.\nIn October it was 38%.",
        # another group, no source restating the figure
        "The tax rate is 20%.\nFor companies it is 25%.",
        # another place
        "In Norway 1 in 8 drivers fail the test.\nIn Portugal it's 1 in 12.",
        # two different rates, no pronoun restatement
        "About 1 in 10 patients report a headache.\n1 in 1,000 report a serious reaction.",
        # agreeing forms
        "One study found 1 in 10 adults snore.\nThat's 10%, the authors said.",
        # a time, not a rate
        "Ortega scored 2 in 5 minutes.\nHis agent says it's 1 in 20.",
        # a difference, not a rate
        "The club says tickets are 12% cheaper.\nIts statement says it is 50%.",
        # a year, not a rate
        "The club won 3 in 2019.\nIt was 5 in 2020.",
    ],
)
def test_rate_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- one subject's count with its digits reordered -------------------------------------


def test_reordered_count_of_one_subject() -> None:
    text = (
        "Mayor-elect Ingrid Solberg received 18,352 votes on Tuesday.\n"
        "Turnout was the highest in two decades.\n"
        "Solberg won 18,532 votes across the city's nine wards."
    )
    assert pairs(text) == [("18,532 votes", "18,352 votes")]


@pytest.mark.parametrize(
    "text",
    [
        # two subjects
        "Councillor Ingrid Solberg received 18,352 votes.\nHer rival Anders Dahl received "
        "18,532 votes.",
        # three-digit figures reorder by chance
        "Solberg received 352 votes in the east ward.\nSolberg took 532 votes in the west.",
        # dated to different years
        "Solberg received 18,352 votes in 2019.\nIn 2023 Solberg won 18,532 votes.",
    ],
)
def test_reordered_count_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- a transliterated surname ending --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Violinist Jerzy Zabrowski opened the festival. Zabrowski played Bach.\n"
            "After the concert, Zabrowsky signed programmes for an hour.",
            "Zabrowsky",
            "Zabrowski",
        ),
        (
            "Novelist Arkady Voronetsky won the prize. Voronetsky thanked his editor.\n"
            "Voronetski said the book took nine years.",
            "Voronetski",
            "Voronetsky",
        ),
    ],
)
def test_final_i_y_surname(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Goalkeeper Dragana Jovanovic saved two penalties. Jovanovic was named player of "
            "the match.\nIn the dressing room, Jovanovich thanked the defence.",
            "Jovanovich",
            "Jovanovic",
        ),
        (
            "Chess coach Boris Godunov arrived on Friday. Godunov trains juniors.\n"
            "On Sunday, Godunow gave a simultaneous exhibition.",
            "Godunow",
            "Godunov",
        ),
    ],
)
def test_transliterated_surname_endings(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


@pytest.mark.parametrize(
    "text",
    [
        # a gendered form is another person
        "Coach Marek Kowalski and his sister Anna Kowalska ran the club.\n"
        "Kowalska handled the accounts.",
        # a feminine form is another person
        "Skater Ivan Petrov won silver. Petrov was delighted.\nPetrova, his sister, won gold.",
        # too short to tell
        "Referee Ana Ric blew the whistle. Ric waved play on.\nRich fans booed.",
        # a vowel before the ending: another name
        "Reporter Sam Murray covered the count. Murray filed at midnight.\nMurrai was absent.",
    ],
)
def test_final_i_y_near_misses(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- one scheduled event given two days -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A judge in Tallinn set bail for the ferry operator at a hearing on Monday.\n"
            "A full hearing is scheduled for March 9, prosecutors said.\n"
            "The operator's lawyers declined to comment.\n"
            "Both sides are due back in court on March 16.",
            [("March 16", "March 9")],
        ),
        (
            "Voters in the canton will decide the tunnel plan in a referendum set for 4 June.\n"
            "Campaign posters already line the valley road.\n"
            "The referendum will be held on 11 June, the cantonal chancellery said.",
            [("11 June", "4 June")],
        ),
        (
            "The Halden rover is due to launch on Oct. 3 from Andøya.\n"
            "Engineers finished fuelling the rocket last week.\n"
            "If the weather holds, the launch will go ahead on Oct. 8.",
            [("Oct. 8", "Oct. 3")],
        ),
    ],
)
def test_scheduled_event_dated_twice(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two events
        "A hearing is scheduled for March 9.\nThe trial is set for May 18.",
        # another hearing
        "A bail hearing is set for March 9.\nAnother hearing is scheduled for March 30.",
        # a changed date
        "The vote was scheduled for June 4.\nIt has been postponed and will now be held on "
        "June 11.",
        "The launch was set for Oct. 3.\nIt was moved to Oct. 8 after a fuel leak.",
        # past events: two hearings happened
        "At a hearing on March 9 the judge set bail.\nAt a hearing on March 16 she raised it.",
        # two defendants
        "Marek Sobczak is due in court on March 9.\nHis co-accused, Lena Hartig, is due in "
        "court on March 16.",
        # two defendants sharing a given name
        "Rashida Rautio is due in court on March 9.\nRashida Okafor is due in court on March 16.",
        # a hearing of another kind after a bare one
        "Dario Pinto is due in court on March 12.\nA bail hearing is set for March 22.",
        # days of other things in a sentence about a hearing
        "The hearing is set for March 9.\nThe report will be published on March 16.",
        # a month and year, not a day
        "The referendum is set for June 2027.\nThe election will follow in 2028.",
    ],
)
def test_scheduled_date_near_misses(text: str) -> None:
    assert pairs(text) == []
