"""Round 9: one-edit spellings of a person's name that were blocked by the rules.

Families: a lone surname after an abbreviated title ("Cllr", "Insp", "Revd"), a final
consonant doubled or single ("Wolf" / "Wolff"), a silent final "e" added or dropped
("Clark" / "Clarke"), and a transliterated final "i" / "y" ("Andrei" / "Andrey"). Every
sentence here is written for this test (no page's text); each family has near misses that
must stay silent.
"""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer
from credscore.variants import close_parts, ending_variant


def variants(text: str) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if f.kind == "name_variant"]


def one_variant(text: str) -> Finding:
    found = variants(text)
    assert len(found) == 1, [(f.text, f.suggestion) for f in found]
    return found[0]


# --- a lone surname after an abbreviated title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "Councillor Priya Osterholm, who chairs the planning committee, said the plan "
            "was sound.\nCllr Osterholme said the council would review the fees.",
            "Osterholme",
            "Osterholm",
        ),
        (
            "Detective Inspector Mared Cadwalladr led the inquiry.\n"
            "Insp Cadwallader said officers had spoken to 40 witnesses.",
            "Cadwallader",
            "Cadwalladr",
        ),
        (
            "The Reverend Tobias Fairweather opened the hall.\n"
            "Revd Fairwether said the roof would be fixed by spring.",
            "Fairwether",
            "Fairweather",
        ),
    ],
)
def test_lone_surname_after_abbreviated_title(text: str, wrong: str, right: str) -> None:
    found = one_variant(text)
    assert (found.text, found.suggestion) == (wrong, right)


def test_abbreviated_title_is_not_a_given_name() -> None:
    # "Cllr Hargreaves" after "Cllr Hargreaves" is one spelling: nothing to report, and
    # two councillors with different surnames stay apart
    text = (
        "Cllr Nadia Hargreaves, the leader, spoke first. Cllr Hargreaves said the budget was "
        "tight. Cllr Tom Hargrave, the opposition leader, disagreed."
    )
    assert variants(text) == []


# --- a final consonant doubled or single ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "Dr Annelies Vandermeer, a geologist at the survey, said the cliff was moving.\n"
            "Dr Vandermeerr said the path would stay shut.",
            "Vandermeerr",
            "Vandermeer",
        ),
        (
            "The striker Mattias Kjellgren scored twice. Coach Ilse Bergdahl praised him.\n"
            "Kjellgrenn was later substituted with a knee knock.",
            "Kjellgrenn",
            "Kjellgren",
        ),
        (
            "Architect Rosalind Pemberthall designed the library.\n"
            "Pemberthal said the budget had doubled since 2019.",
            "Pemberthal",
            "Pemberthall",
        ),
        (
            "Rafael Osterhoff chairs the bank. Analysts expect Rafael Osterhof to step down.",
            "Rafael Osterhof",
            "Rafael Osterhoff",
        ),
    ],
)
def test_final_consonant_doubled_or_single(text: str, wrong: str, right: str) -> None:
    found = one_variant(text)
    assert (found.text, found.suggestion) == (wrong, right)


# --- a silent final "e" added or dropped ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "The agent, Marcus Holbrook, said the singer was resting.\n"
            "Holbrooke did not reply to further questions.",
            "Holbrooke",
            "Holbrook",
        ),
        (
            "Senior engineer Wendeline Ashcombe inspected the bridge.\n"
            "Ashcomb said the bearings had corroded.",
            "Ashcomb",
            "Ashcombe",
        ),
    ],
)
def test_silent_final_e(text: str, wrong: str, right: str) -> None:
    found = one_variant(text)
    assert (found.text, found.suggestion) == (wrong, right)


# --- a transliterated final "i" / "y" in a given name ---------------------------------


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "The fund was set up by Andrei Kolomeitsev-Barr, a former banker.\n"
            "On Friday Andrey Kolomeitsev-Barr said withdrawals would resume.",
            "Andrey Kolomeitsev-Barr",
            "Andrei Kolomeitsev-Barr",
        ),
        (
            "Valeri Ostankin, the coach, named his squad. Later Valery Ostankin said two "
            "players were injured.",
            "Valery Ostankin",
            "Valeri Ostankin",
        ),
    ],
)
def test_given_name_final_i_y(text: str, wrong: str, right: str) -> None:
    found = one_variant(text)
    assert (found.text, found.suggestion) == (wrong, right)


# --- near misses that must stay silent --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # two people introduced with different first names
        "Freya Jensen, a nurse, and Tomas Jenson, a porter, both gave evidence. Jensen said "
        "the ward was short-staffed; Jenson agreed.",
        "Oliver Clark, a farmer, and Beatrice Clarke, a vet, testified. Clark said the herd "
        "was healthy and Clarke confirmed it.",
        "Harriet Wolf, the mayor, met Dieter Wolff, the German envoy. Wolf said talks went "
        "well and Wolff agreed.",
        # a lone word that is a common word elsewhere in lower case
        "Singer Ariana Grande toured Asia. Fans said the grand finale was the best part. "
        "Grand stage sets were shipped from Osaka.",
        # "the" before a lone word: a family or a thing named after one
        "Ana Lucia Browne testified on Monday. The Brown family sued the hospital. Browne "
        "said she had no regrets.",
        "Magdalena Whitlock, a teacher, spoke. The Whitlocke Trust paid for the roof.",
        # a place or a plural that only extends a name
        "Carla Montes spoke in Lisbon. The Monteses own the vineyard next door.",
        # short given names: another name, not a transliteration
        "Mari Tamm and Mary Tamm, her cousin, founded the choir in 1998.",
        # a gendered given name differing at the end
        "Mario Bianchi and Maria Bianchi both ran for the council.",
        # an anchor plus a consonant that is not a doubling
        "Jonathan Rivers spoke for Riversdale. Riverst was never mentioned.",
    ],
)
def test_near_misses_stay_silent(text: str) -> None:
    assert variants(text) == [], [(f.text, f.suggestion) for f in variants(text)]


@pytest.mark.parametrize(
    ("a", "b", "close", "surname"),
    [
        ("wolff", "wolf", True, True),
        ("straathof", "straathoff", True, True),
        ("hall", "halll", False, True),  # too short to tell
        ("korea", "korean", False, True),
        ("pauls", "paul", False, True),
        ("andrei", "andrey", True, False),
        ("dmitri", "dmitry", True, False),
        ("toni", "tony", False, False),  # too short: another name
        ("mario", "maria", False, False),
    ],
)
def test_close_parts_families(a: str, b: str, close: bool, surname: bool) -> None:
    assert close_parts(a, b, surname=surname) is close
    assert close_parts(b, a, surname=surname) is close


@pytest.mark.parametrize(
    ("lone", "anchor", "variant"),
    [
        ("whitlocke", "whitlock", True),
        ("clark", "clarke", True),
        ("holbrooke", "holbrook", True),
        ("grande", "grand", True),  # as spelling; the scorer's lower-case check guards it
        ("lowee", "lowe", False),  # "e" after a vowel: no silent "e"
        ("monte", "mont", False),  # too short
    ],
)
def test_ending_variant_silent_e(lone: str, anchor: str, variant: bool) -> None:
    assert ending_variant(lone, anchor) is variant


# ----------------------------------------------- pet-name endings "ie" / "ey" / "y"


@pytest.mark.parametrize(
    ("a", "b"),
    [("kerrie", "kerry"), ("tracey", "tracy"), ("jodie", "jodey"), ("stacie", "stacy")],
)
def test_ie_ey_y_endings_are_one_name(a: str, b: str) -> None:
    assert close_parts(a, b) and close_parts(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("amie", "amy"), ("mark", "mary"), ("kerrie", "kelly"), ("josie", "joey")],
)
def test_other_endings_stay_apart(a: str, b: str) -> None:
    assert not close_parts(a, b)


def test_given_name_ending_spelled_two_ways_is_reported() -> None:
    text = (
        "Flood at the mill\n\nTracey Whitmarsh, 52, saw the water rise. "
        "Whitmarsh said the cellar filled in minutes. Later Tracy Whitmarsh filmed the yard."
    )
    finding = one_variant(text)
    assert finding.text == "Tracy Whitmarsh"


# ----------------------------------------------- one inner vowel spelled two ways


@pytest.mark.parametrize(
    ("a", "b"), [("rasheedi", "rashidi"), ("rashid", "rasheed"), ("soares", "suares")]
)
def test_one_vowel_group_spelled_two_ways(a: str, b: str) -> None:
    assert close_parts(a, b) and close_parts(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("haroon", "harun"), ("maria", "mario"), ("deane", "dunne"), ("morgan", "morrigan")],
)
def test_other_vowel_changes_stay_apart(a: str, b: str) -> None:
    assert not close_parts(a, b)


def test_hyphenated_surname_with_a_vowel_spelled_two_ways_is_reported() -> None:
    text = (
        "Club sale\n\nBusinessman Tariq Al-Hameedi has made an offer for the club. "
        "Fans say Al-Hameedi wants the stadium. Mr Al-Hamidi did not comment."
    )
    finding = one_variant(text)
    assert finding.text == "Al-Hamidi"
