"""The sourcing scorer: findings, metrics and the sub-score."""

from __future__ import annotations

from collections.abc import Sequence

from credscore.analysis import Analysis
from credscore.model import Finding, ScorerResult, Span
from credscore.quotes import (
    QuotedStretch,
)
from credscore.scorers.sourcing.lexicon import (
    _FINDING_ORDER,
    ANONYMOUS,
    NEUTRAL,
    SOURCE_LABELS,
    UNRESOLVED,
)
from credscore.scorers.sourcing.matchers import SourcingScan
from credscore.scorers.sourcing.names import Attribution
from credscore.scorers.sourcing.quotations import select_quotes


def sourcing_score(metrics: dict[str, float]) -> float:
    """The documented sub-score formula (see the module docstring)."""
    density = min(1.0, metrics["attributions_per_100_words"] / 1.5)
    diversity = min(1.0, metrics["distinct_sources"] / 3.0)
    coverage = min(1.0, metrics["attributed_sentence_share"] / 0.4)
    attributions = metrics["attributions"]
    quotes = metrics["quotes"]
    score = 20.0 + 30.0 * density + 25.0 * diversity + 25.0 * coverage
    score -= 25.0 * metrics["anonymous_sources"] / max(3.0, attributions)
    score -= 15.0 * metrics["unattributed_quote_count"] / max(3.0, quotes)
    return min(100.0, max(0.0, score))


def _start_of(attribution: Attribution) -> int:
    return attribution.start


def _canonical(source: str) -> str:
    return " ".join(source.lower().split())


class SourcingScorer:
    name = "sourcing"
    default_weight = 1.0
    description = (
        "Attributions (who is cited, named or anonymous) and direct quotations, with speakers."
    )

    def score(self, analysis: Analysis) -> ScorerResult:
        scan = SourcingScan(analysis)
        attributions = scan.scan()
        quotes = select_quotes(scan)
        if scan.quoted_reports:
            # (after the quotes: a report inside a quotation never speaks it)
            attributions = sorted([*attributions, *scan.quoted_reports], key=_start_of)
        findings: list[Finding] = []
        text = analysis.text
        # Finding(...) with positional fields, as Finding.at builds it (one per kept result,
        # thousands per MB: the keyword call through ``at`` costs more than the object)
        for start, end, source, _cue, _sentence in attributions:
            label = SOURCE_LABELS.get(source, source)
            findings.append(
                Finding(
                    self.name,
                    "attribution",
                    start,
                    end,
                    text[start:end],
                    f"Attributes information to {label}.",
                    None,
                    None if source == UNRESOLVED else source,
                )
            )
        unattributed = 0
        attributed_sentences = {attribution.sentence_index for attribution in attributions}
        previous: QuotedStretch | None = None
        for quote in quotes:
            stretch = quote.stretch
            related: tuple[Span, ...] = ()
            if stretch.continues and previous is not None:
                related = (analysis.span(previous.start, previous.end),)
            if quote.speaker is None:
                unattributed += 1
                message = "Direct quotation with no speaker named in the text."
            else:
                attributed_sentences.add(quote.sentence_index)
                speaker = SOURCE_LABELS.get(quote.speaker, quote.speaker)
                message = f"Direct quotation of {speaker}."
            if stretch.continues:
                message += " Continues the quotation from the previous paragraph."
            start, end = stretch.start, stretch.end
            findings.append(
                Finding(
                    self.name,
                    "quote",
                    start,
                    end,
                    text[start:end],
                    message,
                    None,
                    None if quote.speaker == UNRESOLVED else quote.speaker,
                    related,
                )
            )
            previous = stretch
        findings.sort(key=_FINDING_ORDER)
        metrics = self.metrics(
            analysis, attributions, len(quotes), unattributed, len(attributed_sentences)
        )
        sub_score = NEUTRAL if analysis.word_count == 0 else sourcing_score(metrics)
        return ScorerResult(
            score=sub_score, weight=self.default_weight, metrics=metrics, findings=findings
        )

    @staticmethod
    def metrics(
        analysis: Analysis,
        attributions: Sequence[Attribution],
        quotes: int,
        unattributed: int,
        attributed_sentences: int,
    ) -> dict[str, float]:
        anonymous = sum(1 for attribution in attributions if attribution.source == ANONYMOUS)
        named = len(attributions) - anonymous
        distinct = {
            _canonical(attribution.source)
            for attribution in attributions
            if attribution.source not in (ANONYMOUS, UNRESOLVED)
        }
        words = analysis.word_count
        sentences = len(analysis.sentences)
        return {
            "attributions": float(len(attributions)),
            "attributions_per_100_words": 100.0 * len(attributions) / words if words else 0.0,
            "quotes": float(quotes),
            "named_sources": float(named),
            "anonymous_sources": float(anonymous),
            "distinct_sources": float(len(distinct)),
            "dependency_on_anonymous_sources": anonymous / len(attributions)
            if attributions
            else 0.0,
            "attributed_sentence_share": attributed_sentences / sentences if sentences else 0.0,
            "unattributed_quote_count": float(unattributed),
        }
