"""The batch CLI: formats, resume, summary, and a real kill-and-resume run."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_corpus import write_corpus
from credscore.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from credscore.pipeline import Pipeline


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("cli-corpus")
    ids = write_corpus(folder, 24, seed=21)
    return folder, ids


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jobs_give_identical_jsonl(corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, ids = corpus
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(one), "--jobs", "1",
                 "-q"]) == EXIT_OK
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(two), "--jobs", "2",
                 "-q"]) == EXIT_OK
    assert one.read_bytes() == two.read_bytes()
    assert [r["id"] for r in read_jsonl(one)] == ids


def test_unordered_has_every_document_once(corpus: tuple[Path, list[str]],
                                           tmp_path: Path) -> None:
    folder, ids = corpus
    out = tmp_path / "u.jsonl"
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(out), "--jobs", "2",
                 "--unordered", "-q"]) == EXIT_OK
    assert sorted(r["id"] for r in read_jsonl(out)) == ids  # type: ignore[type-var]


def test_csv_has_union_of_metric_columns(corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, ids = corpus
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")  # fewer metrics than others
    try:
        out = tmp_path / "out.csv"
        assert main(["score", str(folder), "--format", "csv", "-o", str(out), "-q"]) == EXIT_OK
    finally:
        (folder / "zz-empty.txt").unlink()
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    header = list(rows[0])
    assert header[:3] == ["id", "score", "error"]
    scorer_names = [scorer.name for scorer in Pipeline.default().scorers]
    assert [column for column in header if column in scorer_names] == scorer_names
    assert "readability.flesch_reading_ease" in header
    assert [row["id"] for row in rows] == [*ids, "zz-empty.txt"]
    assert rows[-1]["readability.flesch_reading_ease"] == ""
    assert all(0 <= float(row["score"]) <= 100 for row in rows)


def test_parquet(corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    folder, ids = corpus
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "in" / "good.txt").write_text("A council vote was held.", encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert main(["score", str(folder), str(tmp_path / "in"), "--format", "parquet",
                 "-o", str(out), "-q"]) == EXIT_PARTIAL
    table = parquet.read_table(out).to_pydict()
    assert table["id"] == [*ids, "bad.txt", "good.txt"]
    assert table["score"][-2] is None and table["error"][-2].startswith("binary")
    assert all(0 <= s <= 100 for s in table["score"] if s is not None)
    assert "readability.words" in table


def test_parquet_needs_output() -> None:
    assert main(["score", "x", "--format", "parquet"]) == EXIT_USAGE


def test_resume_appends_only_missing(corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, _ids = corpus
    full = tmp_path / "full.jsonl"
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(full), "-q"]) == EXIT_OK
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:10]) + lines[10][:25])  # ten lines and a torn one
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(partial), "--resume",
                 "-q"]) == EXIT_OK
    assert partial.read_bytes() == full.read_bytes()
    # resuming a finished run adds nothing
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(partial), "--resume",
                 "-q"]) == EXIT_OK
    assert partial.read_bytes() == full.read_bytes()


def test_resume_needs_jsonl_output() -> None:
    assert main(["score", "x", "--resume"]) == EXIT_USAGE
    assert main(["score", "x", "--resume", "--format", "jsonl"]) == EXIT_USAGE


def test_summary_goes_to_stderr(corpus: tuple[Path, list[str]], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    folder, ids = corpus
    out = tmp_path / "s.jsonl"
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(out), "--summary",
                 "-q"]) == EXIT_OK
    err = capsys.readouterr().err
    assert f"{len(ids)} documents, {len(ids)} scored, 0 failed" in err
    assert "lowest-scoring 5:" in err and "distribution:" in err


def test_jsonl_stdin_corpus(monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    import io

    data = b'{"id": "a", "text": "One. Two."}\n{"id": "b", "text": "Three."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["score", "-", "--jsonl", "--format", "jsonl", "-q"]) == EXIT_OK
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["a", "b"]


def _run_cli(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "credscore", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def _line_count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_sigkill_midway_then_resume(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    ids = write_corpus(folder, 200, seed=99, paragraphs=12)
    out = tmp_path / "out.jsonl"
    args = ["score", str(folder), "--format", "jsonl", "-o", str(out), "--jobs", "2", "-q"]
    kills = 0
    for kill_after in (40, 110):  # two kills at different points, then a clean finish
        process = _run_cli([*args, "--resume"] if out.exists() else args)
        deadline = time.monotonic() + 120
        while _line_count(out) < kill_after and process.poll() is None:
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.01)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        assert process.stderr is not None
        process.stderr.close()
    assert kills >= 1, "the runs finished before they could be killed"
    final = _run_cli([*args, "--resume"])
    assert final.wait(timeout=300) == EXIT_OK, final.stderr.read() if final.stderr else ""
    if final.stderr is not None:
        final.stderr.close()
    raw = out.read_bytes()
    assert raw.endswith(b"\n")
    records = [json.loads(line) for line in raw.splitlines()]  # no torn line anywhere
    seen = [r["id"] for r in records]
    assert len(seen) == len(set(seen)), "a document was written twice"
    assert sorted(seen) == ids, "a document is missing"


def test_interrupt_stops_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    ids = write_corpus(folder, 120, seed=4, paragraphs=12)
    out = tmp_path / "out.jsonl"
    args = ["score", str(folder), "--format", "jsonl", "-o", str(out), "--jobs", "2", "-q"]
    process = _run_cli(args)
    deadline = time.monotonic() + 120
    while _line_count(out) < 10 and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    if process.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    os.killpg(process.pid, signal.SIGINT)  # ^C reaches the whole process group
    assert process.wait(timeout=60) == 130
    assert process.stderr is not None
    assert b"interrupted" in process.stderr.read()
    process.stderr.close()
    assert [json.loads(line) for line in out.read_bytes().splitlines()]  # whole lines only
    assert main([*args, "--resume"]) == EXIT_OK
    assert sorted(r["id"] for r in read_jsonl(out)) == ids  # type: ignore[type-var]
