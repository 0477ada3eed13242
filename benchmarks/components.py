"""Where the time goes, and whether a speed change kept the output identical.

    .venv/bin/python benchmarks/components.py                       # per-component MB/s
    .venv/bin/python benchmarks/components.py --dump /tmp/new.jsonl # + every report
    .venv/bin/python benchmarks/components.py --dump /tmp/new.jsonl --compare /tmp/old.jsonl

Times (CPU time of this process, best of ``--repeat``) the shared analysis and each
registered scorer, document by document as the pipeline runs them, then the full pipeline,
on ``documents(--mb)`` of ``corpus.py``. The first pass is cold: per-word memos fill as
they do in a real run (``--repeat 2`` keeps the warm pass). ``--dump`` writes the full report of the default pipeline for that corpus,
the seeds, the labeled pages of ``eval/blind`` and a few long and hostile documents, one
JSON line each, so that two versions can be compared line by line (``--compare`` prints
the first differences and exits 1 if there are any).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SEEDS, documents, long_document

from credscore.analysis import Analysis, analyse
from credscore.model import Document
from credscore.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def per_document_times(pipeline: Pipeline, docs: list[Document], repeat: int
                       ) -> list[tuple[str, float]]:
    """CPU seconds of the analysis and of each scorer, one document at a time as the
    pipeline runs them (so each analysis dies after its document, as in a real run: holding
    every analysis at once would make the collector's full passes scan them all). The
    first pass is cold (per-word memos fill); ``repeat`` > 1 keeps the best pass."""
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(repeat):
        totals = dict.fromkeys(["analysis", *(s.name for s in pipeline.scorers)], 0.0)
        for document in docs:
            start = clock()
            analysis: Analysis = analyse(document)
            totals["analysis"] += clock() - start
            for scorer in pipeline.scorers:
                start = clock()
                scorer.score(analysis)
                totals[scorer.name] += clock() - start
        for name, seconds in totals.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    return list(best.items())


def dump_documents(mb: float) -> Iterator[Document]:
    for index, text in enumerate(documents(int(mb * 1e6))):
        yield Document(f"corpus/{index:05d}", text)
    for path in sorted(SEEDS.glob("*.txt")):
        yield Document(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "eval" / "blind" / "docs").glob("*.txt")):
        yield Document(f"blind/{path.name}", path.read_text(encoding="utf-8"))
    yield Document("long/300k", long_document(300_000, seed=7))
    hostile = {
        "quotes": '"' * 20_000,
        "names": "Anna Maria Smith-Jones O'Neil " * 2_000,
        "initials": "A. B. C. " * 5_000,
        "digits": "12,345.6 " * 5_000,
        "one-line": " ".join(["said Dr. Smith, reportedly 30,000 people"] * 2_000),
    }
    for name, text in hostile.items():
        yield Document(f"hostile/{name}", text)


def write_dump(pipeline: Pipeline, path: Path, mb: float) -> None:
    with path.open("w", encoding="utf-8") as out:
        for document in dump_documents(mb):
            report = pipeline.score_document(document).to_dict()
            out.write(json.dumps(report, sort_keys=True, ensure_ascii=False) + "\n")


def compare(new: Path, old: Path, limit: int = 10) -> int:
    new_lines = new.read_text(encoding="utf-8").splitlines()
    old_lines = old.read_text(encoding="utf-8").splitlines()
    differences = 0
    if len(new_lines) != len(old_lines):
        print(f"{len(new_lines)} reports against {len(old_lines)}")
        differences += 1
    for new_line, old_line in zip(new_lines, old_lines, strict=False):
        if new_line == old_line:
            continue
        differences += 1
        if differences <= limit:
            new_report, old_report = json.loads(new_line), json.loads(old_line)
            print(f"differs: {new_report.get('id')}")
            for name in sorted(set(new_report["scorers"]) | set(old_report["scorers"])):
                a = new_report["scorers"].get(name)
                b = old_report["scorers"].get(name)
                if a != b:
                    print(f"  scorer {name}: {json.dumps(a)[:300]}\n   was {json.dumps(b)[:300]}")
            for key in sorted(set(new_report) - {"scorers"}):
                if new_report.get(key) != old_report.get(key):
                    print(f"  {key}: {str(new_report.get(key))[:200]} was "
                          f"{str(old_report.get(key))[:200]}")
    print(f"{differences} differing reports of {len(old_lines)}")
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N timings")
    parser.add_argument("--dump", type=Path, help="write every report here (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier --dump to compare with")
    parser.add_argument("--no-timing", action="store_true")
    options = parser.parse_args()
    pipeline = Pipeline.default()
    if not options.no_timing:
        texts = list(documents(int(options.mb * 1e6)))
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        docs = [Document(f"d{i}", text) for i, text in enumerate(texts)]
        pipeline.score_document(docs[0])  # load every data file outside the timing
        gc.collect()  # and its garbage: else the first timed part pays the collection
        rows = per_document_times(pipeline, docs, options.repeat)
        rows.append(("full pipeline", cpu_seconds(
            lambda: [pipeline.score_document(d) for d in docs], options.repeat)))
        print(f"{megabytes:.2f} MB, {len(docs)} documents, CPU seconds (best of "
              f"{options.repeat})")
        for name, seconds in rows:
            print(f"  {name:14s} {seconds:7.3f} s  {megabytes / seconds:7.2f} MB/s  "
                  f"{seconds / megabytes:6.3f} s/MB")
    if options.dump:
        write_dump(pipeline, options.dump, options.mb)
        if options.compare:
            return compare(options.dump, options.compare)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
