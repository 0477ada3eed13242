"""One slot stated twice (accuracy round 6), on our own sentences: durations (digits, number
words, hyphenated adjectives), clock times of one event, match minutes, a name's level,
amounts with two digits swapped around the same noun phrase, measures "of" a stuff.
Positive cases must fire; near misses (other people, other places, other days, other
players, scoped or dated values, repeated events) must stay quiet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer


def findings(text: str) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if f.kind == "contradiction"]


def pairs(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.related[0].text) for f in findings(text)]


FILLER = (
    "The parish council meets on the first Monday of each month.\n"
    "A new footbridge over the canal opened last spring.\n"
)

POSITIVE = [
    # a person's stay in one place, in words then as an adjective
    (
        "Bakery owner recovers\n"
        "The baker, Agnieszka Wróbel, said she had been in hospital for three weeks in March.\n"
        + FILLER
        + "Since Ms Wróbel's five-week stay in hospital, her son has run the ovens.",
        [("five-week", "three weeks")],
    ),
    (
        "Climber rescued\n"
        "Tendai Moyo spent nine days in intensive care after the fall, his family said.\n"
        + FILLER
        + "Moyo left intensive care after 12 days and is now walking with a frame.",
        [("12 days", "nine days")],
    ),
    # a subject's span up to now, the later one by pronoun
    (
        "Adopt a cat\n"
        "This is Pepper, a tabby who has been living at the Northgate Cat Shelter for "
        "fourteen months.\n"
        "She has been at the shelter for nine months and loves a sunny windowsill.",
        [("nine months", "fourteen months")],
    ),
    (
        "Long wait for a kidney\n"
        "Rui Batista has been on the transplant list for 30 months.\n"
        "He has been on the list for 18 months, the hospital trust confirmed.",
        [("18 months", "30 months")],
    ),
    # one-time event, two clock times
    (
        "Warehouse blaze\n"
        "The alarm was first raised at 3:05 a.m. by a security guard.\n"
        + FILLER
        + "The alarm was first raised at 3:50 a.m., according to the fire service log.",
        [("3:50 a.m.", "3:05 a.m.")],
    ),
    (
        "Tower evacuated\n"
        "The ceiling collapsed at 11:20 p.m. on the fourth floor.\n"
        "Residents were moved to a sports hall nearby.\n"
        "The ceiling collapsed at 10:20pm, a tenant told reporters.",
        [("10:20pm", "11:20 p.m.")],
    ),
    # a player's moment: prose minute against the key-moments list
    (
        "Rovers 1-0 City: Haaland-Berg volley settles it\n"
        "Sigurd Haaland-Berg's volley won it for Rovers.\n"
        "The striker met a cross from the left in the 62nd minute.\n"
        "Key moments\n"
        "• 58 min — Haaland-Berg volley (1-0)\n",
        [("58 min", "62nd minute")],
    ),
    (
        "Bridge down\n"
        "The old bridge collapsed at 6:30 p.m. on a busy evening.\n"
        "Rescuers worked through the night.\n"
        "Witnesses said the bridge collapsed at 5:30 p.m. as traffic built up.",
        [("5:30 p.m.", "6:30 p.m.")],
    ),
    (
        "Kayaker found\n"
        "Oskar Lindgren was missing at sea for eight days before a trawler found him.\n"
        "Lindgren's five-day ordeal at sea ended near Bornholm.",
        [("five-day", "eight days")],
    ),
    (
        "Rovers 2-1 City\n"
        "Marta Rossi's 71st-minute penalty won it for Rovers.\n"
        "Key moments\n"
        "• 12 min — Bianchi header (0-1)\n"
        "• 74 min — Rossi penalty (2-1)\n",
        [("74 min", "71st-minute")],
    ),
    # a name's level, plain and in a respective list
    (
        "Reservoirs low\n"
        "Figures published on Friday show Llyn Brenig and Alwen at 44% and 52%.\n"
        + FILLER
        + "Alwen is at 57%, the water company said.",
        [("57%", "52%")],
    ),
    (
        "Poll tracker\n"
        "The Greens are polling strongly and Ostrava stands at 23% in the regional count.\n"
        "Ostrava is at 32%.",
        [("32%", "23%")],
    ),
    (
        "Reservoir levels\n"
        "Levels on Monday:\n"
        "• Colliford: 31%\n"
        "• Roadford: 38%\n"
        "The agency said rain is needed.\n"
        "Roadford is at 34%, the minister said.",
        [("34%", "38%")],
    ),
    # an amount restated with two digits swapped, tied by its noun phrase only
    (
        "Rents climb\n"
        "The median monthly rent for a one-bedroom flat rose 2% to $1,845, the survey found.\n"
        + FILLER
        + "At a median monthly rent of $1,485, the city is still cheaper than its neighbour.",
        [("$1,485", "$1,845")],
    ),
    # a measure "of" a stuff referred back to
    (
        "River clean-up\n"
        "Volunteers pulled 3.6 tonnes of plastic from the river banks.\n"
        "The organisers said the 6.3 tonnes of plastic they collected will be recycled.",
        [("6.3 tonnes", "3.6 tonnes")],
    ),
]

NEAR_MISSES = [
    # two people's stays
    (
        "Two patients\n"
        "Mercy Adjei was in hospital for six weeks after the crash.\n"
        "Her brother Kofi Mensah spent four weeks in hospital last winter.",
    ),
    # a second stay set apart
    (
        "Recovery\n"
        "Dmitri Sokol was in hospital for six weeks in May.\n"
        "In June Sokol returned for a further four weeks in hospital.",
    ),
    # durations that are not stays: ago, every, within, the first
    (
        "Roadworks\n"
        "The lane closed six weeks ago, Councillor Ada Brightwell said.\n"
        "Brightwell said the lane reopens within four weeks and buses come every two weeks.",
    ),
    # bounds, not stays: "up to", "more than"
    (
        "Cover\n"
        "The plan pays hospital bills for stays up to 90 days for Ana Ruiz and her family.\n"
        "Ruiz said nursing home bills are paid for up to 180 days after a hospital stay.",
    ),
    # spans of one subject spent in different places / prepositions
    (
        "Career\n"
        "Lena Vogt has been in Hamburg for eleven years.\n"
        "She has been with the orchestra for seven years.",
    ),
    # a pronoun span a sentence naming someone else
    (
        "Shelter\n"
        "Milo, a spaniel who has been waiting at the Eastfield Rescue for eight months, needs a home.\n"
        "Rex has been at the rescue for three months and he likes cats.",
    ),
    # relatives sharing a surname; stays in different years
    (
        "Sailing\n"
        "Oskar Lindgren sailed for eight days to reach Gotland.\n"
        "His brother Erik Lindgren sailed for five days the year after.",
    ),
    (
        "Hospital\n"
        "Ahmed Said was in hospital for two weeks in 2019, his lawyer said.\n"
        "Said's five-week stay in hospital in 2021 delayed the trial.",
    ),
    # another event of the same kind
    (
        "Tennis\n"
        "The match started at 2:05 p.m. on court one.\n"
        "The second match started at 4:30 p.m. on court two.",
    ),
    # clock times of a recurring event or on different days
    (
        "Train times\n"
        "The train left at 9:15 a.m. from the coast.\n"
        "The train left at 4:40 p.m. on the return.",
    ),
    (
        "Two fires\n"
        "The fire was first reported at 1:10 p.m. on Tuesday near the quarry.\n"
        "The fire was first reported at 6:45 p.m. on Wednesday at the depot.",
    ),
    # different players, relative minutes
    (
        "United 2-1 Town\n"
        "Okafor's header put United ahead.\n"
        "He rose at the far post in the 30th minute.\n"
        "Town were level six minutes after the break.\n"
        "Key moments\n"
        "• 30 min — Okafor header (1-0)\n"
        "• 51 min — Lindqvist finish (1-1)\n"
        "• 77 min — Okafor header (2-1)\n",
    ),
    # levels of a name in a scoped or dated clause, or named by a new source
    (
        "Polls\n"
        "Labour is at 34% in the latest survey.\n"
        "In the Ipsos poll, Labour is at 31%.\n"
        "Last month Labour was at 38%.",
    ),
    (
        "Support by group\n"
        "Support for Rivera stands at 41%.\n"
        "Rivera is at 48% among voters under 30.",
    ),
    (
        "Levels\n"
        "• Colliford: 31%\n"
        "• Roadford: 38%\n"
        "In the Ipsos count, Roadford is at 34%.",
    ),
    # two digits swapped but another moment
    (
        "Rents\n"
        "The median monthly rent for a one-bedroom flat rose to $1,845 this year.\n"
        "Last year the median monthly rent for a one-bedroom flat was $1,485.",
    ),
    # two amounts of one stuff, no back-reference
    (
        "Harvest\n"
        "The cooperative harvested 400 tonnes of wheat this summer.\n"
        "It exported 150 tonnes of wheat to Portugal.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_one_slot_stated_twice_is_a_contradiction(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [case[0] for case in NEAR_MISSES])
def test_near_misses_stay_quiet(text: str) -> None:
    assert pairs(text) == []


def test_number_words_are_numbers() -> None:
    from credscore.slots import number_value

    assert number_value("eleven") == 11
    assert number_value("48") == 48
    assert number_value("dozen") == 12
    assert number_value("several") is None


def test_findings_lie_on_the_values() -> None:
    text = POSITIVE[0][0]
    (finding,) = findings(text)
    assert text[finding.start : finding.end] == finding.text == "five-week"
    assert finding.related[0].text == "three weeks"


# --- properties: any mix of slot phrases gives findings that lie on article values -----

SLOT_PIECES = [
    "{name} was in hospital for {n} weeks.",
    "Mr {name}'s {word}-week stay in hospital ended.",
    "{name}, a dog who has been waiting at the {name} Rescue for {n} months, is shy.",
    "He has been at the centre for {word} months.",
    "The fire was first reported at {h}:{m} p.m. near the {name} road.",
    "The roof collapsed at {h} a.m., {name} said.",
    "{name}'s header came in the {n}th minute.",
    "• {n} min — {name} header (1-0)",
    "{name} and Alwen are at {n}% and {m}%.",
    "{name} is at {n}%, you said.",
    "The average asking price of £{n}1,{m}0 is up.",
    "Volunteers planted the {n}.{h} kilometres of hedgerow.",
]

slot_piece = st.tuples(
    st.sampled_from(SLOT_PIECES),
    st.sampled_from(["Okafor", "Lindqvist", "Nakamura", "Roadford"]),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=10, max_value=59),
    st.sampled_from(["two", "four", "eleven", "six"]),
).map(lambda p: p[0].format(name=p[1], n=p[2], h=p[2], m=p[3], word=p[4]))


@given(st.lists(slot_piece, min_size=1, max_size=12), st.booleans())
def test_slot_findings_lie_on_article_values(pieces: list[str], one_line: bool) -> None:
    text = "Title of the page\n" + (" " if one_line else "\n").join(pieces)
    analysis = analyse(Document("t", text))
    first = ConsistencyScorer().score(analysis)
    again = ConsistencyScorer().score(analysis)
    assert first.findings == again.findings
    article = [(s.start, s.end) for s in analysis.segments if s.kind in {"title", "body"}]
    for finding in first.findings:
        assert text[finding.start : finding.end] == finding.text
        assert any(start <= finding.start and finding.end <= end for start, end in article)
        assert finding.related and finding.related[0].start < finding.start
    assert 0.0 <= first.score <= 100.0
