"""The command line: argument parsing only; the work is done by the layers below."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from credscore.io import DEFAULT_GLOB, DEFAULT_MAX_BYTES, InputError, iter_inputs, iter_jsonl
from credscore.model import Document, Report
from credscore.output import FORMATS, CsvWriter, JsonlWriter, JsonWriter, ReportWriter, TableWriter
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
    score.add_argument("--glob", default=DEFAULT_GLOB, help="file pattern inside folders")
    score.add_argument("--config", metavar="TOML", help="credscore.toml or pyproject.toml")
    score.add_argument("--jsonl", action="store_true", help="PATHs are JSONL corpora")
    score.add_argument("--jsonl-text-field", default="text")
    score.add_argument("--jsonl-id-field", default="id")
    score.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="files larger than this are a too_large error record",
    )
    commands.add_parser("scorers", help="list the registered scorers")
    return parser


def _documents(args: argparse.Namespace) -> Iterator[Document | InputError]:
    if args.jsonl:
        for path in args.paths:
            yield from iter_jsonl(
                path, text_field=args.jsonl_text_field, id_field=args.jsonl_id_field
            )
    else:
        yield from iter_inputs(args.paths, args.glob, max_bytes=args.max_bytes)


def _writer(fmt: str, binary: IO[bytes], text: IO[str], pipeline: Pipeline) -> ReportWriter:
    if fmt == "jsonl":
        return JsonlWriter(binary)
    if fmt == "json":
        return JsonWriter(binary)
    if fmt == "csv":
        return CsvWriter(text)
    return TableWriter(text, [scorer.name for scorer in pipeline.scorers])


def _score(args: argparse.Namespace) -> int:
    try:
        pipeline = Pipeline.from_config(args.config) if args.config else Pipeline.default()
    except ConfigError as error:
        print(f"credscore: {error}", file=sys.stderr)
        return EXIT_USAGE
    stream: IO[bytes] = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
    # the text view must not close the binary stream under it (stdout) when collected
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="backslashreplace", newline="")
    failed = 0
    try:
        writer = _writer(args.format, stream, text, pipeline)
        for item in _documents(args):
            if isinstance(item, InputError):
                report = Report.failed(item.id, item.type, item.message)
            else:
                report = pipeline.score_document(item)
            failed += report.error is not None
            writer.write(report)
        writer.close()
    finally:
        text.flush()
        text.detach()
        if args.output:
            stream.close()
    return EXIT_PARTIAL if failed else EXIT_OK


def _list_scorers() -> int:
    for name in registry.names():
        try:
            scorer = registry.create(name)
        except Exception as error:  # one broken plug-in must not hide the others
            print(f"{name:14s} BROKEN: {type(error).__name__}: {error}")
            continue
        print(f"{name:14s} weight {scorer.default_weight:<5g} {scorer.description}")
    for broken in registry.broken():
        print(f"{broken.name:14s} BROKEN ({broken.target}): {broken.error}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "scorers":
        return _list_scorers()
    return _score(args)


if __name__ == "__main__":
    sys.exit(main())
