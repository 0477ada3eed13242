"""Show where the noise segmenter disagrees with gold segments, line by line.

python benchmarks/noise_diff.py DOCS_DIR LABELS.json [--all]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from credscore.segment import default_segmenter, lines_with_offsets


def kind_at(segments: list[tuple[str, int, int]], offset: int) -> str:
    for kind, start, end in segments:
        if start <= offset < end:
            return kind
    return "?"


def main() -> None:
    docs, labels_path = Path(sys.argv[1]), Path(sys.argv[2])
    show_all = "--all" in sys.argv
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {"comments": [0, 0, 0], "boilerplate": [0, 0, 0]}
    for doc_id, label in sorted(labels.items()):
        text = (docs / doc_id).read_text(encoding="utf-8")
        gold = [(s["kind"], s["start"], s["end"]) for s in label["segments"]]
        predicted = [(s.kind, s.start, s.end) for s in default_segmenter(text)]
        for kind, counts in totals.items():
            for offset, char in enumerate(text):
                if char.isspace():
                    continue
                g = kind_at(gold, offset) == kind
                p = kind_at(predicted, offset) == kind
                counts[0] += g and p
                counts[1] += p
                counts[2] += g
        print(f"== {doc_id}")
        for start, end in lines_with_offsets(text):
            line = text[start:end].strip()
            if not line:
                continue
            g, p = (
                kind_at(gold, start + len(text[start:end]) - len(text[start:end].lstrip())),
                kind_at(predicted, start),
            )
            if g != p or show_all:
                print(f"  gold={g:11} pred={p:11} | {line[:100]}")
    for kind, (tp, npred, ngold) in totals.items():
        precision = tp / npred if npred else 1.0
        recall = tp / ngold if ngold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{kind:12} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


if __name__ == "__main__":
    main()
