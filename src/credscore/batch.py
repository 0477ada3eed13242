"""Batch scoring: many documents in worker processes, streaming, ordered, crash-safe.

The parent process lists *sources* (paths, raw JSONL lines) and keeps at most ``window``
of them in flight; each worker reads, decodes, scores and serialises one document at a time
and sends back a small :class:`Outcome` (the JSONL line, a flat row, or the report). So
memory stays flat however large the corpus, and the parent does no per-document work beyond
writing bytes.

Workers start once: the pipeline is built and warmed up (lexicons, the syllable dictionary,
Punkt) in the parent, then the pool forks, so every worker shares it (``fork`` where the
platform has it; elsewhere ``spawn`` with the pipeline sent once to each worker's
initializer). A worker that dies outright (a segfault in a C extension, the OOM killer)
breaks the pool: the documents that were in flight are retried one at a time in a fresh
pool, and the one that kills it again gets a ``worker_crashed`` error record.

Resume: every JSONL line carries ``input.source``, the stable key of what it was made from
(the id relative to the folder, or ``file.jsonl:LINE``). :func:`completed_sources` reads
them back, cutting off a torn last line first, and the run skips those sources. Lines are
written whole with one ``write`` to a file opened for appending, so a run killed at any
moment leaves only whole lines plus at most one torn tail (which resume removes).
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import json
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Literal

import attrs

from credscore.io import (
    DEFAULT_MAX_BYTES,
    InputError,
    Source,
    load_source,
    source_bytes,
)
from credscore.model import Document, Report, encode_json_text
from credscore.pipeline import Pipeline

Mode = Literal["jsonl", "row", "report"]
WARM_UP_TEXT = (
    "City Council Approves New Budget\n"
    'The mayor said on Tuesday that the plan "will protect jobs," according to a statement. '
    "Critics argue it may possibly raise taxes, and some experts believe the numbers are "
    "wrong. Dr. Jane Smith of the U.S. Census Bureau told Reuters that 30,000 people moved.\n"
)
BRIEF_FINDINGS = 3
CHUNK = 4  # sources per task sent to a worker


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


@attrs.frozen
class Outcome:
    """What a worker sends back for one source.

    ``payload`` is a JSONL line (bytes, newline included) in ``jsonl`` mode, a flat row
    (dict) in ``row`` mode, or the :class:`Report` itself in ``report`` mode. ``brief`` holds
    a few of the document's findings as short strings, for the summary."""

    source: str
    id: str
    score: float | None
    error_type: str | None
    error_message: str | None
    nbytes: int
    payload: Any
    brief: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """No score at all (unreadable, undecodable...)."""
        return self.score is None

    @property
    def has_error(self) -> bool:
        """Failed, or scored with some scorer raising: counts toward exit status 3."""
        return self.error_type is not None


# --------------------------------------------------------------------------- rows and lines


def flat_row(report: Report) -> dict[str, object]:
    """One table row: id, score, error, then ``scorer`` sub-scores and ``scorer.metric``."""
    row: dict[str, object] = {
        "id": report.id,
        "score": None if report.score is None else round(report.score, 4),
        "error": None if report.error is None else f"{report.error.type}: {report.error.message}",
    }
    for name, result in report.scorers.items():
        row[name] = round(result.score, 4)
        for metric, value in result.metrics.items():
            row[f"{name}.{metric}"] = value
    return row


def report_line(report: Report, input_info: dict[str, str] | None = None) -> bytes:
    """One JSONL line: the report contract plus an optional top-level ``input`` object
    (where the document came from, its encoding and the resume key ``source``)."""
    body = report.to_dict()
    if input_info:
        body["input"] = input_info
    text = json.dumps(body, ensure_ascii=False, allow_nan=False)
    return encode_json_text(text) + b"\n"


def brief_findings(report: Report, limit: int = BRIEF_FINDINGS) -> tuple[str, ...]:
    """The first findings of the lowest-scoring scorers, as ``scorer/kind: "text"``."""
    ranked = sorted(report.scorers.items(), key=lambda item: item[1].score)
    brief: list[str] = []
    for name, result in ranked:
        for finding in result.findings:
            if len(brief) >= limit:
                return tuple(brief)
            snippet = " ".join(finding.text.split())
            if len(snippet) > 60:
                snippet = snippet[:57] + "..."
            brief.append(f'{name}/{finding.kind}: "{snippet}"')
    return tuple(brief)


# --------------------------------------------------------------------------- the worker side


@attrs.frozen
class WorkerSpec:
    pipeline: Pipeline
    mode: Mode = "jsonl"
    max_bytes: int = DEFAULT_MAX_BYTES


_worker_spec: WorkerSpec | None = None


def warm_up(pipeline: Pipeline) -> None:
    """Score a small article once so every lazily loaded resource is loaded now."""
    pipeline.score(WARM_UP_TEXT, "warm-up")


def _init_worker(spec: WorkerSpec, warm: bool) -> None:
    global _worker_spec
    # ^C goes to the whole process group: only the parent acts on it (it cancels what is
    # queued and waits for the documents being scored), so no worker dies mid-result
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_spec = spec
    if warm:  # spawned workers load their resources once here, not on the first document
        warm_up(spec.pipeline)


def _input_info(source: Source, item: Document | InputError) -> dict[str, str]:
    info = {"source": source.id}
    metadata = item.metadata
    for key in ("path", "record", "encoding", "bytes"):
        value = metadata.get(key)
        if value is not None:
            info[key] = str(value)
    return info


def process_source(source: Source, spec: WorkerSpec) -> Outcome:
    """Read, score and serialise one source. Never raises for a bad document."""
    item = load_source(source, max_bytes=spec.max_bytes)
    if isinstance(item, InputError):
        report = Report.failed(item.id, item.type, item.message)
        nbytes = 0
    else:
        try:
            report = spec.pipeline.score_document(item)
        except Exception as error:  # the pipeline catches scorer errors; this is a last guard
            report = Report.failed(item.id, "internal_error", f"{type(error).__name__}: {error}")
        nbytes = int(item.metadata.get("bytes", 0)) or len(item.text)
    payload: Any
    if spec.mode == "jsonl":
        payload = report_line(report, _input_info(source, item))
    elif spec.mode == "row":
        payload = flat_row(report)
    else:
        payload = report
    return Outcome(
        source=source.id,
        id=report.id,
        score=report.score,
        error_type=None if report.error is None else report.error.type,
        error_message=None if report.error is None else report.error.message,
        nbytes=nbytes,
        payload=payload,
        brief=brief_findings(report) if report.score is not None else (),
    )


def _process_in_worker(source: Source) -> Outcome:
    if _worker_spec is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    return process_source(source, _worker_spec)


def _process_chunk_in_worker(chunk: list[Source]) -> list[Outcome]:
    """A few sources per task: the pool's own cost per task (pickling, queues, futures)
    is paid once for the chunk."""
    return [_process_in_worker(source) for source in chunk]


def _crash_outcome(source: Source, spec: WorkerSpec, message: str) -> Outcome:
    report = Report.failed(source.id, "worker_crashed", message)
    payload: Any
    if spec.mode == "jsonl":
        payload = report_line(report, {"source": source.id})
    elif spec.mode == "row":
        payload = flat_row(report)
    else:
        payload = report
    return Outcome(source.id, source.id, None, "worker_crashed", message, 0, payload)


# --------------------------------------------------------------------------- the parent side


def start_method() -> str:
    """``fork`` where available (workers share the warmed-up parent), else ``spawn``.

    Not ``fork`` when this process runs other threads (a Dask client, a notebook's
    helpers): a thread holding a lock at the fork would leave it locked in the child."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, spec: WorkerSpec, jobs: int, method: str) -> None:
        self._spec = spec
        self._jobs = jobs
        self._method = method
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self._method)
        return ProcessPoolExecutor(
            max_workers=self._jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self._spec, self._method != "fork"),
        )

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _isolate(pool: _Pool, suspects: list[tuple[int, Source]], spec: WorkerSpec) -> Iterator[
    tuple[int, Outcome]
]:
    """After a worker died: run the in-flight sources one at a time in a fresh pool."""
    pool.restart()
    for seq, source in sorted(suspects, key=lambda item: item[0]):
        future = pool.executor.submit(_process_in_worker, source)
        try:
            yield seq, future.result()
        except BrokenProcessPool:
            yield seq, _crash_outcome(source, spec, "the worker process died scoring this document")
            pool.restart()


def score_sources(
    sources: Iterable[Source],
    pipeline: Pipeline,
    *,
    jobs: int | None = None,
    mode: Mode = "report",
    max_bytes: int = DEFAULT_MAX_BYTES,
    ordered: bool = True,
    window: int | None = None,
    method: str | None = None,
    chunk: int = CHUNK,
) -> Iterator[Outcome]:
    """Outcomes for ``sources``, scored in ``jobs`` worker processes (all cores by default).

    Ordered (input order) unless ``ordered=False``; at most ``window`` sources are in flight
    or waiting to be emitted at any time (default: 16 per job), so memory stays bounded.
    Sources go to the workers ``chunk`` at a time (fewer when the window is small)."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    spec = WorkerSpec(pipeline, mode, max_bytes)
    if jobs == 1:
        for source in sources:
            yield process_source(source, spec)
        return
    window = max(jobs, window or 16 * jobs)
    chunk_size = max(1, min(chunk, window // (2 * jobs)))  # every worker kept busy
    method = method or start_method()
    if method == "fork":
        warm_up(pipeline)  # loaded once here, shared by every forked worker
        gc.freeze()  # keep the shared objects' pages out of the collector's writes
    pool = _Pool(spec, jobs, method)
    iterator = iter(sources)
    in_flight: dict[Future[list[Outcome]], list[tuple[int, Source]]] = {}
    in_flight_sources = 0
    ready: dict[int, Outcome] = {}
    submitted = 0
    next_out = 0
    exhausted = False
    try:
        while True:
            while not exhausted and in_flight_sources + len(ready) < window:
                room = min(chunk_size, window - in_flight_sources - len(ready))
                items: list[tuple[int, Source]] = []
                for source in itertools.islice(iterator, room):
                    items.append((submitted, source))
                    submitted += 1
                if len(items) < room:
                    exhausted = True
                if not items:
                    break
                future = pool.executor.submit(
                    _process_chunk_in_worker, [source for _, source in items]
                )
                in_flight[future] = items
                in_flight_sources += len(items)
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken: list[tuple[int, Source]] = []
            finished: list[tuple[int, Outcome]] = []
            for future in done:
                items = in_flight.pop(future)
                in_flight_sources -= len(items)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    broken.extend(items)
                    continue
                finished.extend(zip((seq for seq, _ in items), outcomes, strict=True))
            if broken:
                for items in in_flight.values():
                    broken.extend(items)
                in_flight.clear()
                in_flight_sources = 0
                finished.extend(_isolate(pool, broken, spec))
            for seq, outcome in finished:
                if ordered:
                    ready[seq] = outcome
                else:
                    yield outcome
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
    finally:
        pool.close()
        if method == "fork":
            gc.unfreeze()


# --------------------------------------------------------------------------- resume


def completed_sources(path: str) -> set[str]:
    """The sources already in a JSONL output, after cutting off a torn last line.

    A line without a trailing newline was cut short by a kill: it is removed, so the
    document is scored again and written whole. Lines written by other tools (no
    ``input.source``) count by their ``id``."""
    done: set[str] = set()
    if not os.path.exists(path):
        return done
    truncate_torn_tail(path)
    with open(path, "rb") as stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                print(
                    f"credscore: {path}:{number} is not JSON; its document will be scored again",
                    file=sys.stderr,
                )
                continue
            input_info = record.get("input") if isinstance(record, dict) else None
            if isinstance(input_info, dict) and isinstance(input_info.get("source"), str):
                done.add(input_info["source"])
            elif isinstance(record, dict) and isinstance(record.get("id"), str):
                done.add(record["id"])
    return done


def truncate_torn_tail(path: str) -> int:
    """Cut the file back to its last newline; returns how many bytes were removed."""
    with open(path, "r+b") as stream:
        size = stream.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        position = size
        block = 65536
        while position > 0:
            start = max(0, position - block)
            stream.seek(start)
            chunk = stream.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        else:
            keep = 0
        if keep < size:
            stream.truncate(keep)
            stream.flush()
            os.fsync(stream.fileno())
        return size - keep


class AppendLog:
    """A JSONL file written one whole line per ``write`` system call, opened for appending.

    Nothing is buffered in this process: once :meth:`write` returns, the line is in the
    kernel and survives the process being killed. ``fsync_every`` lines (0: only at close)
    are forced to disk, for power loss."""

    def __init__(self, path: str, *, append: bool, fsync_every: int = 0) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o644)
        self._fsync_every = fsync_every
        self._since_sync = 0

    def write(self, line: bytes) -> None:
        view = memoryview(line)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        if self._fsync_every:
            self._since_sync += 1
            if self._since_sync >= self._fsync_every:
                os.fsync(self._fd)
                self._since_sync = 0

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):  # a file system without fsync
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


# --------------------------------------------------------------------------- summary


@attrs.define
class Summary:
    """Counts, the score distribution and the lowest-scoring documents, in constant memory."""

    lowest: int = 5
    scored: int = 0
    failed: int = 0
    partial: int = 0
    bytes: int = 0
    total: float = 0.0
    histogram: list[int] = attrs.field(factory=lambda: [0] * 101)
    error_types: dict[str, int] = attrs.field(factory=dict)
    _heap: list[tuple[float, int, str, tuple[str, ...]]] = attrs.field(factory=list)
    _count: int = 0

    def add(self, outcome: Outcome) -> None:
        self._count += 1
        self.bytes += outcome.nbytes
        if outcome.error_type is not None:
            self.error_types[outcome.error_type] = self.error_types.get(outcome.error_type, 0) + 1
        if outcome.score is None:
            self.failed += 1
            return
        self.scored += 1
        self.partial += outcome.error_type is not None
        self.total += outcome.score
        self.histogram[min(100, max(0, int(outcome.score)))] += 1
        # a max-heap on -score keeps the `lowest` smallest scores
        entry = (-outcome.score, -self._count, outcome.id, outcome.brief)
        if len(self._heap) < self.lowest:
            heapq.heappush(self._heap, entry)
        elif entry > self._heap[0]:
            heapq.heapreplace(self._heap, entry)

    def percentile(self, fraction: float) -> float | None:
        """The score below which ``fraction`` of the scored documents fall (1-point bins)."""
        if not self.scored:
            return None
        target = fraction * self.scored
        running = 0
        for value, count in enumerate(self.histogram):
            running += count
            if running >= target and count:
                return float(value)
        return 100.0

    def render(self) -> str:
        lines = [
            f"credscore summary: {self.scored + self.failed} documents, {self.scored} scored, "
            f"{self.failed} failed, {self.partial} scored with a scorer error"
        ]
        if self.error_types:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.error_types.items()))
            lines.append(f"  errors by type: {kinds}")
        if self.scored:
            quartiles = [self.percentile(q) for q in (0.0, 0.25, 0.5, 0.75, 1.0)]
            lines.append(
                f"  score mean {self.total / self.scored:.1f}; min {quartiles[0]:.0f}, "
                f"25% {quartiles[1]:.0f}, median {quartiles[2]:.0f}, 75% {quartiles[3]:.0f}, "
                f"max {quartiles[4]:.0f} (1-point bins)"
            )
            lines.append("  distribution:")
            bins = [sum(self.histogram[i : i + 10]) for i in range(0, 100, 10)]
            bins[-1] += self.histogram[100]
            widest = max(bins) or 1
            for index, count in enumerate(bins):
                bar = "#" * round(40 * count / widest)
                upper = 100 if index == 9 else index * 10 + 9
                lines.append(f"    {index * 10:3d}-{upper:<3d} {count:7d} {bar}".rstrip())
            lines.append(f"  lowest-scoring {min(self.lowest, self.scored)}:")
            for negative, _, doc_id, brief in sorted(self._heap, reverse=True):
                lines.append(f"    {-negative:5.1f}  {doc_id}")
                lines.extend(f"           {item}" for item in brief)
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress display on standard error: documents, MB, rate, ETA.

    Drawn at most a few times a second from the consuming loop (no thread)."""

    def __init__(
        self,
        *,
        total_docs: int | None = None,
        total_bytes: int | None = None,
        enabled: bool = True,
        stream: Any = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        import time

        self._clock = clock or time.monotonic
        self._stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.total_docs = total_docs
        self.total_bytes = total_bytes
        self.docs = 0
        self.bytes = 0
        self._start = self._clock()
        self._last_draw = -1.0

    def update(self, outcome: Outcome, input_bytes: int | None = None) -> None:
        self.docs += 1
        self.bytes += outcome.nbytes if input_bytes is None else input_bytes
        if self.enabled and self._clock() - self._last_draw >= 0.2:
            self.draw()

    def line(self) -> str:
        elapsed = max(1e-9, self._clock() - self._start)
        doc_rate = self.docs / elapsed
        mb = self.bytes / 1e6
        parts = [
            f"{self.docs}/{self.total_docs} docs" if self.total_docs else f"{self.docs} docs",
            f"{mb:.1f} MB",
            f"{doc_rate:.1f} docs/s",
            f"{mb / elapsed:.2f} MB/s",
        ]
        eta: float | None = None
        if self.total_docs and self.docs:
            eta = (self.total_docs - self.docs) / doc_rate
        elif self.total_bytes and self.bytes:
            eta = (self.total_bytes - self.bytes) / (self.bytes / elapsed)
        if eta is not None:
            seconds = max(0, int(eta))
            parts.append(f"ETA {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
        return "  ".join(parts)

    def draw(self) -> None:
        self._last_draw = self._clock()
        self._stream.write("\r" + self.line() + "\x1b[K")
        self._stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.draw()
            self._stream.write("\n")
            self._stream.flush()


def source_sizes(sources: Iterable[Source]) -> int:
    return sum(source_bytes(source) for source in sources)


# --------------------------------------------------------------------------- Python API


def score_folder(
    path: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    glob: str = "*.txt",
    pipeline: Pipeline | None = None,
    follow_symlinks: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ordered: bool = True,
) -> Iterator[Report]:
    """Reports for the files under ``path`` (recursive), in id order, scored in ``jobs``
    worker processes (all cores by default). Unreadable files give error reports
    (``report.error``), never an exception."""
    from credscore.io import iter_folder
    from credscore.pipeline import default_pipeline

    sources = iter_folder(Path(path), glob, follow_symlinks=follow_symlinks)
    for outcome in score_sources(
        sources,
        pipeline if pipeline is not None else default_pipeline(),
        jobs=jobs,
        mode="report",
        max_bytes=max_bytes,
        ordered=ordered,
    ):
        report: Report = outcome.payload
        yield report


def score_documents(
    documents: Iterable[Document | str],
    *,
    jobs: int | None = None,
    pipeline: Pipeline | None = None,
    ordered: bool = True,
) -> Iterator[Report]:
    """Like :meth:`Pipeline.score_many`, in ``jobs`` worker processes: reports in input
    order; plain strings get ids ``doc-0``, ``doc-1``... Documents are sent to the workers a
    window at a time, never all at once."""
    from credscore.io import TextSource
    from credscore.pipeline import default_pipeline

    sources = (
        TextSource(item.id, item.text, dict(item.metadata))
        if isinstance(item, Document)
        else TextSource(f"doc-{index}", item)
        for index, item in enumerate(documents)
    )
    for outcome in score_sources(
        sources,
        pipeline if pipeline is not None else default_pipeline(),
        jobs=jobs,
        mode="report",
        ordered=ordered,
    ):
        report: Report = outcome.payload
        yield report
