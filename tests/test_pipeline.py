from __future__ import annotations

from pathlib import Path

import pytest

import credscore
from credscore import Analysis, Pipeline, PipelineConfig, Registry, ScorerResult
from credscore.pipeline import ConfigError, weighted_mean


class Constant:
    description = "always the same"

    def __init__(self, name: str = "constant", value: float = 40.0, weight: float = 1.0) -> None:
        self.name = name
        self.value = value
        self.default_weight = weight

    def score(self, analysis: Analysis) -> ScorerResult:
        return ScorerResult(score=self.value, metrics={"words": analysis.word_count})


class Exploding:
    name = "exploding"
    default_weight = 1.0
    description = "raises"

    def score(self, analysis: Analysis) -> ScorerResult:
        raise RuntimeError("boom")


def test_weighted_mean_uses_pipeline_weights() -> None:
    pipeline = Pipeline((Constant("a", 20.0), Constant("b", 80.0)), weights={"a": 3.0})
    report = pipeline.score("Some text here.")
    assert report.score == pytest.approx((20 * 3 + 80 * 1) / 4)
    assert report.scorers["a"].weight == 3.0


def test_no_weight_gives_neutral_score() -> None:
    assert weighted_mean({}) == 50.0
    report = Pipeline((Constant("a", 10.0, weight=0.0),)).score("x")
    assert report.score == 50.0


def test_a_raising_scorer_leaves_an_error_and_the_others_report() -> None:
    report = Pipeline((Exploding(), Constant())).score("Some text.")
    assert report.error is not None and report.error.type == "scorer_error"
    assert "exploding" in report.error.message and "boom" in report.error.message
    assert "constant" in report.scorers and report.score == 40.0


def test_custom_aggregator() -> None:
    pipeline = Pipeline(
        (Constant("a", 20.0), Constant("b", 80.0)),
        aggregator=lambda r: min(x.score for x in r.values()),
    )
    assert pipeline.score("x").score == 20.0


def test_score_many_is_a_generator_in_input_order() -> None:
    reports = Pipeline((Constant(),)).score_many(
        ["one", "two", credscore.Document("mine", "three")]
    )
    assert not isinstance(reports, list)
    assert [r.id for r in reports] == ["doc-0", "doc-1", "mine"]


def test_default_pipeline_has_the_registered_builtins() -> None:
    names = [scorer.name for scorer in Pipeline.default().scorers]
    assert "readability" in names
    report = credscore.score(
        "The committee approved the budget on Tuesday. It takes effect in May."
    )
    assert set(report.scorers) == set(names)
    assert 0 <= report.score <= 100


def test_config_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[tool.credscore]\nscorers = ["readability"]\n[tool.credscore.weights]\nreadability = 2.5\n',
        encoding="utf-8",
    )
    pipeline = Pipeline.from_config(pyproject)
    assert [s.name for s in pipeline.scorers] == ["readability"]
    assert pipeline.score("A short sentence.").scorers["readability"].weight == 2.5


def test_config_with_options(tmp_path: Path) -> None:
    registry = Registry(group=None)
    registry.register("constant", Constant)
    config = PipelineConfig.from_mapping({"options": {"constant": {"value": 75.0}}})
    pipeline = Pipeline.from_config(config, scorer_registry=registry)
    assert pipeline.score("x").score == 75.0


@pytest.mark.parametrize(
    "toml",
    [
        'scorers = "readability"\n',
        "[weights]\nreadability = -1\n",
        "unknown = 1\n",
        'scorers = ["no_such_scorer"]\n',
        "this is not toml",
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, toml: str) -> None:
    path = tmp_path / "credscore.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError):
        Pipeline.from_config(path)
