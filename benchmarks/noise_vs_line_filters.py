"""Noise segmenter vs C4-style and FineWeb-style line filters.

Character-level precision / recall / F1 of "noise" (every character that is not article
text: comments plus boilerplate), whitespace ignored, against gold segments, on the labeled
seeds and on the hand-labeled pages in ``tests/data/noise/``:

    python benchmarks/noise_vs_line_filters.py \\
        --docs ../shared/seeds --labels ../shared/eval/seed-labels.json

The line filters are the usual web-corpus heuristics, applied per line:

* C4-style (Raffel et al. 2020): drop a line without terminal punctuation, with fewer than
  3 words, containing "javascript", or containing a policy phrase ("terms of use", "privacy
  policy", "cookie policy", "uses cookies", "use of cookies", "use cookies").
* FineWeb-style (Penedo et al. 2024): FineWeb keeps C4's rules except the terminal-
  punctuation one and adds a short-line statistic (lines under 30 characters); as a line
  filter: drop a line under 30 characters, with "javascript", or with a policy phrase.

A dropped line counts as predicted noise. The filters cannot tell comments from
boilerplate, so the comparison is on noise as a whole; the segmenter's per-kind figures are
printed too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from credscore.segment import lines_with_offsets, noise_segmenter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from noise_pages import PAGES, load_pages  # noqa: E402

POLICY_PHRASES = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
TERMINAL = (".", "!", "?", '"', "”", "’", "'")
NOISE_KINDS = {"comments", "boilerplate"}

Spans = list[tuple[str, int, int]]


def _policy_or_script(line: str) -> bool:
    lowered = line.lower()
    return "javascript" in lowered or any(phrase in lowered for phrase in POLICY_PHRASES)


def c4_drops(line: str) -> bool:
    stripped = line.strip()
    return (
        not stripped.endswith(TERMINAL) or len(stripped.split()) < 3 or _policy_or_script(stripped)
    )


def fineweb_drops(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 30 or _policy_or_script(stripped)


def filter_spans(text: str, drops: Callable[[str], bool]) -> Spans:
    spans: Spans = []
    for start, end in lines_with_offsets(text):
        line = text[start:end]
        if line.strip():
            spans.append(("boilerplate" if drops(line) else "body", start, end))
    return spans


def segmenter_spans(text: str) -> Spans:
    return [(s.kind, s.start, s.end) for s in noise_segmenter(text)]


def char_kinds(text: str, spans: Spans) -> dict[int, str]:
    kinds: dict[int, str] = {}
    for kind, start, end in spans:
        for offset in range(start, end):
            if not text[offset].isspace():
                kinds[offset] = kind
    return kinds


def prf(docs: Iterable[tuple[str, Spans, Spans]], wanted: set[str]) -> tuple[float, float, float]:
    tp = n_pred = n_gold = 0
    for text, gold, predicted in docs:
        gold_kinds, predicted_kinds = char_kinds(text, gold), char_kinds(text, predicted)
        for offset, char in enumerate(text):
            if char.isspace():
                continue
            g = gold_kinds.get(offset, "body") in wanted
            p = predicted_kinds.get(offset, "body") in wanted
            tp += g and p
            n_pred += p
            n_gold += g
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def seed_docs(docs_dir: Path, labels_path: Path) -> list[tuple[str, Spans]]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    result = []
    for doc_id, label in sorted(labels.items()):
        text = (docs_dir / doc_id).read_text(encoding="utf-8")
        result.append((text, [(s["kind"], s["start"], s["end"]) for s in label["segments"]]))
    return result


def page_docs(path: Path) -> list[tuple[str, Spans]]:
    return [(p.text, [(s.kind, s.start, s.end) for s in p.gold]) for p in load_pages(path)]


METHODS: dict[str, Callable[[str], Spans]] = {
    "credscore noise segmenter": segmenter_spans,
    "C4-style line filter": lambda text: filter_spans(text, c4_drops),
    "FineWeb-style line filter": lambda text: filter_spans(text, fineweb_drops),
}


def table(name: str, docs: list[tuple[str, Spans]]) -> str:
    rows = [
        f"### {name} ({len(docs)} documents)",
        "",
        "| method | noise P | noise R | noise F1 |",
        "|---|---|---|---|",
    ]
    for method, run in METHODS.items():
        scored = [(text, gold, run(text)) for text, gold in docs]
        p, r, f1 = prf(scored, NOISE_KINDS)
        rows.append(f"| {method} | {p:.3f} | {r:.3f} | {f1:.3f} |")
    scored = [(text, gold, segmenter_spans(text)) for text, gold in docs]
    extra = []
    for kind in ("comments", "boilerplate"):
        p, r, f1 = prf(scored, {kind})
        extra.append(f"{kind} P/R/F1 {p:.3f}/{r:.3f}/{f1:.3f}")
    rows += ["", "segmenter per kind: " + "; ".join(extra), ""]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT.parent.parent / "shared" / "seeds")
    parser.add_argument(
        "--labels",
        type=Path,
        default=ROOT.parent.parent / "shared" / "eval" / "seed-labels.json",
    )
    args = parser.parse_args()
    if args.docs.is_dir() and args.labels.is_file():
        print(table("labeled seeds", seed_docs(args.docs, args.labels)))
    else:
        print(f"(seeds not found at {args.docs}; skipped)")
    for path in sorted(PAGES.parent.glob("pages*.txt")):
        print(table(f"tests/data/noise/{path.name}", page_docs(path)))


if __name__ == "__main__":
    main()
