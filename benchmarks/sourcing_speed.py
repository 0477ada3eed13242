"""CPU throughput of the ``sourcing`` scorer alone, plus an output dump for before/after diffs.

Times only ``SourcingScorer().score(analysis)`` (``time.process_time``) over analyses built
beforehand from ``benchmarks/corpus.py: documents(2.0 MB)``. The shared per-token caches of
the analysis (``token_lower``, ``is_word``...) are filled before timing, as they are in the
pipeline where every scorer shares them. Data files are loaded by scoring one warm-up
document first. Also scores the seed documents; every report's findings and metrics go to
``--dump`` as JSON so two versions of the scorer can be compared byte for byte.

Run:  .venv/bin/python benchmarks/sourcing_speed.py --dump /tmp/sourcing.json [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any

from credscore.analysis import Analysis, analyse
from credscore.model import Document, ScorerResult

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import SEEDS, documents

from credscore.scorers import sourcing
from credscore.scorers.sourcing import SourcingScorer


def clear_bounded_caches() -> None:
    """Empty the scorer's bounded per-word caches, so that a timed pass gains nothing from
    the passes before it (the lexicons, loaded once per process, stay)."""
    modules = [
        module
        for name, module in sorted(sys.modules.items())
        if name == sourcing.__name__ or name.startswith(f"{sourcing.__name__}.")
    ]
    for value in [value for module in modules for value in vars(module).values()]:
        parameters = getattr(value, "cache_parameters", None)
        if parameters is not None and parameters()["maxsize"] is not None:
            value.cache_clear()


def prepared(texts: list[str], prefix: str, *, cold: bool = False) -> list[Analysis]:
    analyses = [analyse(Document(f"{prefix}{i}", text)) for i, text in enumerate(texts)]
    # The shared per-token caches: filled once per document by whichever scorer runs first.
    for analysis in [] if cold else analyses:
        _ = (
            analysis.token_lower,
            analysis.is_word,
            analysis.is_capitalised,
            analysis.is_number,
            analysis.word_count,
            analysis.article_segments,
        )
    return analyses


def result_dict(result: ScorerResult) -> dict[str, Any]:
    return {
        "score": result.score,
        "metrics": result.metrics,
        "findings": [
            {
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "message": f.message,
                "suggestion": f.suggestion,
                "source": f.source,
                "related": [[r.start, r.end, r.text] for r in f.related],
            }
            for f in result.findings
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--dump", type=Path, help="write findings+metrics of every report")
    parser.add_argument("--profile", action="store_true", help="cProfile, sorted by tottime")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many timed passes")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="one pass; the scorer also pays for the shared per-token caches",
    )
    parser.add_argument(
        "--warm", action="store_true", help="also time passes that keep the per-name caches"
    )
    args = parser.parse_args()

    texts = list(documents(int(args.megabytes * 1e6)))
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    analyses = prepared(texts, "c", cold=args.cold)
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    seed_analyses = prepared(seed_texts, "s")
    scorer = SourcingScorer()
    scorer.score(seed_analyses[0])  # loads the data files
    # The prebuilt analyses are held only for the benchmark (a pipeline streams documents):
    # keep the cyclic garbage collector from re-scanning them during the timed passes.
    gc.collect()
    gc.freeze()

    if args.profile:
        clear_bounded_caches()
        profiler = cProfile.Profile()
        profiler.enable()
        for analysis in analyses:
            scorer.score(analysis)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)

    def best_pass(clear: bool) -> float:
        best = float("inf")
        for _ in range(1 if args.cold else args.repeat):
            if clear:
                clear_bounded_caches()
            began = time.process_time()
            for analysis in analyses:
                scorer.score(analysis)
            best = min(best, time.process_time() - began)
        return best

    cleared = best_pass(clear=True)
    print(
        f"{len(texts)} documents, {megabytes:.2f} MB: sourcing {cleared:.2f} s CPU, "
        f"{megabytes / cleared:.2f} MB/s (per-name caches emptied before each pass)"
    )
    if args.warm:
        kept = best_pass(clear=False)
        print(f"steady state, per-name caches kept across passes: {megabytes / kept:.2f} MB/s")

    if args.dump:
        dump = {a.document.id: result_dict(scorer.score(a)) for a in analyses + seed_analyses}
        args.dump.write_text(
            json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=0), encoding="utf-8"
        )
        print(f"dumped {len(dump)} reports to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
