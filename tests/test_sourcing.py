"""The sourcing scorer: attributions with resolved sources, quotations, metrics, sub-score."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.analysis import analyse
from credscore.model import Document, Finding, ScorerResult
from credscore.pipeline import Pipeline
from credscore.registry import registry
from credscore.scorers.sourcing import ANONYMOUS, SourcingScorer, sourcing_score
from support import assert_valid_report

DATA = Path(__file__).parent / "data"
_spec = importlib.util.spec_from_file_location(
    "sourcing_eval", Path(__file__).parent.parent / "benchmarks" / "sourcing_eval.py"
)
assert _spec is not None and _spec.loader is not None
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)


def score(body: str, title: str = "Headline here") -> ScorerResult:
    return SourcingScorer().score(analyse(Document("t", f"{title}\n\n{body}")))


def attributions(body: str, title: str = "Headline here") -> list[tuple[str, str | None]]:
    return [(f.text, f.source) for f in score(body, title).findings if f.kind == "attribution"]


def quotes(body: str, title: str = "Headline here") -> list[Finding]:
    return [f for f in score(body, title).findings if f.kind == "quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The budget passed, Mayor Ana Ruiz said.", [("Mayor Ana Ruiz said", "Ana Ruiz")]),
        ("“Yes,” said Ibrahim Musa, a farmer.", [("said Ibrahim Musa", "Ibrahim Musa")]),
        (
            "Rates will rise, according to the Financial Times.",
            [("according to the Financial Times", "Financial Times")],
        ),
        ("The fund lost money, per Bloomberg.", [("per Bloomberg", "Bloomberg")]),
        ("Oil fell, Reuters reported.", [("Reuters reported", "Reuters")]),
        ("Jo Park told Reuters the deal was off.", [("Jo Park told Reuters", "Jo Park")]),
        (
            "A person familiar with the matter said talks had stalled.",
            [("A person familiar with the matter said", ANONYMOUS)],
        ),
        ("Officials said the road would reopen.", [("Officials said", ANONYMOUS)]),
        (
            "Sources familiar with the research say it failed.",
            [("Sources familiar with the research say", ANONYMOUS)],
        ),
        (
            "Census figures released Monday showed a decline.",
            [("Census figures released Monday showed", "Census figures")],
        ),
        (
            "Chief executive Lena Holm said in a statement that sales rose.",
            [("Chief executive Lena Holm said in a statement", "Lena Holm")],
        ),
        (
            "Omar Farouk, a lawyer for the family, said the case would continue.",
            [("Omar Farouk, a lawyer for the family, said", "Omar Farouk")],
        ),
    ],
)
def test_attribution_patterns(body: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The company declined to comment on the report.",
        "The singer is said to have paid $2 million.",
        "He did not say whether he would run again.",
        "Prices rose 3 per cent last year.",
        "Editor's note: this story was updated.",
        "She wrote a book about her childhood.",
        "The coach told them to run faster.",
        "It was a cold night and the streets were empty.",
    ],
)
def test_not_attributions(body: str) -> None:
    assert attributions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The deal collapsed, citing two people briefed on the talks.",
            [("citing two people briefed on the talks", ANONYMOUS)],
        ),
        (
            "Police Chief Mark Lee told WBZ-TV that officers were searching.",
            [("Police Chief Mark Lee told WBZ-TV", "Mark Lee")],
        ),
        (
            "A report published by the WHO found that deaths rose.",
            [("A report published by the WHO found", "WHO")],
        ),
        (
            "Stefano Carniani of the Scuola Normale Superiore said it was bright.",
            [("Stefano Carniani of the Scuola Normale Superiore said", "Stefano Carniani")],
        ),
        (
            # A vague collective: a weasel (the hedging scorer's), not an attribution.
            "Critics of the plan claim it is too costly.",
            [],
        ),
        ("General Motors said sales rose.", [("General Motors said", "General Motors")]),
    ],
)
def test_harder_sources(body: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(body) == expected


def test_unresolved_pronoun_still_attributes_without_a_source() -> None:
    result = score("“I don’t know,” she said.")
    kinds = [(f.kind, f.source) for f in result.findings]
    assert kinds == [("quote", None), ("attribution", None)]
    assert result.metrics["named_sources"] == 1
    assert result.metrics["distinct_sources"] == 0
    assert result.metrics["unattributed_quote_count"] == 0


def test_pronoun_resolves_to_last_compatible_person() -> None:
    body = (
        "Maria Lopez chairs the board. Tom Reed joined in May.\n"
        "“It has been hard,” he said. Ms. Lopez said the board was united.\n"
        "“We will vote soon,” she said."
    )
    found = attributions(body)
    assert ("he said", "Tom Reed") in found
    assert found[-1] == ("she said", "Maria Lopez")


def test_surname_and_short_outlet_resolve_to_full_names() -> None:
    body = (
        "Greta Lindqvist, an economist, said rates would fall. The Los Angeles Times first "
        "reported the plan.\nLindqvist told reporters the data were clear, per the Times."
    )
    found = dict(attributions(body))
    assert found["Lindqvist told reporters"] == "Greta Lindqvist"
    assert found["per the Times"] == "Los Angeles Times"


def test_definite_description_resolves_to_organisation() -> None:
    body = "Halvorsen Maritime cut 300 jobs. The company said demand had collapsed."
    assert attributions(body) == [("The company said", "Halvorsen Maritime")]


def test_participle_takes_the_clause_subject() -> None:
    body = "Jamal Reid, the team's captain, praised the fans, noting that the stadium was full."
    assert ("noting", "Jamal Reid") in attributions(body)


def test_cues_inside_quotations_are_the_speakers_not_the_articles() -> None:
    body = "“My boss said we had to leave,” Ana Gomez said."
    assert attributions(body) == [("Ana Gomez said", "Ana Gomez")]


def test_quotes_are_split_by_an_interrupting_attribution_and_linked() -> None:
    body = "“For too long,” Governor Ruth Obi said, “cities have fought over water.”"
    found = quotes(body)
    assert [f.text for f in found] == ["For too long,", "cities have fought over water."]
    assert all(f.source == "Ruth Obi" for f in found)


def test_titles_scare_quotes_and_terms_are_not_quotes() -> None:
    body = (
        "The film “The Long Night” opens Friday. Critics dismissed the “genius” label. "
        "Residents call the area “the oven.” The so-called “quiet quitting” trend spread."
    )
    assert quotes(body) == []


def test_short_partial_quote_in_an_attributed_sentence_counts() -> None:
    body = "Dr. Ana Silva said the results were “deeply encouraging.”"
    assert [f.text for f in quotes(body)] == ["deeply encouraging."]


def test_headline_partial_quote_counts() -> None:
    found = quotes("The chef spoke on Sunday.", title="Chef calls closure ‘heartbreaking’")
    assert [f.text for f in found] == ["heartbreaking"]


def test_unattributed_quote_is_counted() -> None:
    result = score("The diner is open.\n“You don't leave a place because it's hard.”")
    assert result.metrics["quotes"] == 1
    assert result.metrics["unattributed_quote_count"] == 1


def test_metrics_and_formula() -> None:
    body = (
        "“We are ready,” said Lina Haddad, the director. Officials said the plan was late. "
        "According to the Ministry of Health, cases fell. Haddad said staff were tired."
    )
    result = score(body)
    metrics = result.metrics
    assert metrics["named_sources"] == 3
    assert metrics["anonymous_sources"] == 1
    assert metrics["distinct_sources"] == 2
    assert metrics["dependency_on_anonymous_sources"] == pytest.approx(0.25)
    assert metrics["quotes"] == 1 and metrics["unattributed_quote_count"] == 0
    assert 0 < metrics["attributed_sentence_share"] <= 1
    assert result.score == pytest.approx(sourcing_score(metrics))


def test_sourcing_raises_the_score() -> None:
    unsourced = score("The plan is bad. Everyone can see it. It will fail.")
    sourced = score(
        "The plan is bad, said economist Ravi Das. Budget analyst Mia Chen said it would "
        "fail. The council's own figures showed a shortfall, according to the Herald."
    )
    anonymous = score("The plan is bad, officials said. Sources say it will fail.")
    assert sourced.score > anonymous.score
    assert sourced.score > unsourced.score


def test_empty_text_is_neutral_and_valid() -> None:
    result = SourcingScorer().score(analyse(Document("e", "")))
    assert result.score == 50.0
    assert result.findings == ()


def test_registered_in_the_default_pipeline() -> None:
    assert "sourcing" in registry.names()
    report = Pipeline.default().score("Headline\n\nThe bill passed, Senator Ida Moss said.")
    assert report.scorers["sourcing"].findings[0].source == "Ida Moss"


def test_labeled_cases_meet_the_targets() -> None:
    # The bundled labeled cases (tests/data); the benchmark prints the full figures.
    for name in (
        "sourcing_cases.json",
        "sourcing_holdout.json",
        "sourcing_challenge.json",
        "sourcing_blind.json",
    ):
        tally = benchmark.Tally()
        benchmark.evaluate(benchmark.bundled_cases(DATA / name), tally, verbose=False)
        figures = tally.figures()
        assert figures["attribution"]["f1"] >= 0.85, (name, figures)
        assert figures["attribution"]["source"] >= 0.8, (name, figures)
        assert figures["quote"]["f1"] >= 0.9, (name, figures)


# -- properties ---------------------------------------------------------------------------

FIRST = ["Ana", "Tomas", "Li", "Grace", "Kwame", "Olga", "Ravi"]
LAST = ["Moreno", "Okafor", "Chen", "Novak", "Haddad", "Berg", "Sato"]
SENTENCES = [
    "The council met on {day}.",
    "“We need more time,” {first} {last} said.",
    "Officials said the vote was delayed.",
    "According to the {last} Institute, costs rose.",
    "{first} {last} told reporters the plan was sound.",
    "Prices rose 4 percent, the report showed.",
    "She said the talks would continue.",
    "The project, known as “{last} Park,” is late.",
    "“It is {adj},” he said. “Very {adj}.”",
    "Critics argue the plan is too {adj}.",
    "“Unclosed {adj} words",
    "Nothing else happened.",
]
sentence = st.builds(
    lambda template, first, last, adj, day: template.format(
        first=first, last=last, adj=adj, day=day
    ),
    st.sampled_from(SENTENCES),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(["hard", "costly", "late"]),
    st.sampled_from(["Monday", "Friday"]),
)
news = st.lists(st.lists(sentence, min_size=1, max_size=4), max_size=6).map(
    lambda paras: "Headline\n\n" + "\n".join(" ".join(p) for p in paras)
)


def check_result(text: str, result: ScorerResult) -> None:
    assert 0.0 <= result.score <= 100.0 and math.isfinite(result.score)
    assert all(math.isfinite(value) for value in result.metrics.values())
    analysis = analyse(Document("p", text))
    article = [s for s in analysis.segments if s.is_article]
    for finding in result.findings:
        assert finding.text == text[finding.start : finding.end]
        assert any(s.start <= finding.start and finding.end <= s.end for s in article)
        if finding.kind == "quote":
            assert finding.text and finding.text[0] not in "\"“”‘’'«»"
            assert finding.text[-1] not in '"“”«»'


@given(news)
def test_news_like_text_gives_a_valid_result(text: str) -> None:
    check_result(text, SourcingScorer().score(analyse(Document("p", text))))


@given(st.text(max_size=400))
def test_any_text_gives_a_valid_result(text: str) -> None:
    check_result(text, SourcingScorer().score(analyse(Document("p", text))))


@given(
    news,
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(
        ["said the plan would work.", "told the Herald it was over.", "said so in a statement."]
    ),
)
def test_adding_a_named_attribution_never_lowers_the_score(
    text: str, first: str, last: str, rest: str
) -> None:
    scorer = SourcingScorer()
    before = scorer.score(analyse(Document("p", text)))
    added = f"{text}\nEngineer {first} {last} {rest}"
    after = scorer.score(analyse(Document("p", added)))
    assert after.metrics["named_sources"] == before.metrics["named_sources"] + 1
    assert after.score >= before.score - 1e-9


def test_report_through_the_pipeline_is_valid(seed_like_text: str) -> None:
    report = Pipeline.default().score(seed_like_text)
    assert_valid_report(report.to_dict(), seed_like_text)


@pytest.fixture()
def seed_like_text() -> str:
    cases = json.loads((DATA / "sourcing_cases.json").read_text(encoding="utf-8"))
    return "\n\n".join(case["text"] for case in cases[:6])


def test_hostile_input_finishes() -> None:
    # Linear time on hostile input: a quadratic scan would not finish at this size (the
    # doubling-ratio measurement is in benchmarks/sourcing_eval.py).
    for unit in ['"', "“a ", "Smith Jones said ", "he said, ", "according to "]:
        text = "Title\n\n" + unit * (60_000 // len(unit))
        check_result(text, SourcingScorer().score(analyse(Document("h", text))))
