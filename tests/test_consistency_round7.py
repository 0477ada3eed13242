"""Name-variant families missed on an unseen set (own sentences, other names and brands)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer


def findings(text: str, kind: str | None = None) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if kind is None or f.kind == kind]


def variant_pairs(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in findings(text, "name_variant")]


# --- a hyphenated surname respelled in one of its parts ---------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Principal Marguerite Adebayo-Smythe welcomed the inspectors on Monday.\n"
            "The report praised the library. Ms Adebayo-Smithe said staff were delighted.",
            "Adebayo-Smithe",
            "Adebayo-Smythe",
        ),
        (
            "Coach Tomasz Lewandowski-Kral named his squad for the qualifier.\n"
            "Two players were injured, Lewadowski-Kral confirmed after training.",
            "Lewadowski-Kral",
            "Lewandowski-Kral",
        ),
        (
            "The mayor, Ingrid Halvorsen-Beck, signed the order on Tuesday.\n"
            "Critics said Halvarsen-Beck had ignored the planning board.",
            "Halvarsen-Beck",
            "Halvorsen-Beck",
        ),
    ],
)
def test_hyphenated_surname_respelled(text: str, deviant: str, dominant: str) -> None:
    assert (deviant, dominant) in variant_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case piece: a compound, not a surname
        "Director Paula Moviestar spoke at the launch.\nThe B-movie ran for years.",
        # a place and a person
        "Runner Abebe Bikila-Tadesse won in Addis Ababa.\nHe trained in Bikila-Tadese Park.",
    ],
)
def test_hyphenated_near_misses(text: str) -> None:
    assert variant_pairs(text) == []


# --- a surname that drops its final "s" after "e" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "Firefighter Colin Braithwaites led the rescue. Her neighbour Ruth Braithwaites "
            "called for help.\nMr Braithwaite said the smoke was thick.",
            "Braithwaite",
            "Braithwaites",
        ),
        (
            "Curator Helena Postlethwaites opened the exhibition. Visitor Tom Postlethwaites "
            "praised it.\nMs Postlethwaite said it took three years.",
            "Postlethwaite",
            "Postlethwaites",
        ),
    ],
)
def test_surname_dropping_final_s_after_e(text: str, deviant: str, dominant: str) -> None:
    assert (deviant, dominant) in variant_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # short stems are places and other names: Rhode Island, Stoke, Holme
        "Analyst Diane Rhodes joined in May. Trader Carl Rhodes left.\nShe moved to Rhode Island.",
        "Striker Jamie Stokes scored twice. Defender Ben Stokes was booked.\nStoke won 2-1.",
        # an English plural of a word used as a surname is not the direction flagged
        "Candidate Maria Conservative won the seat.\nThe Conservatives lost four councils.",
    ],
)
def test_final_s_near_misses(text: str) -> None:
    assert variant_pairs(text) == []


# --- a CamelCase brand with one vowel changed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "deviant", "dominant"),
    [
        (
            "The supplement SlimaBurn is sold online. Regulators warned that SlimaBurn "
            "contains caffeine.\nShoppers have already bought SlimoBurn in bulk.",
            "SlimoBurn",
            "SlimaBurn",
        ),
        (
            "The startup behind PayLumo raised $4 million. PayLumo lets shops take cards.\n"
            "Investors expect PayLuma to expand next year.",
            "PayLuma",
            "PayLumo",
        ),
        (
            "Parents praised the app KidoSafe for its filters. KidoSafe costs $3 a month.\n"
            "Reviewers found KidaSafe blocked some school sites.",
            "KidaSafe",
            "KidoSafe",
        ),
    ],
)
def test_camel_case_brand_vowel_changed(text: str, deviant: str, dominant: str) -> None:
    assert (deviant, dominant) in variant_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # two real products of one maker that differ in a letter
        "The company sells the MacBook and the iPad. Its MacBook Air is lighter.\n"
        "The iPod was discontinued.",
        # consonant changes make other brands
        "YouTube and YouGov both published figures.\nYouTube said views doubled.",
        "Fans of PlayStation compared it with PlayStatian memes on forums online.",
        # one vowel changed in a short camel word: too easy to collide
        "Data from GoPro and GoPra were not comparable.\nGoPro declined to comment.",
    ],
)
def test_camel_case_near_misses(text: str) -> None:
    assert variant_pairs(text) == []


# --- "the 54-year-old" after another person's age -----------------------------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "Dmitri Volkonsky, 47, of Mill Lane, pleaded guilty to theft.\n"
            "His victim, a 91-year-old pensioner, lost her savings.\n"
            "The 45-year-old, who was arrested in March, was jailed for two years.",
            "45-year-old",
            "47",
        ),
        (
            "Priya Natarajan, 37, was driving the van.\n"
            "Her passenger, an 81-year-old retired teacher, was unhurt.\n"
            "The 39-year-old told officers she had swerved.",
            "39-year-old",
            "37",
        ),
    ],
)
def test_age_referred_back_past_another_persons_age(text: str, later: str, earlier: str) -> None:
    pairs = [(f.text, [s.text for s in f.related]) for f in findings(text, "contradiction")]
    assert (later, [earlier]) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # someone else aged close by: unclear who "the 39-year-old" is
        "Priya Natarajan, 37, was driving the van.\nHer husband, a 40-year-old builder, "
        "was unhurt.\nThe 39-year-old told officers she had swerved.",
        # the same age: agreement
        "Priya Natarajan, 37, was driving.\nA passenger, 81, was unhurt.\n"
        "The 37-year-old told officers she had swerved.",
        # a new person introduced with a noun
        "Priya Natarajan, 37, was driving.\nA second driver, aged 64, was unhurt.\n"
        "The 38-year-old lorry driver behind them called police.",
        # far from every earlier age: someone not aged before
        "Priya Natarajan, 37, was driving.\nA passenger, 81, was unhurt.\n"
        "The 58-year-old told officers she had swerved.",
    ],
)
def test_age_referred_back_near_misses(text: str) -> None:
    assert findings(text, "contradiction") == []


# --- a definite amount with swapped digits naming the earlier amount's noun -----------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "After a meeting that ran past 10 p.m., the council voted on Wednesday to approve "
            "a $645 million operating budget for 2028.\nThe city also keeps a $19 million "
            "reserve.\nThe $654 million budget takes effect on July 1.",
            "$654 million",
            "$645 million",
        ),
        (
            "On Monday the board approved a £548 million capital plan for 2026.\n"
            "The £584 million plan includes two new schools.",
            "£584 million",
            "£548 million",
        ),
        (
            "In March the trust agreed a €736 million spending programme.\n"
            "Its reserve stands at €41 million.\nThe €763 million programme runs to 2030.",
            "€763 million",
            "€736 million",
        ),
    ],
)
def test_swapped_digits_of_a_dated_amount_referred_back(
    text: str, later: str, earlier: str
) -> None:
    pairs = [(f.text, [s.text for s in f.related]) for f in findings(text, "contradiction")]
    assert (later, [earlier]) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the board approved a £548 million capital plan for 2026.\n"
        "The £584 million stadium will open in 2028.",
        "In 2019 the firm bought a $125 million headquarters.\n"
        "In 2024 it sold the $152 million warehouse it had built next door.",
    ],
)
def test_swapped_digits_of_other_things(text: str) -> None:
    assert findings(text, "contradiction") == []


# --- one study's people counted twice under two nouns, digits swapped -----------------


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The vaccine was tested in a clinical trial involving 738 adults in Kenya.\n"
            "Researchers said the trial, which involved 783 volunteers, ran for a year.",
            "783 volunteers",
            "738 adults",
        ),
        (
            "The poll surveyed 1,264 respondents online in May.\n"
            "Pollsters weighted the online poll of 1,246 participants by age.",
            "1,246 participants",
            "1,264 respondents",
        ),
    ],
)
def test_one_groups_count_swapped_under_another_noun(
    text: str, later: str, earlier: str
) -> None:
    pairs = [(f.text, [s.text for s in f.related]) for f in findings(text, "contradiction")]
    assert (later, [earlier]) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The study enrolled 264 patients at five hospitals.\n"
        "A second study enrolled 246 participants in Canada.",
        "The school has 412 pupils.\nThe club has 421 members and meets weekly.",
        "The trial involved 412 adults.\nThe council hired 421 workers for the festival.",
    ],
)
def test_swapped_counts_of_other_groups(text: str) -> None:
    assert findings(text, "contradiction") == []
