"""Typos: misspellings (non-words) and real-word errors ("nothing knew about them").

Precision comes first: a false flag on a rare name costs more trust than a missed typo.

* ``misspelling``: a lower-case word (or a capitalised word opening a sentence or in the
  headline, for known misspellings only) that is not English by the lexicons in
  :mod:`credscore.spelling`. Names, acronyms, mixed-case brands, words with digits or
  non-ASCII letters, URLs, e-mail addresses, handles and hashtags are never checked. A word
  that codespell lists as a common misspelling is flagged with codespell's correction; any
  other unknown word is flagged only when it is used once, never capitalised elsewhere in the
  document, has a real word within two edits (the suggestion) and its sentence is not a
  run of unknown (likely foreign) words.
* ``real_word_error``: a word from a curated confusion set that the bigram model in
  :mod:`credscore.confusion` finds at least ~33 times less likely in its context than one
  of its alternatives (the suggestion), or that a two-word rule names wrong ("nothing knew").

Hot path: one set look-up for a plain known word (most tokens); confusable words cost a few
dict look-ups (cached per context); edit-distance work happens only for words already
flagged, and not at all in a document where over 2% of the words are unknown.

Sub-score: ``100 * exp(-rate / 7)`` where ``rate`` is errors (both kinds) per 1000 words,
counted over at least 300 words so that one slip in a short brief is not a verdict: no error
gives 100, one error per 1000 words about 87, five about 49. An article with no words gets a
neutral 50.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.confusion import (
    DEFAULT_MIN_LOG_RATIO,
    comparative_then,
    confusion_sets,
    context_rules,
    judge,
)
from credscore.model import Finding, ScorerResult
from credscore.spelling import (
    is_common_foreign,
    is_english,
    known_misspellings,
    suggest,
    word_counts,
)

NEUTRAL = 50.0
RATE_SCALE = 7.0
MIN_WORDS_FOR_RATE = 300
# Unknown-word checks need this many letters: shorter tokens are mostly abbreviations.
MIN_UNKNOWN_LENGTH = 4
MIN_KNOWN_MISSPELLING_LENGTH = 3
# A sentence with this many unknown words is taken as foreign text or jargon, not typos.
FOREIGN_RUN = 3
# Unknown words are checked only while they are at most this share of the document's words.
UNKNOWN_SHARE_BUDGET = 0.02
MIN_UNKNOWN_BUDGET = 10

ASCII_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*['’]?")
RUN_RE = re.compile(r"\S+")
# A run of non-space characters that is an address, a handle or a hashtag, not prose.
WEB_RUN_RE = re.compile(r"[@#/\\_=]|www\.|[a-z]\.[a-z]{2}", re.IGNORECASE)
CONTRACTION_SUFFIXES = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")
OPENERS = frozenset("\"'“‘«(:[—–-")


@attrs.frozen
class WordPart:
    """One checkable stretch of a token: a word, or one part of a hyphenated compound."""

    start: int
    end: int
    text: str


class _WebRuns:
    """URL-, e-mail-, handle- and hashtag-like runs of one sentence, found on first need."""

    def __init__(self, analysis: Analysis, sentence: Sentence) -> None:
        self.runs: list[tuple[int, int]] = [
            (match.start(), match.end())
            for match in RUN_RE.finditer(analysis.text, sentence.start, sentence.end)
            if WEB_RUN_RE.search(match.group())
        ]
        self.starts = [run[0] for run in self.runs]

    def covers(self, position: int) -> bool:
        if not self.runs:
            return False
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and self.runs[index][0] <= position < self.runs[index][1]


@functools.cache
def confusion_words() -> frozenset[str]:
    """Words the real-word check looks at: confusion-set members and context-rule words."""
    words = set(confusion_sets())
    for (left, right), (wrong, _) in context_rules().items():
        words.add(right if wrong else left)
    return frozenset(words)


@functools.cache
def plain_words() -> frozenset[str]:
    """Lower-case words the hot path skips at once: known to the core lexicon and in no
    confusion set or context rule."""
    return frozenset(word_counts()) - confusion_words()


def _word_parts(text: str, start: int) -> Iterator[WordPart]:
    """The parts of a token to check: split on hyphens, possessive and plural apostrophes
    removed ("Kim's", "films’"). Parts with digits, non-ASCII letters or inner apostrophes
    that are not contractions ("O'Brien") are not yielded."""
    offset = 0
    for piece in text.split("-"):
        piece_start = start + offset
        offset += len(piece) + 1
        if not piece or not ASCII_WORD_RE.fullmatch(piece):
            continue
        normal = piece.replace("’", "'")
        core = normal
        if core.endswith("'s"):
            core = core[:-2]
        elif core.endswith("'"):
            core = core[:-1]
        if "'" in core:
            lower = core.lower()
            if not lower.endswith(CONTRACTION_SUFFIXES):
                continue
        yield WordPart(piece_start, piece_start + len(core), core)


def _is_sentence_initial(analysis: Analysis, sentence: Sentence, index: int) -> bool:
    for previous in range(index - 1, sentence.first_token - 1, -1):
        token = analysis.token_texts[previous]
        if analysis.is_word[previous]:
            return False
        if token not in OPENERS:
            return False
    return True


def _neighbour(analysis: Analysis, index: int, sentence: Sentence) -> str | None:
    """The lower-cased word token at ``index`` if it is a plain word in the sentence."""
    if not sentence.first_token <= index < sentence.end_token:
        return None
    token = analysis.token_lower[index].replace("’", "'")
    return token if token.replace("'", "").isalpha() and token.isascii() else None


@attrs.define
class _DocumentFacts:
    """Document-wide facts the unknown-word check needs, computed once per document."""

    lower_counts: Counter[str]
    capitalised_mid_sentence: set[str]


def _document_facts(analysis: Analysis) -> _DocumentFacts:
    lower_counts: Counter[str] = Counter()
    capitalised: set[str] = set()
    for sentence in analysis.sentences:
        first = True
        for index in sentence.token_indices:
            if not analysis.is_word[index]:
                continue
            token = analysis.token_texts[index]
            lower = analysis.token_lower[index]
            if token == lower:
                lower_counts[lower] += 1
            elif not first:
                capitalised.add(lower)
            first = False
    return _DocumentFacts(lower_counts, capitalised)


class TyposScorer:
    name = "typos"
    default_weight = 1.0
    description = "Misspellings (non-words) and real-word errors (knew/new): lexicons, bigrams."

    def __init__(
        self,
        *,
        min_log_ratio: float = DEFAULT_MIN_LOG_RATIO,
        real_word_errors: bool = True,
        unknown_words: bool = True,
    ) -> None:
        self.min_log_ratio = float(min_log_ratio)
        self.check_real_words = bool(real_word_errors)
        self.check_unknown_words = bool(unknown_words)

    def score(self, analysis: Analysis) -> ScorerResult:
        findings = self.find(analysis)
        misspellings = sum(1 for finding in findings if finding.kind == "misspelling")
        real_word_errors = len(findings) - misspellings
        words = analysis.word_count
        per_1000 = 1000.0 / words if words else 0.0
        metrics = {
            "misspellings": float(misspellings),
            "real_word_errors": float(real_word_errors),
            "misspellings_per_1000_words": misspellings * per_1000,
            "real_word_errors_per_1000_words": real_word_errors * per_1000,
        }
        if words == 0:
            sub_score = NEUTRAL
        else:
            rate = 1000.0 * len(findings) / max(words, MIN_WORDS_FOR_RATE)
            sub_score = 100.0 * math.exp(-rate / RATE_SCALE)
        return ScorerResult(
            score=sub_score, weight=self.default_weight, metrics=metrics, findings=findings
        )

    def find(self, analysis: Analysis) -> tuple[Finding, ...]:
        findings: list[Finding] = []
        unknown: list[WordPart] = []
        plain = plain_words()
        confusable = confusion_words()
        lowers = analysis.token_lower
        texts = analysis.token_texts
        is_word = analysis.is_word
        starts = analysis.token_starts
        for sentence in analysis.sentences:
            web: _WebRuns | None = None
            sentence_unknown: list[WordPart] = []
            for index in range(sentence.first_token, sentence.end_token):
                lower = lowers[index]
                # Hot path: most tokens are plain known words, one set look-up each.
                if lower in plain or not is_word[index] or lower[0].isdigit():
                    continue
                token = texts[index]
                initial = sentence.segment == "title" or _is_sentence_initial(
                    analysis, sentence, index
                )
                if token[0].isupper() and not initial:
                    continue  # a name, an acronym, a brand: never checked mid-sentence
                found: list[Finding] = []
                candidates: list[WordPart] = []
                if lower in confusable:
                    real_word = self._real_word_error(analysis, sentence, index, initial)
                    if real_word is not None:
                        found.append(real_word)
                else:
                    for part in _word_parts(token, starts[index]):
                        if part.text.lower() in plain:
                            continue
                        finding, is_unknown = self._check_part(analysis, part, initial)
                        if finding is not None:
                            found.append(finding)
                        elif is_unknown:
                            candidates.append(part)
                if not (found or candidates):
                    continue
                # Addresses, handles and hashtags are not prose: checked only on a hit.
                if web is None:
                    web = _WebRuns(analysis, sentence)
                if not web.covers(starts[index]):
                    findings.extend(found)
                    sentence_unknown.extend(candidates)
            if len(sentence_unknown) < FOREIGN_RUN:
                unknown.extend(sentence_unknown)
        # A document where many words are unknown is not English prose (or is junk): naming
        # a typo there would be a guess, and suggestions cost time, so none is made.
        budget = max(MIN_UNKNOWN_BUDGET, UNKNOWN_SHARE_BUDGET * analysis.word_count)
        if unknown and self.check_unknown_words and len(unknown) <= budget:
            facts = _document_facts(analysis)
            for part in unknown:
                finding = self._unknown_word(analysis, part, facts)
                if finding is not None:
                    findings.append(finding)
        findings.sort(key=lambda finding: (finding.start, finding.end))
        return tuple(findings)

    def _check_part(
        self, analysis: Analysis, part: WordPart, initial: bool
    ) -> tuple[Finding | None, bool]:
        """A known-misspelling finding for one word part, or whether it is an unknown word
        worth the (document-level) unknown-word check."""
        text = part.text
        lower = text.lower()
        is_lower = text == lower
        is_capitalised = text[0].isupper() and text[1:] == lower[1:]
        if not (is_lower or (initial and is_capitalised)):
            return None, False
        if len(lower) >= MIN_KNOWN_MISSPELLING_LENGTH:
            correction = known_misspellings().get(lower)
            if correction is not None:
                if not is_lower:
                    correction = correction[:1].upper() + correction[1:]
                message = f"'{text}' is a common misspelling of '{correction}'."
                finding = Finding.at(
                    analysis.text,
                    TyposScorer.name,
                    "misspelling",
                    part.start,
                    part.end,
                    message,
                    suggestion=correction,
                )
                return finding, False
        if not is_lower or len(lower) < MIN_UNKNOWN_LENGTH or "'" in lower:
            return None, False
        return None, not is_english(lower)

    def _unknown_word(
        self, analysis: Analysis, part: WordPart, facts: _DocumentFacts
    ) -> Finding | None:
        lower = part.text
        if facts.lower_counts[lower] > 1 or lower in facts.capitalised_mid_sentence:
            return None
        if is_common_foreign(lower):
            return None  # a quoted foreign word ("flamme rouge", "fika"), not a slip
        correction = suggest(lower)
        if correction is None:
            return None
        message = f"'{lower}' is not an English word; did you mean '{correction}'?"
        return Finding.at(
            analysis.text,
            TyposScorer.name,
            "misspelling",
            part.start,
            part.end,
            message,
            suggestion=correction,
        )

    @staticmethod
    def _following(analysis: Analysis, sentence: Sentence, index: int) -> str | None:
        """The next token lower-cased when it is a word or a number, else None."""
        following = index + 1
        if following >= sentence.end_token:
            return None
        token = analysis.token_lower[following]
        return token if analysis.is_word[following] or token[:1].isdigit() else None

    def _real_word_error(
        self, analysis: Analysis, sentence: Sentence, index: int, initial: bool
    ) -> Finding | None:
        if not self.check_real_words:
            return None
        token = analysis.token_texts[index]
        lower = analysis.token_lower[index].replace("’", "'")
        if token != analysis.token_lower[index] and not (initial and token[1:] == lower[1:]):
            return None
        left = _neighbour(analysis, index - 1, sentence)
        right = _neighbour(analysis, index + 1, sentence)
        verdict = judge(lower, left, right, min_log_ratio=self.min_log_ratio)
        if verdict is None and lower == "then" and left is not None:
            right_token = self._following(analysis, sentence, index)
            verdict = comparative_then(_neighbour(analysis, index - 2, sentence), left, right_token)
        if verdict is None or verdict.suggestion in (left, right):
            return None  # "longer then than": the fix would double a neighbouring word
        suggestion = verdict.suggestion
        if token != lower:
            suggestion = suggestion[:1].upper() + suggestion[1:]
        if math.isinf(verdict.log_ratio):
            message = f"'{token}' is a real word but wrong here: '{suggestion}' was meant."
        else:
            odds = math.exp(min(verdict.log_ratio, 50.0))
            message = (
                f"'{token}' is a real word but unlikely here: '{suggestion}' fits this "
                f"context about {odds:,.0f} times better."
            )
        return Finding.at(
            analysis.text,
            TyposScorer.name,
            "real_word_error",
            analysis.token_starts[index],
            analysis.token_ends[index],
            message,
            suggestion=suggestion,
        )
