"""Quoted stretches of an article: where direct quotations (and other quoted text) are.

:func:`find_quoted` pairs quotation marks paragraph by paragraph and returns every quoted
stretch, outermost only, without its marks:

* double marks — straight ``"``, curly ``“ ”``, low ``„``, guillemets ``« »`` — and single
  marks used as quotation marks (``‘Close-Minded’``, British-style ``‘We will,’ she said``),
  without mistaking apostrophes for them: a mark between two letters ("don't", "Kim’s") is
  never a quotation mark, and an elision ("’90s", "’em", "rock ’n’ roll") never opens one;
* nested quotations: marks of the other family inside an open quotation are part of it;
* news-style multi-paragraph quotations: a paragraph that opens a quotation and does not
  close it continues in the next paragraph when that paragraph opens with a quotation mark.
  Each paragraph's piece is its own stretch (``continues`` links it to the previous one), so
  a stretch never contains a quotation mark of its own quotation.

Not every quoted stretch is a quotation: titles of works, scare quotes and coined terms are
quoted too. :func:`looks_like_name_or_term` is the local evidence for that (Title Case, short,
preceded by "the film", "called", "so-called"...); the sourcing scorer combines it with
attribution evidence to decide which stretches are direct quotations.

Everything here is linear in the text length: one compiled regex finds the candidate marks
and a single left-to-right pass pairs them. :class:`QuoteIndex` answers "is this offset
inside a quotation" in O(log n).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from credscore.resources import read_lines

DOUBLE_MARKS = frozenset('"“”„‟«»')
SINGLE_MARKS = frozenset("'‘’‚‛‹›")
OPENING_ONLY = frozenset("“„‟«‘‚‛‹")
CLOSING_ONLY = frozenset("”»›")

# Candidate quotation marks. A single mark between two word characters ("don't", "Kim’s")
# is an apostrophe and is not matched at all. The pattern opens with one character class, so
# the engine skips ahead to the next mark at C speed; the look-behind (fixed width) then
# rejects a single mark with a word character on both sides. Linear whatever the input.
MARK_RE = re.compile(r"[\"“”„‟«»'‘’‚‛‹›](?<!\w['‘’‚‛‹›](?=\w))")

# Elisions that begin with an apostrophe: "’90s", "’em", "’til", "rock ’n’ roll".
ELISION_RE = re.compile(r"(?:\d\d?s?|em|til|cause|n|tis|twas|bout|round|s|t|d|ll|re|ve)\b", re.I)

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
# Words of a title that may stay lower-case in Title Case ("The Lovers and the Despot").
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)
# Words skipped when looking back from an opening mark for a naming word ("known as “X”",
# "called it “X”").
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
    ]
)
# Naming verbs: a long lower-case stretch after them is a partial quotation, not a name.
NAMING_VERBS = frozenset(
    [
        "called",
        "call",
        "calls",
        "dubbed",
        "named",
        "nicknamed",
        "labelled",
        "labeled",
        "termed",
        "described",
    ]
)
NAMING_FILLERS = frozenset(
    [
        "as",
        "the",
        "a",
        "an",
        "it",
        "him",
        "her",
        "them",
        "itself",
        "himself",
        "herself",
        "his",
        "its",
        "their",
        "of",
    ]
)


@attrs.frozen
class QuotedStretch:
    """One quoted stretch: ``[start, end)`` is the text inside the marks, trimmed.

    ``open_mark`` / ``close_mark`` are the offsets of the marks (``close_mark`` is ``None``
    when the quotation runs on into the next paragraph or is never closed); ``continues`` is
    true for the later pieces of a multi-paragraph quotation; ``family`` is ``"double"`` or
    ``"single"``.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    family: str
    continues: bool = False


def _family(mark: str) -> str:
    return "double" if mark in DOUBLE_MARKS else "single"


def _is_elision(text: str, position: int, end: int) -> bool:
    """A single mark at ``position`` that starts an elided word ("’90s", "’em")."""
    return ELISION_RE.match(text, position + 1, end) is not None


def _can_open(text: str, position: int, end: int, mark: str) -> bool:
    if mark in CLOSING_ONLY:
        return False
    following = text[position + 1] if position + 1 < end else ""
    if not following or following.isspace():
        return False
    if mark in SINGLE_MARKS:
        previous = text[position - 1] if position > 0 else ""
        if previous.isalnum():
            return False
        return not _is_elision(text, position, end)
    # A straight mark right after a digit is an inch mark: 12"
    return not (mark == '"' and position > 0 and text[position - 1].isdigit())


def _can_close(text: str, position: int, start: int, mark: str) -> bool:
    if mark in OPENING_ONLY:
        return False
    return position > start and not text[position - 1].isspace()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _first_mark(text: str, start: int, end: int) -> str:
    """The paragraph's first non-space character, if it is a quotation mark."""
    position = start
    while position < end and text[position].isspace():
        position += 1
    return text[position] if position < end and MARK_RE.match(text, position, end) else ""


def find_quoted(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[QuotedStretch]:
    """Every outermost quoted stretch in the paragraphs ``[(start, end), ...]`` (in order)."""
    stretches: list[QuotedStretch] = []
    carried: str | None = None  # family of a quotation left open by the previous paragraph
    for paragraph_start, paragraph_end in paragraphs:
        open_at: int | None = None
        family = ""
        continues = False
        if carried is not None:
            first = _first_mark(text, paragraph_start, paragraph_end)
            if first and _family(first) == carried:
                continues = True
        carried = None
        for match in MARK_RE.finditer(text, paragraph_start, paragraph_end):
            position = match.start()
            mark = match.group()
            if open_at is None:
                if _can_open(text, position, paragraph_end, mark):
                    open_at, family = position, _family(mark)
                continue
            if _family(mark) != family:
                continue  # a nested quotation or an apostrophe inside this one
            if _can_close(text, position, open_at + 1, mark):
                start, end = _trimmed(text, open_at + 1, position)
                if end > start:
                    stretches.append(
                        QuotedStretch(start, end, open_at, position, family, continues)
                    )
                open_at, continues = None, False
            elif _can_open(text, position, paragraph_end, mark):
                open_at = position  # the earlier mark was never closed: start again here
        if open_at is not None:
            start, end = _trimmed(text, open_at + 1, paragraph_end)
            # An unclosed single mark is far more often a stray apostrophe than a quotation,
            # unless the next paragraph continues it; decided when that paragraph is read.
            if end > start:
                stretches.append(QuotedStretch(start, end, open_at, None, family, continues))
            carried = family
    return _drop_unconfirmed_single(text, stretches, paragraphs)


def _drop_unconfirmed_single(
    text: str, stretches: list[QuotedStretch], paragraphs: Iterable[tuple[int, int]]
) -> list[QuotedStretch]:
    """Drop unclosed single-mark stretches that no continuation paragraph confirms."""
    confirmed: set[int] = set()
    for index, stretch in enumerate(stretches):
        if stretch.continues and index > 0:
            confirmed.add(index - 1)
    return [
        stretch
        for index, stretch in enumerate(stretches)
        if not (stretch.close_mark is None and stretch.family == "single") or index in confirmed
    ]


@functools.cache
def work_words() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines("sourcing/work_nouns.txt"))


def is_title_case(words: Sequence[str]) -> bool:
    """Every word capitalised except small words after the first ("The Lovers and the Despot")."""
    if not words:
        return False
    for index, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit():
            continue
        if index > 0 and word.lower() in SMALL_WORDS:
            continue
        return False
    return True


def naming_word_before(text: str, open_mark: int, floor: int) -> str:
    """The word that introduces a quoted stretch as a name ("the film “X”", "known as “X”",
    "called it “X”"), or "" when there is none."""
    window_start = max(floor, open_mark - 60)
    words: list[str] = WORD_RE.findall(text, window_start, open_mark)
    works = work_words()
    for checked, word in enumerate(reversed(words)):
        lower = word.lower()
        if lower in works:
            return lower
        if lower not in NAMING_FILLERS or checked >= 2:
            return ""
    return ""


def determiner_before(text: str, open_mark: int, floor: int) -> bool:
    """Is the stretch used as a noun right after a determiner ("the “heat dome”")?"""
    words = WORD_RE.findall(text, max(floor, open_mark - 12), open_mark)
    return (
        bool(words)
        and words[-1].lower() in DETERMINERS
        and text[open_mark - 1 : open_mark].isspace()
    )


def looks_like_name_or_term(text: str, stretch: QuotedStretch, paragraph_start: int) -> bool:
    """Local evidence that a stretch is a title, name, scare quote or coined term.

    True when a work noun or "so-called" introduces it; when a naming verb ("called",
    "dubbed") introduces a Title Case or short stretch (a longer lower-case one is a partial
    quotation: 'called it “a timetable without trains”'); when it is in Title Case (titles
    of works); or when it is a short phrase of at most three words.
    """
    words = WORD_RE.findall(text, stretch.start, stretch.end)
    if len(words) <= 3:
        return True  # short
    if len(words) <= 10 and is_title_case(words):
        return True  # Title Case
    # neither short nor Title Case: only a naming word that is no naming verb makes it one
    naming = naming_word_before(text, stretch.open_mark, paragraph_start)
    return bool(naming) and naming not in NAMING_VERBS


def word_count(text: str, start: int, end: int) -> int:
    return len(WORD_RE.findall(text, start, end))


class QuoteIndex:
    """Answers "is this offset inside a quoted stretch" by binary search."""

    def __init__(self, stretches: Sequence[QuotedStretch]) -> None:
        ordered = sorted(stretches, key=lambda stretch: stretch.start)
        self._starts = [stretch.start for stretch in ordered]
        self._stretches = ordered

    def stretch_at(self, offset: int) -> QuotedStretch | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0:
            stretch = self._stretches[index]
            if stretch.start <= offset < stretch.end:
                return stretch
        return None

    def __contains__(self, offset: int) -> bool:
        return self.stretch_at(offset) is not None
