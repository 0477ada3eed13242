"""Noise: how much of the page is not the article (reader comments, page chrome).

The segmenter (:mod:`credscore.segment`) has already split the document into title, body,
boilerplate and comments; this scorer measures and reports that split. It reads the
segments only, so it costs one pass over the comment sections (to count comments).

Metrics:

* ``noise_fraction``: the share of non-whitespace characters outside the title and body
  (whitespace is ignored, like the evaluator does, so blank lines and indentation do not count);
* ``comments_chars`` / ``boilerplate_chars``: non-whitespace characters in each;
* ``comment_count``: individual comments found (one per comment timestamp or author line,
  else one per reply control);
* ``boilerplate_lines``: non-blank lines of boilerplate;
* ``comment_sections`` / ``boilerplate_blocks``: how many findings of each kind.

Findings: one ``comments`` finding per comment section and one ``boilerplate`` finding per
boilerplate block, each spanning the block without its trailing whitespace.

Sub-score: 100 while at most ``clean_fraction`` (default 10%) of the page is noise, then
falling linearly to ``floor`` (default 20) for a page that is all noise. The sub-score says
how much of the page is article to judge, not whether the article is true: a page that is
mostly reader comments is a weak document to score, not necessarily a false one. That is
also why the default weight is 0.5. A page with no characters at all gets a neutral 50.
"""

from __future__ import annotations

from credscore.analysis import Analysis
from credscore.model import Finding, ScorerResult, Segment
from credscore.noise_rules import count_comments

NEUTRAL = 50.0
DEFAULT_CLEAN_FRACTION = 0.10
DEFAULT_FLOOR = 20.0


def _non_space(text: str, start: int, end: int) -> int:
    # str.split() drops exactly the characters str.isspace() is true for: a C-level count
    return len("".join(text[start:end].split()))


def _trimmed(text: str, segment: Segment) -> tuple[int, int]:
    """The segment's span without leading and trailing whitespace (blank lines go with the
    segment before them, but a finding should show the block itself)."""
    start, end = segment.start, segment.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def noise_score(noise_fraction: float, clean_fraction: float, floor: float) -> float:
    """The documented mapping from the noise fraction to the 0-100 sub-score."""
    if noise_fraction <= clean_fraction:
        return 100.0
    share = (noise_fraction - clean_fraction) / (1.0 - clean_fraction)
    return max(floor, 100.0 - (100.0 - floor) * min(1.0, share))


class NoiseScorer:
    name = "noise"
    default_weight = 0.5
    description = (
        "Share of the page that is reader comments or boilerplate; findings mark each block."
    )

    def __init__(
        self, *, clean_fraction: float = DEFAULT_CLEAN_FRACTION, floor: float = DEFAULT_FLOOR
    ) -> None:
        if not 0.0 <= clean_fraction < 1.0:
            raise ValueError(f"clean_fraction must lie in [0, 1), got {clean_fraction!r}")
        if not 0.0 <= floor <= 100.0:
            raise ValueError(f"floor must lie in [0, 100], got {floor!r}")
        self.clean_fraction = clean_fraction
        self.floor = floor

    def score(self, analysis: Analysis) -> ScorerResult:
        text = analysis.text
        total = comments_chars = boilerplate_chars = 0
        comment_count = boilerplate_lines = 0
        findings: list[Finding] = []
        for segment in analysis.segments:
            chars = _non_space(text, segment.start, segment.end)
            total += chars
            if segment.is_article or chars == 0:
                continue
            start, end = _trimmed(text, segment)
            if segment.kind == "comments":
                comments_chars += chars
                found = count_comments(text, start, end)
                comment_count += found
                message = f"Reader comment section ({found} comment{'s' * (found != 1)})."
            else:
                boilerplate_chars += chars
                lines = sum(1 for line in text[start:end].splitlines() if line.strip())
                boilerplate_lines += lines
                message = f"Page boilerplate ({lines} line{'s' * (lines != 1)}), not article."
            findings.append(Finding.at(text, self.name, segment.kind, start, end, message))
        if total == 0:
            return ScorerResult(score=NEUTRAL, weight=self.default_weight, metrics={})
        noise_fraction = (comments_chars + boilerplate_chars) / total
        metrics = {
            "noise_fraction": noise_fraction,
            "comments_chars": float(comments_chars),
            "boilerplate_chars": float(boilerplate_chars),
            "comment_count": float(comment_count),
            "boilerplate_lines": float(boilerplate_lines),
            "comment_sections": float(sum(f.kind == "comments" for f in findings)),
            "boilerplate_blocks": float(sum(f.kind == "boilerplate" for f in findings)),
        }
        return ScorerResult(
            score=noise_score(noise_fraction, self.clean_fraction, self.floor),
            weight=self.default_weight,
            metrics=metrics,
            findings=findings,
        )
