"""Input: find files, decode bytes, read JSONL records; errors become records, not crashes."""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
from charset_normalizer import from_bytes

from credscore.model import Document

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@attrs.frozen
class InputError:
    """A document that could not be read: its id, an error type and a message."""

    id: str
    type: str
    message: str


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was decoded from: a BOM first, then UTF-8, then what
    charset-normalizer detects. Raises :class:`DecodeError` for binary or undecodable data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"invalid {encoding} after its byte-order mark: {error}"
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("not UTF-8 and no text encoding fits")
    return str(best), str(best.encoding)


def read_document(
    path: Path, doc_id: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document | InputError:
    """One file as a document, or an error record saying why it could not be read."""
    try:
        if path.is_dir():
            return InputError(doc_id, "is_directory", f"{path} is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(doc_id, "too_large", f"{size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as error:
        return InputError(
            doc_id, "unreadable", f"{type(error).__name__}: {error.strerror or error}"
        )
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as error:
        return InputError(doc_id, "decode_error", str(error))
    return Document(doc_id, text, {"path": str(path), "encoding": encoding})


def find_files(root: Path, pattern: str = DEFAULT_GLOB) -> list[Path]:
    """Files under ``root`` matching ``pattern``, sorted; symlinks are not followed out."""
    found: list[Path] = []
    for directory, subdirectories, files in os.walk(root, followlinks=False):
        subdirectories.sort()
        base = Path(directory)
        found.extend(base / name for name in files if Path(name).match(pattern))
        found.extend(
            base / name
            for name in subdirectories
            if Path(name).match(pattern) and not (base / name).is_symlink()
        )
    return sorted(found)


def iter_inputs(
    paths: Iterable[str], pattern: str = DEFAULT_GLOB, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    """Documents from files, folders (recursive) and ``-`` (standard input), in order.

    A folder's documents have ids relative to the folder; a file's id is the path given."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            try:
                text, encoding = decode_bytes(data)
                yield Document("-", text, {"encoding": encoding})
            except DecodeError as error:
                yield InputError("-", "decode_error", str(error))
            continue
        path = Path(raw)
        if path.is_dir():
            for file in find_files(path, pattern):
                yield read_document(file, file.relative_to(path).as_posix(), max_bytes=max_bytes)
        elif path.exists() or path.is_symlink():
            yield read_document(path, raw, max_bytes=max_bytes)
        else:
            yield InputError(raw, "not_found", f"no such file or folder: {raw}")


def iter_jsonl(
    path: str, *, text_field: str = "text", id_field: str = "id"
) -> Iterator[Document | InputError]:
    """Documents from a JSONL corpus; a bad line is an error record with the line number."""
    stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    try:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            fallback_id = f"{path}:{number}"
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                yield InputError(fallback_id, "bad_json", f"line {number}: {error}")
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                yield InputError(
                    fallback_id, "bad_record", f"line {number}: no string field {text_field!r}"
                )
                continue
            doc_id = record.get(id_field)
            yield Document(str(doc_id) if doc_id is not None else fallback_id, record[text_field])
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
