"""Does time grow linearly with input size? For every registered scorer, for the shared
analysis and for the whole default pipeline, on adversarial inputs of n and 2n characters.

    python benchmarks/linearity.py                  # default n = 200,000 characters
    python benchmarks/linearity.py --size 500000 --threshold 2.5 --json out.json
    python benchmarks/linearity.py --only hedging --inputs names,numbers

Prints time(n), time(2n), their ratio and throughput per (input, target); linear work has a
ratio near 2, quadratic near 4. Times are CPU seconds of this process unless ``--wall``. Exits 1 when a ratio exceeds ``--threshold`` (default 2.5)
for a target that took at least ``--min-seconds`` at 2n (below that the ratio is timer
noise), so it can gate a CI-like run. It is a benchmark: run it on a quiet machine.

A scorer is timed on a ready analysis (its cached per-token columns computed beforehand),
so its figure is its own work; "analysis" is segmentation, sentences and tokens; "pipeline"
is ``Pipeline.score`` end to end.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import sys
import time
from collections.abc import Callable
from typing import Any

from credscore import Document, Pipeline, analyse
from credscore.analysis import Analysis
from credscore.strategies import generate_article

Builder = Callable[[int], str]


def _repeat(unit: str) -> Builder:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _articles(joiner: str) -> Builder:
    """Generated articles (comments, boilerplate and all) glued into one text."""

    def build(size: int) -> str:
        parts: list[str] = []
        total, seed = 0, 0
        while total < size:
            text = generate_article(seed).text
            if joiner != "\n":
                text = text.replace("\r\n", joiner).replace("\n", joiner)
            parts.append(text)
            total += len(text) + len(joiner)
            seed += 1
        return joiner.join(parts)[:size]

    return build


INPUTS: dict[str, Builder] = {
    "punctuation": _repeat("!?.,;:…—-()[]"),
    "dots": _repeat("."),
    "quote marks": _repeat('"'),
    "unclosed quotes": _repeat("“He said the bridge may reopen, "),
    "nested quotes": _repeat("“‘«"),
    "names": _repeat("Kim Jong Un Ana Novak Li Wei Dr. Aminata Ouédraogo "),
    "numbers": _repeat("1,000,000.5 $412 million 30% in 1978 4.5 12:30 "),
    "abbreviations": _repeat("Mr. Dr. U.S. St. a.m. No. "),
    "long line": _articles(" "),
    # one sentence that never ends: per-sentence work must not be quadratic in its length
    "one sentence": _repeat(
        "Officials said on Tuesday that Mr. Kim “may” reopen 30,000 bridges, according to CNN; "
    ),
    "quoted sentences": _repeat(
        "“We will reopen the bridge,” Kim said. Critics argue it may fail. "
    ),
    "short lines": _repeat("Yes.\nReply\n"),
    "articles": _articles("\n"),
    "comment markers": _repeat("47 Comments\nNotify of\nReply\n5 years ago\nLoad more comments\n"),
    "one long word": _repeat("a"),
}


def _best_seconds(work: Callable[[], Any], repeats: int, clock: Callable[[], float]) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = clock()
        work()
        best = min(best, clock() - start)
        if best > 1.0:  # long runs are steady enough once
            break
    return best


def _ready_analysis(text: str, pipeline: Pipeline) -> Analysis:
    analysis = pipeline.analyse(Document("bench", text))
    # the shared per-token columns are the analysis's cost, not the scorer's
    for column in ("token_lower", "is_word", "is_capitalised", "is_number", "word_count"):
        getattr(analysis, column)
    return analysis


def _targets(pipeline: Pipeline, only: set[str] | None) -> dict[str, Callable[[str], Any]]:
    targets: dict[str, Callable[[str], Any]] = {
        "analysis": lambda text: analyse(Document("bench", text), pipeline.segmenter),
        "pipeline": lambda text: pipeline.score(text, id="bench"),
    }
    for scorer in pipeline.scorers:
        targets[scorer.name] = _scorer_target(scorer.score, pipeline)
    if only:
        targets = {name: work for name, work in targets.items() if name in only}
    return targets


def _scorer_target(score: Callable[[Analysis], Any], pipeline: Pipeline) -> Callable[[str], Any]:
    prepared: dict[int, Analysis] = {}

    def run(text: str) -> Any:
        analysis = prepared.get(id(text))
        if analysis is None:
            analysis = prepared[id(text)] = _ready_analysis(text, pipeline)
        return score(analysis)

    return run


def measure(
    size: int,
    repeats: int,
    only: set[str] | None,
    inputs: list[str],
    clock: Callable[[], float] = time.process_time,
    max_seconds: float = 20.0,
) -> list[dict[str, Any]]:
    """One row per (input, target). A target slower than ``max_seconds`` at n is not run at
    2n: its ratio is infinite (it fails the threshold) rather than the benchmark hanging."""
    pipeline = Pipeline.default()
    pipeline.score(generate_article(0).text)  # load lexicons and tables once
    targets = _targets(pipeline, only)
    rows: list[dict[str, Any]] = []
    for input_name in inputs:
        small, large = INPUTS[input_name](size), INPUTS[input_name](2 * size)
        for target_name, work in targets.items():
            # keep the texts alive: the scorer targets key their analyses by id()
            t_small = _best_seconds(lambda w=work, t=small: w(t), repeats, clock)
            if t_small > max_seconds:
                t_large, ratio = math.inf, math.inf
            else:
                t_large = _best_seconds(lambda w=work, t=large: w(t), repeats, clock)
                ratio = t_large / max(t_small, 1e-9)
            rows.append(
                {
                    "input": input_name,
                    "target": target_name,
                    "n": size,
                    "seconds_n": t_small,
                    "seconds_2n": t_large,
                    "ratio": ratio,
                    "mb_per_s": 2 * size / max(t_large, 1e-9) / 1e6,
                }
            )
            print(_format(rows[-1]), flush=True)
    return rows


def _format(row: dict[str, Any]) -> str:
    return (
        f"{row['input']:16s} {row['target']:12s} {row['seconds_n']:8.3f}s "
        f"{row['seconds_2n']:8.3f}s  x{row['ratio']:5.2f}  {row['mb_per_s']:7.2f} MB/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200_000, help="n, in characters")
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs")
    parser.add_argument("--threshold", type=float, default=2.5, help="max time(2n)/time(n)")
    parser.add_argument("--min-seconds", type=float, default=0.02)
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=20.0,
        help="a target slower than this at n is not run at 2n and fails",
    )
    parser.add_argument("--only", help="comma-separated targets (scorer names, analysis, pipeline)")
    parser.add_argument("--inputs", help=f"comma-separated, from: {', '.join(INPUTS)}")
    parser.add_argument("--json", metavar="FILE", help="write every row as JSON")
    parser.add_argument(
        "--wall",
        action="store_true",
        help="time by the wall clock (default: this process's CPU time, steadier on a busy box)",
    )
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    inputs = args.inputs.split(",") if args.inputs else list(INPUTS)
    unknown = [name for name in inputs if name not in INPUTS]
    if unknown:
        parser.error(f"unknown inputs: {', '.join(unknown)}")
    print(f"{'input':16s} {'target':12s} {'time(n)':>9s} {'time(2n)':>9s}  ratio  throughput")
    clock = time.perf_counter if args.wall else time.process_time
    rows = measure(args.size, args.repeats, only, inputs, clock, args.max_seconds)
    too_slow = [
        row
        for row in rows
        if row["ratio"] > args.threshold and row["seconds_2n"] >= args.min_seconds
    ]
    if args.json:
        # JSON has no Infinity: a target that was too slow to run at 2n is null there
        clean = [{k: (None if v == math.inf else v) for k, v in row.items()} for row in rows]
        slow = [row for row in clean if row["ratio"] is None or row["ratio"] > args.threshold]
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump({"rows": clean, "over_threshold": slow}, stream, indent=1)
    worst = max(rows, key=lambda row: row["ratio"] if row["seconds_2n"] >= args.min_seconds else 0)
    print(f"\nworst ratio: {worst['ratio']:.2f} ({worst['target']} on {worst['input']})")
    if too_slow:
        print(f"{len(too_slow)} over the threshold {args.threshold}:")
        for row in too_slow:
            print("  " + _format(row))
        return 1
    print(f"all ratios <= {args.threshold} (where time(2n) >= {args.min_seconds}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
