"""Sense cues: evidence for a real-word error beyond one bigram (Golding-style context
words), for the contexts where the bigram model of :mod:`credscore.confusion` is silent.

"The pole in one district was 50 votes out": "the pole" and "pole in" are as common as
"the poll" and "poll in", so no bigram decides; but "votes" signals the sense of "poll" (a
vote count) and nothing in the sentence signals a "pole" (a flag, a vault, the Arctic).
``data/typos/sense_cues.txt`` lists, for members of the confusion sets, words that signal
each member's sense (from dictionary definitions). A word is named wrong when

* its twin has a cue list and the word has one too (a word with no list is never judged);
* the word's sentence and the sentences just before and after hold at least ``MIN_CUES``
  distinct cues of the twin, or one stands right beside the word ("a distress flair"), or
  (for a word rarer than the bigram list's floor: seldom written at all, and where it is
  right its sense is seldom left unnamed) one stands in its own sentence;
* none of its own cues and none of its twins stands in the sentence or its two neighbours
  (any sign of the written sense keeps it; both words at hand are told apart);
* or the word is rarer than the bigram list's floor, the document holds ``DOCUMENT_CUES``
  distinct cues of one twin and none of the word's own anywhere (the page is about the
  twin's sense: "tenets" in a report on landlords, rents and evictions);
* a word as frequent as ``FREQUENT_WORD`` ("course") is judged only with a twin's cue
  right beside it ("the course sugar"): its many senses are not all listed;
* exactly one twin has the most cues (a tie is no verdict).

The caller asks only where the bigram model found no evidence for the written word.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from credscore.confusion import BIGRAM_FLOOR, confusion_sets
from credscore.resources import read_lines
from credscore.spelling import word_counts

# Distinct twin cues the sentence and its neighbours need, unless one stands beside the word.
MIN_CUES = 2
# Distinct twin cues a whole document needs to name a rare word's twin with no cue nearby.
DOCUMENT_CUES = 3
# Words at least this frequent (Google Books unigram count) have senses the lists cannot
# cover: judged only with a twin's cue as a neighbour.
FREQUENT_WORD = 50_000_000
# A cue line opening with this names a word that is only ever the word meant.
TWIN_ONLY = "~"


@functools.cache
def _cue_lines() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each word with a cue line -> (its cues, its cues that only keep it: after "|")."""
    lines: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for line in read_lines("typos/sense_cues.txt"):
        word, colon, words = line.partition(":")
        accusing, _, keeping = words.partition("|")
        if not colon or not accusing.split():
            raise ValueError(f"bad sense-cue line: {line!r}")
        lines[word.strip().lower().removeprefix(TWIN_ONLY)] = (
            frozenset(accusing.lower().split()),
            frozenset(keeping.lower().split()),
        )
    return lines


@functools.cache
def sense_cues() -> dict[str, frozenset[str]]:
    """Each word with a cue line -> the cues that may name it as the word meant (before
    "|"): specific to its sense."""
    return {word: cues for word, (cues, _) in _cue_lines().items()}


@functools.cache
def keeping_cues() -> dict[str, frozenset[str]]:
    """Each word with a cue line -> all its cues: any of them near the word keeps it
    (after "|" stand words of its sense too common elsewhere to name it)."""
    return {word: cues | keeping for word, (cues, keeping) in _cue_lines().items()}


@functools.cache
def twin_only_words() -> frozenset[str]:
    """Words whose cue line opens with ``~``: named as the word meant, never judged
    themselves (too many senses: "council" is also a council's lawyer's employer)."""
    return frozenset(
        line.partition(":")[0].strip().lower().removeprefix(TWIN_ONLY)
        for line in read_lines("typos/sense_cues.txt")
        if line.startswith(TWIN_ONLY)
    )


@functools.cache
def sense_only_pairs() -> dict[str, frozenset[str]]:
    """data/typos/sense_pairs.txt: each word -> its partners judged by sense cues only
    (never by the bigram model)."""
    pairs: dict[str, set[str]] = {}
    for line in read_lines("typos/sense_pairs.txt"):
        members = line.lower().split()
        for member in members:
            pairs.setdefault(member, set()).update(other for other in members if other != member)
    return {word: frozenset(others) for word, others in pairs.items()}


@functools.cache
def sense_twins() -> dict[str, tuple[str, ...]]:
    """Each judged word (with cues, not twin-only) -> its confusion-set alternatives that
    have cues too."""
    cues = sense_cues()
    sets = confusion_sets()
    pairs = sense_only_pairs()
    twins: dict[str, tuple[str, ...]] = {}
    for word in cues.keys() - twin_only_words():
        members = (*sets.get(word, ()), *sorted(pairs.get(word, frozenset())))
        alternatives = tuple(dict.fromkeys(other for other in members if other in cues))
        if alternatives:
            twins[word] = alternatives
    return twins


@functools.cache
def twin_cues() -> dict[str, frozenset[str]]:
    """Each judged word -> the union of its twins' cues: a document without one of them
    needs no look at the word."""
    cues = sense_cues()
    return {
        word: frozenset().union(*(cues[twin] for twin in twins))
        for word, twins in sense_twins().items()
    }


def sense_words() -> frozenset[str]:
    """The words this check can name wrong."""
    return frozenset(sense_twins())


def sense_verdict(
    word: str,
    sentence: Iterable[str],
    neighbours: Iterable[str],
    beside: tuple[str | None, str | None],
    document: frozenset[str] = frozenset(),
) -> str | None:
    """The twin ``word`` was written for, or None. ``sentence``: the lower-case tokens of
    its sentence (the word itself may be among them); ``neighbours``: those of the
    sentences just before and after; ``beside``: its left and right neighbours;
    ``document``: the document's lower-case forms (empty: not used)."""
    twins = sense_twins().get(word)
    if not twins:
        return None
    cues = sense_cues()
    own = keeping_cues()[word]
    here = set(sentence)
    around = set(neighbours)
    if not own.isdisjoint(here) or not own.isdisjoint(around):
        return None
    if not here.isdisjoint(twins) or not around.isdisjoint(twins):
        return None  # both words at hand: a writer who tells them apart ("X, not Y")
    word_count = word_counts().get(word, 0)
    if word_count < BIGRAM_FLOOR and document and own.isdisjoint(document):
        # a rare word in a document all about its twin's sense ("tenets" in a report on
        # landlords, rents and evictions) and never about its own
        topical = [twin for twin in twins if len(cues[twin] & document) >= DOCUMENT_CUES]
        if len(topical) == 1:
            return topical[0]
    frequent = word_count >= FREQUENT_WORD
    rare = word_count < BIGRAM_FLOOR
    adjacent = {token for token in beside if token}
    best: str | None = None
    best_count = 0
    tie = False
    for twin in twins:
        twin_words = cues[twin]
        count = len(twin_words.intersection(here | around))
        enough = count >= MIN_CUES or (rare and not twin_words.isdisjoint(here))
        if twin_words.isdisjoint(adjacent) and (frequent or not enough):
            continue
        if count > best_count:
            best, best_count, tie = twin, count, False
        elif count == best_count:
            tie = True
    return None if tie else best
