"""Span P/R/F1 of the hedging scorer on the handwritten news sentences.

    python benchmarks/hedging_news.py [--data tests/data/hedging_news.jsonl] [--verbose]

Each line of the data file holds one text and, per kind (hedge, weasel, booster), the
expected spans as substrings (matched in order of occurrence). A prediction matches a gold
span of the same kind when they share at least one character (one-to-one), as the project's
evaluator does.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from credscore import Document, analyse
from credscore.scorers.hedging import HedgingScorer

KINDS = ("hedge", "weasel", "booster")
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "hedging_news.jsonl"


def gold_spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor: dict[str, int] = {}
    for phrase in phrases:
        start = text.index(phrase, cursor.get(phrase, 0))
        cursor[phrase] = start + 1
        spans.append((start, start + len(phrase)))
    return spans


def evaluate(path: Path, *, verbose: bool = False) -> dict[str, dict[str, float]]:
    scorer = HedgingScorer()
    totals = {kind: {"gold": 0, "pred": 0, "tp": 0} for kind in KINDS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        result = scorer.score(analyse(Document("s", text)))
        for kind in KINDS:
            if kind == "booster" and "booster" not in item:
                continue  # booster spans are labeled only where the line says so
            gold = gold_spans(text, item.get(kind, []))
            predicted = [(f.start, f.end) for f in result.findings if f.kind == kind]
            unmatched = list(gold)
            hits = 0
            for start, end in predicted:
                match = next((g for g in unmatched if max(g[0], start) < min(g[1], end)), None)
                if match is not None:
                    unmatched.remove(match)
                    hits += 1
                elif verbose:
                    print(f"FP {kind:7s} {text[start:end]!r:30s} | {text}")
            if verbose:
                for start, end in unmatched:
                    print(f"FN {kind:7s} {text[start:end]!r:30s} | {text}")
            totals[kind]["gold"] += len(gold)
            totals[kind]["pred"] += len(predicted)
            totals[kind]["tp"] += hits
    figures: dict[str, dict[str, float]] = {}
    for kind, count in totals.items():
        precision = count["tp"] / count["pred"] if count["pred"] else 1.0
        recall = count["tp"] / count["gold"] if count["gold"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[kind] = {**{k: float(v) for k, v in count.items()}, "precision": precision,
                         "recall": recall, "f1": f1}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    figures = evaluate(args.data, verbose=args.verbose)
    print(f"{'kind':8s} {'gold':>5s} {'pred':>5s} {'tp':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for kind, row in figures.items():
        print(f"{kind:8s} {row['gold']:5.0f} {row['pred']:5.0f} {row['tp']:5.0f} "
              f"{row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}")


if __name__ == "__main__":
    main()
