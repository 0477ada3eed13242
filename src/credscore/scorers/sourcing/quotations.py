"""Quotations: which quoted stretches are direct quotes, and who spoke them."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from typing import NamedTuple

from credscore.analysis import Analysis, Sentence
from credscore.quotes import (
    WORD_RE,
    QuotedStretch,
    determiner_before,
    is_title_case,
    looks_like_name_or_term,
    naming_word_before,
    word_count,
)
from credscore.resources import read_lines
from credscore.scorers.sourcing.lexicon import (
    _END,
    _FIRST,
    _SECOND,
    _START,
    AUXILIARIES,
    LIST_JOINERS,
)
from credscore.scorers.sourcing.matchers import SourcingScan
from credscore.scorers.sourcing.names import Attribution


class Quote(NamedTuple):
    stretch: QuotedStretch
    speaker: str | None
    sentence_index: int


def _last_at_or_before(starts: Sequence[int], offset: int) -> int:
    """The index of the last of the ordered ``starts`` at or before ``offset`` (0 if none)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index if index > 0 else 0


def select_quotes(scan: SourcingScan) -> list[Quote]:
    """The quoted stretches that are direct quotations, each with its speaker if known."""
    analysis = scan.analysis
    sentences = analysis.sentences
    if not sentences:
        return []
    if not scan.stretches:
        return []  # nothing quoted: no quotation to select
    text = analysis.text
    paragraphs = scan.paragraphs
    paragraph_starts = list(map(_FIRST, paragraphs))
    sentence_starts = list(map(_START, sentences))
    grouped: dict[int, list[Attribution]] = {}
    for attribution in scan.attributions:
        position = _last_at_or_before(paragraph_starts, attribution.start)
        grouped.setdefault(position, []).append(attribution)
    # a paragraph's attributions are indexed only when one of its stretches asks for them
    by_paragraph: dict[int, LocalAttributions] = {}
    quotes: list[Quote] = []
    reported = ReportedSentences(analysis)
    previous_speaker: str | None = None
    for stretch_index, stretch in enumerate(scan.stretches):
        paragraph = _last_at_or_before(paragraph_starts, stretch.start)
        paragraph_start, paragraph_end = paragraphs[paragraph]
        sentence_index = _last_at_or_before(sentence_starts, stretch.start)
        sentence = sentences[sentence_index]
        local = by_paragraph.get(paragraph)
        if local is None:
            group = grouped.get(paragraph)
            local = by_paragraph[paragraph] = (
                LocalAttributions.of(group) if group else NO_ATTRIBUTIONS
            )
        adjacent = _adjacent_attribution(text, stretch, local) if local.items else None
        if stretch.continues:
            speaker = previous_speaker
            quotes.append(Quote(stretch, speaker, sentence_index))
            continue
        if sentence.segment == "title":
            # Headlines quote in fragments ("Calls His People ‘Close-Minded’"); a quoted
            # stretch there is a quotation unless it is named as a work or used as a noun.
            if naming_word_before(text, stretch.open_mark, paragraph_start) or (
                determiner_before(text, stretch.open_mark, paragraph_start)
            ):
                continue
            if word_count(text, stretch.start, stretch.end) <= 3 and not (
                _headline_cue_before(text, stretch, paragraph_start)
            ):
                continue  # "Lawmakers debate ‘ghost guns’": a term, not a quotation
        elif (
            adjacent is None
            # (a stretch of fewer than two words always looks like a name or term)
            and looks_like_name_or_term(text, stretch, paragraph_start)
            and (
                not (
                    _short_attributed(text, stretch, local, sentence)
                    or _short_vague_report(text, stretch, scan, sentence)
                    or (
                        reported.of(sentence_index, sentence)
                        and not determiner_before(text, stretch.open_mark, sentence.start)
                    )
                    or _voiced_before(text, stretch, sentence)
                )
                or _listed_term(text, stretch, scan.stretches, stretch_index)
            )
        ):
            continue
        speaker = adjacent.source if adjacent is not None else _nearest_source(stretch, local)
        if speaker is None and stretch.start - paragraph_start <= 2 and paragraph > 0:
            before = grouped.get(paragraph - 1)  # the previous paragraph's last source
            speaker = before[-1].source if before else None
        del paragraph_end
        previous_speaker = speaker
        quotes.append(Quote(stretch, speaker, sentence_index))
    return quotes


class ReportedSentences:
    """Which sentences carry a second-hand report marker ("reportedly", "allegedly"): a short
    quoted stretch there repeats someone's words ('is reportedly in "advanced talks"').
    Each sentence is read once, whatever number of stretches asks."""

    def __init__(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._known: dict[int, bool] = {}

    def of(self, index: int, sentence: Sentence) -> bool:
        known = self._known.get(index)
        if known is None:
            lower = self._analysis.token_lower
            known = self._known[index] = any(
                lower[token] in REPORT_ADVERBS
                for token in range(sentence.first_token, sentence.end_token)
            )
        return known


REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "purportedly"})


def _listed_term(
    text: str, stretch: QuotedStretch, stretches: Sequence[QuotedStretch], index: int
) -> bool:
    """'to add "local ownership" and "community partnership" to the criteria': short
    quoted stretches listed together (joined by "and", "or" or a comma) are terms."""
    for other in (
        stretches[index - 1] if index > 0 else None,
        stretches[index + 1] if index + 1 < len(stretches) else None,
    ):
        if other is None or other.close_mark is None or stretch.close_mark is None:
            continue
        first, second = (other, stretch) if other.start < stretch.start else (stretch, other)
        assert first.close_mark is not None
        gap = text[first.close_mark + 1 : second.open_mark].strip(" ,")
        if (
            gap in LIST_JOINERS
            and word_count(text, other.start, other.end) <= 3
            # 'he was "gutted" and "had no idea"': a clause among them makes them words said
            and not _holds_auxiliary(text, stretch)
            and not _holds_auxiliary(text, other)
        ):
            return True
    return False


def _holds_auxiliary(text: str, stretch: QuotedStretch) -> bool:
    return any(
        word.lower() in AUXILIARIES for word in WORD_RE.findall(text, stretch.start, stretch.end)
    )


@functools.cache
def quote_verbs() -> frozenset[str]:
    """Verb forms after which a quoted stretch is the words voiced or written."""
    return frozenset(line.lower() for line in read_lines("sourcing/quote_verbs.txt"))


def _voiced_before(text: str, stretch: QuotedStretch, sentence: Sentence) -> bool:
    """'protesters chanted "save our pier"', 'a steward yelled: "clear the pitch"': a verb of
    voicing or writing right before the opening mark (a colon or comma between)."""
    window = text[max(sentence.start, stretch.open_mark - 24) : stretch.open_mark]
    if window.rstrip(" ,:") != window.rstrip():
        window = window.rstrip(" ,:")
    elif window.strip() and not window.endswith(" "):
        return False
    words = WORD_RE.findall(window)
    if not words or words[-1].lower() not in quote_verbs():
        return False
    # the verb has a subject before it: 'Read "The Long Goodbye"' is an imperative and a title
    return (
        len(words) > 1 or WORD_RE.search(text, sentence.start, stretch.open_mark - 24) is not None
    )


@functools.cache
def headline_quote_cues() -> frozenset[str]:
    return frozenset(read_lines("sourcing/headline_quote_cues.txt"))


def _headline_cue_before(text: str, stretch: QuotedStretch, floor: int) -> bool:
    """A speech verb or colon among the four words before a short headline quotation, or the
    quotation opens the headline ("‘We will rebuild,’ says mayor")."""
    window = text[max(floor, stretch.open_mark - 50) : stretch.open_mark]
    if not window.strip():
        return True
    cues = headline_quote_cues()
    if window.rstrip().endswith(":"):
        return True
    words = WORD_RE.findall(window)[-4:]
    return any(word.lower() in cues for word in words)


class LocalAttributions(NamedTuple):
    """A paragraph's attributions in text order, with their starts and ends indexed so that a
    quotation finds its neighbours by binary search (a long paragraph of many quotes and
    cues must not cost quotes x attributions)."""

    items: list[Attribution]
    starts: list[int]
    by_end: list[tuple[int, int]]  # (end, index in items), ordered

    @classmethod
    def of(cls, attributions: Sequence[Attribution]) -> LocalAttributions:
        # (stable sorts by C-level keys: the same order as sorting on the fields by hand)
        items = sorted(attributions, key=_START)
        by_end = sorted(zip(map(_END, items), itertools.count()))
        return cls(items, list(map(_START, items)), by_end)

    def starting_in(self, low: int, high: int) -> list[Attribution]:
        """Attributions whose start lies in ``[low, high]``, in text order."""
        first = bisect.bisect_left(self.starts, low)
        last = bisect.bisect_right(self.starts, high)
        return self.items[first:last]

    def any_starting_in(self, low: int, high: int) -> bool:
        """Does any attribution start in ``[low, high]``? (No list built: O(log n).)"""
        first = bisect.bisect_left(self.starts, low)
        return first < len(self.starts) and self.starts[first] <= high

    def ending_in(self, low: int, high: int) -> list[Attribution]:
        """Attributions whose end lies in ``[low, high]``, in text order."""
        first = bisect.bisect_left(self.by_end, (low, -1))
        last = bisect.bisect_right(self.by_end, (high, len(self.items)), first)
        if first == last:
            return []
        return list(map(self.items.__getitem__, sorted(map(_SECOND, self.by_end[first:last]))))


NO_ATTRIBUTIONS = LocalAttributions([], [], [])


def _adjacent_attribution(
    text: str, stretch: QuotedStretch, attributions: LocalAttributions
) -> Attribution | None:
    """An attribution right after the closing mark (', he said') or right before the opening
    mark ('Kim said: "...'), with only punctuation and a few characters between."""
    after = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    # '"...," he said' — the quotation ends in a comma, question mark, exclamation or dash
    # inside its marks, or a comma follows them; '"The Long Goodbye." Organizers added' is not.
    for attribution in attributions.starting_in(after, after + 3):
        gap = text[after : attribution.start]
        if not gap.strip(" ,;:—–-") and (text[stretch.end - 1] in ",?!—–-" or "," in gap):
            return attribution
    for attribution in attributions.ending_in(stretch.open_mark - 8, stretch.open_mark):
        gap = text[attribution.end : stretch.open_mark]
        if gap.strip(" ,:—–-") in {"", "that"}:
            return attribution
    return None


def _nearest_source(stretch: QuotedStretch, attributions: LocalAttributions) -> str | None:
    """The source of the attribution whose start is nearest the quotation's (the earlier one
    on a tie)."""
    if not attributions.items:
        return None
    index = bisect.bisect_left(attributions.starts, stretch.start)
    candidates = []
    if index > 0:
        # the first of any attributions sharing the nearest start before the quotation
        before = bisect.bisect_left(attributions.starts, attributions.starts[index - 1])
        candidates.append(attributions.items[before])
    if index < len(attributions.items):
        candidates.append(attributions.items[index])
    best = min(candidates, key=lambda attribution: abs(attribution.start - stretch.start))
    return best.source


def _clause_after_that(text: str, stretch: QuotedStretch, sentence: Sentence) -> bool:
    """'insisted that "nothing is wrong"': "that" introduces a quoted clause (it holds an
    auxiliary verb), not a noun ('that "heat dome"')."""
    before = WORD_RE.findall(text, max(sentence.start, stretch.open_mark - 6), stretch.open_mark)
    if not before or before[-1].lower() != "that":
        return False
    quoted = WORD_RE.findall(text, stretch.start, stretch.end)
    return any(word.lower() in AUXILIARIES for word in quoted)


def _short_vague_report(
    text: str, stretch: QuotedStretch, scan: SourcingScan, sentence: Sentence
) -> bool:
    """A short partial quotation in a sentence whose claim a vague collective makes
    ("Insiders claim a listing is coming "within weeks"", "Many commenters claimed the ban
    had been "slipped through""): reported words, unless a name, title or a noun after a
    determiner."""
    if sentence.start not in scan.vague_cue_sentences:
        return False
    if naming_word_before(text, stretch.open_mark, sentence.start):
        return False
    if determiner_before(text, stretch.open_mark, sentence.start):
        return False
    return not is_title_case(WORD_RE.findall(text, stretch.start, stretch.end))


def _short_attributed(
    text: str,
    stretch: QuotedStretch,
    attributions: LocalAttributions,
    sentence: Sentence,
) -> bool:
    """A short partial quotation in a sentence that attributes it to a source
    ('He argued that cinema was the most powerful tool for "human transformation."'), unless
    it is a name, a Title Case title or a noun after a determiner ('the "heat dome"')."""
    if not attributions.any_starting_in(sentence.start, sentence.end - 1):
        return False  # (the cheap test first: most such sentences attribute nothing)
    if naming_word_before(text, stretch.open_mark, sentence.start):
        return False
    if determiner_before(text, stretch.open_mark, sentence.start) and not _clause_after_that(
        text, stretch, sentence
    ):
        return False
    return not is_title_case(WORD_RE.findall(text, stretch.start, stretch.end))
