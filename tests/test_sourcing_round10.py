"""Round 10: whom a personal pronoun or a role noun names — a person in the foreground,
never a place, an event or a business met since — with sentences of our own (other names,
places and outlets than the pages the families were found on)."""

from __future__ import annotations

import pytest

from credscore.analysis import analyse
from credscore.model import Document
from credscore.scorers.sourcing import SourcingScorer
from credscore.scorers.sourcing.lexicon import lexicon
from credscore.scorers.sourcing.tracker import EntityTracker


def attributions(body: str) -> list[tuple[str, str | None]]:
    result = SourcingScorer().score(analyse(Document("t", f"Headline here\n\n{body}")))
    return [(f.text, f.source) for f in result.findings if f.kind == "attribution"]


def source_of(body: str, cue_text: str) -> str | None:
    found = [source for text, source in attributions(body) if cue_text in text]
    assert found, f"no attribution holding {cue_text!r} in {attributions(body)}"
    return found[-1]


# -- "he said" after a place or an event named behind a preposition ------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lindqvist Aho, from San Lorenzo de Morunys, finished the climb in record time. "
            '"My legs were gone at the top," he said.',
            "Lindqvist Aho",
        ),
        (
            "Ines Barroso Lemos trained for months near Ponte de Lima before the race. "
            '"The heat was the hardest part," she said.',
            "Ines Barroso Lemos",
        ),
        (
            "Tomasz Wierzba, who coaches a youth side, said the result was the best ever seen "
            'in Baltic Rugby Sevens. "We were written off," he said.',
            "Tomasz Wierzba",
        ),
        (
            "Okello Mbeki Otieno grew up on a farm at Kapsabet Ridge and ran to school. "
            '"Running was how we got anywhere," he said.',
            "Okello Mbeki Otieno",
        ),
        (
            "Rafaela Quintana Ruiz opened the bakery after years working in Puerto Viejo. "
            '"Bread is patience," she told the paper.',
            "Rafaela Quintana Ruiz",
        ),
    ],
)
def test_a_pronoun_skips_a_shape_only_name_met_behind_a_place_preposition(
    body: str, expected: str
) -> None:
    source = source_of(body, " said") if " said" in body else source_of(body, "told")
    assert source == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A person named behind "from" who is then the only person: still him.
        (
            'The award went to a letter from Dariusz Wolny. "I wrote it in one night," he said.',
            "Dariusz Wolny",
        ),
        # A person with a title met behind a preposition stays the latest person.
        (
            "Anders Kivi chaired the meeting. The vote came after a speech from Mr Jonas "
            'Ulvestad. "It was a fair fight," he said.',
            "Jonas Ulvestad",
        ),
        # A name that spoke is in the foreground wherever it is met later.
        (
            "Kofi Asante said the fund was empty. Maya Lindgren said it was not. "
            'Everyone at the meeting in Accra agreed with Maya Lindgren. "We will see," she said.',
            "Maya Lindgren",
        ),
        # A new person introduced as a subject, after an earlier speaker: the new one.
        (
            "Halina Brzeska said the plan was late. Piotr Zawada Nowak ran the depot for a "
            'decade. "It was never funded," he said.',
            "Piotr Zawada Nowak",
        ),
    ],
)
def test_a_pronoun_keeps_a_person_in_the_foreground(body: str, expected: str) -> None:
    assert source_of(body, " said") == expected


# -- "X, which ...": a body, never a person ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "A driver was flown to hospital by the Teesdale Air Ambulance on Monday.\n\n"
            "Brackmoor Stone Products, which has run the quarry since 1998, said in a "
            "statement that it was shocked. The firm said all work had stopped.",
            "The firm said",
            "Brackmoor Stone Products",
        ),
        (
            "The Harwick Credit Union opened a branch in May.\n\n"
            "Ostler Lane Bakeries, which supplies 30 cafes, said prices would rise. "
            "The company said flour had doubled in cost.",
            "The company said",
            "Ostler Lane Bakeries",
        ),
    ],
)
def test_a_name_followed_by_which_is_the_body_a_role_noun_names(
    body: str, cue: str, expected: str
) -> None:
    assert source_of(body, cue) == expected


def test_a_name_followed_by_who_stays_a_person() -> None:
    body = (
        "Brenna Talvik, who has run the quarry since 1998, said the face was checked "
        'weekly. "We did everything right," she said.'
    )
    assert source_of(body, "she said") == "Brenna Talvik"


def test_which_after_a_titled_person_does_not_unmake_the_person() -> None:
    body = (
        "The report was written by Dr Imre Salo, which surprised nobody. "
        '"The data were clear," he said.'
    )
    assert source_of(body, "he said") == "Imre Salo"


# -- "the supermarket group X": a body, though "group" and "party" also head people ---------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "Existing backers Tallow Capital also took part, alongside an investment from "
            "the retail group Brindlemart. Brindlemart will stock the jars in 80 shops, "
            "the retailer confirmed.",
            "the retailer confirmed",
            "Brindlemart",
        ),
        (
            "Selma Ardic chairs the board. The round was led by the food group Harvona. "
            '"We are thrilled," she said.',
            "she said",
            "Selma Ardic",
        ),
        (
            "Council leader Dafydd Rhys-Owen met the campaign group Keepwater on Monday. "
            '"They made their case well," he said.',
            "he said",
            "Dafydd Rhys-Owen",
        ),
    ],
)
def test_a_name_after_an_organisation_noun_is_a_body(body: str, cue: str, expected: str) -> None:
    assert source_of(body, cue) == expected


def test_a_name_after_a_role_noun_stays_a_person() -> None:
    body = 'The party leader Ildiko Varga spoke first. "We will not back this budget," she said.'
    assert source_of(body, "she said") == "Ildiko Varga"


# -- "the university" / "the museum": the body whose name it heads, that has spoken ---------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "Staff at the University of Tarnbridge walked out on Monday. The Lecturers and "
            "University Staff Union called the strike after a ballot.\n\n"
            "The university said the open day would go ahead.",
            "The university said",
            "University of Tarnbridge",
        ),
        (
            "The Kessock Heritage Museum said it had paid a fair price for the brooch.\n\n"
            "A similar brooch found in 1931 is now held in the National Museum of Wales.\n\n"
            "The museum said the purchase was funded by donors.",
            "The museum said",
            "Kessock Heritage Museum",
        ),
    ],
)
def test_a_definite_body_names_the_body_it_heads_that_has_spoken(
    body: str, cue: str, expected: str
) -> None:
    assert source_of(body, cue) == expected


def test_a_definite_body_takes_a_newly_named_body_in_the_foreground() -> None:
    body = (
        "The Ministry of Finance said taxes would not rise.\n\n"
        "The Ministry of Health published new waiting-list figures on Friday. "
        "The ministry said the backlog had fallen."
    )
    assert source_of(body, "The ministry said") == "Ministry of Health"


# -- "It added": the body that spoke last, not one named inside its report ----------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "Dunmore District Council has confirmed a data breach. In a notice on its "
            "website, the council said records were copied from a server run by Velloran "
            "Software, which hosts payroll data for nine councils. It added that bank "
            "details were safe.",
            "It added",
            "Dunmore District Council",
        ),
        (
            "The Harbour Trust said the pier would reopen in May after repairs by Corrant "
            "Marine Engineering. Card payments were not affected, it said.",
            "it said",
            "Harbour Trust",
        ),
    ],
)
def test_it_is_the_body_that_spoke_last(body: str, cue: str, expected: str) -> None:
    assert source_of(body, cue) == expected


def test_its_is_read_from_its_own_clause_not_the_last_report() -> None:
    entities = EntityTracker(lexicon())
    entities.mention(["Brightfield", "Solar", "Ltd"])
    entities.body_source, entities.body_source_sentence = "Brightfield Solar", 4
    entities.mention(["Ashcombe", "Action", "Group"])
    entities.sentence = 5
    # "It said" in the next sentence: the body that spoke; "its own survey": the latest body
    assert entities.pronoun("It") == "Brightfield Solar"
    assert entities.pronoun("it", possessive=True) == "Ashcombe Action Group"
    entities.sentence = 7
    assert entities.pronoun("It") == "Ashcombe Action Group"


def test_it_after_a_gap_takes_the_body_named_since() -> None:
    body = (
        "The Harbour Trust said the pier would reopen in May.\n\n"
        "Repairs are slow. Divers have surveyed the piles twice.\n\n"
        "Corrant Marine Ltd won the repair contract in March. It said the work "
        "would take ten weeks."
    )
    assert source_of(body, "It said") == "Corrant Marine"


# -- "the minister said": the person named with that role before -------------------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            '"We have to act now," environment minister Teodor Albu Ionescu told reporters.\n\n'
            "Reservoirs near Baia de Aries are at 19%. Water is piped from Valea Lunga to "
            "the city, passing Sat Nou de Jos on the way.\n\n"
            "The minister said the ban would last until March.",
            "The minister said",
            "Teodor Albu Ionescu",
        ),
        (
            "Head coach Birgit Oyelowo Strand named her squad on Monday. The match is at "
            "Bergen Stadion in Nordre Aasane.\n\n"
            "The coach said two players were injured.",
            "The coach said",
            "Birgit Oyelowo Strand",
        ),
    ],
)
def test_a_definite_role_names_the_person_named_with_it(body: str, cue: str, expected: str) -> None:
    assert source_of(body, cue) == expected


def test_a_role_never_named_before_keeps_the_latest_known_person() -> None:
    body = (
        "Hanne Solberg, 41, said the fund was empty.\n\n"
        "The minister said the fund would be refilled."
    )
    assert source_of(body, "The minister said") == "Hanne Solberg"


# -- "they said" after an unnamed source: that source ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The club posted a statement on Flickwire on Friday.\n\n"
        "A person close to one of the clubs told Radio Nordvik that the payments were split "
        'across many accounts. "It is the oldest trick there is. Small sums, many names," '
        "they said.",
        "The Ostvik Ferry Company runs the port.\n\n"
        "Officials at the port said the crane would be replaced. They said the work would "
        "take a month.",
    ],
)
def test_they_after_an_unnamed_source_is_anonymous(body: str) -> None:
    assert source_of(body, "hey said") == "anonymous"


def test_they_after_a_body_named_since_is_that_body() -> None:
    body = (
        "A source said the deal was close.\n\n"
        "The Harbour Board of Ostvik met on Monday. They said the vote would be in May."
    )
    assert source_of(body, "They said") == "Harbour Board of Ostvik"


def test_a_surname_met_after_a_preposition_keeps_its_person_in_the_foreground() -> None:
    body = (
        "Attorney General Mr Piet Vandenhove flew to Ghent on Monday.\n\n"
        "The hijacker was identified as Oskar Bergholm, a former pilot. The strain "
        'began to tell on the Bergholms. "We only want fuel," he said.'
    )
    assert source_of(body, "he said") == "Oskar Bergholm"


def test_which_after_a_name_inside_a_larger_phrase_leaves_the_person() -> None:
    body = (
        "The pamphlet quotes The Life of Edmund Harrowgate, which he blames on a rival. "
        '"I was never a Tory," he wrote.'
    )
    assert source_of(body, "he wrote") == "Edmund Harrowgate"
