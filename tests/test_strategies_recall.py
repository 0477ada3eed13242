"""The registered scorers against generated articles with known ground truth.

Each finding kind is checked only when the scorer that reports it is registered (the
scorers are written in parallel and merged later); a kind whose scorer is missing is
skipped, not passed. The bars are for clean generated news text, where every expected span
is an unambiguous case of the labeling conventions, so a working scorer should clear them
with room to spare. They are floors, not targets: measured figures are in the messages.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from credscore import Finding, Pipeline, PipelineConfig, Report, ScorerResult, Segment, Span
from credscore.output import jsonl_line
from credscore.registry import registry
from credscore.strategies import (
    FINDING_KINDS,
    ExpectedFinding,
    GeneratedArticle,
    KindScore,
    compare,
    compare_findings,
    generate_article,
)

ARTICLES = 100
# kind: (minimum recall, minimum precision) over ARTICLES generated articles
FINDING_BARS = {
    "attribution": (0.70, 0.50),
    "quote": (0.80, 0.60),
    "hedge": (0.70, 0.50),
    "weasel": (0.50, 0.40),
    "misspelling": (0.70, 0.50),
    "real_word_error": (0.40, 0.30),
    "name_variant": (0.50, 0.30),
    "contradiction": (0.30, 0.20),
}
# character-level, whitespace ignored (report segments plus noise findings)
SEGMENT_BARS = {"comments": (0.70, 0.60), "boilerplate": (0.40, 0.40)}
# the ArticleOptions flag that guarantees a kind in every article
FLAG_OF = {
    "attribution": "attributions",
    "quote": "quotes",
    "hedge": "hedges",
    "weasel": "weasels",
    "misspelling": "misspellings",
    "real_word_error": "real_word_errors",
    "name_variant": "name_variant",
    "contradiction": "contradiction",
    "comments": "comments",
    "boilerplate": "boilerplate",
}
SCORER_OF = {**FINDING_KINDS, "comments": "noise", "boilerplate": "noise"}


@functools.cache
def measured(kind: str) -> KindScore:
    """``kind`` summed over generated articles, scored by a pipeline of its scorer alone."""
    pipeline = Pipeline.from_config(PipelineConfig(scorers=(SCORER_OF[kind],)))
    total = KindScore(kind)
    for seed in range(ARTICLES):
        article = generate_article(seed, **{FLAG_OF[kind]: True})
        report = pipeline.score(article.text, id=f"generated-{seed}")
        assert report.error is None, report.error
        total = total + compare(article, report)[kind]
    return total


def _require_scorer(kind: str) -> None:
    if SCORER_OF[kind] not in registry.names():
        pytest.skip(f"scorer {SCORER_OF[kind]!r} for {kind} is not registered yet")


def _summary(score: KindScore) -> str:
    return (
        f"{score.kind}: recall {score.recall:.2f} ({score.matched_expected}/{score.expected}), "
        f"precision {score.precision:.2f} ({score.matched_predicted}/{score.predicted})"
    )


@pytest.mark.parametrize("kind", sorted({**FINDING_BARS, **SEGMENT_BARS}))
def test_recall_on_generated_articles(kind: str) -> None:
    _require_scorer(kind)
    score = measured(kind)
    bar = {**FINDING_BARS, **SEGMENT_BARS}[kind][0]
    assert score.expected > 0
    assert score.recall >= bar, _summary(score)


@pytest.mark.parametrize("kind", sorted({**FINDING_BARS, **SEGMENT_BARS}))
def test_precision_on_generated_articles(kind: str) -> None:
    _require_scorer(kind)
    score = measured(kind)
    bar = {**FINDING_BARS, **SEGMENT_BARS}[kind][1]
    assert score.precision >= bar, _summary(score)


# --- the measure itself can fail: an oracle scores 1, nothing scores 0, shifted spans miss ----


def _as_finding(gold: ExpectedFinding, shift: int = 0) -> Finding:
    return Finding(
        gold.scorer,
        gold.kind,
        gold.start + shift,
        gold.end + shift,
        gold.text,
        "oracle",
        related=tuple(Span(s.start + shift, s.end + shift, s.text) for s in gold.related),
    )


def _articles() -> list[GeneratedArticle]:
    return [generate_article(seed) for seed in range(40)]


@pytest.mark.parametrize("kind", sorted(FINDING_BARS))
def test_the_measure_tells_right_from_wrong(kind: str) -> None:
    oracle = empty = far = KindScore(kind)
    for article in _articles():
        gold = article.findings
        oracle = oracle + compare_findings(kind, gold, [_as_finding(f) for f in gold])
        empty = empty + compare_findings(kind, gold, [])
        far = far + compare_findings(kind, gold, [_as_finding(f, 10_000) for f in gold])
    assert oracle.expected > 0
    assert oracle.recall == oracle.precision == 1.0
    assert empty.recall == 0.0
    assert far.recall == 0.0 and far.precision == 0.0


def test_contradiction_needs_both_sides() -> None:
    article = next(
        a for a in (generate_article(s, contradiction=True) for s in range(50)) if a.findings
    )
    gold = article.findings_of("contradiction")[0]
    one_side = Finding(gold.scorer, gold.kind, gold.start, gold.end, gold.text, "m")
    assert compare_findings("contradiction", (gold,), [one_side]).recall == 0.0
    swapped = Finding(
        gold.scorer,
        gold.kind,
        gold.related[0].start,
        gold.related[0].end,
        gold.related[0].text,
        "m",
        related=(gold.span,),
    )
    assert compare_findings("contradiction", (gold,), [swapped]).recall == 1.0


def test_segment_measure_counts_characters() -> None:
    article = generate_article(1, comments=True, boilerplate=True)
    segments = tuple(Segment(s.kind, s.start, s.end) for s in article.segments)
    perfect = Report(id="x", score=50.0, segments=segments)
    scores = compare(article, perfect)
    assert scores["comments"].recall == scores["comments"].precision == 1.0
    assert scores["boilerplate"].recall == 1.0
    nothing = Report(id="x", score=50.0)
    assert compare(article, nothing)["comments"].recall == 0.0


# --- the shared evaluator agrees: generated gold, given as predictions, scores F1 = 1 -----------


def _shared_evaluator() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "eval" / "evaluate.py"
        if candidate.exists():
            return candidate
    return None


def _gold_report(article: GeneratedArticle, name: str, keep: bool) -> Report:
    by_scorer: dict[str, list[Finding]] = {}
    for gold in article.findings if keep else ():
        by_scorer.setdefault(gold.scorer, []).append(
            Finding(
                gold.scorer,
                gold.kind,
                gold.start,
                gold.end,
                gold.text,
                "gold",
                suggestion=gold.suggestion,
                source=gold.source,
                related=gold.related,
            )
        )
    segments = tuple(Segment(s.kind, s.start, s.end) for s in article.segments) if keep else ()
    results = {name: ScorerResult(50.0, findings=found) for name, found in by_scorer.items()}
    return Report(id=name, score=50.0, scorers=results, segments=segments)


@pytest.mark.parametrize("keep", [True, False])
def test_labels_match_the_shared_evaluator(tmp_path: Path, keep: bool) -> None:
    evaluator = _shared_evaluator()
    if evaluator is None:
        pytest.skip("shared/eval/evaluate.py is not beside this checkout")
    docs = tmp_path / "docs"
    docs.mkdir()
    labels: dict[str, Any] = {}
    lines = []
    for seed in range(30):
        # the evaluator reads documents in text mode (newlines translated): LF only here
        article = generate_article(seed, crlf=False)
        name = f"generated-{seed:03d}.txt"
        (docs / name).write_bytes(article.text.encode("utf-8"))
        labels[name] = {**article.to_label(), "quality": 3}
        lines.append(jsonl_line(_gold_report(article, name, keep)))
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    (tmp_path / "reports.jsonl").write_bytes(b"".join(lines))
    run = subprocess.run(
        [
            sys.executable,
            str(evaluator),
            "--docs",
            str(docs),
            "--labels",
            str(tmp_path / "labels.json"),
            "--reports",
            str(tmp_path / "reports.jsonl"),
            "--min-f1",
            "0.999",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    summary = run.stdout.strip().splitlines()[-1]
    if keep:  # gold as prediction: every kind, every source and suggestion agree
        assert run.returncode == 0, run.stdout[-3000:]
        assert "macro_f1=1.000" in summary and "span_issues=0" in summary, summary
    else:
        assert run.returncode == 1 and "macro_f1=0.000" in summary, summary
