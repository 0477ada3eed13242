"""Input: find files, decode bytes, read JSONL records; errors become records, not crashes.

Work is described by small picklable *sources* (a file path with its id, one raw JSONL line,
or standard input already read): the batch layer sends sources to worker processes, which
turn each into a :class:`~credscore.model.Document` (or an :class:`InputError`) with
:func:`load_source`, so the parent process never holds the documents themselves.

Decoding (:func:`decode_bytes`): a byte-order mark decides first; then strict UTF-8; then
UTF-8 with a few damaged bytes replaced (``utf-8/replace``); then UTF-16 without a BOM when
every other byte is NUL; then what charset-normalizer detects. Binary data (NUL bytes,
image and archive signatures) is a ``binary`` error record. The encoding used is recorded in
the document metadata (``encoding``), which batch output writes to each line's ``input``.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import sys
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import IO

import attrs

from credscore.model import Document

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A file that is mostly UTF-8 with at most this share of bad bytes (or 8), and at least twice
# as many bytes in valid multi-byte sequences as bad ones, is damaged UTF-8, not a legacy
# 8-bit encoding (whose non-ASCII bytes are almost never valid UTF-8 sequences).
MAX_DAMAGED_UTF8_SHARE = 0.01
_SNIFF_BYTES = 8192
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
)
_ASCII_BYTES = bytes(range(128))
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@attrs.frozen
class InputError:
    """A document that could not be read: its id, an error type and a message.

    Types: ``not_found``, ``is_directory``, ``too_large``, ``unreadable``, ``binary``,
    ``decode_error``, ``broken_symlink``, ``symlink_loop``, ``symlink_outside``,
    ``bad_json``, ``bad_record``."""

    id: str
    type: str
    message: str
    metadata: dict[str, str] = attrs.field(factory=dict)


class DecodeError(ValueError):
    def __init__(self, message: str, kind: str = "decode_error") -> None:
        super().__init__(message)
        self.kind = kind


# --------------------------------------------------------------------------- decoding


def _binary_reason(data: bytes) -> str | None:
    for signature, name in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return name
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "NUL bytes"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly ASCII, so every other byte is NUL."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 4 or len(data) % 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls >= 0.9 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _non_ascii_count(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a truncated copy, one stray byte) decoded with U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    non_ascii = _non_ascii_count(data)
    multibyte_ok = non_ascii - bad  # bytes that were part of valid multi-byte sequences
    if bad <= max(8, MAX_DAMAGED_UTF8_SHARE * len(data)) and multibyte_ok >= 2 * bad:
        return text
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was decoded from (see the module docstring for the order).

    Raises :class:`DecodeError` (``kind`` ``binary`` or ``decode_error``)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"invalid {encoding} after its byte-order mark: {error}"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    binary = _binary_reason(data)
    if binary is not None:
        raise DecodeError(f"binary data ({binary}), not text", "binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8/replace"
    from charset_normalizer import from_bytes  # imported lazily: most input is UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        # nothing fits, but text that is nearly all ASCII (a stray byte or two in a long
        # file) is still worth reading: keep it, the odd bytes replaced by U+FFFD
        if _non_ascii_count(data) <= max(8, MAX_DAMAGED_UTF8_SHARE * len(data)):
            return data.decode("utf-8", errors="replace"), "utf-8/replace"
        raise DecodeError("not UTF-8 and no text encoding fits")
    # On a tie, windows-1252 (the web's most common legacy encoding, which WHATWG also uses
    # for "latin-1") beats look-alike code pages that would turn "è" into "č".
    for match in matches:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            best = match
            break
    return str(best), str(best.encoding)


# --------------------------------------------------------------------------- sources


@attrs.frozen
class FileSource:
    """A file to read in a worker; ``root`` is the scored folder it was found in."""

    id: str
    path: str
    root: str | None = None


@attrs.frozen
class TextSource:
    """Text that is already in hand (standard input, a Python string)."""

    id: str
    text: str
    metadata: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen
class JsonlSource:
    """One raw line of a JSONL corpus, parsed in the worker."""

    id: str  # the fallback id: ``path:line``
    line: bytes
    text_field: str = "text"
    id_field: str = "id"


@attrs.frozen
class ErrorSource:
    """A source already known to be bad (found while listing)."""

    error: InputError

    @property
    def id(self) -> str:
        return self.error.id


Source = FileSource | TextSource | JsonlSource | ErrorSource


def read_document(
    path: Path, doc_id: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document | InputError:
    """One file as a document, or an error record saying why it could not be read."""
    meta = {"path": str(path)}
    try:
        if path.is_dir():
            return InputError(doc_id, "is_directory", f"{path} is a directory", meta)
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                return InputError(
                    doc_id, "too_large", f"{size} bytes is over the limit of {max_bytes}", meta
                )
            data = stream.read(max_bytes + 1)  # the file may have grown since fstat
        if len(data) > max_bytes:
            return InputError(
                doc_id, "too_large", f"over the limit of {max_bytes} bytes", meta
            )
    except OSError as error:
        return _os_error(doc_id, path, error)
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as error:
        return InputError(doc_id, error.kind, str(error), meta)
    return Document(doc_id, text, {**meta, "encoding": encoding, "bytes": str(len(data))})


def _os_error(doc_id: str, path: Path, error: OSError) -> InputError:
    meta = {"path": str(path)}
    if error.errno == errno.ELOOP:
        return InputError(doc_id, "symlink_loop", f"{path}: symbolic link loop", meta)
    if error.errno == errno.ENOENT and path.is_symlink():
        return InputError(doc_id, "broken_symlink", f"{path}: link target does not exist", meta)
    if error.errno == errno.EISDIR:
        return InputError(doc_id, "is_directory", f"{path} is a directory", meta)
    reason = error.strerror or str(error)
    return InputError(doc_id, "unreadable", f"{path}: {type(error).__name__}: {reason}", meta)


def record_document(
    source: JsonlSource, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document | InputError:
    """One JSONL line as a document; a bad line is an error record with its location."""
    where = source.id
    if len(source.line) > max_bytes:
        return InputError(where, "too_large", f"{where}: line over the limit of {max_bytes} bytes")
    try:
        record = json.loads(source.line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return InputError(where, "bad_json", f"{where}: {error}")
    if not isinstance(record, dict) or not isinstance(record.get(source.text_field), str):
        return InputError(where, "bad_record", f"{where}: no string field {source.text_field!r}")
    raw_id = record.get(source.id_field)
    doc_id = where if raw_id is None or isinstance(raw_id, (dict, list)) else str(raw_id)
    return Document(doc_id, record[source.text_field], {"record": where})


def load_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | InputError:
    """Turn a source into a document (in whichever process scores it)."""
    if isinstance(source, FileSource):
        return read_document(Path(source.path), source.id, max_bytes=max_bytes)
    if isinstance(source, JsonlSource):
        return record_document(source, max_bytes=max_bytes)
    if isinstance(source, TextSource):
        return Document(source.id, source.text, source.metadata)
    return source.error


def source_bytes(source: Source) -> int:
    """Roughly how many input bytes a source stands for (for progress rates)."""
    if isinstance(source, FileSource):
        try:
            return os.stat(source.path).st_size
        except OSError:
            return 0
    if isinstance(source, JsonlSource):
        return len(source.line)
    if isinstance(source, TextSource):
        return len(source.text)
    return 0


# --------------------------------------------------------------------------- listing


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _symlink_problem(full: str, doc_id: str, real_root: str, follow: bool) -> InputError | None:
    """Why a symlink found in a folder is not scored, or None when it may be read."""
    try:
        target = os.path.realpath(full, strict=True)
    except OSError as error:
        return _os_error(doc_id, Path(full), error)
    except RuntimeError:  # Python < 3.13 raises this for some loops
        return InputError(doc_id, "symlink_loop", f"{full}: symbolic link loop", {"path": full})
    if not follow and not _inside(target, real_root):
        return InputError(
            doc_id,
            "symlink_outside",
            f"{full} links to {target}, outside the scored folder; not followed "
            "(use --follow-symlinks)",
            {"path": full},
        )
    return None


def iter_folder(
    root: Path, pattern: str = DEFAULT_GLOB, *, follow_symlinks: bool = False
) -> Iterator[Source]:
    """Sources for the files under ``root`` whose name matches ``pattern``, sorted by id.

    Ids are paths relative to ``root`` with ``/``. Symbolic links to files are read when
    they stay inside ``root``; links out of it are a ``symlink_outside`` error record unless
    ``follow_symlinks``. Linked folders are descended only with ``follow_symlinks``, each
    real folder once (no loops). A folder whose name matches a pattern with a dot in it
    (``x.txt`` for ``*.txt``) is descended and also gets an ``is_directory`` error record.
    Only names are held in memory, never contents."""
    real_root = os.path.realpath(root)
    seen_dirs: set[tuple[int, int]] = set()
    entries: list[tuple[str, str]] = []  # (id, full path); sorted before yielding

    def walk(directory: str, prefix: str) -> None:
        try:
            status = os.stat(directory)
        except OSError:
            return
        key = (status.st_dev, status.st_ino)
        if key in seen_dirs:
            return
        seen_dirs.add(key)
        try:
            with os.scandir(directory) as scan:
                children = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            entries.append((prefix.rstrip("/") or ".", directory))
            unreadable[prefix.rstrip("/") or "."] = _os_error(
                prefix.rstrip("/") or ".", Path(directory), error
            )
            return
        for entry in children:
            doc_id = prefix + entry.name
            is_link = entry.is_symlink()
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            matches = fnmatch(entry.name, pattern)
            if is_dir:
                if not is_link or follow_symlinks:
                    walk(entry.path, doc_id + "/")
                # a folder named like a document ("x.txt" for "*.txt") is worth a record
                if not (matches and "." in pattern):
                    continue
            if matches:
                entries.append((doc_id, entry.path))
                if is_link:
                    problem = _symlink_problem(entry.path, doc_id, real_root, follow_symlinks)
                    if problem is not None:
                        unreadable[doc_id] = problem

    unreadable: dict[str, InputError] = {}
    walk(str(root), "")
    entries.sort()
    for doc_id, full in entries:
        problem = unreadable.get(doc_id)
        if problem is not None:
            yield ErrorSource(problem)
        else:
            yield FileSource(doc_id, full, str(root))


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a stream; ``None`` for a line longer than ``limit``, which is skipped
    in pieces, never held whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def iter_jsonl_sources(
    path: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source]:
    """One source per non-blank line of a JSONL corpus (``-`` reads standard input).

    Lines are read one at a time: the corpus is never held in memory, and a line over
    ``max_bytes`` is a ``too_large`` error record, not a line read into memory."""
    if path != "-" and not os.path.exists(path):
        yield ErrorSource(InputError(path, "not_found", f"no such file: {path}"))
        return
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as error:
        yield ErrorSource(_os_error(path, Path(path), error))
        return
    try:
        for number, raw in enumerate(_lines(stream, max_bytes), 1):
            where = f"{path}:{number}"
            if raw is None:
                yield ErrorSource(
                    InputError(where, "too_large", f"{where}: line over {max_bytes} bytes")
                )
            elif raw.strip():
                yield JsonlSource(where, raw, text_field, id_field)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def is_jsonl_path(path: str) -> bool:
    """A PATH ending in ``.jsonl`` (or ``.jsonl.txt``-free variants) is read as a corpus."""
    return path.endswith((".jsonl", ".ndjson")) and not os.path.isdir(path)


def iter_sources(
    paths: Iterable[str],
    pattern: str = DEFAULT_GLOB,
    *,
    jsonl: bool | None = None,
    text_field: str = "text",
    id_field: str = "id",
    follow_symlinks: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source]:
    """Sources from files, folders (recursive), JSONL corpora and ``-`` (standard input).

    ``jsonl=None`` reads a PATH as a JSONL corpus when it ends in ``.jsonl``/``.ndjson``;
    ``True`` reads every file PATH (and ``-``) as JSONL; ``False`` never does. A folder's
    documents have ids relative to it; a file's id is the path as given."""
    for raw in paths:
        as_jsonl = jsonl if jsonl is not None else is_jsonl_path(raw)
        if as_jsonl and not os.path.isdir(raw):
            yield from iter_jsonl_sources(
                raw, text_field=text_field, id_field=id_field, max_bytes=max_bytes
            )
            continue
        if raw == "-":
            data = sys.stdin.buffer.read()
            try:
                text, encoding = decode_bytes(data)
            except DecodeError as error:
                yield ErrorSource(InputError("-", error.kind, str(error)))
                continue
            yield TextSource("-", text, {"encoding": encoding, "bytes": str(len(data))})
            continue
        path = Path(raw)
        if path.is_dir():
            yield from iter_folder(path, pattern, follow_symlinks=follow_symlinks)
        elif path.exists() or path.is_symlink():
            yield FileSource(raw, raw)
        else:
            yield ErrorSource(InputError(raw, "not_found", f"no such file or folder: {raw}"))


# --------------------------------------------------------------------------- compatibility


def find_files(root: Path, pattern: str = DEFAULT_GLOB) -> list[Path]:
    """Files under ``root`` matching ``pattern``, sorted by id (links out are left out)."""
    return [
        Path(source.path)
        for source in iter_folder(root, pattern)
        if isinstance(source, FileSource)
    ]


def iter_inputs(
    paths: Iterable[str], pattern: str = DEFAULT_GLOB, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    """Documents (or error records) from files, folders and ``-``, read in this process."""
    for source in iter_sources(paths, pattern, jsonl=False):
        yield load_source(source, max_bytes=max_bytes)


def iter_jsonl(
    path: str, *, text_field: str = "text", id_field: str = "id"
) -> Iterator[Document | InputError]:
    """Documents from a JSONL corpus; a bad line is an error record with the line number."""
    for source in iter_jsonl_sources(path, text_field=text_field, id_field=id_field):
        yield load_source(source)
