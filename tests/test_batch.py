"""Batch scoring: worker processes, order, bounded memory, crashes, resume, summary."""

from __future__ import annotations

import io
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

import credscore
from batch_corpus import article, write_corpus
from credscore.analysis import Analysis
from credscore.batch import (
    AppendLog,
    Outcome,
    Progress,
    Summary,
    completed_sources,
    score_sources,
    truncate_torn_tail,
)
from credscore.io import FileSource, Source, TextSource, iter_folder
from credscore.model import ScorerResult
from credscore.pipeline import Pipeline
from credscore.scorers.readability import ReadabilityScorer
from support import assert_valid_report


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, write_corpus(folder, 40)


def test_parallel_equals_serial_and_is_sorted(corpus: tuple[Path, list[str]]) -> None:
    folder, ids = corpus
    serial = [r.to_dict() for r in credscore.score_folder(folder, jobs=1)]
    parallel = [r.to_dict() for r in credscore.score_folder(folder, jobs=2)]
    assert [r["id"] for r in serial] == ids
    assert parallel == serial
    text = {doc_id: (folder / doc_id).read_text(encoding="utf-8") for doc_id in ids}
    for report in parallel:
        assert_valid_report(report, text[report["id"]])


def test_unordered_gives_the_same_reports(corpus: tuple[Path, list[str]]) -> None:
    folder, ids = corpus
    unordered = list(credscore.score_folder(folder, jobs=2, ordered=False))
    assert sorted(r.id for r in unordered) == ids
    serial = {r.id: r.to_dict() for r in credscore.score_folder(folder, jobs=1)}
    assert {r.id: r.to_dict() for r in unordered} == serial


def test_score_documents_matches_score_many() -> None:
    rng = random.Random(3)
    texts = [article(rng, 2) for _ in range(12)]
    pipeline = Pipeline.default()
    expected = [r.to_dict() for r in pipeline.score_many(texts)]
    got = [r.to_dict() for r in credscore.score_documents(texts, jobs=2, pipeline=pipeline)]
    assert got == expected


@pytest.mark.parametrize("ordered", [True, False])
def test_in_flight_sources_are_bounded(ordered: bool) -> None:
    """The parent pulls at most `window` sources ahead of what it has emitted."""
    pulled = 0
    emitted = 0
    worst = 0
    rng = random.Random(5)

    def sources() -> Iterator[Source]:
        nonlocal pulled, worst
        for index in range(60):
            pulled += 1
            worst = max(worst, pulled - emitted)
            yield TextSource(f"d{index:03d}", article(rng, rng.randint(1, 6)))

    ids = []
    for outcome in score_sources(sources(), Pipeline.default(), jobs=2, window=6,
                                 ordered=ordered):
        emitted += 1
        ids.append(outcome.id)
    assert sorted(ids) == [f"d{i:03d}" for i in range(60)]
    if ordered:
        assert ids == sorted(ids)
    assert worst <= 6 + 1


class CrashingScorer:
    """Kills its worker process outright on a marker word (like a segfault would)."""

    name = "crasher"
    default_weight = 1.0
    description = "test scorer"

    def score(self, analysis: Analysis) -> ScorerResult:
        if "KILLME" in analysis.text:
            os._exit(13)
        return ScorerResult(score=80.0)


class RaisingScorer:
    name = "raiser"
    default_weight = 1.0
    description = "test scorer"

    def score(self, analysis: Analysis) -> ScorerResult:
        if "RAISE" in analysis.text:
            raise ValueError("boom")
        return ScorerResult(score=70.0)


def test_a_dying_worker_costs_one_document() -> None:
    pipeline = Pipeline((ReadabilityScorer(), CrashingScorer(), RaisingScorer()))
    texts = {f"d{i:02d}": f"Plain sentence number {i}. It is fine." for i in range(30)}
    texts["d07"] = "This one says KILLME and takes its worker down."
    texts["d19"] = "This one will RAISE in one scorer only."
    sources = [TextSource(doc_id, text) for doc_id, text in sorted(texts.items())]
    outcomes = list(score_sources(sources, pipeline, jobs=2, mode="report", method="fork"))
    assert [o.id for o in outcomes] == sorted(texts)
    by_id = {o.id: o for o in outcomes}
    assert by_id["d07"].error_type == "worker_crashed" and by_id["d07"].score is None
    assert by_id["d19"].error_type == "scorer_error" and by_id["d19"].score is not None
    assert "raiser" in (by_id["d19"].error_message or "")
    assert all(o.error_type is None for k, o in by_id.items() if k not in ("d07", "d19"))


def test_spawn_workers_give_the_same_reports(corpus: tuple[Path, list[str]]) -> None:
    folder, _ids = corpus
    sources = list(iter_folder(folder))[:6]
    pipeline = Pipeline.default()
    forked = [o.payload for o in score_sources(sources, pipeline, jobs=2, mode="jsonl",
                                               method="fork")]
    spawned = [o.payload for o in score_sources(sources, pipeline, jobs=2, mode="jsonl",
                                                method="spawn")]
    assert spawned == forked


def test_torn_tail_is_cut_and_resume_skips_done(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = [json.dumps({"id": f"x{i}", "input": {"source": f"s{i}"}}) for i in range(3)]
    out.write_bytes(("\n".join(good) + "\n" + '{"id": "x3", "inp').encode())
    assert completed_sources(str(out)) == {"s0", "s1", "s2"}
    assert out.read_bytes().endswith(b"}\n")
    assert truncate_torn_tail(str(out)) == 0
    # a file that is one torn line only
    out.write_bytes(b'{"id": "half')
    assert completed_sources(str(out)) == set()
    assert out.read_bytes() == b""
    # lines from other tools count by id
    out.write_bytes(b'{"id": "plain"}\n')
    assert completed_sources(str(out)) == {"plain"}


def test_append_log_writes_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "log.jsonl"
    log = AppendLog(str(out), append=False, fsync_every=2)
    for index in range(5):
        log.write(f'{{"n": {index}}}\n'.encode())
    log.close()
    log = AppendLog(str(out), append=True)
    log.write(b'{"n": 5}\n')
    log.close()
    assert [json.loads(line)["n"] for line in out.read_text().splitlines()] == list(range(6))


def outcome(doc_id: str, score: float | None, error: str | None = None) -> Outcome:
    return Outcome(doc_id, doc_id, score, error, "msg" if error else None, 100, b"",
                   ("hedging/hedge: \"may\"",) if score is not None else ())


def test_summary_counts_distribution_and_lowest() -> None:
    summary = Summary(lowest=2)
    for index, score in enumerate([90.0, 12.5, 55.0, 70.0, 12.0, 99.0]):
        summary.add(outcome(f"d{index}", score))
    summary.add(outcome("bad", None, "binary"))
    summary.add(outcome("partial", 40.0, "scorer_error"))
    assert (summary.scored, summary.failed, summary.partial) == (7, 1, 1)
    assert summary.percentile(0.5) == 55.0
    text = summary.render()
    assert "8 documents, 7 scored, 1 failed" in text
    assert "binary 1" in text and "scorer_error 1" in text
    lowest = text.split("lowest-scoring 2:")[1]
    assert lowest.index("d4") < lowest.index("d1") and "d0" not in lowest
    assert 'hedging/hedge: "may"' in lowest


def test_summary_of_nothing() -> None:
    assert "0 documents" in Summary().render()


def test_progress_line_has_rate_and_eta() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(total_docs=10, enabled=True, stream=stream, clock=lambda: now[0])
    for _ in range(4):
        now[0] += 0.5
        progress.update(outcome("d", 50.0))
    line = progress.line()
    assert line.startswith("4/10 docs") and "2.0 docs/s" in line and "ETA 0:00:03" in line
    progress.close()
    assert stream.getvalue().endswith("\n") and "\r" in stream.getvalue()
    silent = io.StringIO()
    quiet = Progress(enabled=False, stream=silent)
    quiet.update(outcome("d", 50.0))
    quiet.close()
    assert silent.getvalue() == ""


def test_score_frame() -> None:
    pandas = pytest.importorskip("pandas")
    rng = random.Random(11)
    series = pandas.Series([article(rng, 2), "", "Short one."], index=["a", "b", "c"])
    frame = credscore.score_frame(series)
    assert list(frame.index) == ["a", "b", "c"]
    assert list(frame["id"]) == ["a", "b", "c"]
    assert {"score", "error", "readability", "readability.flesch_reading_ease"} <= set(frame)
    assert frame["score"].between(0, 100).all()
    assert frame.loc["b", "readability.words"] == 0
    expected = credscore.score(series["a"], id="a")
    assert frame.loc["a", "score"] == pytest.approx(expected.score, abs=1e-3)


def test_file_source_in_process(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("One line of text.", encoding="utf-8")
    [result] = score_sources([FileSource("a.txt", str(path))], Pipeline.default(), jobs=1,
                             mode="jsonl")
    record = json.loads(result.payload)
    assert record["input"] == {"source": "a.txt", "path": str(path), "encoding": "utf-8",
                               "bytes": "17"}


def test_start_method_avoids_fork_with_threads_running() -> None:
    import threading

    from credscore.batch import start_method

    alone = start_method()
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        helper.join()
    assert start_method() == alone
