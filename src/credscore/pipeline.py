"""The pipeline: segment, analyse once, run each scorer, aggregate into one report.

Configuration comes from a TOML file: ``[tool.credscore]`` in a ``pyproject.toml``, or the top
level of a ``credscore.toml``::

    scorers = ["sourcing", "hedging", "readability"]   # optional: default is every scorer
    [weights]                                         # optional: default weights otherwise
    readability = 0.25
    [options.typos]                                   # keyword arguments for one scorer
    max_suggestions = 1
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from credscore.analysis import Analysis, analyse
from credscore.model import Document, Finding, Report, ReportError, ScorerResult, Span, Stats
from credscore.registry import Registry, Scorer, registry
from credscore.segment import Segmenter, default_segmenter, normalise_segments

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

Aggregator = Callable[[Mapping[str, ScorerResult]], float]
NEUTRAL_SCORE = 50.0


class ConfigError(ValueError):
    """A configuration file or table that credscore cannot use."""


def weighted_mean(results: Mapping[str, ScorerResult]) -> float:
    """The default aggregator: the weight-averaged sub-score; neutral 50 with no weight."""
    total_weight = sum(result.weight for result in results.values())
    if total_weight <= 0:
        return NEUTRAL_SCORE
    total = sum(result.score * result.weight for result in results.values())
    return min(100.0, max(0.0, total / total_weight))


@attrs.frozen
class PipelineConfig:
    """Which scorers run, their weights and options (all optional)."""

    scorers: tuple[str, ...] | None = None
    weights: dict[str, float] = attrs.field(factory=dict)
    options: dict[str, dict[str, Any]] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> PipelineConfig:
        unknown = set(table) - {"scorers", "weights", "options"}
        if unknown:
            raise ConfigError(f"unknown configuration keys: {', '.join(sorted(unknown))}")
        scorers = table.get("scorers")
        if scorers is not None and not (
            isinstance(scorers, list) and all(isinstance(name, str) for name in scorers)
        ):
            raise ConfigError("'scorers' must be a list of scorer names")
        if scorers is not None and len(set(scorers)) != len(scorers):
            raise ConfigError("'scorers' lists a scorer more than once")
        weights = table.get("weights", {})
        # TOML has inf and nan: a weight must be a finite number >= 0
        if not isinstance(weights, dict) or not all(
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value >= 0
            for value in weights.values()
        ):
            raise ConfigError("'weights' must map scorer names to finite numbers >= 0")
        options = table.get("options", {})
        if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
            raise ConfigError("'options' must hold one table per scorer")
        return cls(
            scorers=tuple(scorers) if scorers is not None else None,
            weights={name: float(value) for name, value in weights.items()},
            options={name: dict(value) for name, value in options.items()},
        )

    @classmethod
    def from_file(cls, path: str | Path) -> PipelineConfig:
        """Read ``[tool.credscore]`` from a pyproject.toml, or a whole credscore TOML file."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"cannot read configuration {path}: {error}") from error
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("credscore", {})
        return cls.from_mapping(data)


def check_result(result: object, text: str) -> ScorerResult:
    """``result`` if it keeps the report contract, else a ``TypeError``/``ValueError`` that
    says how it breaks it: a plug-in's NaN metric or stray span must become an error record
    for its document, not an invalid report or a JSON writer crash later in the batch."""
    if not isinstance(result, ScorerResult):
        raise TypeError(f"returned {type(result).__name__}, not a ScorerResult")
    for metric, value in result.metrics.items():
        if not isinstance(metric, str):
            raise TypeError(f"metric name {metric!r} is not a string")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"metric {metric!r} is {type(value).__name__}, not a number")
        if not math.isfinite(value):
            raise ValueError(f"metric {metric!r} is {value!r}, not a finite number")
    for finding in result.findings:
        if not isinstance(finding, Finding):
            raise TypeError(f"finding {finding!r} is not a Finding")
        spans: list[Finding | Span] = [finding, *finding.related]
        for span in spans:
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{finding.kind} span [{span.start}, {span.end}) does not match the text"
                )
    return result


class UnavailableScorer:
    """Stands in for a discovered scorer that could not be created: every report then names
    it in its error, and the other scorers still run (one broken plug-in, not a dead batch)."""

    default_weight = 0.0

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        self.description = f"could not be created: {reason}"

    def score(self, analysis: Analysis) -> ScorerResult:
        raise RuntimeError(f"could not be created: {self.reason}")


def _stats(analysis: Analysis) -> Stats:
    return Stats(
        chars=len(analysis.text), words=analysis.word_count, sentences=len(analysis.sentences)
    )


@attrs.frozen
class Pipeline:
    """Scorers with their weights, a segmenter and an aggregator."""

    scorers: tuple[Scorer, ...]
    weights: dict[str, float] = attrs.field(factory=dict)
    aggregator: Aggregator = weighted_mean
    segmenter: Segmenter = default_segmenter

    @classmethod
    def default(cls) -> Pipeline:
        """Every registered scorer, with its default weight and options."""
        return cls.from_config(PipelineConfig())

    @classmethod
    def from_config(
        cls, config: PipelineConfig | str | Path, *, scorer_registry: Registry = registry
    ) -> Pipeline:
        if not isinstance(config, PipelineConfig):
            config = PipelineConfig.from_file(config)
        names = list(config.scorers) if config.scorers is not None else scorer_registry.names()
        unknown_options = set(config.options) - set(names)
        if unknown_options:
            raise ConfigError(f"options for scorers not enabled: {sorted(unknown_options)}")
        unknown_weights = set(config.weights) - set(names)
        if unknown_weights:  # most likely a misspelt name, which would silently do nothing
            raise ConfigError(f"weights for scorers not enabled: {sorted(unknown_weights)}")
        scorers: list[Scorer] = []
        for name in names:
            try:
                scorers.append(scorer_registry.create(name, config.options.get(name)))
            except Exception as error:
                # a scorer the configuration asks for by name or options is a usage error;
                # one merely discovered is reported per document instead
                if config.scorers is not None or name in config.options:
                    raise ConfigError(f"scorer {name!r}: {error}") from error
                scorers.append(UnavailableScorer(name, f"{type(error).__name__}: {error}"))
        return cls(tuple(scorers), dict(config.weights))

    def weight_of(self, scorer: Scorer) -> float:
        return self.weights.get(scorer.name, scorer.default_weight)

    def analyse(self, document: Document) -> Analysis:
        if document.segments is not None:
            given = normalise_segments(document.text, document.segments)
            return analyse(document, lambda _text: given)
        return analyse(document, self.segmenter)

    def score(self, text: str, id: str = "document", **metadata: str) -> Report:
        return self.score_document(Document(id, text, metadata))

    def score_document(self, document: Document) -> Report:
        """One report; a scorer that raises leaves an error naming it, the rest still run."""
        try:
            analysis = self.analyse(document)
        except Exception as error:
            return Report.failed(document.id, "analysis_error", f"{type(error).__name__}: {error}")
        results: dict[str, ScorerResult] = {}
        failures: list[str] = []
        for scorer in self.scorers:
            try:
                result = check_result(scorer.score(analysis), analysis.text)
                results[scorer.name] = attrs.evolve(result, weight=self.weight_of(scorer))
            except Exception as error:
                failures.append(f"scorer {scorer.name!r} raised {type(error).__name__}: {error}")
        score = self.aggregator(results)
        if not math.isfinite(score):
            score = NEUTRAL_SCORE
        report_error = ReportError("scorer_error", "; ".join(failures)) if failures else None
        return Report(
            id=document.id,
            score=min(100.0, max(0.0, score)),
            scorers=results,
            segments=analysis.segments,
            stats=_stats(analysis),
            error=report_error,
        )

    def score_many(self, documents: Iterable[Document | str]) -> Iterator[Report]:
        """Reports one by one, in input order; plain strings get ids ``doc-0``, ``doc-1``..."""
        for index, item in enumerate(documents):
            document = item if isinstance(item, Document) else Document(f"doc-{index}", item)
            yield self.score_document(document)


_default_pipeline: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built on first use."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline.default()
    return _default_pipeline


def score(text: str, id: str = "document", **metadata: str) -> Report:
    """Score one text with the default pipeline."""
    return default_pipeline().score(text, id, **metadata)
