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

Hot path: no Python code runs per token. The document's distinct lower-case forms are
split by set operations into known words (skipped), confusable words and unknown forms,
and each confusable word is kept only where a neighbour could give the bigram model
decisive evidence (:func:`credscore.confusion.decisive_neighbours`). Only the tokens left,
a few per document, go through the checks below, exactly as written, each distinct token
once (:func:`part_checks`, cached). Once a document holds more unknown words than its
budget (2% of its words), none will be reported: the rest of it is only looked up in the
known misspellings (:func:`known_part_checks`), so the lexicon tests a new word costs are
not paid there. Edit-distance work happens only for words already flagged, and not at all
in a document over its budget.

Sub-score: ``100 * exp(-rate / 7)`` where ``rate`` is errors (both kinds) per 1000 words,
counted over at least 300 words so that one slip in a short brief is not a verdict: no error
gives 100, one error per 1000 words about 87, five about 49. An article with no words gets a
neutral 50.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterator
from itertools import compress, count
from operator import not_

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.confusion import (
    CONTRACTION_POSSESSIVES,
    DEFAULT_MIN_LOG_RATIO,
    KEEP,
    Verdict,
    bigrams_favour_word,
    comparative_then,
    compound_rules,
    confusion_sets,
    context_rules,
    contraction_verdict,
    decisive_neighbours,
    judge,
    phrase_gates,
    phrase_rule_words,
    phrase_verdict,
    ungated_phrase_words,
    wide_phrase_words,
)
from credscore.model import Finding, ScorerResult
from credscore.resources import WORD_CACHE_SIZE
from credscore.senses import sense_verdict, sense_words, twin_cues
from credscore.spelling import (
    cognate_twin,
    core_words,
    is_common_foreign,
    is_english,
    known_misspellings,
    suggest,
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
# Decisions cached per distinct lower-case form, across documents (bounded).
FORM_CACHE_SIZE = WORD_CACHE_SIZE


# How the message of a rule's verdict (not the bigram model's odds) ends.
CERTAIN_ENDING = " was meant."
# The one confusable word with a check that needs no bigram evidence (comparative_then).
ALWAYS_CHECKED = frozenset(("then",))


@functools.cache
def always_checked() -> frozenset[str]:
    """Words checked wherever they stand: ``ALWAYS_CHECKED`` and the phrase-rule words with
    a rule that no neighbour list gates (:func:`credscore.confusion.ungated_phrase_words`)."""
    return ALWAYS_CHECKED.union(ungated_phrase_words())


@functools.lru_cache(maxsize=8)
def checked_neighbours(
    min_log_ratio: float,
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The neighbours next to which a confusable word can get a verdict: the bigram model's
    decisive neighbours and the phrase rules' (:func:`credscore.confusion.phrase_gates`),
    merged once so that a token costs one look-up per side."""
    merged = []
    for model, phrase in zip(decisive_neighbours(min_log_ratio), phrase_gates(), strict=True):
        gate = dict(model)
        for word, words in phrase.items():
            gate[word] = gate.get(word, _NO_WORDS).union(words)
        merged.append(gate)
    return merged[0], merged[1]


@functools.cache
def wide_context_words() -> frozenset[str]:
    """Words whose verdict may depend on tokens beyond their two neighbours (comparative
    "then", some phrase rules, the cleft check): a silent context of theirs is not
    remembered."""
    return ALWAYS_CHECKED.union(wide_phrase_words(), sense_words())


@functools.cache
def cased_context_words() -> frozenset[str]:
    """Words whose verdict depends on how their neighbours are written (phrase rules match
    lower-case words only): a silent context is remembered only with lower-case ones."""
    return phrase_rule_words().difference(wide_context_words())


_NO_WORDS: frozenset[str] = frozenset()

ASCII_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*['’]?")
RUN_RE = re.compile(r"\S+")
# A run of non-space characters that is an address, a handle or a hashtag, not prose.
WEB_RUN_RE = re.compile(r"[@#/\\_=]|www\.|[a-z]\.[a-z]{2}", re.IGNORECASE)
CONTRACTION_SUFFIXES = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")
OPENERS = frozenset("\"'“‘«(:[—–-")
# The pronoun "I" contracted ("I'm", "I’d"): always capitalised, never a name.
_I_CONTRACTIONS = ("I'", "I’")
# Punctuation that closes a phrase: a word before it ends the phrase.
_PHRASE_END = frozenset(".,;:!?)”’\"'—–")


def compound_finding(analysis: Analysis, index: int) -> Finding:
    """The finding for the compound token at ``index`` (one of :func:`compound_rules`): its
    wrong part, with the part meant as the suggestion."""
    token = analysis.token_texts[index]
    rule = compound_rules()[analysis.token_lower[index]]
    start = analysis.token_starts[index] + rule.start
    end = analysis.token_starts[index] + rule.end
    part = analysis.text[start:end]
    suggestion = rule.intended
    if part[:1].isupper():
        suggestion = suggestion[:1].upper() + suggestion[1:]
    message = f"'{part}' is a real word but wrong in '{token}': '{suggestion}' was meant."
    return Finding.at(
        analysis.text,
        TyposScorer.name,
        "real_word_error",
        start,
        end,
        message,
        suggestion=suggestion,
    )


# Tokens each way of a word that the sense cues read in its sentence and its neighbours.
SENSE_WINDOW = 40


class _DocumentIndex:
    """What the sense-cue check needs of a whole document, built on first use and once."""

    def __init__(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._starts: list[int] | None = None
        self._forms: frozenset[str] | None = None

    def sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [sentence.first_token for sentence in self._analysis.sentences]
        return self._starts

    def forms(self) -> frozenset[str]:
        if self._forms is None:
            self._forms = frozenset(self._analysis.token_lower)
        return self._forms


@attrs.frozen
class WordPart:
    """One checkable stretch of a token: a word, or one part of a hyphenated compound."""

    start: int
    end: int
    text: str


# WEB_RUN_RE's character class alone: a literal class is scanned fast, the three-way
# alternation under IGNORECASE is tried at every character.
_WEB_CHARACTER_RE = re.compile(r"[@#/\\_=]")


def _may_hold_web_run(text: str, start: int, end: int) -> bool:
    """False only when ``WEB_RUN_RE`` finds nothing in ``text[start:end]``, decided without
    the regex for most sentences (whose only full stop ends them)."""
    if _WEB_CHARACTER_RE.search(text, start, end) is not None:
        return True
    stop = text.find(".", start, end)
    if stop < 0:
        return False  # every alternative but the class needs a full stop
    if stop < end - 1:
        return True  # a full stop inside: let the regex decide
    # only a final full stop: "x.yz" cannot fit after it; "www." only if written before it
    return stop - start >= 3 and text[stop - 3 : stop].lower() == "www"


class _WebRuns:
    """URL-, e-mail-, handle- and hashtag-like runs of one sentence (see :func:`web_runs`)."""

    def __init__(self, runs: list[tuple[int, int]]) -> None:
        self.runs = runs
        self.starts = [run[0] for run in runs]

    def covers(self, position: int) -> bool:
        if not self.runs:
            return False
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and self.runs[index][0] <= position < self.runs[index][1]


_NO_WEB_RUNS = _WebRuns([])


def web_runs(analysis: Analysis, sentence: Sentence) -> _WebRuns:
    """The web runs of a sentence, found on first need. A web mark never holds white
    space, so it lies inside one run: a sentence without any (most) has no web run, and
    its runs need not be listed."""
    text = analysis.text
    if not _may_hold_web_run(text, sentence.start, sentence.end) or (
        WEB_RUN_RE.search(text, sentence.start, sentence.end) is None
    ):
        return _NO_WEB_RUNS
    return _WebRuns(
        [
            (match.start(), match.end())
            for match in RUN_RE.finditer(text, sentence.start, sentence.end)
            if WEB_RUN_RE.search(match.group())
        ]
    )


@functools.cache
def confusion_words() -> frozenset[str]:
    """Words the real-word check looks at: confusion-set members and context-rule words."""
    words = set(confusion_sets())
    for (left, right), (wrong, _) in context_rules().items():
        words.add(right if wrong else left)
    return frozenset(words.union(phrase_rule_words(), sense_words()))


def _is_plain(word: str) -> bool:
    """A word known to the core lexicon and in no confusion set or context rule."""
    return word in core_words() and word not in confusion_words()


def _word_parts(text: str, start: int) -> Iterator[WordPart]:
    """The parts of a token to check: split on hyphens, possessive and plural apostrophes
    removed ("Kim's", "films’"). Parts with digits, non-ASCII letters or inner apostrophes
    that are not contractions ("O'Brien") are not yielded."""
    if text.isascii() and text.isalpha():
        yield WordPart(start, start + len(text), text)  # most tokens: one plain part
        return
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


def _initial_positions(analysis: Analysis) -> set[int]:
    """The word tokens that open a sentence (after opening marks only) or stand in the
    headline: where a capitalised word may be checked (what ``_is_sentence_initial`` says
    of a word token, for all at once)."""
    initial: set[int] = set()
    texts = analysis.token_texts
    is_word = analysis.is_word
    for sentence in analysis.sentences:
        first, end = sentence.first_token, sentence.end_token
        if sentence.segment == "title":
            initial.update(range(first, end))
        elif first < end and is_word[first]:
            initial.add(first)  # most sentences
        else:
            for index in range(first, end):
                if is_word[index]:
                    initial.add(index)
                    break
                if texts[index] not in OPENERS:
                    break
    return initial


def _known_correction(text: str, initial: bool) -> str | None:
    """The known misspelling's correction of one word part (capitalised like the part):
    a lower-case part is looked up; a capitalised one only where ``initial`` (opening a
    sentence or in the headline)."""
    lower = text.lower()
    is_lower = text == lower
    if not (is_lower or (initial and text[0].isupper() and text[1:] == lower[1:])):
        return None
    if len(lower) < MIN_KNOWN_MISSPELLING_LENGTH:
        return None
    correction = known_misspellings().get(lower)
    if correction is not None and not is_lower:
        correction = correction[:1].upper() + correction[1:]
    return correction


def _part_check(text: str, initial: bool) -> tuple[str | None, bool]:
    """One word part: the known misspelling's correction (see :func:`_known_correction`),
    or whether the part is an unknown word worth the (document-level) unknown-word check:
    only a lower-case part can be one."""
    correction = _known_correction(text, initial)
    if correction is not None:
        return correction, False
    lower = text.lower()
    if text != lower or len(lower) < MIN_UNKNOWN_LENGTH or "'" in lower:
        return None, False
    return None, not is_english(lower)


# One reportable part of a token: its offsets in the token, its text (apostrophes made
# straight) and the known misspelling's correction, or None for an unknown word.
PartCheck = tuple[int, int, str, str | None]


@functools.lru_cache(maxsize=FORM_CACHE_SIZE)
def part_checks(token: str, initial: bool) -> tuple[PartCheck, ...]:
    """The parts of a (non-confusable) token that give a misspelling or an unknown-word
    candidate: the same for every occurrence of the token in the same position kind."""
    if token.isascii() and token.isalpha():  # most tokens: one plain part, the token
        if _is_plain(token.lower()):
            return ()
        correction, is_unknown = _part_check(token, initial)
        found = correction is not None or is_unknown
        return ((0, len(token), token, correction),) if found else ()
    checks: list[PartCheck] = []
    parts = list(_word_parts(token, 0))
    for index, part in enumerate(parts):
        if _is_plain(part.text.lower()):
            continue
        correction, is_unknown = _part_check(part.text, initial)
        if (correction is not None or is_unknown) and not _joins_a_word(parts, index):
            checks.append((part.start, part.end, part.text, correction))
    return tuple(checks)


def _joins_a_word(parts: list[WordPart], index: int) -> bool:
    """Whether a part of a hyphenated token makes an English word with the part before or
    after it: the hyphen splits one word ("pre-empting", "unco-operative", "out-moded")."""
    text = parts[index].text.lower()
    before = parts[index - 1].text.lower() + text if index > 0 else ""
    after = text + parts[index + 1].text.lower() if index + 1 < len(parts) else ""
    return any(
        joined.isalpha() and joined.isascii() and is_english(joined)
        for joined in (before, after)
        if joined
    )


@functools.lru_cache(maxsize=FORM_CACHE_SIZE)
def known_part_checks(token: str, initial: bool) -> tuple[PartCheck, ...]:
    """The known misspellings among :func:`part_checks`, found without its unknown-word
    test (the lexicon look-ups a first sight costs): what a document past its unknown-word
    budget still asks of each token."""
    if token.isascii() and token.isalpha():  # most tokens: one plain part, the token
        if _is_plain(token.lower()):
            return ()
        correction = _known_correction(token, initial)
        return () if correction is None else ((0, len(token), token, correction),)
    checks: list[PartCheck] = []
    parts = list(_word_parts(token, 0))
    for index, part in enumerate(parts):
        if _is_plain(part.text.lower()):
            continue
        correction = _known_correction(part.text, initial)
        if correction is not None and not _joins_a_word(parts, index):
            checks.append((part.start, part.end, part.text, correction))
    return tuple(checks)


_first_character = operator.itemgetter(0)


def _word_forms(forms: set[str]) -> set[str]:
    """The forms of word tokens (a token's first character is a word character exactly
    when its lower-case form's is) that do not open with a digit, tested in C."""
    ordered = list(forms)
    firsts = list(map(_first_character, ordered))
    word_like = map(operator.or_, map(str.isalnum, firsts), map("_".__eq__, firsts))
    not_digit = map(not_, map(str.isdigit, firsts))
    return set(compress(ordered, map(operator.and_, word_like, not_digit)))


def _neighbour(analysis: Analysis, index: int, sentence: Sentence) -> str | None:
    """The lower-cased word token at ``index`` if it is a plain word in the sentence."""
    if not sentence.first_token <= index < sentence.end_token:
        return None
    token = analysis.token_lower[index].replace("’", "'")
    return token if token.replace("'", "").isalpha() and token.isascii() else None


def _gated_through_quote(
    lowers: tuple[str, ...] | list[str],
    index: int,
    lefts: dict[str, frozenset[str]],
    rights: dict[str, frozenset[str]],
) -> bool:
    """Whether the word at ``index`` has a quotation mark beside it with a gate neighbour
    beyond it (see :func:`_neighbour_through_quote`)."""
    word = lowers[index]
    last = len(lowers) - 1
    if 0 < index < last and lowers[index - 1] in QUOTE_MARKS and lowers[index + 1] in QUOTE_MARKS:
        return False  # a word quoted alone: see _quoted_alone
    if (
        index >= 2
        and lowers[index - 1] in QUOTE_MARKS
        and lowers[index - 2] in lefts.get(word, _NO_WORDS)
    ):
        return True
    return (
        index + 2 <= last
        and lowers[index + 1] in QUOTE_MARKS
        and lowers[index + 2] in rights.get(word, _NO_WORDS)
    )


# Quotation marks a neighbour is looked for through: a quoted phrase inside a sentence goes
# on from the words before it ("called it a “breech of trust”", "the so-called ‘loose’ end").
QUOTE_MARKS = frozenset("\"'“”‘’«»")


def _quoted_alone(analysis: Analysis, index: int, sentence: Sentence) -> bool:
    """Whether the token at ``index`` has a quotation mark on both sides ("“knew”")."""
    texts = analysis.token_texts
    return (
        sentence.first_token < index < sentence.end_token - 1
        and texts[index - 1] in QUOTE_MARKS
        and texts[index + 1] in QUOTE_MARKS
    )


def _neighbour_through_quote(
    analysis: Analysis, index: int, step: int, sentence: Sentence
) -> str | None:
    """:func:`_neighbour` at ``index``, or when that token is a quotation mark, the word
    one token further (``step``: -1 leftwards, +1 rightwards)."""
    if (
        sentence.first_token <= index < sentence.end_token
        and analysis.token_texts[index] in QUOTE_MARKS
    ):
        index += step
    return _neighbour(analysis, index, sentence)


@attrs.define
class _DocumentFacts:
    """Document-wide facts the unknown-word check needs, computed once per document."""

    lower_counts: Counter[str]
    capitalised_mid_sentence: set[str]


def _document_facts(analysis: Analysis, words: set[str]) -> _DocumentFacts:
    """For the lower-case ``words``: how often each is written in lower case, and which
    are written capitalised after a sentence's first word (the other words of the document
    are not looked at)."""
    lowers = analysis.token_lower
    texts = analysis.token_texts
    is_word = analysis.is_word
    sentences = analysis.sentences
    sentence_starts = [sentence.first_token for sentence in sentences]
    first_words: dict[int, int] = {}
    lower_counts: Counter[str] = Counter()
    capitalised: set[str] = set()
    for index in [index for index, lower in enumerate(lowers) if lower in words]:
        which = bisect.bisect_right(sentence_starts, index) - 1
        if which < 0 or index >= sentences[which].end_token or not is_word[index]:
            continue
        lower = lowers[index]
        if texts[index] == lower:
            lower_counts[lower] += 1
            continue
        first_word = first_words.get(which)
        if first_word is None:
            first_word = is_word.index(True, sentences[which].first_token, index + 1)
            first_words[which] = first_word
        if index != first_word:
            capitalised.add(lower)
    return _DocumentFacts(lower_counts, capitalised)


# Where a word part stands in the document and its text: (start, end, text).
Spot = tuple[int, int, str]


# Confusable-word contexts that gave no real-word error: (threshold, left, word, right),
# each token lower-cased. Filled only while real words are checked; bounded.
SilentContext = tuple[float, str, str, str]
_silent_contexts: set[SilentContext] = set()


NEIGHBOUR_REACH = 40  # characters searched for the word on either side


def _next_to_accented_word(text: str, start: int, end: int) -> bool:
    """Whether the word just before or just after ``text[start:end]``, with no punctuation
    between, has a letter outside ASCII: unknown words beside such a word belong to a
    foreign name or phrase."""
    before = text[max(0, start - NEIGHBOUR_REACH) : start].split()
    after = text[end : end + NEIGHBOUR_REACH].split()
    # a neighbour across punctuation ("Ouédraogo, the ...") is in another phrase
    previous = before[-1] if before and before[-1][-1].isalnum() else ""
    neighbours = (previous, after[0] if after else "")
    return any(
        not character.isascii() and character.isalpha() for word in neighbours for character in word
    )


def _dropped_g(text: str, lower: str, end: int) -> bool:
    """An "-in" word whose apostrophe marks the g the speaker dropped ("nothin'", "goin'"):
    the word with its "g" is English."""
    return lower.endswith("in") and text[end : end + 1] in ("'", "’") and is_english(lower + "g")


# Words on each side of a foreign-looking word that must be English for it to be a slip.
COGNATE_CONTEXT_WORDS = 2


def _english_cognate_slip(text: str, start: int, end: int) -> bool:
    """Whether a word that is common abroad is an English word spelled with a foreign
    ending ("irresponsable") in English prose: it has an English twin
    (:func:`credscore.spelling.cognate_twin`) and the words around it, up to
    ``COGNATE_CONTEXT_WORDS`` on each side, are English (a foreign phrase has foreign
    neighbours: "c'est totalement irresponsable")."""
    if cognate_twin(text[start:end].lower()) is None:
        return False
    before = text[max(0, start - NEIGHBOUR_REACH) : start].split()[-COGNATE_CONTEXT_WORDS:]
    after = text[end : end + NEIGHBOUR_REACH].split()[:COGNATE_CONTEXT_WORDS]
    for run in (*before, *after):
        word = run.strip(".,;:!?\"'“”‘’()[]«»—–-").replace("’", "'")
        if not word:
            continue
        if not word.isascii():
            return False
        letters = word.lower().removesuffix("'s")
        if letters.isalpha() and (
            not is_english(letters) or (letters not in core_words() and is_common_foreign(letters))
        ):
            return False
    return True


def _known_misspelling(analysis: Analysis, spot: Spot, correction: str) -> Finding:
    start, end, text = spot
    message = f"'{text}' is a common misspelling of '{correction}'."
    return Finding.at(
        analysis.text, TyposScorer.name, "misspelling", start, end, message, suggestion=correction
    )


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
        unknown: list[Spot] = []
        # A document where many words are unknown is not English prose (or is junk): naming
        # a typo there would be a guess, and suggestions cost time, so none is made.
        budget = max(MIN_UNKNOWN_BUDGET, UNKNOWN_SHARE_BUDGET * analysis.word_count)
        initial = _initial_positions(analysis)
        word_positions, confusable_positions, compounds = self._candidate_positions(
            analysis, initial
        )
        if compounds:
            self._check_compounds(analysis, compounds, initial, findings)
        self._check_positions(
            analysis,
            word_positions,
            confusable_positions,
            initial,
            budget if self.check_unknown_words else -1.0,
            findings,
            unknown,
        )
        if unknown and self.check_unknown_words and len(unknown) <= budget:
            facts = _document_facts(analysis, {spot[2] for spot in unknown})
            for spot in unknown:
                finding = self._unknown_word(analysis, spot, facts)
                if finding is not None:
                    findings.append(finding)
        findings.sort(key=lambda finding: (finding.start, finding.end))
        return tuple(findings)

    def _candidate_positions(
        self, analysis: Analysis, initial: set[int]
    ) -> tuple[list[int], list[int], set[str]]:
        """The tokens worth the per-token checks: unknown words and confusable words, each
        ascending, and the document's compounds with a compound rule. Every other token is
        shown to give nothing by decisions on the document's distinct lower-case forms: a
        known, not confusable word; a form none of whose spellings here has anything to
        report; a capitalised word inside a sentence; a confusable word without a neighbour
        that could give the bigram model evidence (or a sense-cue word without a cue of its
        twin in the document).
        Per token, only C-level passes (map, compress, set look-ups)."""
        lowers = analysis.token_lower
        forms = set(lowers)
        confusable = confusion_words()
        unknown_forms = _word_forms(forms.difference(core_words()))
        unknown_forms.difference_update(confusable)
        compounds: set[str] = set()
        if self.check_real_words:
            compounds = forms.intersection(compound_rules())
        relevant: set[str] = set()
        lefts: dict[str, frozenset[str]] = {}
        rights: dict[str, frozenset[str]] = {}
        anywhere = always_checked()
        if self.check_real_words:
            lefts, rights = checked_neighbours(self.min_log_ratio)
            # a word with sense cues is looked at wherever it stands when the document
            # holds a cue of its twin (a few words per document)
            cues_of_twins = twin_cues()
            anywhere = anywhere.union(
                form
                for form in forms.intersection(cues_of_twins)
                if not cues_of_twins[form].isdisjoint(forms)
            )
            relevant = {
                form
                for form in forms.intersection(confusable)
                if form in anywhere
                or not lefts.get(form, _NO_WORDS).isdisjoint(forms)
                or not rights.get(form, _NO_WORDS).isdisjoint(forms)
            }
        watched = unknown_forms.union(relevant)
        if not watched:
            return [], [], compounds
        positions = list(compress(count(), map(watched.__contains__, lowers)))
        # A capitalised word is checked only where it opens a sentence or in the headline.
        capitalised = analysis.is_capitalised
        positions = [index for index in positions if not capitalised[index] or index in initial]
        forms_at = list(map(lowers.__getitem__, positions))
        is_unknown = list(map(unknown_forms.__contains__, forms_at))
        # Unknown forms are not judged here: judging costs lexicon look-ups at a form's
        # first sight, and a document past its unknown-word budget (see _check_words)
        # needs them only for the tokens before that point.
        word_positions = list(compress(positions, is_unknown))
        if not relevant:
            return word_positions, [], compounds
        # A confusable word needs a neighbour with bigram evidence (or a rule) for a verdict,
        # maybe beyond a quotation mark.
        last = len(lowers) - 1
        confusable_positions = [
            index
            for index in compress(positions, map(not_, is_unknown))
            if lowers[index] in anywhere
            or lowers[index - 1] in lefts.get(lowers[index], _NO_WORDS)
            or (index < last and lowers[index + 1] in rights.get(lowers[index], _NO_WORDS))
            or (
                (
                    lowers[index - 1] in QUOTE_MARKS
                    or (index < last and lowers[index + 1] in QUOTE_MARKS)
                )
                and _gated_through_quote(lowers, index, lefts, rights)
            )
        ]
        return word_positions, confusable_positions, compounds

    @staticmethod
    def _check_compounds(
        analysis: Analysis, compounds: set[str], initial: set[int], findings: list[Finding]
    ) -> None:
        """Compounds with a wrong part ("risk-adverse"): the part is the finding."""
        sentences = analysis.sentences
        sentence_starts = [sentence.first_token for sentence in sentences]
        texts = analysis.token_texts
        for index, lower in enumerate(analysis.token_lower):
            if lower not in compounds:
                continue
            which = bisect.bisect_right(sentence_starts, index) - 1
            if which < 0 or index >= sentences[which].end_token:
                continue  # not in a sentence: not article text
            token = texts[index]
            if token != lower and not (index in initial and token[1:] == lower[1:]):
                continue  # a name ("Free-Reign Stables"), not a slip
            if web_runs(analysis, sentences[which]).covers(analysis.token_starts[index]):
                continue  # an address or a handle, not prose
            findings.append(compound_finding(analysis, index))

    def _check_positions(
        self,
        analysis: Analysis,
        word_positions: list[int],
        confusable_positions: list[int],
        initial_positions: set[int],
        budget: float,
        findings: list[Finding],
        unknown: list[Spot],
    ) -> None:
        """The per-token checks: findings, and unknown-word candidates of sentences that
        are not runs of unknown (likely foreign) words, collected only while there are at
        most ``budget`` of them (past it they are never used)."""
        if confusable_positions:
            self._check_confusable(analysis, confusable_positions, initial_positions, findings)
        if word_positions:
            self._check_words(
                analysis, word_positions, initial_positions, budget, findings, unknown
            )

    def _check_words(
        self,
        analysis: Analysis,
        positions: list[int],
        initial_positions: set[int],
        budget: float,
        findings: list[Finding],
        unknown: list[Spot],
    ) -> None:
        """Misspellings and unknown-word candidates at ``positions`` (not confusable; a
        capitalised one opens a sentence or stands in the headline). Once more than
        ``budget`` unknown words are collected, only known misspellings are looked for."""
        texts = analysis.token_texts
        starts = analysis.token_starts
        sentences = analysis.sentences
        sentence_starts = [sentence.first_token for sentence in sentences]
        # per position, in C: its sentence (as bisect_right gives it: the index plus one)
        # and the checks its token needs
        keys = list(map(functools.partial(bisect.bisect_right, sentence_starts), positions))
        initials = list(map(initial_positions.__contains__, positions))
        tokens = list(map(texts.__getitem__, positions))
        checks = map(part_checks, tokens, initials)
        current = 0
        end_token = -1
        web: _WebRuns | None = None
        sentence_unknown: list[Spot] = []
        for step, token_checks in enumerate(checks):
            if not token_checks:
                continue
            index, key = positions[step], keys[step]
            if key != current:
                if len(sentence_unknown) < FOREIGN_RUN:
                    unknown.extend(sentence_unknown)
                    if len(unknown) > budget:
                        # over budget for good: the rest only for known misspellings
                        known = map(known_part_checks, tokens[step:], initials[step:])
                        self._check_known(analysis, positions[step:], keys[step:], known, findings)
                        return
                current, web, sentence_unknown = key, None, []
                end_token = sentences[key - 1].end_token if key else -1
            if index >= end_token:
                continue  # not in a sentence: not article text
            # Addresses, handles and hashtags are not prose: checked only on a hit.
            if web is None:
                web = web_runs(analysis, sentences[key - 1])
            start = starts[index]
            if web.covers(start):
                continue
            for part_start, part_end, text, correction in token_checks:
                spot = (start + part_start, start + part_end, text)
                if correction is None:
                    sentence_unknown.append(spot)
                elif not _dropped_g(analysis.text, text.lower(), spot[1]):
                    findings.append(_known_misspelling(analysis, spot, correction))
        if len(sentence_unknown) < FOREIGN_RUN:
            unknown.extend(sentence_unknown)

    @staticmethod
    def _check_known(
        analysis: Analysis,
        positions: list[int],
        keys: list[int],
        known: Iterator[tuple[PartCheck, ...]],
        findings: list[Finding],
    ) -> None:
        """Known misspellings at ``positions`` (``keys``: their sentences, as in
        :meth:`_check_words`)."""
        sentences = analysis.sentences
        webs: dict[int, _WebRuns] = {}
        for step, known_checks in enumerate(known):
            if not known_checks:
                continue
            index, key = positions[step], keys[step]
            if not key or index >= sentences[key - 1].end_token:
                continue  # not in a sentence: not article text
            web = webs.get(key)
            if web is None:
                web = webs[key] = web_runs(analysis, sentences[key - 1])
            start = analysis.token_starts[index]
            if web.covers(start):
                continue
            for part_start, part_end, text, correction in known_checks:
                assert correction is not None
                spot = (start + part_start, start + part_end, text)
                if not _dropped_g(analysis.text, text.lower(), spot[1]):
                    findings.append(_known_misspelling(analysis, spot, correction))

    def _check_confusable(
        self,
        analysis: Analysis,
        positions: list[int],
        initial_positions: set[int],
        findings: list[Finding],
    ) -> None:
        """Real-word errors at ``positions`` (confusable words). Inside a sentence, a
        lower-case word's verdict depends only on it and its two neighbours (and the
        threshold): a context found silent is remembered for the process (bounded), as
        news repeats its contexts ("there are", "their own") far more than its words."""
        lowers = analysis.token_lower
        texts = analysis.token_texts
        sentences = analysis.sentences
        sentence_starts = [sentence.first_token for sentence in sentences]
        ratio = self.min_log_ratio
        wide = wide_context_words()
        cased = cased_context_words()
        webs: dict[int, _WebRuns] = {}
        document = _DocumentIndex(analysis)
        # the last finding's token and whether a rule (not the bigram model) made it: of two
        # neighbouring flags, a bigram verdict drawn from a word a rule names wrong ("an
        # [our]": the article judged against the slip beside it) is dropped
        previous: tuple[int, bool] = (-2, False)
        for index in positions:
            which = bisect.bisect_right(sentence_starts, index) - 1
            if which < 0:
                continue
            sentence = sentences[which]
            if index >= sentence.end_token:
                continue  # not in a sentence: not article text
            token = texts[index]
            lower = lowers[index]
            initial = index in initial_positions
            if token[0].isupper() and not initial:
                continue  # a name, an acronym, a brand: never checked mid-sentence
            context: SilentContext | None = None
            if (
                token == lower
                and lower not in wide
                and sentence.first_token < index < sentence.end_token - 1
                and lowers[index - 1] not in QUOTE_MARKS
                and lowers[index + 1] not in QUOTE_MARKS
                and (
                    lower not in cased
                    or (
                        texts[index - 1] == lowers[index - 1]
                        and texts[index + 1] == lowers[index + 1]
                    )
                )
            ):
                context = (ratio, lowers[index - 1], lower, lowers[index + 1])
                if context in _silent_contexts:
                    continue
            finding = self._real_word_error(analysis, sentence, index, initial, document)
            if finding is None:
                if (
                    context is not None
                    and self.check_real_words
                    and len(_silent_contexts) < FORM_CACHE_SIZE
                ):
                    _silent_contexts.add(context)
                continue
            # Addresses, handles and hashtags are not prose: checked only on a hit.
            web = webs.get(which)
            if web is None:
                web = webs[which] = web_runs(analysis, sentence)
            if web.covers(analysis.token_starts[index]):
                continue
            certain = finding.message.endswith(CERTAIN_ENDING)
            if previous[0] == index - 1 and previous[1] != certain:
                if not certain:
                    continue
                findings.pop()
            findings.append(finding)
            previous = (index, certain)

    def _unknown_word(
        self, analysis: Analysis, spot: Spot, facts: _DocumentFacts
    ) -> Finding | None:
        start, end, lower = spot
        if facts.lower_counts[lower] > 1 or lower in facts.capitalised_mid_sentence:
            return None
        if is_common_foreign(lower) and not _english_cognate_slip(analysis.text, start, end):
            return None  # a quoted foreign word ("flamme rouge", "fika"), not a slip
        if _dropped_g(analysis.text, lower, end):
            return None  # speech written as spoken ("nothin'", "goin'"), not a slip
        if _next_to_accented_word(analysis.text, start, end):
            return None  # part of a foreign name or phrase ("Krušné hory", "Živá voda")
        correction = suggest(lower)
        if correction is None:
            return None
        message = f"'{lower}' is not an English word; did you mean '{correction}'?"
        return Finding.at(
            analysis.text,
            TyposScorer.name,
            "misspelling",
            start,
            end,
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

    @staticmethod
    def _ends_phrase(analysis: Analysis, sentence: Sentence, index: int) -> bool:
        """Whether the token at ``index`` ends its sentence or stands before punctuation
        that closes a phrase."""
        following = index + 1
        return following >= sentence.end_token or analysis.token_texts[following] in _PHRASE_END

    @staticmethod
    def _grammar_verdict(
        analysis: Analysis, sentence: Sentence, index: int, lower: str, right: str | None
    ) -> Verdict | None:
        """A phrase rule's or the contraction check's verdict on the word at ``index``."""
        lowers = analysis.token_lower
        texts = analysis.token_texts
        first, end = sentence.first_token, sentence.end_token

        def token_at(offset: int) -> str | None:
            """The token lower-cased if written so, opening the sentence or the pronoun
            "I" ("I'm", "I'd"): a capitalised word inside it ("its A rating", "Arsenal who
            lead") is a name and matches no rule's lower-case word."""
            position = index + offset
            if position == first - 1:
                return None
            if not first <= position < end:
                return ""
            token = texts[position]
            if position == first or token == "I" or token.startswith(_I_CONTRACTIONS):
                token = lowers[position]
            return token.replace("’", "'")

        verdict = phrase_verdict(lower, token_at)
        if (
            verdict is None
            and lower in CONTRACTION_POSSESSIVES
            and right is not None
            and analysis.token_texts[index + 1] == right  # a lower-case word, not a name
        ):
            after_right = _neighbour(analysis, index + 2, sentence)
            left = _neighbour(analysis, index - 1, sentence)
            verdict = contraction_verdict(left, lower, right, after_right)
        return verdict

    @staticmethod
    def _sense_verdict(
        analysis: Analysis,
        document: _DocumentIndex,
        sentence: Sentence,
        index: int,
        lower: str,
        left: str | None,
        right: str | None,
    ) -> Verdict | None:
        """The twin whose sense cues surround the word (:mod:`credscore.senses`), where the
        bigram model holds no evidence for the written word."""
        lowers = analysis.token_lower
        sentences = analysis.sentences
        which = bisect.bisect_right(document.sentence_starts(), index) - 1
        # at most SENSE_WINDOW tokens each way, so that a word costs O(1) in any sentence
        own = lowers[
            max(sentence.first_token, index - SENSE_WINDOW) : min(
                sentence.end_token, index + SENSE_WINDOW + 1
            )
        ]
        around: list[str] = []
        if which > 0:
            before = sentences[which - 1]
            start = max(before.first_token, before.end_token - SENSE_WINDOW)
            around.extend(lowers[start : before.end_token])
        if which + 1 < len(sentences):
            after = sentences[which + 1]
            around.extend(
                lowers[after.first_token : min(after.end_token, after.first_token + SENSE_WINDOW)]
            )
        twin = sense_verdict(lower, own, around, (left, right), document.forms())
        if twin is None or bigrams_favour_word(lower, twin, left, right):
            return None
        return Verdict(twin, math.inf)

    def _real_word_error(
        self,
        analysis: Analysis,
        sentence: Sentence,
        index: int,
        initial: bool,
        document: _DocumentIndex,
    ) -> Finding | None:
        if not self.check_real_words:
            return None
        token = analysis.token_texts[index]
        lower = analysis.token_lower[index].replace("’", "'")
        if token != analysis.token_lower[index] and not (initial and token[1:] == lower[1:]):
            return None
        left = _neighbour(analysis, index - 1, sentence)
        right = _neighbour(analysis, index + 1, sentence)
        verdict = self._grammar_verdict(analysis, sentence, index, lower, right)
        if verdict is not None and verdict.suggestion == KEEP:
            return None  # a phrase rule finds the word right here ("to effect change")
        if verdict is None:
            # the bigram model reads through a quotation mark ("a “breech of trust”"), not
            # around a word quoted alone (a mention or a label: rate it "buy")
            texts = analysis.token_texts
            before_quote = left is None and texts[index - 1] in QUOTE_MARKS
            after_quote = (
                right is None and index + 1 < len(texts) and texts[index + 1] in QUOTE_MARKS
            )
            if (before_quote or after_quote) and not _quoted_alone(analysis, index, sentence):
                if before_quote:
                    left = _neighbour_through_quote(analysis, index - 1, -1, sentence)
                if after_quote:
                    right = _neighbour_through_quote(analysis, index + 1, 1, sentence)
            verdict = judge(lower, left, right, min_log_ratio=self.min_log_ratio)
        if verdict is not None and lower == "too" and self._ends_phrase(analysis, sentence, index):
            return None  # "has a cost too.": the adverb closes a phrase, "to" never does
        if verdict is None and lower == "then" and left is not None:
            right_token = self._following(analysis, sentence, index)
            verdict = comparative_then(_neighbour(analysis, index - 2, sentence), left, right_token)
        if verdict is None and lower in sense_words():
            verdict = self._sense_verdict(analysis, document, sentence, index, lower, left, right)
        if verdict is None or verdict.suggestion in (left, right):
            return None  # "longer then than": the fix would double a neighbouring word
        suggestion = verdict.suggestion
        if token != analysis.token_lower[index]:  # capitalised ("it’s" is lower-case)
            suggestion = suggestion[:1].upper() + suggestion[1:]
        if math.isinf(verdict.log_ratio):
            message = f"'{token}' is a real word but wrong here: '{suggestion}'{CERTAIN_ENDING}"
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
