from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.model import Segment
from credscore.scorers.hedging import (
    HedgingScorer,
    expand_phrase,
    sub_score,
    wiki_features,
    wiki_model,
)

DATA = Path(__file__).resolve().parent / "data"


def body_only(text: str) -> tuple[Segment, ...]:
    return (Segment("body", 0, len(text)),) if text else ()


def findings(text: str, kind: str, *, profile: str = "news") -> list[str]:
    result = HedgingScorer(profile=profile).score(analyse(Document("t", text), body_only))
    return [f.text for f in result.findings if f.kind == kind]


def score(text: str, **options: str) -> float:
    return HedgingScorer(**options).score(analyse(Document("t", text), body_only)).score


# ----------------------------------------------------------------- lexicon format


def test_expand_phrase_slots_alternatives_and_multiword() -> None:
    assert sorted(expand_phrase("it_is|it's said|thought")) == [
        ("it", "is", "said"),
        ("it", "is", "thought"),
        ("it's", "said"),
        ("it's", "thought"),
    ]


# ----------------------------------------------------------------- context rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tariff may hurt exporters in Ohio.", ["may"]),
        ("The tariff took effect in May.", []),
        ("Talks resumed on May 4 in Geneva.", []),
        ("Ms. May, the finance minister, resigned.", []),
        ("May the best team win the cup this year.", ["May"]),
        ("The strike has lasted since May and shows no sign of ending.", []),
    ],
)
def test_may_month_name_and_modal(text: str, expected: list[str]) -> None:
    assert findings(text, "hedge") == expected


def test_headline_may_is_modal_only_between_capitalised_words() -> None:
    title_first = "Regulators May Block Chip Merger\nThe deal was announced in May."
    result = HedgingScorer().score(analyse(Document("t", title_first)))
    assert [f.text for f in result.findings if f.kind == "hedge"] == ["May"]
    assert result.findings[0].start == title_first.index("May")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline might cancel more flights next week.", ["might"]),
        ("China's naval might has grown quickly.", []),
        ("They pulled with all their might.", []),
        ("You might wonder what happened next.", []),
        ("You could say the club has lost its way.", ["You could say"]),
    ],
)
def test_might_noun_and_rhetorical_you(text: str, expected: list[str]) -> None:
    assert findings(text, "hedge") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling could reshape the industry.", ["could"]),
        ("Crews could not contain the fire overnight.", []),
        ("He could never explain the missing funds.", []),
        ("If the mayor could raise taxes, she would.", []),
        ("She saved so she could buy a house.", []),
        ("He worked as hard as he could.", []),
        ("Residents could hear the explosions across the river.", []),
        ("The city can borrow more and would repay it later.", []),
    ],
)
def test_could_ability_negation_and_conditionals(text: str, expected: list[str]) -> None:
    assert findings(text, "hedge") == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people attended, roughly half of them students.",
        "The vote is expected to take place on Friday.",
        "If confirmed, the nominee will lead the agency.",
        "He believed in the power of film.",
    ],
)
def test_not_hedges(text: str) -> None:
    assert findings(text, "hedge") == []
    assert findings(text, "weasel") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The director is said to have fired the editor.", "hedge", ["is said to"]),
        ("The firm, who's said to be profitable, declined.", "hedge", ["who's said to"]),
        ("It’s rumored that the coach will leave.", "weasel", ["It’s rumored"]),
        ("It is widely believed that the vote was rigged.", "weasel", ["It is widely believed"]),
        ("Critics of the new stadium say it is too costly.", "weasel",
         ["Critics of the new stadium say"]),
        ("The mayor's critics say she is too cautious.", "weasel", []),
        ("The critics said the film was too long.", "weasel", []),
        ("Officials said the road would reopen.", "weasel", []),
        ("Economists at the Bank of Canada warned of a slowdown.", "weasel", []),
        ("Many local residents complained about the smell.", "weasel",
         ["Many local residents complained"]),
        ("\"We believe the data are sound,\" said Dr. Ngozi Eze.", "hedge", ["We believe"]),
        ("\"Presumably the tapes are genuine,\" he said.", "hedge", ["Presumably"]),
    ],
)
def test_phrases_and_spans(text: str, kind: str, expected: list[str]) -> None:
    assert findings(text, kind) == expected


def test_boosters_are_findings_and_metric_but_not_uncertainty() -> None:
    text = "The verdict was clearly wrong. Without a doubt, the judge erred."
    result = HedgingScorer().score(analyse(Document("t", text), body_only))
    assert [f.text for f in result.findings] == ["clearly", "Without a doubt"]
    assert result.metrics["boosters"] == 2
    assert result.metrics["uncertain_sentence_share"] == 0
    assert result.score < 100


def test_must_obligation_is_not_a_booster() -> None:
    assert findings("Drivers must pay the toll in cash.", "booster") == []
    assert findings("Permits must be renewed each year.", "booster") == []
    assert findings("This must be the hottest summer on record.", "booster") == ["must"]


# ----------------------------------------------------------------- metrics and score


def test_metrics_and_score_formula() -> None:
    text = (
        "The bridge may close next week. Critics argue the repairs are late. "
        "The council met on Monday. Engineers inspected the bridge."
    )
    result = HedgingScorer().score(analyse(Document("t", text), body_only))
    metrics = result.metrics
    assert metrics["sentences"] == 4
    assert metrics["hedges"] == 1 and metrics["weasels"] == 1
    assert metrics["hedges_per_sentence"] == pytest.approx(0.25)
    assert metrics["uncertain_sentence_share"] == pytest.approx(0.5)
    assert metrics["weasel_sentence_share"] == pytest.approx(0.25)
    expected = 100 * math.exp(-(1.5 * 1 + 4.0 * 1) / (4 + 2))
    assert result.score == pytest.approx(expected)


def test_attributed_hedges_weigh_less_than_the_writers_own() -> None:
    own = "The plant may close. Workers gathered outside."
    attributed = "The plant may close, the union said. Workers gathered outside."
    assert score(attributed) > score(own)


def test_empty_text_is_neutral_and_valid() -> None:
    for text in ("", "   \n\n  "):
        result = HedgingScorer().score(analyse(Document("t", text)))
        assert result.score == 50.0
        assert result.findings == ()
        assert result.metrics["uncertain_sentence_share"] == 0.0


def test_sub_score_bounds() -> None:
    assert sub_score(0, 0, 0, 0) == 50.0
    assert sub_score(10, 0, 0, 0) == 100.0
    assert 0.0 <= sub_score(1, 1, 1, 10_000) <= 100.0


def test_bad_profile_is_rejected() -> None:
    with pytest.raises(ValueError, match="profile"):
        HedgingScorer(profile="legal")


def test_comments_and_boilerplate_are_not_read() -> None:
    text = "The council may approve the budget.\nThis may be a scam, some people say.\n"
    split = text.index("This")

    def segmenter(value: str) -> tuple[Segment, ...]:
        return (Segment("body", 0, split), Segment("comments", split, len(value)))

    result = HedgingScorer().score(analyse(Document("t", text), segmenter))
    assert [f.text for f in result.findings] == ["may"]
    assert result.findings[0].start < split


# ----------------------------------------------------------------- wiki profile


def test_wiki_model_is_learned_data_with_threshold() -> None:
    model = wiki_model()
    assert len(model.weights) > 1000
    assert model.weights["CLS_vague"] > 0
    features = wiki_features(["some", "scholars", "consider", "it", "a", "masterpiece"], has_cue=False)
    assert "some_scholars" in features and "CLS_vague" in features


def test_wiki_profile_flags_vague_wikipedia_style_sentences() -> None:
    text = "Many historians regard the battle as one of the most important of the war."
    news = HedgingScorer().score(analyse(Document("t", text), body_only)).metrics
    wiki = HedgingScorer(profile="wiki").score(analyse(Document("t", text), body_only)).metrics
    assert wiki["uncertain_sentence_share"] >= news["uncertain_sentence_share"]
    assert wiki["uncertain_sentence_share"] == 1.0


# ----------------------------------------------------------------- handwritten news sets


def span_f1(path: Path, kind: str) -> float:
    scorer = HedgingScorer()
    tp = gold_total = pred_total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        result = scorer.score(analyse(Document("t", text), body_only))
        gold = []
        for phrase in item.get(kind, []):
            start = text.index(phrase)
            gold.append((start, start + len(phrase)))
        predicted = [(f.start, f.end) for f in result.findings if f.kind == kind]
        for start, end in predicted:
            hit = next((g for g in gold if max(g[0], start) < min(g[1], end)), None)
            if hit:
                gold.remove(hit)
                tp += 1
        gold_total += len(item.get(kind, []))
        pred_total += len(predicted)
    precision = tp / pred_total if pred_total else 1.0
    recall = tp / gold_total if gold_total else 1.0
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("file_name", ["hedging_news.jsonl", "hedging_news_heldout.jsonl"])
def test_news_span_f1_meets_targets(file_name: str) -> None:
    assert span_f1(DATA / file_name, "hedge") >= 0.9
    assert span_f1(DATA / file_name, "weasel") >= 0.9


# ----------------------------------------------------------------- properties

WORDS = [
    "the", "council", "said", "may", "May", "might", "could", "not", "critics", "some",
    "people", "say", "it", "is", "was", "said", "to", "be", "likely", "in", "on", "5",
    "widely", "believed", "you", "I", "think", "must", "clearly", "if", "officials", "’s",
    "who's", "It's", "rumored", "that", "of", "course", "appears", "many", "experts",
]  # fmt: skip


@st.composite
def sentence_and_position(draw: st.DrawFn) -> tuple[list[str], int]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
    position = draw(st.integers(min_value=0, max_value=len(words)))
    return words, position


@given(sentence_and_position())
def test_inserting_reportedly_never_raises_certainty(case: tuple[list[str], int]) -> None:
    words, position = case
    before = "The " + " ".join(words) + " today."
    inserted = [*words[:position], "reportedly", *words[position:]]
    after = "The " + " ".join(inserted) + " today."
    for profile in ("news", "wiki"):
        scorer = HedgingScorer(profile=profile)
        old = scorer.score(analyse(Document("a", before), body_only))
        new = scorer.score(analyse(Document("b", after), body_only))
        assert new.metrics["sentences"] == old.metrics["sentences"] == 1
        assert new.metrics["uncertain_sentence_share"] == 1.0
        assert new.score <= old.score + 1e-9


@given(st.text(max_size=300))
def test_any_text_gives_a_valid_result(text: str) -> None:
    analysis = analyse(Document("t", text))
    result = HedgingScorer(profile="wiki").score(analysis)
    assert 0.0 <= result.score <= 100.0 and math.isfinite(result.score)
    assert all(math.isfinite(value) for value in result.metrics.values())
    article = [s for s in analysis.segments if s.is_article]
    for finding in result.findings:
        assert finding.text == text[finding.start : finding.end]
        assert any(s.start <= finding.start and finding.end <= s.end for s in article)
    again = HedgingScorer(profile="wiki").score(analyse(Document("t", text)))
    assert again == result
