"""The command line: argument parsing only; the work is done by the layers below."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from credscore.batch import (
    AppendLog,
    Mode,
    Outcome,
    Progress,
    Summary,
    completed_sources,
    default_jobs,
    score_sources,
)
from credscore.io import DEFAULT_GLOB, DEFAULT_MAX_BYTES, Source, iter_sources
from credscore.output import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    JsonWriter,
    ParquetWriter,
    TableWriter,
    require_pyarrow,
)
from credscore.pipeline import ConfigError, Pipeline
from credscore.registry import registry

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # some documents could not be read or scored; the others were


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="credscore", description="Score how credible news-like text documents are."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score files, folders, JSONL corpora or stdin")
    score.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    score.add_argument("--format", choices=FORMATS, default="table")
    score.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    score.add_argument("--glob", default=DEFAULT_GLOB, help="file name pattern inside folders")
    score.add_argument("--config", metavar="TOML", help="credscore.toml or pyproject.toml")
    score.add_argument(
        "--jsonl",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read PATHs as JSONL corpora (default: PATHs ending in .jsonl/.ndjson are)",
    )
    score.add_argument("--jsonl-text-field", default="text", metavar="FIELD")
    score.add_argument("--jsonl-id-field", default="id", metavar="FIELD")
    score.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="files (or JSONL lines) larger than this are a too_large error record",
    )
    score.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help=f"worker processes (default: all cores, here {default_jobs()})",
    )
    score.add_argument(
        "--unordered", action="store_true", help="write reports as they finish, not by input"
    )
    score.add_argument(
        "--resume",
        action="store_true",
        help="append to --output only the documents not already in it (JSONL only)",
    )
    score.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow links that lead out of a scored folder, and linked folders",
    )
    score.add_argument("--summary", action="store_true", help="print a summary to stderr")
    score.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    score.add_argument(
        "--fsync-every",
        type=int,
        default=0,
        metavar="N",
        help="force JSONL output to disk every N lines (default: only at the end)",
    )
    score.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="score on an existing Dask cluster (scheduler address, e.g. tcp://host:8786)",
    )
    commands.add_parser("scorers", help="list the registered scorers")
    return parser


def _usage_error(message: str) -> int:
    print(f"credscore: {message}", file=sys.stderr)
    return EXIT_USAGE


def _sources(args: argparse.Namespace) -> Iterator[Source]:
    return iter_sources(
        args.paths,
        args.glob,
        jsonl=args.jsonl,
        text_field=args.jsonl_text_field,
        id_field=args.jsonl_id_field,
        follow_symlinks=args.follow_symlinks,
        max_bytes=args.max_bytes,
    )


def _check(args: argparse.Namespace) -> str | None:
    """A usage problem with the arguments, or None."""
    if args.resume and (args.format != "jsonl" or not args.output):
        return "--resume needs --format jsonl and --output FILE"
    if args.format == "parquet":
        if not args.output:
            return "--format parquet needs --output FILE"
        try:
            require_pyarrow()
        except RuntimeError as error:
            return str(error)
    if args.jobs is not None and args.jobs < 1:
        return "--jobs must be at least 1"
    if args.max_bytes < 0:
        return "--max-bytes must be >= 0"
    if args.paths.count("-") > 1:
        return "standard input (-) can be read only once"
    return None


def _outcomes(
    args: argparse.Namespace, pipeline: Pipeline, sources: Iterator[Source], mode: Mode
) -> Iterator[Outcome]:
    if args.dask:
        from credscore.dask import score_sources_on_cluster

        return score_sources_on_cluster(
            args.dask, sources, pipeline, mode=mode, max_bytes=args.max_bytes,
            ordered=not args.unordered,
        )
    return score_sources(
        sources,
        pipeline,
        jobs=args.jobs,
        mode=mode,
        max_bytes=args.max_bytes,
        ordered=not args.unordered,
    )


class _Sink:
    """Where outcomes go: an append-only JSONL log, or a format writer over a stream."""

    def __init__(self, args: argparse.Namespace, pipeline: Pipeline) -> None:
        self.log: AppendLog | None = None
        self._stream: IO[bytes] | None = None
        self._text: io.TextIOWrapper | None = None
        self._writer: Any = None
        fmt = args.format
        if fmt == "jsonl" and args.output:
            self.log = AppendLog(args.output, append=args.resume, fsync_every=args.fsync_every)
            return
        if fmt == "parquet":
            self._writer = ParquetWriter(args.output)
            return
        self._owns = bool(args.output)
        self._stream = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
        # the text view must not close the binary stream under it (stdout) when collected
        self._text = io.TextIOWrapper(
            self._stream, encoding="utf-8", errors="backslashreplace", newline=""
        )
        if fmt == "jsonl":
            self._writer = JsonlWriter(self._stream)
        elif fmt == "json":
            self._writer = JsonWriter(self._stream)
        elif fmt == "csv":
            self._writer = CsvWriter(self._text)
        else:
            self._writer = TableWriter(self._text, [scorer.name for scorer in pipeline.scorers])

    def write(self, outcome: Outcome) -> None:
        if self.log is not None:
            self.log.write(outcome.payload)
        elif isinstance(outcome.payload, bytes):
            self._writer.write_line(outcome.payload)
        else:
            self._writer.write_row(outcome.payload)

    def close(self) -> None:
        if self.log is not None:
            self.log.close()
            return
        try:
            self._writer.close()
        finally:
            if self._text is not None:
                self._text.flush()
                self._text.detach()
            if self._stream is not None and self._owns:
                self._stream.close()


def _progress(args: argparse.Namespace, sources: list[Source] | None) -> Progress:
    interactive = sys.stderr.isatty() and not args.quiet
    total_docs = len(sources) if sources is not None else None
    total_bytes = None
    if interactive and sources is None:
        sizes = [os.path.getsize(p) for p in args.paths if p != "-" and os.path.isfile(p)]
        total_bytes = sum(sizes) or None
    return Progress(total_docs=total_docs, total_bytes=total_bytes, enabled=interactive)


def _score(args: argparse.Namespace) -> int:
    problem = _check(args)
    if problem:
        return _usage_error(problem)
    try:
        pipeline = Pipeline.from_config(args.config) if args.config else Pipeline.default()
    except ConfigError as error:
        return _usage_error(str(error))
    mode: Mode = "jsonl" if args.format in ("jsonl", "json") else "row"
    done = completed_sources(args.output) if args.resume else set()
    sources: Iterator[Source] = (s for s in _sources(args) if s.id not in done)
    listed: list[Source] | None = None
    reads_corpus = args.jsonl or any(p == "-" or p.endswith((".jsonl", ".ndjson"))
                                     for p in args.paths)
    if sys.stderr.isatty() and not args.quiet and not reads_corpus:
        listed = list(sources)  # small records (paths), listed anyway: gives the bar a total
        sources = iter(listed)
    progress = _progress(args, listed)
    summary = Summary()
    try:
        sink = _Sink(args, pipeline)
    except OSError as error:
        return _usage_error(f"cannot write {args.output}: {error}")
    try:
        for outcome in _outcomes(args, pipeline, sources, mode):
            sink.write(outcome)
            summary.add(outcome)
            progress.update(outcome)
    finally:
        sink.close()
        progress.close()
    if args.summary:
        if done:
            print(f"credscore: resumed; {len(done)} documents were already done", file=sys.stderr)
        sys.stderr.write(summary.render())
    return EXIT_PARTIAL if summary.failed or summary.partial else EXIT_OK


def _list_scorers() -> int:
    for name in registry.names():
        scorer = registry.create(name)
        print(f"{name:14s} weight {scorer.default_weight:<5g} {scorer.description}")
    for broken in registry.broken():
        print(f"{broken.name:14s} BROKEN ({broken.target}): {broken.error}")
    return EXIT_OK


EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_BROKEN_PIPE = 141  # what a shell reports for a reader that went away (128 + SIGPIPE)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "scorers":
            return _list_scorers()
        return _score(args)
    except KeyboardInterrupt:
        print("credscore: interrupted; what was written is whole (use --resume)",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `credscore score ... | head`: the reader is gone; stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
