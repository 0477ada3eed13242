"""Segmentation: the partition of a document into title, body, boilerplate and comments.

Segmentation runs before analysis so that every scorer reads the article (title and body)
only. A segmenter is any callable ``(text) -> tuple[Segment, ...]`` whose segments partition
the text in order; :func:`normalise_segments` enforces that shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from credscore.model import Segment, SegmentKind

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30

_WORD_RE = re.compile(r"\w+")


class Segmenter(Protocol):
    def __call__(self, text: str) -> tuple[Segment, ...]: ...


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the newline included, covering ``text`` exactly."""
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position < length:
        newline = text.find("\n", position)
        end = length if newline < 0 else newline + 1
        spans.append((position, end))
        position = end
    return spans


def normalise_segments(text: str, segments: Iterable[Segment]) -> tuple[Segment, ...]:
    """Drop empty segments and merge neighbours of one kind; check the partition."""
    merged: list[Segment] = []
    for segment in segments:
        if segment.end == segment.start:
            continue
        if merged and merged[-1].kind == segment.kind and merged[-1].end == segment.start:
            merged[-1] = Segment(segment.kind, merged[-1].start, segment.end)
        else:
            merged.append(segment)
    position = 0
    for segment in merged:
        if segment.start != position:
            raise ValueError(f"segments leave a gap or overlap at offset {position}")
        position = segment.end
    if position != len(text):
        raise ValueError("segments do not cover the whole text")
    return tuple(merged)


def segments_from_line_kinds(
    text: str, lines: Sequence[tuple[int, int]], kinds: Sequence[SegmentKind]
) -> tuple[Segment, ...]:
    """Segments from one kind per line; blank lines join the segment before them."""
    segments: list[Segment] = []
    current: SegmentKind | None = None
    for (start, end), kind in zip(lines, kinds, strict=False):
        blank = not text[start:end].strip()
        if blank and current is not None:
            kind = current
        segments.append(Segment(kind, start, end))
        current = kind
    return normalise_segments(text, segments)


def looks_like_title(line: str) -> bool:
    """A headline: short, a few words, not a run-on sentence ending in a period."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS:
        return False
    words = len(_WORD_RE.findall(stripped))
    return 0 < words <= MAX_TITLE_WORDS and not stripped.endswith((".", ",", ";", ":"))


def title_line_indices(text: str, lines: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of the lines that make the title: the first non-blank line when it looks
    like a headline and more text follows, plus an immediate repeat of it by the scraper."""
    non_blank = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    if len(non_blank) < 2:
        return []
    first = non_blank[0]
    start, end = lines[first]
    if not looks_like_title(text[start:end]):
        return []
    indices = [first]
    second = non_blank[1]
    if text[lines[second][0] : lines[second][1]].strip() == text[start:end].strip():
        if len(non_blank) < 3:
            return []
        indices.append(second)
    return indices


def title_body_segmenter(text: str) -> tuple[Segment, ...]:
    """The simplest segmenter: a title line when there is one, everything else body."""
    lines = lines_with_offsets(text)
    title = set(title_line_indices(text, lines))
    kinds: list[SegmentKind] = ["title" if i in title else "body" for i in range(len(lines))]
    if title:
        # leading blank lines have no segment before them: they go with the title
        first = min(title)
        kinds[:first] = ["title"] * first
    return segments_from_line_kinds(text, lines, kinds)


default_segmenter: Segmenter = title_body_segmenter
