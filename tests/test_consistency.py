"""The consistency scorer: name variants and contradictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import credscore
from credscore import Document, analyse
from credscore.entities import name_mentions, split_parts
from credscore.facts import extract_facts, rounds_to
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer, consistency_score
from credscore.variants import close_parts, within_one_edit
from support import assert_valid_report

DATA = Path(__file__).resolve().parent / "data" / "consistency"
CONTROLS = sorted(DATA.glob("control_*.txt"))
CASES = json.loads((DATA / "injected_cases.json").read_text(encoding="utf-8"))


def findings(text: str, kind: str | None = None) -> list[Finding]:
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    return [f for f in result.findings if kind is None or f.kind == kind]


def surfaces(text: str) -> list[str]:
    return [m.surface for m in name_mentions(analyse(Document("t", text)))]


# --- name mentions -------------------------------------------------------------------


def test_mentions_drop_titles_openers_and_possessives() -> None:
    text = (
        "When Chief Executive Kari Lindqvist spoke, Dr. Aminata Ouédraogo listened. "
        "Lindqvist's plan was praised by President Ahmed al-Sharaa and Ludwig van Beethoven."
    )
    assert surfaces(text) == [
        "Kari Lindqvist",
        "Aminata Ouédraogo",
        "Lindqvist",
        "Ahmed al-Sharaa",
        "Ludwig van Beethoven",
    ]


def test_mentions_keep_initials_and_skip_acronyms() -> None:
    assert surfaces("Reporters asked George W. Bush about NATO and the U.S. Senate.") == [
        "Reporters",
        "George W. Bush",
        "Senate",
    ]


def test_split_parts_normalises_case_hyphens_and_diacritics() -> None:
    assert split_parts("Kim Jong-Il") == ("kim", "jong", "il")
    assert split_parts("Ouédraogo") == ("ouedraogo",)
    assert split_parts("O'Brien") == ("o", "brien")


# --- spelling closeness ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("jong", "jung", True),
        ("halvorsen", "halverson", True),
        ("lindqvist", "lindquist", True),
        ("przybylski", "przybylksi", True),
        ("korea", "korean", False),  # an extension, not a misspelling
        ("mark", "mary", False),  # only the last letter: two given names
        ("il", "un", False),  # too short to tell
        ("jongil", "jongun", False),  # a whole syllable
        ("petersen", "peterson", True),
        ("smith", "jones", False),
    ],
)
def test_close_parts(a: str, b: str, close: bool) -> None:
    assert close_parts(a, b) is close
    assert close_parts(b, a) is close


def test_within_one_edit() -> None:
    assert within_one_edit("abcd", "abd")
    assert within_one_edit("abcd", "abdc")
    assert within_one_edit("abcd", "abxd")
    assert not within_one_edit("abcd", "badc")
    assert not within_one_edit("abcd", "abcd")


# --- name variants ---------------------------------------------------------------------


def test_hyphen_variant_points_at_the_dominant_spelling() -> None:
    text = (
        "Radovan Szczepanski-Mbeki met the press on Monday. Reporters asked Radovan "
        "Szczepanski-Mbeki about the port. Later, Radovan Szczepanski Mbeki left by car."
    )
    [finding] = findings(text, "name_variant")
    assert finding.text == "Radovan Szczepanski Mbeki"
    assert finding.suggestion == "Radovan Szczepanski-Mbeki"
    assert finding.related[0].start == 0


def test_letter_change_in_one_token_is_a_variant() -> None:
    text = (
        "Shares in Halvorsen Maritime rose. Halvorsen Maritime owns 40 ships. "
        "Analysts said Halverson Maritime was cheap."
    )
    [finding] = findings(text, "name_variant")
    assert finding.text == "Halverson Maritime"
    assert finding.suggestion == "Halvorsen Maritime"


def test_ties_go_to_the_spelling_used_first() -> None:
    text = "Xiomara Castellanos spoke first. Then Xiomara Castelanos answered questions."
    [finding] = findings(text, "name_variant")
    assert finding.text == "Xiomara Castelanos"
    assert finding.suggestion == "Xiomara Castellanos"


def test_different_people_sharing_a_surname_are_not_variants() -> None:
    text = (
        "Kim Jong-un met his sister Kim Yo-jong. Their grandfather Kim Il Sung founded the "
        "state; their father Kim Jong-il ruled until 2011. Venus Williams and Serena Williams "
        "watched. Ivan Dodig and Ivana Dodig played. Tomasz Zieliński and Marta Zielińska "
        "testified. Kim Jong-un later spoke to Kim Yo-jong again."
    )
    assert findings(text) == []


def test_a_title_cased_headline_is_house_style_not_a_variant() -> None:
    text = "Kim Jong-Il Dies At 69\n\nKim Jong-il died on Saturday. Kim Jong-il was 69."
    assert findings(text, "name_variant") == []


def test_book_title_embedded_in_a_longer_name_run_is_not_compared() -> None:
    text = (
        "Kim Jong-il loved films. Kim Jong-il kept a library. Read \u201cA Kim Jong-Il "
        "Production\u201d by Paul Fischer."
    )
    assert findings(text, "name_variant") == []


def test_lone_surname_misspelled_after_full_name() -> None:
    text = (
        "Chief executive Kari Lindqvist said the deal was done. Lindqvist added that staff "
        "would stay. The board backed Lindquist on Tuesday."
    )
    [finding] = findings(text, "name_variant")
    assert finding.text == "Lindquist"
    assert finding.suggestion == "Lindqvist"


def test_similar_names_introduced_separately_are_different_people() -> None:
    text = (
        "Park Jie-won, a former spy chief, said the statement was aimed at a domestic "
        "audience. Park Ji-won, a lawmaker from Gwangju, said the leaflets should stop."
    )
    assert findings(text, "name_variant") == []


# --- contradictions ----------------------------------------------------------------------


def only_contradiction(text: str) -> Finding:
    [finding] = findings(text, "contradiction")
    return finding


def test_money_restated_with_other_digits() -> None:
    text = (
        "Halvorsen Maritime agreed to buy the yard for $412 million on Monday.\n"
        "Workers welcomed the news.\n"
        "Halvorsen Maritime said the $421 million purchase would be paid in cash."
    )
    finding = only_contradiction(text)
    assert finding.text == "$421 million"
    assert finding.related[0].text == "$412 million"


def test_year_of_the_same_event() -> None:
    text = (
        "The actress was abducted in 1978 by agents.\nShe escaped years later.\n"
        "The 1979 abduction shocked the country."
    )
    finding = only_contradiction(text)
    assert finding.text == "1979"
    assert finding.related[0].text == "1978"


def test_age_of_the_same_person() -> None:
    text = "Mira Okonkwo, 54, runs the farm.\nThe 56-year-old Okonkwo has two sons."
    finding = only_contradiction(text)
    assert finding.text.startswith("56")
    assert finding.related[0].text == "54"


def test_count_of_the_same_thing_referred_back_to() -> None:
    text = "He left a collection of around 30,000 films.\nThe 20,000 films were never shown."
    finding = only_contradiction(text)
    assert finding.text == "20,000 films"


@pytest.mark.parametrize(
    "text",
    [
        # different subjects
        "Choi and Shin made 17 films for him.\nThe studio released 40 films a year.",
        # compatible approximations
        "He owned around 30,000 films.\nThe roughly 31,000 films were kept in a vault.",
        # rounding
        "The yard was sold for $412 million.\nThe $400 million sale closed in May.",
        # a correction
        "The council said 120 homes were flooded.\nThe figure was earlier reported as 210 homes.",
        # change over time
        "The company had 120 stores.\nThe number of stores rose to 150 stores by June.",
        # different years for different events
        "She was born in 1950.\nShe married in 1975 and retired in 2010.",
        # a second event of the same kind
        "The first wall was built in 1970.\nA second wall was built in 1993.",
        # different time frames
        "In 2018 the company had 154 stores.\nThe company now runs 165 stores.",
    ],
)
def test_not_contradictions(text: str) -> None:
    assert findings(text, "contradiction") == []


def test_around_and_over_ranges_that_do_not_meet_conflict() -> None:
    text = (
        "He left a collection of around 30,000 films.\n"
        "The over 20,000 films in the collection were never catalogued."
    )
    assert only_contradiction(text).text == "20,000 films"


def test_rounding_rule() -> None:
    assert rounds_to(412e6, 400e6)
    assert rounds_to(1102, 1100)
    assert not rounds_to(421, 412)
    assert not rounds_to(32, 30)  # small counts are not rounded


def test_facts_are_typed() -> None:
    text = "Smith, 54, paid $3.5bn for 1,200 homes in 1999, up 12 percent."
    kinds = [fact.kind for fact in extract_facts(*_analysis_and_mentions(text))]
    assert kinds == ["age", "money", "count", "year", "percent"]


def _analysis_and_mentions(text: str):  # type: ignore[no-untyped-def]
    analysis = analyse(Document("t", text))
    return analysis, name_mentions(analysis)


# --- controls and hand-made injected cases ------------------------------------------------


@pytest.mark.parametrize("path", CONTROLS, ids=lambda p: p.stem)
def test_clean_controls_have_no_finding(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = ConsistencyScorer().score(analyse(Document(path.stem, text)))
    assert result.findings == ()
    assert result.score == 100


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_injected_cases_are_found(case: dict[str, str]) -> None:
    found = findings(case["text"])
    assert len(found) == 1, [f.message for f in found]
    [finding] = found
    assert finding.kind == case["kind"]
    assert case["span"] in finding.text
    assert case["related"] in finding.related[0].text
    if case["kind"] == "name_variant":
        assert finding.suggestion == case["suggestion"]


# --- result shape ----------------------------------------------------------------------------


def test_metrics_and_score() -> None:
    text = (
        "Kari Lindqvist spoke. Kari Lindqvist left. Kari Lindkvist returned.\n"
        "The firm had 30 ships.\nThe 40 ships were sold."
    )
    result = ConsistencyScorer().score(analyse(Document("t", text)))
    assert result.metrics["name_variants"] == 1
    assert result.metrics["contradictions"] == 1
    assert result.score == pytest.approx(consistency_score(1, 1))
    assert consistency_score(0, 0) == 100
    assert consistency_score(3, 0) < consistency_score(1, 0) < 100


def test_empty_text_is_neutral() -> None:
    result = ConsistencyScorer().score(analyse(Document("t", "")))
    assert result.score == 50
    assert result.findings == ()


def test_runs_in_the_default_pipeline() -> None:
    text = "Kari Lindqvist spoke. Kari Lindqvist left. Later Kari Lindkvist returned."
    report = credscore.score(text, id="t")
    assert "consistency" in report.scorers
    assert [f.kind for f in report.findings("name_variant")] == ["name_variant"]
    assert_valid_report(report.to_dict(), text)


def test_options_switch_checks_off() -> None:
    text = "Kari Lindqvist spoke. Kari Lindqvist left. Later Kari Lindkvist returned."
    result = ConsistencyScorer(name_variants=False).score(analyse(Document("t", text)))
    assert result.findings == ()


MULTI = json.loads((DATA / "multi_error_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", MULTI, ids=lambda c: c["name"])
def test_articles_with_several_errors(case: dict[str, object]) -> None:
    text = str(case["text"])
    found = findings(text)
    expected = case["expected"]
    assert isinstance(expected, list)
    assert len(found) == len(expected), [f.message for f in found]
    for gold in expected:
        assert any(
            f.kind == gold["kind"]
            and (gold["span"] in f.text or gold["span"] in f.related[0].text)
            and (gold["related"] in f.related[0].text or gold["related"] in f.text)
            for f in found
        ), gold


def test_money_forms() -> None:
    text = "They paid €3.5bn, then 12 million euros, then $412m and $2.5 billion."
    values = [f.value for f in extract_facts(*_analysis_and_mentions(text)) if f.kind == "money"]
    assert values == [3.5e9, 12e6, 412e6, 2.5e9]


@pytest.mark.parametrize(
    ("bound", "later", "contradicts"),
    [
        ("As many as 300", "280", False),  # an upper bound: 280 is within it
        ("As many as 300", "420", True),
        ("In excess of 300", "340", False),  # a lower bound
        ("In excess of 300", "200", True),
    ],
)
def test_three_word_approximators_bound_the_value(bound: str, later: str, contradicts: bool) -> None:
    text = (
        "Flood hits riverside town\n\n"
        f"{bound} homes were flooded on Monday, the county council said.\n\n"
        f"By Tuesday the county council said {later} homes were flooded.\n"
    )
    found = [f for f in credscore.score(text).findings() if f.kind == "contradiction"]
    assert bool(found) == contradicts
