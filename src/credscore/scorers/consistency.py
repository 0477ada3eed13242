"""Consistency: one name spelled two ways, and facts that contradict each other.

Findings:

* ``name_variant``: an occurrence of a name spelled differently from the dominant spelling
  of the same entity (see :mod:`credscore.variants`). ``suggestion`` is the dominant
  spelling, ``related`` its first occurrence.
* ``contradiction``: a later statement giving another value for a fact stated earlier (see
  :mod:`credscore.facts`): the later value is the finding, the earlier one is ``related``.

Metrics: ``name_variants`` and ``contradictions`` (counts), ``name_mentions`` and ``facts``
(how much there was to check).

Sub-score: ``100 * 0.85 ** name_variants * 0.7 ** contradictions`` — each careless
respelling costs 15 % of what is left, each contradiction 30 % (a contradiction says a fact
is wrong somewhere; a respelling only says the copy was not checked). An article with no
words is neutral: 50.
"""

from __future__ import annotations

from credscore.analysis import Analysis
from credscore.facts import Contradiction, Fact, LowerCaseWords, contradictions, extract_facts
from credscore.model import Finding, ScorerResult
from credscore.name_runs import MentionTable, scan_mentions
from credscore.quantities import quantity_contradictions
from credscore.slots import slot_contradictions
from credscore.variants import (
    Variant,
    camel_case_variants,
    multi_token_variants,
    single_token_variants,
    surname_spacing_variants,
)

NAME_VARIANT_FACTOR = 0.85
CONTRADICTION_FACTOR = 0.7
NEUTRAL = 50.0
MAX_RELATED = 3  # earlier statements listed with one contradiction


def consistency_score(name_variants: int, contradiction_count: int) -> float:
    """The documented mapping from finding counts to the 0-100 sub-score."""
    return 100.0 * NAME_VARIANT_FACTOR**name_variants * CONTRADICTION_FACTOR**contradiction_count


def _unflagged(pairs: list[Contradiction], flagged: list[Contradiction]) -> list[Contradiction]:
    """The generic pass's pairs whose later value no specific pass has flagged already
    (spans may differ: "3,200 people" / "3,200")."""
    spans = [(pair.later.start, pair.later.end) for pair in flagged]
    return [
        pair
        for pair in pairs
        if not any(start < pair.later.end and pair.later.start < end for start, end in spans)
    ]


def _also_related(
    pairs: list[Contradiction], flagged: list[Contradiction]
) -> dict[int, tuple[Fact, ...]]:
    """Earlier statements the generic pass pairs with a later value a specific pass flagged
    against another earlier statement ("$321 million" against the headline's "$312M" and
    the body's "$312 million"): both conflict with it. By ``id`` of the flagged pair."""
    also: dict[int, list[Fact]] = {}
    for pair in pairs:
        for other in flagged:
            if other.later.start < pair.later.end and pair.later.start < other.later.end:
                earlier = other.earlier
                for candidate in (pair.earlier, *pair.also):
                    if candidate.end <= earlier.start or earlier.end <= candidate.start:
                        also.setdefault(id(other), []).append(candidate)
                break
    return {key: tuple(facts) for key, facts in also.items()}


def _one_per_value(
    conflicts: list[Contradiction], also: dict[int, tuple[Fact, ...]]
) -> list[Contradiction]:
    """One finding per later value: a value two passes (or one pass twice) paired with two
    earlier statements is one finding listing both (``also`` gains the others)."""
    kept: dict[tuple[int, int], Contradiction] = {}
    for pair in conflicts:
        key = (pair.later.start, pair.later.end)
        first = kept.get(key)
        if first is None:
            kept[key] = pair
        elif first.earlier.start != pair.earlier.start:
            also[id(first)] = (*also.get(id(first), ()), pair.earlier, *pair.also)
    return list(kept.values())


class ConsistencyScorer:
    name = "consistency"
    default_weight = 1.0
    description = (
        "Internal consistency: one name spelled several ways, facts stated with conflicting values."
    )

    def __init__(self, *, name_variants: bool = True, contradictions: bool = True) -> None:
        self.check_name_variants = name_variants
        self.check_contradictions = contradictions

    def score(self, analysis: Analysis) -> ScorerResult:
        mentions = scan_mentions(analysis)
        lower_words = LowerCaseWords(analysis)  # (built once, if either check asks)
        variants = (
            self._variants(analysis, mentions, lower_words) if self.check_name_variants else []
        )
        facts = extract_facts(analysis, mentions, lower_words) if self.check_contradictions else []
        conflicts = contradictions(facts) if self.check_contradictions else []
        if self.check_contradictions:
            flagged = {pair.later.start for pair in conflicts}
            conflicts += [
                pair for pair in slot_contradictions(analysis) if pair.later.start not in flagged
            ]
            generic = quantity_contradictions(analysis)
            also = _also_related(generic, conflicts)
            conflicts += _unflagged(generic, conflicts)
            conflicts = _one_per_value(conflicts, also)
        else:
            also = {}
        findings = [self._variant_finding(analysis, variant) for variant in variants]
        findings += [
            self._contradiction_finding(analysis, pair, pair.also + also.get(id(pair), ()))
            for pair in conflicts
        ]
        findings.sort(key=lambda finding: (finding.start, finding.end, finding.kind))
        metrics = {
            "name_variants": float(len(variants)),
            "contradictions": float(len(conflicts)),
            "name_mentions": float(len(mentions)),
            "facts": float(len(facts)),
        }
        # (a name mention holds a word: only an article without any needs the word count)
        if not len(mentions) and analysis.word_count == 0:
            sub_score = NEUTRAL
        else:
            sub_score = consistency_score(len(variants), len(conflicts))
        return ScorerResult(
            score=sub_score, weight=self.default_weight, metrics=metrics, findings=findings
        )

    @staticmethod
    def _variants(
        analysis: Analysis, mentions: MentionTable, lower_words: LowerCaseWords
    ) -> list[Variant]:
        found = multi_token_variants(mentions, analysis.text)
        taken = {variant.mention.start for variant in found}
        more = single_token_variants(mentions, lower_words, analysis.text)
        more += surname_spacing_variants(mentions)
        more += camel_case_variants(mentions)
        for variant in more:
            if variant.mention.start not in taken:
                taken.add(variant.mention.start)
                found.append(variant)
        found.sort(key=lambda variant: variant.mention.start)
        return found

    def _variant_finding(self, analysis: Analysis, variant: Variant) -> Finding:
        mention = variant.mention
        return Finding.at(
            analysis.text,
            self.name,
            "name_variant",
            mention.start,
            mention.end,
            f"'{mention.surface}' is spelled '{variant.suggestion}' elsewhere in the article",
            suggestion=variant.suggestion,
            related=(analysis.span(variant.dominant.start, variant.dominant.end),),
        )

    def _contradiction_finding(
        self, analysis: Analysis, pair: Contradiction, more: tuple[Fact, ...] = ()
    ) -> Finding:
        earlier, later = pair.earlier, pair.later
        return Finding.at(
            analysis.text,
            self.name,
            "contradiction",
            later.start,
            later.end,
            f"'{analysis.text[later.start : later.end]}' conflicts with "
            f"'{analysis.text[earlier.start : earlier.end]}' stated earlier ({pair.reason})",
            # (the first related span is the earlier statement; more follow when another
            # pass paired the same later value with another earlier one)
            related=tuple(
                analysis.span(start, end)
                for start, end in dict.fromkeys(
                    [(earlier.start, earlier.end), *((other.start, other.end) for other in more)]
                )
            )[:MAX_RELATED],
        )
