"""General failure patterns found on a blind labeled corpus (own sentences, not its text)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer


def findings(text: str, kind: str | None = None) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if kind is None or f.kind == kind]


# --- years that date a quantity, not an event (clean: no finding) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mill produced 70,000 tonnes in 2021.\n"
        "Its owners expect output of 240,000 tonnes a year by 2027.",
        "The startup sold 40,000 scooters in 2019.\nA new plant could build 90,000 scooters by 2024.",
        "The port handled about 3 million containers in 2016.\n"
        "Planners want room for 5 million containers by 2030, the authority said.",
        "The charity fed 12,000 families in 2020.\nIt hopes to reach 30,000 families in 2026.",
    ],
)
def test_years_of_different_quantities_are_not_one_event(text: str) -> None:
    assert findings(text, "contradiction") == []


# --- council and assembly member titles ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Councilmember Ifeoma Nwachukwu opposed the plan. Nwachukwu said the vote was "
            "rushed.\nLater, Councilmember Nwachokwu asked for a delay.",
            "Nwachokwu",
            "Nwachukwu",
        ),
        (
            "Assemblymember Rosalind Okonkwo filed the bill. Okonkwo expects a hearing.\n"
            "Assemblymember Okankwo defended it on Friday.",
            "Okankwo",
            "Okonkwo",
        ),
        (
            "Alderwoman Teodora Blazevic chaired the session, and Blazevic took questions.\n"
            "Alderwoman Blazovic closed the hearing.",
            "Blazovic",
            "Blazevic",
        ),
    ],
)
def test_council_titles_are_not_part_of_the_name(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


# --- a short surname respelled with other vowels in a full name --------------------------


@pytest.mark.parametrize(
    ("text", "deviant"),
    [
        (
            "Singer Marisol Cole and her band toured Europe. Marisol Cole told fans the tour "
            "was her last. Cole thanked the crew.\nMarisol Coil later posted a photo.",
            "Marisol Coil",
        ),
        (
            "Coach Teodor Hale praised the defence. Hale said the team improved.\n"
            "Teodor Hail will meet the board on Monday.",
            "Teodor Hail",
        ),
        (
            "Actor Brenna Rowe arrived in Cannes on Friday. Rowe wore a red gown.\n"
            "Brenna Rowe spoke briefly.\nBrenna Roew left before the premiere.",
            "Brenna Roew",
        ),
    ],
)
def test_short_surname_vowel_respelling_in_a_full_name(text: str, deviant: str) -> None:
    found = findings(text, "name_variant")
    assert [f.text for f in found] == [deviant]


@pytest.mark.parametrize(
    "text",
    [
        # different given names: different people
        "Mara Dane won the sprint. Dane led from the start.\nTheo Dean finished second.",
        # each named once, introduced separately
        "Lena Hale, a teacher, spoke first.\nLena Hail, a nurse, spoke second.",
    ],
)
def test_short_surnames_of_different_people(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- a lone surname respelled after a full name used once -------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "The motion was filed by Senator Ngozi Adebayor on Monday.\n"
            "Adebayar told reporters the budget had no room for it.",
            "Adebayar",
            "Adebayor",
        ),
        (
            "Engineer Tomasz Wierzbicki designed the bridge in 2011.\n"
            "Critics say Wierzbecki ignored the river's flood history.",
            "Wierzbecki",
            "Wierzbicki",
        ),
        (
            "Defence lawyer Henrietta Castellanos called no witnesses.\n"
            "The judge later thanked Castelanos for her brevity.",
            "Castelanos",
            "Castellanos",
        ),
    ],
)
def test_lone_surname_after_one_full_name(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


@pytest.mark.parametrize(
    "text",
    [
        # a place or a company near a person's surname
        "Mayor Lucia Brandon opened the fair.\nVisitors came from Brandow and nearby towns.",
        # a plural of a word used in lower case elsewhere
        "Analyst Peter Marsh spoke.\nThe marshes flooded, and Marshes Road closed.",
    ],
)
def test_lone_words_near_a_surname_used_once_are_not_variants(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- one measurement stated two ways ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The Sauk River crested at 18.2 feet in Cedar Falls on Sunday.\n"
            "Officials said the river's 19.6-foot crest was a record for the town.",
            "19.6-foot",
            "18.2 feet",
        ),
        (
            "The storm surge was 4.2 metres at the harbour on Tuesday.\n"
            "A 3.8-meter surge is rare on this coast, forecasters said.",
            "3.8-meter",
            "4.2 metres",
        ),
        (
            "The python measured 5.6 feet when rangers caught it near Lake Placid.\n"
            "Rangers said the 6.5-foot python was released in 2019.",
            "6.5-foot",
            "5.6 feet",
        ),
    ],
)
def test_one_measurement_in_two_unit_spellings(text: str, later: str, earlier: str) -> None:
    found = findings(text, "contradiction")
    assert [(f.text, f.related[0].text) for f in found] == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # two things measured in one unit
        "Crews built a 10-foot wall along the river.\nA 40-foot tower along the river is planned.",
        # a record and a flood stage
        "The river crested at 21 feet on Friday.\nFlood stage at the Main Street gauge is 15 feet.",
        # a change
        "The lake stood at 12.4 feet in May.\nBy July it had dropped to 9.8 feet.",
    ],
)
def test_different_measurements_are_not_contradictions(text: str) -> None:
    assert findings(text, "contradiction") == []


def test_capitalised_place_names_are_not_change_cues() -> None:
    text = (
        "In a filing, Target said it operates 1,950 stores, from Grand Rapids to Twin Falls.\n"
        "Target's 1,590 stores employ about 400,000 people."
    )
    found = findings(text, "contradiction")
    assert [(f.text, f.related[0].text) for f in found] == [("1,590 stores", "1,950 stores")]


# --- one event dated to two months ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The couple got engaged in June 2019 during a trip to Paris.\n"
            "Their relationship at a glance:\n• August 2019: Engaged in Rome\n"
            "• May 2021: Married in Lyon\n"
            "The pair have not commented on reports of a split, which fans noticed last week.",
            "August 2019",
            "June 2019",
        ),
        (
            "The factory opened in March 2015, the company said.\n"
            "Since its opening in May 2016, the plant has hired 300 workers.",
            "May 2016",
            "March 2015",
        ),
        (
            "Ms Okafor was arrested in October 2021 at her home in Enugu.\n"
            "She spent months in jail after her arrest on Nov. 3, 2021.",
            "Nov. 3, 2021",
            "October 2021",
        ),
        (
            "The studio was founded in 2011 by two engineers.\n"
            "• February 2012: Studio founded in Leeds\n"
            "The studio now employs dozens of artists and has released several games.",
            "February 2012",
            "2011",
        ),
    ],
)
def test_one_event_dated_to_two_months(text: str, later: str, earlier: str) -> None:
    found = findings(text, "contradiction")
    assert [(f.text, f.related[0].text) for f in found] == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # a year and a month inside it
        "The company was founded in 2011.\nIt was founded in December 2011 by two engineers.",
        # a recurring event, not a one-time one
        "The board met in March 2023 to discuss the budget.\nIt met in June 2023 to approve it.",
        # two events of one kind happening to different people
        "His father died in May 2001.\nHis mother died in August 2003.",
        "Anna Berg died in 2001 at home.\nHer husband Olaf Berg died in 2003.",
        # a lower-case modal is no month
        "Prices may 2024 be a hard year.\nPrices rose in 2023.",
    ],
)
def test_dates_that_do_not_conflict(text: str) -> None:
    assert findings(text, "contradiction") == []


@pytest.mark.parametrize(
    "text",
    [
        # the lone word comes before the only full name
        "Fans of the Boxer rebellion film cheered.\nThe sequel, Return of Kid Boxers, flopped.",
        "He loved every B-movie he saw.\nHis favourite was The Monster Movie, a cult hit.",
        "Brandow won the first race.\nThen Mayor Lucia Brandon handed out the prizes.",
    ],
)
def test_lone_word_before_a_full_name_used_once(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- one amount with two neighbouring digits swapped ------------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "Quarterly revenue rose 5% to $1.37 billion, the company said on Thursday.\n"
            "Highlights:\n  • Net revenue of $1.73 billion, up 5%\n"
            "The shares rose in early trading after the report.",
            "$1.73 billion",
            "$1.37 billion",
        ),
        (
            "Turnout rose to 4,615 voters in the Ward 7 contest, or 38% of the roll.\n"
            "Officials said 4,165 voters, 38% of those registered, took part.",
            "4,165 voters",
            "4,615 voters",
        ),
        (
            "The school district's budget grew 8% to $36.5 million this spring.\n"
            "Trustees approved the $35.6 million budget, up 8%, on Monday.",
            "$35.6 million",
            "$36.5 million",
        ),
    ],
)
def test_transposed_digits_of_one_amount(text: str, later: str, earlier: str) -> None:
    found = findings(text, "contradiction")
    assert [(f.text, f.related[0].text) for f in found] == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # a change whose old value happens to be transposed: no shared figure
        "Revenue rose to $2.84 billion in the quarter.\nA year earlier, revenue was $2.48 billion.",
        # two digits only: too easy to meet by chance
        "Support rose 4 points to 63% in May.\nOpposition was 36%, 4 points lower.",
        # not a swap of neighbours
        "Sales rose 3% to $2.84 billion.\nThe unit's sales of $4.82 billion rose 3% as well.",
        # a year is not a shared figure
        "In 2024 the firm had 1,250 employees.\nBy 2024 the Ohio plant had 1,520 employees.",
    ],
)
def test_similar_digits_that_are_not_one_amount(text: str) -> None:
    assert findings(text, "contradiction") == []


def test_a_measure_referred_back_to_under_another_noun() -> None:
    text = "The director kept a 20,000-film library in Pyongyang.\nHis 30,000-film archive burned."
    found = findings(text, "contradiction")
    assert [(f.text, f.related[0].text) for f in found] == [("30,000-film", "20,000-film")]
