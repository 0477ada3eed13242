"""Throughput of the ``consistency`` scorer alone, and a dump of its output for diffing.

Analyses of ``documents(MB)`` (benchmarks/corpus.py) are built first and not timed; only
``ConsistencyScorer().score(analysis)`` is timed, in CPU time (time.process_time), best of
``--repeat`` passes, each with the per-word caches emptied first. Every report's score, metrics and findings (for the corpus, the seed
documents, the injected-error benchmark's articles and the hostile inputs) go to ``--dump``
as JSON, so a speed change can be checked for byte-identical output:

    .venv/bin/python benchmarks/consistency_speed.py --dump /tmp/before.json
    .venv/bin/python benchmarks/consistency_speed.py --dump /tmp/after.json
    cmp /tmp/before.json /tmp/after.json

``--profile`` prints the cProfile top functions by own time instead.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from consistency_hostile import INPUTS as HOSTILE_INPUTS
from consistency_injected import build
from corpus import documents

from credscore import entities, facts, name_runs, variants
from credscore.analysis import Analysis, analyse
from credscore.model import Document, ScorerResult
from credscore.scorers.consistency import ConsistencyScorer

SEEDS = Path("/work/shared/seeds")


def clear_word_caches() -> None:
    """Empty the per-word caches (bounded lru_caches) of the scorer's modules, so that every
    timed pass starts as a fresh process would after loading its data files (the unbounded
    ``functools.cache`` loaders stay filled)."""
    for module in (entities, facts, name_runs, variants):
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()
    name_runs.clear_kind_cache()


def result_dict(result: ScorerResult) -> dict[str, object]:
    return {
        "score": result.score,
        "metrics": result.metrics,
        "findings": [
            {
                "kind": finding.kind,
                "start": finding.start,
                "end": finding.end,
                "text": finding.text,
                "message": finding.message,
                "suggestion": finding.suggestion,
                "related": [[span.start, span.end, span.text] for span in finding.related],
            }
            for finding in result.findings
        ],
    }


def seed_analyses() -> list[Analysis]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return [analyse(Document(path.name, path.read_text(encoding="utf-8"))) for path in paths]


def injected_analyses(count: int = 600, seed: int = 11) -> list[Analysis]:
    """Articles of the injected-error benchmark (clean, respelled name, contradiction)."""
    rng = random.Random(seed)
    modes = ["clean", "name", "contradiction"]
    analyses: list[Analysis] = []
    while len(analyses) < count:
        built = build(rng, modes[len(analyses) % 3])
        if built is not None:
            analyses.append(analyse(Document(str(len(analyses)), built[0])))
    return analyses


def hostile_analyses(size: int = 3000) -> list[Analysis]:
    return [analyse(Document(name, make(size))) for name, make in HOSTILE_INPUTS.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write findings and metrics as JSON")
    parser.add_argument(
        "--warm", action="store_true", help="keep the per-word caches between passes"
    )
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="tottime", help="cProfile sort key (--profile)")
    parser.add_argument("--top", type=int, default=30, help="functions shown (--profile)")
    args = parser.parse_args()

    texts = list(documents(int(args.mb * 1e6)))
    analyses = [analyse(Document(f"doc{i}", text)) for i, text in enumerate(texts)]
    for analysis in analyses:  # shared columns, built once per document for every scorer
        _ = analysis.token_lower, analysis.is_capitalised, analysis.is_number, analysis.is_word
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    scorer = ConsistencyScorer()
    scorer.score(analyses[0])  # load the data files once per process, outside the timing

    if args.profile:
        clear_word_caches()
        profiler = cProfile.Profile()
        profiler.enable()
        for analysis in analyses:
            scorer.score(analysis)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
        return 0

    best = float("inf")
    for _ in range(args.repeat):
        if not args.warm:
            clear_word_caches()
        began = time.process_time()
        for analysis in analyses:
            scorer.score(analysis)
        best = min(best, time.process_time() - began)
    print(
        f"consistency: {megabytes:.2f} MB in {len(texts)} documents, "
        f"{best:.3f} s CPU -> {megabytes / best:.2f} MB/s"
    )
    if args.dump is not None:
        dump = {
            "corpus": [result_dict(scorer.score(analysis)) for analysis in analyses],
            "seeds": [result_dict(scorer.score(analysis)) for analysis in seed_analyses()],
            "injected": [result_dict(scorer.score(a)) for a in injected_analyses()],
            "hostile": [result_dict(scorer.score(a)) for a in hostile_analyses()],
        }
        args.dump.write_text(json.dumps(dump, indent=0, sort_keys=True), encoding="utf-8")
        print(f"output written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
