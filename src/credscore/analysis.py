"""The analysed form of a document, built once and shared read-only by every scorer.

Only the article (title and body segments) is split into sentences and tokens: a hedge in a
reader comment is not the article's. Offsets always point into the original document text.

Tokens are kept as parallel tuples (start, end, text, lower-cased text) rather than one object
per token: a 10 MB batch holds millions of tokens, and scorers mostly scan one column.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import string
from collections.abc import Iterator
from typing import Any

import attrs
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from credscore.model import Document, Segment, SegmentKind, Span
from credscore.resources import read_lines
from credscore.segment import Segmenter, default_segmenter, normalise_segments

# One token: a number with its separators ("30,000", "7.61"), a word with inner hyphens or
# apostrophes ("Jong-il", "don't"), or one punctuation mark. Every branch consumes at least
# one character and no two quantifiers compete for the same characters, so matching stays
# linear on any input.
TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*(?!\w)|\w+(?:[-'’]\w+)*|[^\w\s]")
# TOKEN_RE rewritten to open with a character class (any non-space character), so that
# re's search skips white space in C instead of trying three branches at every space; the
# branches then continue from that first character (lookbehinds check which kind it was).
# Same tokens: at a non-space character TOKEN_RE's three branches are tried in the same
# order with the same backtracking, and at white space all of them fail.
# One branch is put first for the commonest token, a word that starts with a letter and
# has no inner hyphen or apostrophe: its run of word characters, when no [-'’] follows
# (the general word branch would match exactly that run, and its group repeat, which
# costs an allocation in ``re`` per token, is skipped). When [-'’] follows, that branch
# fails (every shorter run is followed by a word character) and the general one runs.
_TOKEN_SPLIT_RE = re.compile(
    r"(\S(?:(?<=[^\W\d])\w*(?![-'’\w])"
    r"|(?<=\w)(?:(?<=\d)\d*(?:[.,:]\d+)*(?!\w)|\w*(?:[-'’]\w+)*)|))"
)


DECISION_CACHE_SIZE = 20_000
MAX_PLAIN_WORD_CHARS = 64  # longer words before an end mark go to Punkt (see plain_break)
_ASCII_WHITESPACE = tuple(string.whitespace)  # what Punkt's word-before search looks for
# Characters that might follow an end mark; FastPunkt asks the installed nltk's own patterns
# which of them its word tokeniser splits off and which its realignment moves.
_PUNCTUATION = string.punctuation + "\u2018\u2019\u201c\u201d\xab\xbb"
_END_MARKS = frozenset(".?!")
# Opening marks a plain word may start with (see FastPunkt._is_plain_compound).
_OPENERS = frozenset("\"'([{\u201c\u2018")
# A word of letters with single inner hyphens, maybe after one opening mark; ASCII-only
# letter classes keep it exact (the letters are checked with isalpha as well).
_COMPOUND_WORD_RE = re.compile(r"[\"'(\[{\u201c\u2018]?[A-Za-z]+(?:-[A-Za-z]+)*")
# The token after an abbreviation: a capitalised word of letters, maybe a comma, then white
# space or the end of the line (match with endpos at the line's end). The lookbehind keeps
# a search linear too: only the start of a run of letters can begin a match.
_CAPITAL_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*,?(?=\s|\Z)")


# "2023. The": a number, a period, white space, then a capital. Punkt types the number
# ##number##, whose break only its orthographic heuristic may undo, and with no learned
# orthographic context that heuristic undoes it only before a lower-case word or a mark.
# The lookbehind anchors the number at its start, so a search stays linear too.
_NUMBER_BREAK_RE = re.compile(r"(?<![0-9])([0-9]+)\.[ \t\n\r\f\v]+(\S)")


def _plain_break_pattern(non_word: str) -> re.Pattern[str]:
    """The commonest candidate break, "word. Next" / "word? Next": a word of letters, one
    end mark, then white space or a mark that Punkt's word tokeniser always splits off (its
    "non-word" characters, ``non_word``: nltk's own pattern). See FastPunkt. The lookbehind
    anchors the word at its start, so a search (not only .match) stays linear."""
    # white space as Punkt reads it: not the separators \x1c-\x1f, which Python's \s includes
    return re.compile(r"(?<![^\W\d_])([^\W\d_]+)([.?!])(?=[^\S\x1c-\x1f]|" + non_word + ")")


_CANONICAL_WORDS = frozenset({"xx"})  # what _canonical_context writes, lower-cased


def _ordinary_word_pattern(non_word: str, multi_char: str) -> re.Pattern[str]:
    """Two or more ASCII letters that make a Punkt token alone or with a final period:
    after the context's start, white space or a mark Punkt's word tokeniser always splits
    off as a token of its own ("(", '"', "[", "{": not word starts), and before what ends
    a word for that tokeniser (white space, the end, a "non-word" mark, a multi-character
    mark, or a comma before one of these), maybe after one period."""
    word_end = rf"(?:\s|$|{non_word}|{multi_char}|,(?=$|\s|{non_word}|{multi_char}))"
    return re.compile(rf"(?:(?<=[\s(\"\[{{])|^)[A-Za-z]{{2,}}(?={word_end}|\.{word_end})")


def _word_before(text: str, mark: int, line_start: int) -> str | None:
    """The text from the last space before ``mark`` (or the line's start) to the mark, or
    None when no space lies within ``MAX_PLAIN_WORD_CHARS``: such a long run goes to
    Punkt, so many marks in one huge "word" cost linear time, not quadratic."""
    window = max(mark - MAX_PLAIN_WORD_CHARS - 1, line_start)
    space = text.rfind(" ", window, mark)
    if space < 0 and window > line_start:
        return None
    return text[space + 1 if space >= 0 else line_start : mark]


class FastPunkt(PunktSentenceTokenizer):  # type: ignore[misc]  # nltk is untyped
    """nltk's Punkt, unchanged in what it decides, with a shortcut for the common case.

    Punkt asks :meth:`text_contains_sentbreak` about every candidate boundary, and answers
    by re-tokenising the short context ("said. The") into token objects and running both
    annotation passes: about 75 microseconds per candidate. With our parameters (an
    abbreviation list, no learned collocations, sentence starters or orthographic context),
    a context that starts "W." with W a word of two or more letters (no digits, no
    punctuation) that is not an abbreviation, or "W?" / "W!" with W letters, each followed
    by white space or a split-off mark, is always a break: Punkt's word tokeniser makes
    "W." (or "W", "?") its first token(s), the first
    pass marks the end mark a break, the second pass changes only abbreviations, ellipses,
    initials and numbers, and the context always goes on after the mark (white space and a
    token, or a closing mark), so a next token exists. That case is answered directly;
    every other context goes to Punkt.
    ``tests/test_speed_equivalence.py`` checks the two agree on many generated contexts."""

    def __init__(self, parameters: PunktParameters) -> None:
        super().__init__(parameters)
        self._shortcut = not (
            parameters.collocations or parameters.sent_starters or parameters.ortho_context
        )
        self._abbreviations = frozenset(parameters.abbrev_types)
        non_word = self._lang_vars._re_non_word_chars
        self._plain_break_re = _plain_break_pattern(non_word)
        # closing marks Punkt's word tokeniser splits off after an end mark (nltk 3.10 added
        # the curly quotes and guillemets), and those its realignment moves back
        self._split_off = (
            frozenset(char for char in _PUNCTUATION if re.fullmatch(non_word, char)) - _END_MARKS
        )
        self._realigned = frozenset(
            char for char in _PUNCTUATION if self._boundary_realignment.match(char + " ")
        )
        # Punkt's answer depends on the context string alone (the parameters are fixed),
        # and not on which letters make up an ordinary word in it (see _canonical_context)
        self._decisions: dict[str, bool] = {}
        self._ordinary_word_re = _ordinary_word_pattern(
            non_word, self._lang_vars._re_multi_char_punct
        )
        self._canonical = not (_CANONICAL_WORDS & self._abbreviations)

    def line_spans(self, text: str) -> list[tuple[int, int]]:
        """``list(self.span_tokenize(text))``, computed in one function.

        nltk's ``span_tokenize`` chains three generators (candidate contexts, slices,
        boundary realignment) that cost more than the decisions themselves on short
        paragraphs. This is the same procedure written as one loop, step for step, with
        nltk's own patterns and :meth:`text_contains_sentbreak` deciding every candidate."""
        period_context = self._period_context
        breaks: list[tuple[int, int]] = []
        last_break = 0
        previous_match: Any = None
        previous_start = 0
        previous_stop = 0
        for match in period_context.finditer(text):
            # _match_potential_end_contexts: the word before the candidate
            match_start = match.start()
            before = text[previous_stop:match_start]
            after_space = max(map(before.rfind, _ASCII_WHITESPACE))
            # nltk: an index of 0 (or none) means "no white space found"
            word_start = after_space + previous_stop + 1 if after_space > 0 else previous_start
            if previous_match is not None and previous_stop <= word_start:
                context = (
                    text[previous_start:previous_stop]
                    + previous_match.group()
                    + previous_match.group("after_tok")
                )
                last_break = self._add_break(previous_match, context, last_break, breaks)
            previous_match = match
            previous_start = word_start
            previous_stop = match_start
        if previous_match is not None:
            context = (
                text[previous_start:previous_stop]
                + previous_match.group()
                + previous_match.group("after_tok")
            )
            last_break = self._add_break(previous_match, context, last_break, breaks)
        breaks.append((last_break, len(text.rstrip())))
        return self._realign(text, breaks)

    def _add_break(
        self, match: Any, context: str, last_break: int, breaks: list[tuple[int, int]]
    ) -> int:
        """_slices_from_text: a slice up to a candidate Punkt calls a break."""
        if not self.text_contains_sentbreak(context):
            return last_break
        breaks.append((last_break, match.end()))
        if match.group("next_tok"):
            return int(match.start("next_tok"))
        return int(match.end())

    def _realign(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """_realign_boundaries: closing quotes and brackets after a break join the
        sentence before it."""
        realigned: list[tuple[int, int]] = []
        realign = 0
        boundary = self._boundary_realignment
        last = len(slices) - 1
        for index, (start, stop) in enumerate(slices):
            start += realign
            if index == last:
                if text[start:stop]:
                    realigned.append((start, stop))
                continue
            next_start, next_stop = slices[index + 1]
            found = boundary.match(text[next_start:next_stop])
            if found:
                realigned.append((start, next_start + len(found.group(0).rstrip())))
                realign = found.end()
            else:
                realign = 0
                if text[start:stop]:
                    realigned.append((start, stop))
        return realigned

    @functools.cached_property
    def _period_context(self) -> Any:
        # the compiled pattern under nltk's time-limit wrapper, when there is one
        wrapped = self._lang_vars.period_context_re()
        return getattr(wrapped, "_rx", wrapped)

    @functools.cached_property
    def _boundary_realignment(self) -> Any:
        wrapped = self._lang_vars.re_boundary_realignment
        return getattr(wrapped, "_rx", wrapped)

    def plain_break(
        self, text: str, mark: int, line_start: int, line_end: int
    ) -> tuple[int, int] | None:
        """``(end of this sentence, start of the next)`` when Punkt, run on the line
        ``text[line_start:line_end]``, surely breaks after the end mark at ``mark`` and its
        realignment moves nothing unforeseen; None when unsure (then Punkt decides).

        The sure cases are the shortcuts of :meth:`text_contains_sentbreak`: the word before
        the mark (from the last space, or the line's start) is letters only, two or more
        before a period and not an abbreviation; or it is a number, and a space and a
        capital follow its period. After the mark comes either one space and the next
        sentence (a closing mark there only before a letter, so realignment finds no run of
        closing marks that ends in white space), or a closing mark Punkt splits off, which
        realignment moves onto this sentence when one space follows it and leaves to the
        next sentence when text follows (or keeps on this one when it ends the line)."""
        if not self._shortcut:
            return None
        word = _word_before(text, mark, line_start)
        if word is None:
            return None
        # what follows the mark on this line (a segment may end inside a line)
        after = text[mark + 1 : min(mark + 4, line_end)]
        closer, following = after[:1], after[1:2]
        if word.isascii() and word.isdecimal():
            # "2023. The" (see _NUMBER_BREAK_RE); a capital is no closing mark to realign
            if text[mark] == "." and closer == " " and following.isupper():
                return None if word in self._abbreviations else (mark + 1, mark + 2)
            return None
        # isalpha is a subset of the shortcut's [^\W\d_]: anything else goes to Punkt
        if not word.isalpha() and not self._is_plain_compound(word, text[mark]):
            return None
        if text[mark] == "." and (len(word) < 2 or word.lower() in self._abbreviations):
            return None
        if closer == " ":
            if not following or following.isspace():
                return None
            if following in self._realigned and not after[2:3].isalpha():
                return None
            return mark + 1, mark + 2
        if closer not in self._split_off:
            return None
        if mark + 2 == line_end:
            # '...years.”' ends the line: realignment moves the quote onto this sentence
            # and leaves nothing after it
            return (line_end, line_end) if closer in self._realigned else (mark + 1, mark + 1)
        if following == " ":
            if not after[2:3] or after[2:3].isspace():
                return None
            if closer in self._realigned:
                return mark + 2, mark + 3  # '." Next': the quote ends this sentence
            return mark + 1, mark + 1
        if (
            following.isspace()
            or following in self._realigned
            or following in _END_MARKS
            or following == "-"  # "--" would be realigned
        ):
            return None
        return mark + 1, mark + 1  # '.", he said': the quote opens the next slice

    def _is_plain_compound(self, word: str, mark: str) -> bool:
        """A word before an end mark that Punkt's word tokeniser ends exactly at the mark and
        that is neither an abbreviation nor an initial: letters with inner single hyphens
        ("close-minded"), maybe after one opening mark ('"art', "(VBS", "“Godzilla"). Punkt
        splits the opening mark off or keeps it on the word; either way the word's token
        ends in the mark. Its abbreviation test looks at the token and at the part after
        its last hyphen: every form is checked here, so a listed one goes to Punkt."""
        if _COMPOUND_WORD_RE.fullmatch(word) is None:
            return False
        core = word[1:] if word[0] in _OPENERS else word
        if not core.replace("-", "").isalpha() or len(core) < 2:
            return False
        if mark != ".":
            return True
        lowered = core.lower()
        abbreviations = self._abbreviations
        return not (
            lowered in abbreviations
            or word.lower() in abbreviations
            or lowered.rsplit("-", 1)[-1] in abbreviations
        )

    def sure_no_break(self, text: str, mark: int, line_start: int, line_end: int) -> bool:
        """Whether Punkt, run on the line, surely does NOT break after the period at
        ``mark``: an abbreviation from our list ("Mr.", "etc.") or a one-letter initial
        ("J."), then one space and a capitalised word of letters (maybe with a comma)
        that ends at white space or the line's end. Punkt's first pass marks the listed
        abbreviation no break; an initial's break its second pass undoes before a capital
        (no learned orthographic context, so the heuristic answers "unknown"); and the
        next token has no end mark that could make the context contain a break."""
        if not self._shortcut or text[mark] != ".":
            return False
        word = _word_before(text, mark, line_start)
        if word is None or not (word.isascii() and word.isalpha()):
            return False
        if len(word) > 1 and word.lower() not in self._abbreviations:
            return False
        if text[mark + 1 : mark + 2] != " ":
            return False
        return _CAPITAL_WORD_RE.match(text, mark + 2, line_end) is not None

    def text_contains_sentbreak(self, text: str) -> bool:
        if self._shortcut:
            match = self._plain_break_re.match(text)
            if match is not None:
                word, mark = match.groups()
                if mark != "." or (len(word) > 1 and word.lower() not in self._abbreviations):
                    return True
            number = _NUMBER_BREAK_RE.match(text)
            if (
                number is not None
                and number.group(2).isupper()
                and number.group(1) not in self._abbreviations
            ):
                return True
        key = self._canonical_context(text) if self._canonical else text
        cached = self._decisions.get(key)
        if cached is None:
            cached = bool(super().text_contains_sentbreak(text))
            if len(self._decisions) >= DECISION_CACHE_SIZE:
                self._decisions.clear()  # bounded; hostile input repeats its contexts
            self._decisions[key] = cached
        return cached

    def _canonical_context(self, text: str) -> str:
        """``text`` with every ordinary word (see :func:`_ordinary_word_pattern`) that is
        not an abbreviation written "Xx" or "xx" (its first letter's case kept), so that
        "Smith... Then" and "rates... Yet" share one decision.

        Punkt, with our parameters, reads such a word only through its token: the token
        is the word alone or the word and its period (the word starts a token and the
        token ends after it), so its boundaries do not move; it is no end mark, ellipsis,
        number or initial either way; its first letter's case is kept; and the abbreviation
        test sees the word itself, kept when listed, and "xx" is never listed. No other
        property of the token counts without learned collocations, sentence starters or
        orthographic context. ``tests/test_speed_equivalence.py`` checks it on generated
        contexts."""
        return self._ordinary_word_re.sub(self._canonical_word, text)

    def _canonical_word(self, match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in self._abbreviations:
            return word
        return "Xx" if word[0].isupper() else "xx"


@functools.cache
def sentence_splitter() -> FastPunkt:
    """nltk's Punkt with the project's own abbreviation list: no downloaded nltk data."""
    parameters = PunktParameters()
    parameters.abbrev_types = set(read_lines("abbreviations.txt"))
    return FastPunkt(parameters)


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


@attrs.frozen
class Sentence:
    """One article sentence: its character span, segment kind and token index range."""

    start: int
    end: int
    segment: SegmentKind
    first_token: int
    end_token: int

    @property
    def token_indices(self) -> range:
        return range(self.first_token, self.end_token)


@attrs.frozen(eq=False)
class Analysis:
    """Segments, article sentences and tokens of one document, with cheap per-token facts."""

    document: Document
    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    token_texts: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.document.text

    @functools.cached_property
    def token_lower(self) -> tuple[str, ...]:
        return tuple(map(str.lower, self.token_texts))

    @functools.cached_property
    def _first_characters(self) -> list[str]:
        return list(map(_FIRST, self.token_texts))

    @functools.cached_property
    def is_word(self) -> tuple[bool, ...]:
        """Tokens that are words or numbers, not punctuation."""
        firsts = self._first_characters
        flags = list(map(str.isalnum, firsts))
        if "_" in firsts:  # \w also matches "_", which is not alphanumeric
            flags = [flag or first == "_" for flag, first in zip(flags, firsts, strict=True)]
        return tuple(flags)

    @functools.cached_property
    def is_capitalised(self) -> tuple[bool, ...]:
        return tuple(map(str.isupper, self._first_characters))

    @functools.cached_property
    def is_number(self) -> tuple[bool, ...]:
        return tuple(map(str.isdigit, self._first_characters))

    @functools.cached_property
    def word_count(self) -> int:
        return sum(self.is_word)

    @functools.cached_property
    def article_segments(self) -> tuple[Segment, ...]:
        return tuple(segment for segment in self.segments if segment.is_article)

    @functools.cached_property
    def article_chars(self) -> int:
        return sum(segment.end - segment.start for segment in self.article_segments)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def token_span(self, index: int) -> Span:
        return Span.of(self.text, self.token_starts[index], self.token_ends[index])

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def sentence_of_token(self, index: int) -> Sentence:
        """The sentence that holds token ``index`` (binary search over sentences)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].first_token <= index:
                low = middle
            else:
                high = middle - 1
        return self.sentences[low]


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Stripped non-blank lines inside ``[start, end)``: sentences never cross a newline in
    scraped text, where one line is one paragraph."""
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        line_start = position
        while line_start < line_end and text[line_start].isspace():
            line_start += 1
        stripped_end = line_end
        while stripped_end > line_start and text[stripped_end - 1].isspace():
            stripped_end -= 1
        if stripped_end > line_start:
            yield line_start, stripped_end
        position = line_end + 1


# An end mark where Punkt may see a candidate break inside a line: before a mark (not a
# comma, period or hyphen, which are never among Punkt's "non-word" characters), or before
# white space and more text on the same line. A superset of Punkt's own candidates (its
# pattern, run on one line, cannot look past the line's end).
_MAYBE_BREAK_RE = re.compile(r"[.?!](?=[^\w\s,.\-]|[^\S\n]+\S)")
# A stripped non-blank line: what _line_spans yields, found by one search per segment.
_STRIPPED_LINE_RE = re.compile(r"\S(?:[^\n]*\S)?")


def _plain_line_spans(
    splitter: FastPunkt, text: str, marks: list[int], line_start: int, line_end: int
) -> list[tuple[int, int]] | None:
    """The sentences of a line whose possible breaks (``marks``) are all sure breaks; None
    when one is not."""
    spans: list[tuple[int, int]] = []
    sentence_start = line_start
    for mark in marks:
        found = splitter.plain_break(text, mark, line_start, line_end)
        if found is None:
            if splitter.sure_no_break(text, mark, line_start, line_end):
                continue
            return None
        spans.append((sentence_start, found[0]))
        sentence_start = found[1]
    if sentence_start < line_end:  # Punkt drops an empty last slice
        spans.append((sentence_start, line_end))
    return spans


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: lines, each split by Punkt.

    Punkt only ever splits at a match of its candidate pattern; most short lines
    (headlines, bylines, captions) have none and are one sentence as they stand. A line
    whose every candidate is a sure break (:meth:`FastPunkt.plain_break`) is split here
    directly; any other line with a candidate goes to Punkt, whole."""
    lines = _STRIPPED_LINE_RE.finditer(text, start, end)
    marks = [match.start() for match in _MAYBE_BREAK_RE.finditer(text, start, end)]
    if not marks:
        return [line.span() for line in lines]
    splitter = sentence_splitter()
    spans: list[tuple[int, int]] = []
    low = 0
    for line in lines:
        line_start, line_end = line.span()
        low = bisect.bisect_left(marks, line_start, low)
        high = bisect.bisect_left(marks, line_end, low)
        if low == high:
            spans.append((line_start, line_end))
            continue
        plain = _plain_line_spans(splitter, text, marks[low:high], line_start, line_end)
        if plain is not None:
            spans.extend(plain)
        else:
            for sentence_start, sentence_end in splitter.line_spans(text[line_start:line_end]):
                spans.append((line_start + sentence_start, line_start + sentence_end))
        low = high
    return spans


def _tokenize(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """Token starts, ends and texts in ``text[start:end]``, with no per-token Python code.

    Splitting on the token pattern with a capturing group gives the gaps and the tokens in
    turn; the running sum of their lengths gives every offset (the pattern never matches
    an empty string, so the pieces are exactly gap, token, gap, ..., gap)."""
    pieces = _TOKEN_SPLIT_RE.split(text[start:end])
    offsets = list(itertools.accumulate(map(len, pieces), initial=start))
    texts: list[str] = pieces[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    return starts, ends, texts


def analyse(document: Document, segmenter: Segmenter = default_segmenter) -> Analysis:
    """Segment the document, then split its article into sentences and tokens, once.

    Each article segment is tokenised in one pass; sentences then take their token ranges
    by binary search. Tokens never cross a sentence boundary (boundaries fall between a
    sentence-final mark and white space or punctuation, and tokens never contain white
    space), and everything between sentences is white space, so this gives exactly the
    tokens of tokenising each sentence on its own."""
    text = document.text
    # a segmenter (maybe a plug-in's) must partition the text: check, don't trust
    segments = normalise_segments(text, segmenter(text))
    sentences: list[Sentence] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for segment in segments:
        if not segment.is_article:
            continue
        spans = sentence_spans(text, segment.start, segment.end)
        if not spans:
            continue
        offset = len(starts)
        segment_starts, segment_ends, segment_texts = _tokenize(text, spans[0][0], spans[-1][1])
        starts.extend(segment_starts)
        ends.extend(segment_ends)
        texts.extend(segment_texts)
        sentence_starts = list(map(_FIRST, spans))
        sentence_ends = list(map(_SECOND, spans))
        # the binary searches as C-level maps: bisect_left(starts, position, offset)
        firsts = map(
            bisect.bisect_left, itertools.repeat(starts), sentence_starts, itertools.repeat(offset)
        )
        lasts = map(
            bisect.bisect_left, itertools.repeat(starts), sentence_ends, itertools.repeat(offset)
        )
        kinds = itertools.repeat(segment.kind)
        sentences.extend(map(Sentence, sentence_starts, sentence_ends, kinds, firsts, lasts))
    return Analysis(
        document=document,
        segments=segments,
        sentences=tuple(sentences),
        token_starts=tuple(starts),
        token_ends=tuple(ends),
        token_texts=tuple(texts),
    )
