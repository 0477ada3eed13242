"""General consistency failure patterns (second blind set), on our own sentences.

Each pattern has positive cases (must fire) and near misses (must stay quiet)."""

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


# --- a lone surname with a final "s" added or dropped -----------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "The inquiry was led by Judge Rosalía Montero. Montero said the report was final.\n"
            "Monteros added that no appeal had been lodged.",
            "Monteros",
            "Montero",
        ),
        (
            "Chef Dimitri Papadakis opened the bistro in May. Papadakis grows his own herbs.\n"
            "Papadaki said prices would stay the same.",
            "Papadaki",
            "Papadakis",
        ),
    ],
)
def test_lone_surname_with_final_s_changed(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


@pytest.mark.parametrize(
    "text",
    [
        # a family in the plural
        "Councillor Amelia Navarro hosted the dinner. Navarro thanked the guests.\n"
        "The Navarros have lived on the street for forty years.",
        # patronymic surnames of two people (consonant before the "s")
        "Coach Mark Roberts picked the side. Roberts said little.\n"
        "Later, Robert said the team had trained hard.",
        "Senator Owen Edwards tabled the motion, and Edwards spoke first.\n"
        "Edward said he would abstain.",
        # an English plural in "-es"
        "Leader Harriet Lowe of the Progressive Conservatives spoke. Conservatives cheered.\n"
        "One Conservative said the result was close.",
        # too short to tell
        "Midfielder Luis Soto scored twice. Soto was substituted late.\nSotos cheered.",
    ],
)
def test_final_s_near_misses(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- a lone surname with its final vowel changed ----------------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Striker Didier Okemba scored the winner. Okemba later thanked the fans.\n"
            "Okembe's contract runs until 2028.",
            "Okembe",
            "Okemba",
        ),
        (
            "The exhibition was curated by Hanne Lindqvaste. Lindqvaste chose 40 works.\n"
            "Lindqvasta said the loans took two years.",
            "Lindqvasta",
            "Lindqvaste",
        ),
    ],
)
def test_lone_surname_with_final_vowel_changed(text: str, deviant: str, dominant: str) -> None:
    found = findings(text, "name_variant")
    assert [(f.text, f.suggestion) for f in found] == [(deviant, dominant)]


@pytest.mark.parametrize(
    "text",
    [
        # gendered forms are different people
        "Prosecutor Tomasz Zielinski opened the case. Zielinski called two witnesses.\n"
        "Zielinska, his sister, testified on Friday.",
        "Defender Marco Bertolino was booked. Bertolino appealed.\nBertolina watched from the stand.",
        "Mayor Pavel Novotny spoke first, and Novotny was applauded.\nNovotna replied for the opposition.",
        # a common word in lower case elsewhere
        "Goalkeeper Ivan Balance saved a penalty. Balance was named man of the match.\n"
        "The balanci of power shifted. Balanci said nothing.",
    ],
)
def test_final_vowel_near_misses(text: str) -> None:
    assert findings(text, "name_variant") == []


# --- an unnamed "the N-year-old" refers back to the person last given an age ------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The cyclist, Marisol Quintana, 52, was taken to hospital.\n"
            "Officers said the 25-year-old had been wearing a helmet.",
            "25-year-old",
            "52",
        ),
        (
            "Deputies arrested Wendell Okafor, 29, on Tuesday night.\n"
            "Court records show the 92-year-old was released on bail.",
            "92-year-old",
            "29",
        ),
    ],
)
def test_unnamed_age_refers_back(text: str, later: str, earlier: str) -> None:
    assert pairs(text) == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # the same age again
        "The cyclist, Marisol Quintana, 52, was taken to hospital.\n"
        "Officers said the 52-year-old had been wearing a helmet.",
        # an indefinite age introduces someone else
        "Deputies arrested Wendell Okafor, 29, on Tuesday night.\n"
        "A 41-year-old passenger was not charged.",
        # the other age already stated earlier: that person is meant
        "Deputies arrested Wendell Okafor, 29, and a 41-year-old passenger on Tuesday.\n"
        "Court records show the 41-year-old was released on bail.",
        # an unnamed person given that age in an appositive
        "Deputies arrested Wendell Okafor, 29, on Tuesday. His passenger, 41, was not held.\n"
        "Court records show the 41-year-old was released on bail.",
        "Deputies arrested Wendell Okafor, 29, and a woman aged 41 on Tuesday.\n"
        "Court records show the 41-year-old was released on bail.",
        # two people given ages: the referent is not clear
        "Deputies arrested Wendell Okafor, 29, and Lena Marsh, 33, on Tuesday.\n"
        "Court records show the 41-year-old was released on bail.",
    ],
)
def test_unnamed_age_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- the same amount tied by a shared other figure --------------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "Gold holdings of $3.2 billion cover about 7.5 weeks of spending, the governor said.\n"
            "The fund's gold holdings were worth $3.7 billion in June, equal to 7.5 weeks of "
            "spending.",
            "$3.7 billion",
            "$3.2 billion",
        ),
        (
            # the shared word opens a quoted sentence, capitalised
            '"Deposits of $5.2 billion give us 3.8 months of liquidity," she said.\n'
            "Customer deposits stood at $5.8 billion in the latest filing, worth 3.8 months "
            "of outflows.",
            "$5.8 billion",
            "$5.2 billion",
        ),
    ],
)
def test_amounts_tied_by_a_shared_figure(text: str, later: str, earlier: str) -> None:
    assert pairs(text) == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # the shared figure is a small round number
        "Gold holdings of $3.2 billion were sold over 2 days.\n"
        "The ministry said bond holdings worth $3.7 billion fell by 2 points.",
        # a part beside its whole, far apart in value
        "Revenue in the quarter was $2.1 billion, 4.5% higher than a year ago.\n"
        "Profit in the quarter was $310 million, 4.5% higher than a year ago.",
        # a change cue
        "Gold holdings of $3.2 billion covered 7.5 weeks of spending last year.\n"
        "Gold holdings rose to $3.7 billion, enough for 7.5 weeks of spending.",
        # no word in common
        "Tuition fees of $3.2 billion were collected over 7.5 weeks.\n"
        "Separately, the pension plan lost $3.7 billion, roughly 7.5 percent.",
    ],
)
def test_shared_figure_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- a population counted as people, then as residents --------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The island, home to about 3,600 people, depends on a single ferry.\n"
            "Of the 6,300 residents, only half have cars, the council said.",
            "6,300 residents",
            "3,600 people",
        ),
        (
            "Brackley Cross, a hamlet of 450 inhabitants, lost its last shop in March.\n"
            "The parish says its 540 people now rely on a weekly bus.",
            "540 people",
            "450 inhabitants",
        ),
    ],
)
def test_population_restated_with_swapped_digits(text: str, later: str, earlier: str) -> None:
    assert pairs(text) == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # different groups of people: no swap, no definite back-reference
        "About 3,600 people attended the festival on Saturday.\n"
        "The town's 5,200 residents were asked to avoid the centre.",
        # digits swapped, but an indefinite new group
        "The island, home to about 3,600 people, depends on a single ferry.\n"
        "Last summer 6,300 people visited it.",
        # attendance, then residents
        "The island, home to about 3,600 people, depends on a single ferry.\n"
        "The concert drew 6,300 people from the mainland.",
    ],
)
def test_population_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- the price of the article's subject, "at $X it ..." ---------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The Vantor X2 is the quietest heat pump we have tried, and at $4,800 it is "
            "fairly priced.\nInstallation took a day.\n"
            "At $5,200, though, it costs more than most gas boilers.",
            "$5,200",
            "$4,800",
        ),
        (
            "The two clubs are close to agreeing a fee of about £36m for the winger.\n"
            "His agent flew to Madrid on Monday.\n"
            "At £63m this would be the club's record signing.",
            "£63m",
            "£36m",
        ),
    ],
)
def test_price_of_the_subject_stated_twice(text: str, later: str, earlier: str) -> None:
    assert pairs(text) == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # the same price again
        "At $4,800 it is fairly priced.\nInstallation took a day.\n"
        "At $4,800, though, it costs more than a boiler.",
        # far apart in value: another thing (an add-on, a rival)
        "The clubs agreed a fee of about £36m.\nAt £9m this would be a bargain for a backup.",
        # no price statement before
        "The club refused to go above £40m last week.\nAt £48m this would be a record.",
        # a subject, not a pronoun, after the price: maybe another product
        "At $4,800 it is fairly priced.\nAt $5,200, the Pro model adds a second compressor.",
        # "this" opens a date, not a clause about the subject
        "The shares were priced at $42 in the offering.\nThey traded at $45 this week.",
        # "it said": the company attributes, it is not the subject priced
        "Veltra agreed a price of $1.1 billion for the unit.\n"
        "The board valued the stake at $1.4 billion, it said on Monday.",
        # a rate
        "The fee of $60 a barrel was agreed.\nAt $66 a barrel, it would pay for itself.",
    ],
)
def test_price_near_misses(text: str) -> None:
    assert pairs(text) == []


# --- "N units, not M": a later statement disputing an earlier value ---------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "Campaigners say the new 38-kilometre pipeline will scar the valley.\n"
            "Farmers have already lodged objections.\n"
            "In fact the pipeline is 32 kilometres long, not 38, and avoids the wetland.",
            "32 kilometres",
            "38-kilometre",
        ),
        (
            # a compound measure before a noun ending in "s" ("bypass") still counts miles
            "The council's 9-mile bypass plan goes to a vote on Monday.\n"
            "Engineers say the bypass would be 6 miles long, not 9, and cost less.",
            "6 miles",
            "9-mile",
        ),
        (
            "The trust says the restoration will need 450 volunteers this summer.\n"
            "A spokesman later said it needs 540 volunteers, not 450.",
            "540 volunteers",
            "450 volunteers",
        ),
    ],
)
def test_value_disputing_an_earlier_one(text: str, later: str, earlier: str) -> None:
    assert pairs(text) == [(later, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        # the disputed value was never stated
        "The dam will be 40 metres high, not 60 as first drawn.\nWork starts in May.",
        # the disputed value is of another unit
        "The trail climbs 900 metres over its length.\nThe trail is 12 kilometres long, not 900.",
    ],
)
def test_dispute_near_misses(text: str) -> None:
    assert pairs(text) == []
