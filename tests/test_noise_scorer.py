"""The noise scorer: metrics, findings, the sub-score, and that comments do not leak into
the other scorers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given

import credscore
from credscore.analysis import analyse
from credscore.model import Document
from credscore.registry import registry
from credscore.scorers.noise import NoiseScorer, noise_score
from noise_generators import articles, comment_sections
from support import assert_valid_report

ARTICLE = (
    "Ferry service resumes after engine repairs\n\n"
    "The island ferry returned to service on Wednesday after three weeks of engine repairs, "
    "the operator said.\n\n"
    "Islanders had relied on a smaller boat that carried no cars, said council member Ivo Brandt.\n\n"
)
THREAD = (
    "3 Comments\nSort by Best\n"
    "Ola Nordmann\n• 2 years ago\nAbout time.\nReply\n"
    "Mei Lin\n• 2 years ago\nThree weeks is too long.\nReply\n"
    "Ravi\n• 1 year ago\nThe small boat was fine.\nReply\n"
)
FOOTER = "© 2024 Island Times. All rights reserved.\n"


def score(text: str) -> credscore.ScorerResult:
    return NoiseScorer().score(analyse(Document("t", text)))


def test_registered_under_noise() -> None:
    assert "noise" in registry.names()
    assert isinstance(registry.create("noise"), NoiseScorer)


def test_metrics_and_findings() -> None:
    text = ARTICLE + THREAD + "\n" + FOOTER
    result = score(text)
    assert result.metrics["comment_count"] == 3
    assert result.metrics["boilerplate_lines"] == 1
    assert result.metrics["comment_sections"] == 1
    non_space = sum(not c.isspace() for c in text)
    noise = sum(not c.isspace() for c in THREAD + FOOTER)
    assert math.isclose(result.metrics["noise_fraction"], noise / non_space)
    kinds = [f.kind for f in result.findings]
    assert kinds == ["comments", "boilerplate"]
    comments, boilerplate = result.findings
    assert comments.text == THREAD.strip()
    assert boilerplate.text == FOOTER.strip()
    for finding in result.findings:
        assert finding.text == text[finding.start : finding.end]


def test_clean_article_scores_100_without_findings() -> None:
    result = score(ARTICLE)
    assert result.score == 100
    assert result.findings == ()
    assert result.metrics["noise_fraction"] == 0


def test_empty_text_is_neutral() -> None:
    assert score("").score == 50
    assert score("  \n\n ").score == 50


def test_sub_score_falls_as_noise_rises() -> None:
    values = [noise_score(f / 20, 0.1, 20.0) for f in range(21)]
    assert values == sorted(values, reverse=True)
    assert values[0] == 100 and values[-1] == 20
    assert score(ARTICLE + THREAD * 5).score < score(ARTICLE + THREAD).score < 100


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        NoiseScorer(clean_fraction=1.0)
    with pytest.raises(ValueError):
        NoiseScorer(floor=120)
    assert (
        NoiseScorer(clean_fraction=0.0).score(analyse(Document("t", ARTICLE + FOOTER))).score < 100
    )


def test_report_is_valid_with_noise() -> None:
    text = "Skip to main content\n" + ARTICLE + THREAD + FOOTER
    report = credscore.score(text, id="x")
    assert_valid_report(report.to_dict(), text)
    assert {s.kind for s in report.segments} == {"boilerplate", "title", "body", "comments"}


@given(articles(), comment_sections())
def test_appending_comments_leaves_other_scorers_unchanged(
    article: str, section: tuple[str, int]
) -> None:
    thread, count = section
    alone = credscore.score(article, id="a")
    with_thread = credscore.score(article + "\n" + thread, id="a")
    for name, result in alone.scorers.items():
        if name != "noise":
            assert with_thread.scorers[name] == result, name
    assert with_thread.scorers["noise"].metrics["comment_count"] == count
    assert with_thread.scorers["noise"].score <= alone.scorers["noise"].score
