"""The analysed form of a document, built once and shared read-only by every scorer.

Only the article (title and body segments) is split into sentences and tokens: a hedge in a
reader comment is not the article's. Offsets always point into the original document text.

Tokens are kept as parallel tuples (start, end, text, lower-cased text) rather than one object
per token: a 10 MB batch holds millions of tokens, and scorers mostly scan one column.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

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


@functools.cache
def sentence_splitter() -> PunktSentenceTokenizer:
    """nltk's Punkt with the project's own abbreviation list: no downloaded nltk data."""
    parameters = PunktParameters()
    parameters.abbrev_types = set(read_lines("abbreviations.txt"))
    return PunktSentenceTokenizer(parameters)


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
        return tuple(token.lower() for token in self.token_texts)

    @functools.cached_property
    def is_word(self) -> tuple[bool, ...]:
        """Tokens that are words or numbers, not punctuation."""
        return tuple(token[0].isalnum() or token[0] == "_" for token in self.token_texts)

    @functools.cached_property
    def is_capitalised(self) -> tuple[bool, ...]:
        return tuple(token[0].isupper() for token in self.token_texts)

    @functools.cached_property
    def is_number(self) -> tuple[bool, ...]:
        return tuple(token[0].isdigit() for token in self.token_texts)

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


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: lines, each split by Punkt."""
    splitter = sentence_splitter()
    for line_start, line_end in _line_spans(text, start, end):
        line = text[line_start:line_end]
        for sentence_start, sentence_end in splitter.span_tokenize(line):
            yield line_start + sentence_start, line_start + sentence_end


def analyse(document: Document, segmenter: Segmenter = default_segmenter) -> Analysis:
    """Segment the document, then split its article into sentences and tokens, once."""
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
        for sentence_start, sentence_end in sentence_spans(text, segment.start, segment.end):
            first_token = len(starts)
            for match in TOKEN_RE.finditer(text, sentence_start, sentence_end):
                starts.append(match.start())
                ends.append(match.end())
                texts.append(match.group())
            sentences.append(
                Sentence(sentence_start, sentence_end, segment.kind, first_token, len(starts))
            )
    return Analysis(
        document=document,
        segments=segments,
        sentences=tuple(sentences),
        token_starts=tuple(starts),
        token_ends=tuple(ends),
        token_texts=tuple(texts),
    )
