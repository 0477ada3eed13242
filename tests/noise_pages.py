"""Load the hand-labeled noise pages (tests/data/noise/pages.txt) as texts with gold kinds."""

from __future__ import annotations

from pathlib import Path

import attrs

from credscore.model import Segment, SegmentKind
from credscore.segment import lines_with_offsets, segments_from_line_kinds

PAGES = Path(__file__).resolve().parent / "data" / "noise" / "pages.txt"
MARKS: dict[str, SegmentKind] = {
    "T": "title",
    "B": "body",
    "X": "boilerplate",
    "C": "comments",
}


@attrs.frozen
class LabeledPage:
    name: str
    text: str
    gold: tuple[Segment, ...]

    def kinds_of_chars(self, segments: tuple[Segment, ...]) -> list[str]:
        """The kind of each non-whitespace character, in order."""
        kinds: list[str] = []
        for segment in segments:
            for char in self.text[segment.start : segment.end]:
                if not char.isspace():
                    kinds.append(segment.kind)
        return kinds


def _page(name: str, marked_lines: list[str]) -> LabeledPage:
    lines: list[str] = []
    kinds: list[SegmentKind] = []
    for marked in marked_lines:
        if marked.strip():
            mark, bar, line = marked.partition("|")
            if not bar or mark not in MARKS:
                raise ValueError(f"{name}: line without a kind mark: {marked!r}")
            kinds.append(MARKS[mark])
            lines.append(line)
        else:
            kinds.append(kinds[-1] if kinds else "body")
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
        kinds.pop()
    text = "\n".join(lines) + "\n"
    gold = segments_from_line_kinds(text, lines_with_offsets(text), kinds)
    return LabeledPage(name, text, gold)


def load_pages(path: Path = PAGES) -> list[LabeledPage]:
    pages: list[LabeledPage] = []
    name: str | None = None
    block: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("=== "):
            if name is not None:
                pages.append(_page(name, block))
            name, block = raw[4:].strip(), []
        elif name is not None:
            block.append(raw)
    if name is not None:
        pages.append(_page(name, block))
    return pages


def char_prf(
    pages: list[LabeledPage], predicted: list[tuple[Segment, ...]], kind: str
) -> tuple[float, float, float]:
    """Character-level precision, recall and F1 of one kind, whitespace ignored."""
    tp = n_pred = n_gold = 0
    for page, segments in zip(pages, predicted):
        gold = page.kinds_of_chars(page.gold)
        guess = page.kinds_of_chars(segments)
        for g, p in zip(gold, guess):
            tp += g == kind and p == kind
            n_pred += p == kind
            n_gold += g == kind
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
