"""Output writers: JSONL (the report contract, one line each), JSON, CSV, Parquet, a table.

JSONL and JSON stream: each line is written as it comes. CSV and Parquet need their columns
up front, and metrics differ from document to document (a scorer leaves a metric out when it
does not apply), so their rows are *spooled* to a temporary file on disk as they come, with
the column set gathered on the way; ``close`` then writes the file under the union of the
columns (``id``, ``score``, ``error``, then each scorer's sub-score and its ``scorer.metric``
columns in the order they first appeared). Memory stays flat; the disk holds one extra copy
of the rows until the end.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, Protocol

from credscore.batch import flat_row, report_line
from credscore.model import Report, encode_json_text

FORMATS = ("table", "jsonl", "json", "csv", "parquet")
FIXED_COLUMNS = ("id", "score", "error")
PARQUET_ROW_GROUP = 10_000


class ReportWriter(Protocol):
    def write(self, report: Report) -> None: ...

    def close(self) -> None: ...


def jsonl_line(report: Report) -> bytes:
    """One report as one UTF-8 JSONL line (lone surrogates escaped, never a crash)."""
    return report_line(report)


class JsonlWriter:
    """Streams one line per report and flushes it, so a killed run leaves whole lines."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def write(self, report: Report) -> None:
        self.write_line(jsonl_line(report))

    def write_line(self, line: bytes) -> None:
        self._stream.write(line)
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class JsonWriter:
    """A JSON array of reports, written as they come."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._count = 0

    def write(self, report: Report) -> None:
        self.write_line(jsonl_line(report))

    def write_line(self, line: bytes) -> None:
        self._stream.write(b"[\n" if self._count == 0 else b",\n")
        self._stream.write(line.rstrip(b"\n"))
        self._count += 1

    def close(self) -> None:
        self._stream.write(b"[]\n" if self._count == 0 else b"\n]\n")
        self._stream.flush()


class RowSpool:
    """Rows kept on disk as JSON lines, with the union of their columns in memory."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="credscore-rows-")  # noqa: SIM115
        self.columns: dict[str, None] = dict.fromkeys(FIXED_COLUMNS)
        self.count = 0

    def add(self, row: dict[str, object]) -> None:
        for column in row:
            if column not in self.columns:
                self.columns[column] = None
        text = json.dumps(row, ensure_ascii=False, allow_nan=True)
        self._file.write(encode_json_text(text) + b"\n")
        self.count += 1

    def rows(self) -> Iterator[dict[str, Any]]:
        self._file.flush()
        self._file.seek(0)
        for line in self._file:
            row: dict[str, Any] = json.loads(line)
            yield row

    def ordered_columns(self) -> list[str]:
        """Fixed columns, then each scorer's column followed by its metrics."""
        fixed = list(FIXED_COLUMNS)
        rest = [column for column in self.columns if column not in FIXED_COLUMNS]
        scorers = [column for column in rest if "." not in column]
        ordered = list(fixed)
        for scorer in scorers:
            ordered.append(scorer)
            ordered.extend(
                column for column in rest if column.split(".", 1)[0] == scorer and "." in column
            )
        ordered.extend(column for column in rest if column not in ordered)
        return ordered

    def close(self) -> None:
        self._file.close()


def _csv_cell(value: object) -> object:
    return "" if value is None else value


class SpooledRowWriter:
    """A table writer: flat rows go to an on-disk spool until ``close`` knows every column."""

    def __init__(self) -> None:
        self._spool = RowSpool()

    def write(self, report: Report) -> None:
        self.write_row(flat_row(report))

    def write_row(self, row: dict[str, object]) -> None:
        self._spool.add(row)


class CsvWriter(SpooledRowWriter):
    """CSV: one row per document; written at ``close`` from the on-disk spool."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__()
        self._stream = stream

    def close(self) -> None:
        columns = self._spool.ordered_columns()
        writer = csv.writer(self._stream)
        writer.writerow(columns)
        for row in self._spool.rows():
            writer.writerow([_csv_cell(row.get(column)) for column in columns])
        self._stream.flush()
        self._spool.close()


def require_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise RuntimeError(
            "Parquet output needs pyarrow: pip install 'credscore[parquet]'"
        ) from None
    return pyarrow


class ParquetWriter(SpooledRowWriter):
    """Parquet (needs the ``parquet`` extra): id and error are strings, the rest float64;
    written at ``close`` from the on-disk spool, in row groups."""

    def __init__(self, path_or_stream: str | IO[bytes]) -> None:
        require_pyarrow()
        super().__init__()
        self._target = path_or_stream

    def close(self) -> None:
        pyarrow = require_pyarrow()
        import pyarrow.parquet as parquet

        columns = self._spool.ordered_columns()
        fields = [
            pyarrow.field(name, pyarrow.string() if name in ("id", "error") else pyarrow.float64())
            for name in columns
        ]
        schema = pyarrow.schema(fields)
        with parquet.ParquetWriter(self._target, schema) as writer:
            batch: list[dict[str, Any]] = []
            for row in self._spool.rows():
                batch.append(row)
                if len(batch) >= PARQUET_ROW_GROUP:
                    writer.write_table(_arrow_table(pyarrow, schema, columns, batch))
                    batch = []
            if batch or self._spool.count == 0:
                writer.write_table(_arrow_table(pyarrow, schema, columns, batch))
        self._spool.close()


def _arrow_table(
    pyarrow: Any, schema: Any, columns: Sequence[str], rows: list[dict[str, Any]]
) -> Any:
    data = {
        name: [
            None
            if row.get(name) is None
            else (str(row[name]) if name in ("id", "error") else float(row[name]))
            for row in rows
        ]
        for name in columns
    }
    return pyarrow.table(data, schema=schema)


def table_cells(row: dict[str, object], scorer_names: Sequence[str]) -> list[str]:
    if row.get("score") is None:
        return [str(row["id"]), "ERROR", str(row.get("error") or "")]
    score = row["score"]
    cells = [str(row["id"]), f"{float(score):.1f}"]  # type: ignore[arg-type]
    for name in scorer_names:
        value = row.get(name)
        cells.append("-" if value is None else f"{float(value):.1f}")  # type: ignore[arg-type]
    return cells


def render_rows(rows: Sequence[list[str]], scorer_names: Sequence[str]) -> str:
    header = ["id", "score", *scorer_names]
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table if i < len(row)) for i in range(len(header))]
    lines = []
    for row in table:
        padded = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) if i < len(widths) else cell
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


def render_table(reports: Sequence[Report], scorer_names: Sequence[str]) -> str:
    """A plain-text table: one row per document, the overall score, one column per scorer."""
    return render_rows([table_cells(flat_row(r), scorer_names) for r in reports], scorer_names)


class TableWriter:
    """A text table for people; holds one short row of cells per document until ``close``
    (to size its columns)."""

    def __init__(self, stream: IO[str], scorer_names: Sequence[str]) -> None:
        self._stream = stream
        self._names = list(scorer_names)
        self._rows: list[list[str]] = []

    def write(self, report: Report) -> None:
        self.write_row(flat_row(report))

    def write_row(self, row: dict[str, object]) -> None:
        self._rows.append(table_cells(row, self._names))

    def close(self) -> None:
        self._stream.write(render_rows(self._rows, self._names))
        self._stream.flush()


def reports_to_jsonl(reports: Iterable[Report]) -> str:
    return "".join(jsonl_line(report).decode("utf-8") for report in reports)


def load_jsonl(stream: IO[str]) -> list[Report]:
    return [Report.from_dict(json.loads(line)) for line in stream if line.strip()]
