"""Benchmark of the sourcing scorer: span P/R/F1 of attributions (with source agreement) and
quotes on labeled cases, plus throughput and a linear-time check on hostile input.

    python benchmarks/sourcing_eval.py                       # the bundled labeled cases
    python benchmarks/sourcing_eval.py --cases other.json    # any file in the same format
    python benchmarks/sourcing_eval.py --seeds /work/shared/seeds \
        --seed-labels /work/shared/eval/seed-labels.json     # also the seed gold
    python benchmarks/sourcing_eval.py --verbose             # every miss and false alarm

Cases format (``tests/data/sourcing_cases.json``): a list of
``{"id", "text", "attributions": [{"text", "source", "occurrence"}], "quotes": [{"text",
"occurrence"}]}``; a span is the ``occurrence``-th (1-based) appearance of ``text``. Matching
follows ``shared/eval/evaluate.py``: spans match when they share a character, one-to-one per
document; a matched attribution's source agrees when one contains the other or they share a
name word of three letters or more.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import string
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from credscore.analysis import analyse
from credscore.model import Document, Finding
from credscore.scorers.sourcing import SourcingScorer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "data" / "sourcing_cases.json"
STOP = {"the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "dr", "mr", "ms", "mrs"}

Gold = dict[str, Any]


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            raise ValueError(f"{needle!r} (occurrence {occurrence}) not in the case text")
    return position, position + len(needle)


def case_gold(case: dict[str, Any]) -> list[Gold]:
    gold: list[Gold] = []
    for kind, key in (("attribution", "attributions"), ("quote", "quotes")):
        for item in case[key]:
            start, end = locate(case["text"], item["text"], item.get("occurrence", 1))
            gold.append(
                {
                    "kind": kind,
                    "start": start,
                    "end": end,
                    "text": item["text"],
                    "source": item.get("source"),
                }
            )
    return gold


def norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().lower()


def source_agrees(predicted: str | None, gold: str | None) -> bool:
    p, g = norm(predicted), norm(gold)
    if not p or not g:
        return False
    if p in g or g in p:
        return True

    def words(value: str) -> set[str]:
        return {w for w in re.findall(r"\w+", value) if len(w) >= 3 and w not in STOP}

    return bool(words(p) & words(g))


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {
            "attribution": [0, 0, 0, 0],
            "quote": [0, 0, 0, 0],
        }  # tp, predicted, gold, source-agreeing matches

    def add(self, kind: str, tp: int, predicted: int, gold: int, agree: int = 0) -> None:
        row = self.counts[kind]
        row[0] += tp
        row[1] += predicted
        row[2] += gold
        row[3] += agree

    def figures(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and (attributions) source agreement per kind."""
        out = {}
        for kind, (tp, predicted, gold, agree) in self.counts.items():
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out[kind] = {"p": precision, "r": recall, "f1": f1, "source": agree / tp if tp else 0.0}
        return out

    def lines(self, label: str) -> list[str]:
        out = [f"{label}: kind         P      R      F1   source   (tp/pred/gold)"]
        for kind, (tp, predicted, gold, agree) in self.counts.items():
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            source = f"{agree / tp:6.3f}" if kind == "attribution" and tp else "     -"
            out.append(
                f"  {kind:<12} {precision:6.3f} {recall:6.3f} {f1:6.3f} {source}"
                f"   ({tp}/{predicted}/{gold})"
            )
        return out


def match(predicted: Sequence[Finding], gold: Sequence[Gold]) -> list[tuple[int, int]]:
    """One-to-one overlap matching (augmenting paths, as the evaluator does)."""
    adjacency = [
        [
            p
            for p, finding in enumerate(predicted)
            if max(finding.start, g["start"]) < min(finding.end, g["end"])
        ]
        for g in gold
    ]
    owner = [-1] * len(predicted)

    def attempt(g: int, seen: set[int]) -> bool:
        for p in adjacency[g]:
            if p in seen:
                continue
            seen.add(p)
            if owner[p] == -1 or attempt(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        attempt(g, set())
    return [(owner[p], p) for p in range(len(predicted)) if owner[p] >= 0]


def evaluate(
    documents: Iterable[tuple[str, str, list[Gold], tuple[tuple[int, int], ...]]],
    tally: Tally,
    *,
    verbose: bool,
) -> None:
    scorer = SourcingScorer()
    for doc_id, text, gold, article in documents:
        analysis = analyse(Document(doc_id, text))
        findings = scorer.score(analysis).findings
        for kind in ("attribution", "quote"):
            preds = [
                f
                for f in findings
                if f.kind == kind and (not article or any(s <= f.start < e for s, e in article))
            ]
            golds = [g for g in gold if g["kind"] == kind]
            pairs = match(preds, golds)
            agree = sum(
                1 for g, p in pairs if source_agrees(preds[p].source, golds[g].get("source"))
            )
            tally.add(kind, len(pairs), len(preds), len(golds), agree)
            if verbose:
                matched_p = {p for _, p in pairs}
                matched_g = {g for g, _ in pairs}
                for p, f in enumerate(preds):
                    if p not in matched_p:
                        print(f"  [{doc_id}] FP {kind}: {f.text!r} source={f.source!r}")
                for g, item in enumerate(golds):
                    if g not in matched_g:
                        print(f"  [{doc_id}] FN {kind}: {item['text']!r} source={item['source']!r}")
                if kind == "attribution":
                    for g, p in pairs:
                        if not source_agrees(preds[p].source, golds[g].get("source")):
                            print(
                                f"  [{doc_id}] SOURCE {preds[p].text!r}: "
                                f"{preds[p].source!r} != {golds[g].get('source')!r}"
                            )


def bundled_cases(path: Path) -> list[tuple[str, str, list[Gold], tuple[tuple[int, int], ...]]]:
    cases = json.loads(path.read_text(encoding="utf-8"))
    return [(case["id"], case["text"], case_gold(case), ()) for case in cases]


def seed_documents(
    seeds: Path, labels: Path
) -> list[tuple[str, str, list[Gold], tuple[tuple[int, int], ...]]]:
    gold_by_doc = json.loads(labels.read_text(encoding="utf-8"))
    documents = []
    for name, entry in sorted(gold_by_doc.items()):
        text = (seeds / name).read_text(encoding="utf-8")
        gold = [f for f in entry["findings"] if f["scorer"] == "sourcing"]
        article = tuple(
            (s["start"], s["end"]) for s in entry["segments"] if s["kind"] in ("title", "body")
        )
        documents.append((name, text, gold, article))
    return documents


def throughput(texts: Sequence[str], repeat: int = 3) -> float:
    """Characters per second of analysis + sourcing on the given texts (best of ``repeat``)."""
    scorer = SourcingScorer()
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for index, text in enumerate(texts):
            scorer.score(analyse(Document(str(index), text)))
        best = min(best, time.perf_counter() - started)
    return chars / best


def scorer_seconds(text: str) -> float:
    analysis = analyse(Document("hostile", text))
    scorer = SourcingScorer()
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        scorer.score(analysis)
        best = min(best, time.perf_counter() - started)
    return best


HOSTILE = {
    "double marks": '"',
    "curly marks": "“”‘’",
    "open quotes": "“a ",
    "names": "Smith Jones said ",
    "apostrophes": "'x' ",
    "digits": '12" ',
    "pronoun cues": "he said, ",
    # definite bodies with no name holding their head: the look-back must stay bounded
    "definite bodies": "The bank said. ",
    "surname variants": "Ann Dvorakova said. Dvorakovas said. ",
    "age descriptions": "Ann Lee, 43, said. The 43-year-old said. ",
    "described bodies": "Kenya's central bank said. The bank said. ",
    "findings": "Pell Marsh found that rates fell. ",
    # the round-5 patterns: characterising calls, kin appositives, relatives after an
    # appositive, opening survey phrases, listed quoted terms, parenthetical counts
    "calls": 'Ann Lee called it "a mess" and ',
    "kin appositives": "said his son, Ian Roe, and her aunt said ",
    "relative appositives": "Ann Lee, a nurse at the clinic, who said ",
    "survey openings": "In a survey of 9 people, ",
    "listed terms": '"a b" and "c d" and ',
    "parenthetical counts": "rain fell, NOAA counted, ",
    # round 6: company salience past codes and places, reports inside quotations, one-letter
    # surname slips, research groups
    "company salience": "Orla Foods Ltd said. Sold across Tyrol (ref A12). The company said. ",
    "quoted reports": '"The agent said no," she said. ',
    "surname slips": "Ann Dvorakova said. Dvorakowa said. ",
    "research groups": "Researchers at the University of Leeds measured it. They found that ",
    # round 8: "according to" descriptions, relative-clause subjects, hearings, pleas,
    # Spanish cues
    "according descriptions": "Sales fell, according to figures it gave the growers' board. ",
    "relative subjects": "A user claiming to work for the venue wrote that it shut. One said ",
    "hearings and pleas": "The court heard from Ms Kaur that Tom Ellis admitted two counts. ",
    "spanish cues": "Según datos del Instituto, dijo la Dra. Ruiz. ",
    # round 10: he/she past names in the background, "X, which", role memory, "it"/"they"
    # after a report
    "background names": "Ana Ruiz ran from Vila Nova de Gaia to Porto Alto. He said ",
    "which bodies": "Holm Stone Works, which quarries, said. The firm said. It added ",
    "roles and they": "Minister Jo Lee met coach Al Roe. A source said. They said. The coach said ",
}


def linearity(size: int) -> dict[str, float]:
    """Time ratio of the scorer on 2n vs n characters of each hostile pattern (about 2 when
    linear, about 4 when quadratic)."""
    ratios = {}
    for label, unit in HOSTILE.items():
        small = unit * (size // len(unit))
        ratios[label] = scorer_seconds(small * 2) / max(scorer_seconds(small), 1e-9)
    # Many distinct names sharing a first name ("John Aaaa said. John said."): short-form
    # look-ups must not grow with the number of names.
    names = [
        f"John {''.join(letters).capitalize()} said. John said. "
        for letters in itertools.product(string.ascii_lowercase, repeat=4)
    ]
    count = size // len(names[0])
    small, large = "".join(names[:count]), "".join(names[: 2 * count])
    ratios["distinct names"] = scorer_seconds(large) / max(scorer_seconds(small), 1e-9)
    return ratios


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, action="append")
    parser.add_argument("--seeds", type=Path)
    parser.add_argument("--seed-labels", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    for path in args.cases or [DEFAULT_CASES]:
        tally = Tally()
        documents = bundled_cases(path)
        evaluate(documents, tally, verbose=args.verbose)
        print("\n".join(tally.lines(f"{path.name} ({len(documents)} cases)")))
    if args.seeds and args.seed_labels:
        tally = Tally()
        documents = seed_documents(args.seeds, args.seed_labels)
        evaluate(documents, tally, verbose=args.verbose)
        print("\n".join(tally.lines(f"seeds ({len(documents)} docs, article findings only)")))
    if not args.no_speed:
        texts = [case[1] for case in bundled_cases(DEFAULT_CASES)] * 20
        if args.seeds:
            texts += [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))] * 5
        print(f"throughput (analysis + sourcing): {throughput(texts) / 1e6:.2f} MB/s")
        ratios = linearity(100_000)
        print(
            "hostile input, time(200k)/time(100k): "
            + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
