"""credscore.strategies: generated articles keep their promises, and every strategy's output
is something credscore handles (valid reports) or is itself valid (reports, spans)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import credscore
from credscore import Report
from credscore.model import ARTICLE_KINDS, SEGMENT_KINDS, encode_json_text
from credscore.strategies import (
    COMMENT_LAYOUTS,
    FINDING_KINDS,
    ArticleOptions,
    GeneratedArticle,
    articles,
    documents,
    findings,
    generate_article,
    name_variants,
    reports,
    scorer_results,
    spans,
)
from support import ROOT, assert_valid_report, schema_errors

# --- generated articles are well-formed ------------------------------------------------------


def check_article(article: GeneratedArticle) -> None:
    """Everything a user may rely on in a GeneratedArticle."""
    text = article.text
    position = 0
    for segment in article.segments:
        assert segment.kind in SEGMENT_KINDS
        assert segment.start == position < segment.end
        assert segment.text == text[segment.start : segment.end]
        position = segment.end
    assert position == len(text)
    # neighbours differ in kind (merged), and blank lines never start a segment
    for before, after in zip(article.segments, article.segments[1:]):
        assert before.kind != after.kind
        assert text[after.start : after.end].strip()
    article_ranges = [(s.start, s.end) for s in article.segments if s.kind in ARTICLE_KINDS]
    for finding in article.findings:
        assert finding.kind in FINDING_KINDS
        assert finding.scorer == FINDING_KINDS[finding.kind]
        assert finding.text == text[finding.start : finding.end]
        assert finding.text.strip() == finding.text != ""
        assert any(a <= finding.start and finding.end <= b for a, b in article_ranges)
        for span in finding.related:
            assert span.text == text[span.start : span.end]
            assert span.end <= finding.start  # the related span is the earlier one
        if finding.kind in ("misspelling", "real_word_error", "name_variant"):
            assert finding.suggestion and finding.suggestion != finding.text
        if finding.kind in ("name_variant", "contradiction"):
            assert len(finding.related) == 1
        if finding.kind == "name_variant":
            assert finding.related[0].text == finding.suggestion
        if finding.kind == "attribution":
            assert finding.source
    # the evaluator's label shape, and it is plain JSON
    label = article.to_label()
    assert json.loads(json.dumps(label)) == label
    assert len(label["findings"]) == len(article.findings)


@given(articles())
def test_generated_articles_are_well_formed(article: GeneratedArticle) -> None:
    check_article(article)


@given(articles())
def test_generated_articles_give_valid_reports(article: GeneratedArticle) -> None:
    report = credscore.score(article.text, id="generated")
    assert report.error is None, report.error
    assert_valid_report(report.to_dict(), article.text)


def test_many_seeded_articles_are_well_formed() -> None:
    # the plain-random path (generate_article) over every option, without shrinking
    for seed in range(150):
        check_article(generate_article(seed))


FLAG_KINDS = {
    "attributions": ("attribution",),
    "quotes": ("quote",),
    "hedges": ("hedge",),
    "weasels": ("weasel",),
    "misspellings": ("misspelling",),
    "real_word_errors": ("real_word_error",),
    "name_variant": ("name_variant",),
    "contradiction": ("contradiction",),
}


@pytest.mark.parametrize("flag", sorted(FLAG_KINDS))
def test_options_switch_each_finding_kind_on_and_off(flag: str) -> None:
    kinds = FLAG_KINDS[flag]
    for seed in range(25):
        on = generate_article(seed, **{flag: True})
        assert any(on.findings_of(kind) for kind in kinds), (flag, on.text)
        off = generate_article(seed, **{"quotes": False, flag: False})
        assert not any(off.findings_of(kind) for kind in kinds), (flag, off.text)


def test_quotes_bring_their_attributions() -> None:
    for seed in range(20):
        article = generate_article(seed, quotes=True, attributions=False)
        assert article.findings_of("quote") and article.findings_of("attribution")


@pytest.mark.parametrize("layout", COMMENT_LAYOUTS)
def test_every_comment_layout(layout: str) -> None:
    for seed in range(10):
        article = generate_article(seed, comments=True, comment_layout=layout)
        comments = article.segments_of("comments")
        assert len(comments) == 1
        # comments come after all of the article text
        assert all(s.end <= comments[0].start for s in article.segments if s.kind == "body")


def test_segments_follow_the_options() -> None:
    bare = generate_article(3, title=False, boilerplate=False, comments=False)
    assert {s.kind for s in bare.segments} == {"body"}
    full = generate_article(3, title=True, boilerplate=True, comments=True)
    assert {s.kind for s in full.segments} == set(SEGMENT_KINDS)
    assert len(full.segments_of("title")) == 1


def test_crlf_line_ends() -> None:
    article = generate_article(5, crlf=True, comments=True)
    assert "\r\n" in article.text and "\n" not in article.text.replace("\r\n", "")
    check_article(article)


def test_same_seed_same_article_and_seeds_differ() -> None:
    assert generate_article(11) == generate_article(11)
    texts = {generate_article(seed).text for seed in range(30)}
    assert len(texts) == 30


def test_vocabulary_varies_across_articles() -> None:
    # generalisation needs variety: many different names, outlets and templates
    sources = set()
    hedges = set()
    for seed in range(80):
        article = generate_article(seed, attributions=True, hedges=True)
        sources.update(f.source for f in article.findings_of("attribution"))
        hedges.update(f.text.lower() for f in article.findings_of("hedge"))
    assert len(sources) >= 40
    assert len(hedges) >= 12


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError):
        ArticleOptions(comment_layout="myspace")
    with pytest.raises(ValueError):
        ArticleOptions(min_paragraphs=4, max_paragraphs=2)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüé", min_size=4, max_size=12))
def test_name_variants_are_near_misses(name: str) -> None:
    name = name.capitalize()
    for variant in name_variants(name):
        assert variant != name
        assert abs(len(variant) - len(name)) <= 1


# --- any document, any report ----------------------------------------------------------------


@given(documents())
def test_documents_give_valid_reports(text: str) -> None:
    report = credscore.score(text, id="d")
    assert report.error is None, report.error
    assert_valid_report(report.to_dict(), text)


@given(reports())
def test_generated_reports_are_valid_and_round_trip(report: Report) -> None:
    data = report.to_dict()
    assert schema_errors(data) == []
    line = encode_json_text(report.to_json())
    assert Report.from_dict(json.loads(line)) == report


@given(st.text().flatmap(lambda text: st.tuples(st.just(text), reports(text))))
def test_reports_of_a_text_have_matching_spans(pair: tuple[str, Report]) -> None:
    text, report = pair
    if report.score is not None:
        assert_valid_report(report.to_dict(), text)


@given(st.data())
def test_spans_findings_and_results_fit_their_text(data: st.DataObject) -> None:
    text = data.draw(st.text())
    span = data.draw(spans(text))
    assert span.text == text[span.start : span.end]
    finding = data.draw(findings(text))
    assert finding.text == text[finding.start : finding.end]
    result = data.draw(scorer_results(text))
    assert 0 <= result.score <= 100


@given(st.from_type(credscore.Report))
def test_from_type_gives_valid_reports(report: Report) -> None:
    assert schema_errors(report.to_dict()) == []


@settings(max_examples=10)
@given(
    st.from_type(credscore.Span),
    st.from_type(credscore.Segment),
    st.from_type(credscore.Finding),
    st.from_type(credscore.ScorerResult),
    st.from_type(credscore.Document),
)
def test_from_type_for_every_part(
    span: credscore.Span,
    segment: credscore.Segment,
    finding: credscore.Finding,
    result: credscore.ScorerResult,
    document: credscore.Document,
) -> None:
    assert isinstance(span, credscore.Span) and span.start <= span.end
    assert isinstance(segment, credscore.Segment) and segment.kind in SEGMENT_KINDS
    assert finding.start <= finding.end == finding.start + len(finding.text)
    assert 0 <= result.score <= 100
    assert isinstance(document.text, str)


# --- the hypothesis plug-in entry point, in a fresh interpreter -------------------------------

_FROM_TYPE_PROBE = """
import sys
import hypothesis.strategies as st
from hypothesis import given, settings
import credscore

loaded = "credscore.strategies" in sys.modules
reports = []

@settings(max_examples=20, database=None)
@given(st.from_type(credscore.Report))
def collect(report):
    reports.append(report)

collect()
valid = sum(isinstance(r, credscore.Report) for r in reports)
print(loaded, valid)
"""


def _probe(
    env_extra: dict[str, str], script: str = _FROM_TYPE_PROBE
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_from_type_works_without_importing_credscore_strategies() -> None:
    """A user's test that only imports hypothesis and credscore gets valid Reports: the
    ``hypothesis`` entry point registered them (the script never imports our module)."""
    result = _probe({})
    assert result.returncode == 0, result.stderr
    loaded, valid = result.stdout.split()
    assert loaded == "True"  # the plug-in hook ran when hypothesis was imported
    assert int(valid) == 20


def test_without_the_plugin_hook_our_strategies_are_not_loaded() -> None:
    # the control: with plug-ins disabled, hypothesis never imports credscore.strategies
    script = "import sys, hypothesis; print('credscore.strategies' in sys.modules)"
    assert _probe({}, script).stdout.strip() == "True"
    assert _probe({"HYPOTHESIS_NO_PLUGINS": "1"}, script).stdout.strip() == "False"


@pytest.mark.parametrize(
    "imports",
    ["import credscore.strategies, hypothesis", "import hypothesis, credscore.strategies"],
)
def test_either_import_order_works(imports: str) -> None:
    # importing credscore.strategies first imports hypothesis, which runs its plug-ins,
    # which load credscore.strategies again half-initialised: that must not crash
    script = f"{imports}\nimport hypothesis.strategies as st, credscore\n"
    script += "print(type(st.from_type(credscore.Report).example()).__name__)"
    result = _probe({}, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Report"
