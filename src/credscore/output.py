"""Output writers: JSONL (the report contract, one line each), JSON, CSV and a text table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Protocol

from credscore.model import Report, encode_json_text

FORMATS = ("table", "jsonl", "json", "csv")


class ReportWriter(Protocol):
    def write(self, report: Report) -> None: ...

    def close(self) -> None: ...


def jsonl_line(report: Report) -> bytes:
    """One report as one UTF-8 JSONL line (lone surrogates escaped, never a crash)."""
    return encode_json_text(report.to_json()) + b"\n"


class JsonlWriter:
    """Streams one line per report and flushes it, so a killed run leaves whole lines."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def write(self, report: Report) -> None:
        self._stream.write(jsonl_line(report))
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class JsonWriter:
    """A JSON array of reports, written as they come."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._count = 0

    def write(self, report: Report) -> None:
        self._stream.write(b"[\n" if self._count == 0 else b",\n")
        self._stream.write(encode_json_text(report.to_json()))
        self._count += 1

    def close(self) -> None:
        self._stream.write(b"[]\n" if self._count == 0 else b"\n]\n")
        self._stream.flush()


def flat_row(report: Report) -> dict[str, object]:
    """One CSV row: id, score, error, then ``scorer`` sub-scores and ``scorer.metric`` values."""
    row: dict[str, object] = {
        "id": report.id,
        "score": "" if report.score is None else round(report.score, 2),
        "error": "" if report.error is None else f"{report.error.type}: {report.error.message}",
    }
    for name, result in report.scorers.items():
        row[name] = round(result.score, 2)
        for metric, value in result.metrics.items():
            row[f"{name}.{metric}"] = value
    return row


class CsvWriter:
    """CSV needs its columns up front, and metrics differ by document: rows are held until
    ``close``, then written under the union of their columns."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._rows: list[dict[str, object]] = []

    def write(self, report: Report) -> None:
        self._rows.append(flat_row(report))

    def close(self) -> None:
        columns: dict[str, None] = {}
        for row in self._rows:
            columns.update(dict.fromkeys(row))
        writer = csv.DictWriter(self._stream, fieldnames=list(columns), restval="")
        writer.writeheader()
        writer.writerows(self._rows)
        self._stream.flush()


def render_table(reports: Sequence[Report], scorer_names: Sequence[str]) -> str:
    """A plain-text table: one row per document, the overall score, one column per scorer."""
    header = ["id", "score", *scorer_names]
    rows = [header]
    for report in reports:
        if report.error is not None and report.score is None:
            rows.append([report.id, "ERROR", f"{report.error.type}: {report.error.message}"])
            continue
        cells = [report.id, f"{report.score:.1f}"]
        for name in scorer_names:
            result = report.scorers.get(name)
            cells.append("-" if result is None else f"{result.score:.1f}")
        rows.append(cells)
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(header))]
    lines = []
    for row in rows:
        padded = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) if i < len(widths) else cell
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


class TableWriter:
    def __init__(self, stream: IO[str], scorer_names: Sequence[str]) -> None:
        self._stream = stream
        self._names = list(scorer_names)
        self._reports: list[Report] = []

    def write(self, report: Report) -> None:
        self._reports.append(report)

    def close(self) -> None:
        self._stream.write(render_table(self._reports, self._names))
        self._stream.flush()


def reports_to_jsonl(reports: Iterable[Report]) -> str:
    return "".join(jsonl_line(report).decode("utf-8") for report in reports)


def load_jsonl(stream: IO[str]) -> list[Report]:
    return [Report.from_dict(json.loads(line)) for line in stream if line.strip()]
