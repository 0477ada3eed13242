"""Issue 7, file cases: every awkward file in a scored folder gives a report or an error
record with a clear type, and the run goes on with exit status 3."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from credscore.cli import EXIT_OK, EXIT_PARTIAL, main
from credscore.io import (
    DecodeError,
    ErrorSource,
    FileSource,
    decode_bytes,
    iter_folder,
    iter_sources,
    load_source,
    read_document,
)
from support import schema_errors

ARTICLE = (
    "Harbour Board Delays Vote\n"
    "The harbour board postponed its vote on Thursday, a spokeswoman said. "
    "Residents had asked for more time to read the proposal.\n"
)
LEGACY = (
    "Le café de la gare a rouvert jeudi. « Nous sommes très heureux », a déclaré la "
    "propriétaire, Hélène Dupré, qui a précisé que les prix resteraient inchangés. "
    "Les clients ont salué la réouverture — enfin — après trois mois de travaux. "
) * 3
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


def run_folder(folder: Path, out: Path, *extra: str) -> tuple[int, dict[str, dict[str, object]]]:
    status = main(["score", str(folder), "--format", "jsonl", "-o", str(out), "-q", *extra])
    reports = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert schema_errors(record) == []
        assert record["id"] not in reports
        reports[record["id"]] = record
    return status, reports


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nul.txt").write_bytes(b"text\x00with\x00nul\x00bytes" * 10)
    (folder / "image.txt").write_bytes(PNG + os.urandom(200))
    (folder / "bom8.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    (folder / "bom16.txt").write_bytes(ARTICLE.encode("utf-16"))  # writes a BOM
    (folder / "cp1252.txt").write_bytes(LEGACY.encode("cp1252"))
    (folder / "latin1.txt").write_bytes(LEGACY.replace("«", "").replace("»", "")
                                        .replace("—", "-").encode("latin-1"))
    (folder / "damaged.txt").write_bytes(ARTICLE.encode("utf-8") + "naïve café".encode()
                                         + b"\xff\xfe" + b" end.")
    (folder / "huge.txt").write_bytes(b"word " * 4000)
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "broken.txt").symlink_to(folder / "does-not-exist.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    (folder / "escape.txt").symlink_to(outside)
    (folder / "inside-link.txt").symlink_to(folder / "good.txt")
    (folder / "notes.md").write_text("not matched by the glob", encoding="utf-8")
    return folder


def test_every_file_case_in_one_folder(messy: Path, tmp_path: Path) -> None:
    status, reports = run_folder(messy, tmp_path / "out.jsonl", "--max-bytes", "10000")
    assert status == EXIT_PARTIAL
    error_types = {doc_id: (r["error"] or {}).get("type") for doc_id, r in reports.items()}
    assert error_types == {
        "bom16.txt": None,
        "bom8.txt": None,
        "broken.txt": "broken_symlink",
        "cp1252.txt": None,
        "damaged.txt": None,
        "empty.txt": None,
        "escape.txt": "symlink_outside",
        "good.txt": None,
        "huge.txt": "too_large",
        "image.txt": "binary",
        "inside-link.txt": None,
        "latin1.txt": None,
        "loop.txt": "symlink_loop",
        "nul.txt": "binary",
        "x.txt": "is_directory",
        "x.txt/inner.txt": None,
    }
    for _doc_id, report in reports.items():
        if report["error"] is None:
            assert report["score"] is not None
        else:
            assert report["score"] is None and report["error"]["message"]
    encodings = {doc_id: r["input"].get("encoding") for doc_id, r in reports.items()}
    assert encodings["bom8.txt"] == "utf-8-sig"
    assert encodings["bom16.txt"] == "utf-16"
    assert encodings["damaged.txt"] == "utf-8/replace"
    assert encodings["cp1252.txt"] not in (None, "utf-8")
    # the BOM is not part of the text: same words as the plain UTF-8 file
    assert reports["bom8.txt"]["stats"] == reports["good.txt"]["stats"]
    assert reports["bom16.txt"]["stats"] == reports["good.txt"]["stats"]
    assert reports["empty.txt"]["stats"]["chars"] == 0
    assert "--follow-symlinks" in reports["escape.txt"]["error"]["message"]


def test_follow_symlinks_reads_the_outside_file(messy: Path, tmp_path: Path) -> None:
    _, reports = run_folder(messy, tmp_path / "out.jsonl", "--follow-symlinks")
    assert reports["escape.txt"]["error"] is None
    assert reports["escape.txt"]["stats"] == reports["good.txt"]["stats"]
    assert reports["loop.txt"]["error"]["type"] == "symlink_loop"


def test_legacy_encodings_decode_to_the_original_text() -> None:
    text, encoding = decode_bytes(LEGACY.encode("cp1252"))
    assert text == LEGACY, encoding
    plain = LEGACY.replace("«", "").replace("»", "").replace("—", "-")
    text, encoding = decode_bytes(plain.encode("latin-1"))
    assert text == plain, encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(codec: str) -> None:
    text, encoding = decode_bytes(ARTICLE.encode(codec))
    assert (text, encoding) == (ARTICLE, codec)


def test_utf8_and_boms() -> None:
    assert decode_bytes("Zoë said “hi”.".encode()) == ("Zoë said “hi”.", "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + b"hi") == ("hi", "utf-8-sig")
    assert decode_bytes("hé".encode("utf-32")) == ("hé", "utf-32")
    with pytest.raises(DecodeError):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate after the BOM


def test_binary_is_its_own_error_type() -> None:
    for data in (PNG, b"\xff\xd8\xff\xe0" + bytes(100), b"%PDF-1.7\n", b"a\x00b\x00\x00\x00c"):
        with pytest.raises(DecodeError) as caught:
            decode_bytes(data)
        assert caught.value.kind == "binary"


def test_permission_denied_is_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: tests run as root in CI, where chmod 000 does not stop reading."""
    target = tmp_path / "secret.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(target):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded_open)
    result = read_document(target, "secret.txt")
    assert not hasattr(result, "text")
    assert result.type == "unreadable"  # type: ignore[union-attr]
    assert "Permission denied" in result.message  # type: ignore[union-attr]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_is_an_error_record(tmp_path: Path) -> None:  # pragma: no cover - non-root
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked = folder / "b.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        status, reports = run_folder(folder, tmp_path / "out.jsonl")
    finally:
        locked.chmod(0o644)
    assert status == EXIT_PARTIAL
    assert reports["b.txt"]["error"]["type"] == "unreadable"
    assert reports["a.txt"]["error"] is None


def test_permission_denied_in_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded_open)
    status, reports = run_folder(folder, tmp_path / "out.jsonl", "--jobs", "1")
    assert status == EXIT_PARTIAL
    assert reports["b.txt"]["error"]["type"] == "unreadable"
    assert reports["a.txt"]["error"] is None


def test_glob_and_recursion(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "top.md").write_text(ARTICLE, encoding="utf-8")
    ids = [s.id for s in iter_folder(tmp_path, "*.txt")]
    assert ids == ["a/b/deep.txt"]
    assert [s.id for s in iter_folder(tmp_path, "*")] == ["a/b/deep.txt", "top.md"]


def test_linked_folders_are_descended_once_with_follow(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "real" / "back").symlink_to(tmp_path)  # a loop through a folder link
    ids = [s.id for s in iter_folder(tmp_path, follow_symlinks=True)]
    assert ids == ["real/a.txt"]
    assert [s.id for s in iter_folder(tmp_path)] == ["real/a.txt"]


def test_missing_path_and_mixed_inputs(tmp_path: Path) -> None:
    single = tmp_path / "one.txt"
    single.write_text(ARTICLE, encoding="utf-8")
    sources = list(iter_sources([str(single), str(tmp_path / "nope.txt")]))
    assert isinstance(sources[0], FileSource)
    assert isinstance(sources[1], ErrorSource) and sources[1].error.type == "not_found"
    loaded = load_source(sources[0])
    assert getattr(loaded, "text", None) == ARTICLE


def test_jsonl_corpus_records(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"url": "u1", "body": "First story. It rained."}\n'
        b"\n"
        b"not json\n"
        b'{"url": "u3"}\n'
        b'{"body": "No id here."}\n'
    )
    out = tmp_path / "out.jsonl"
    status = main(["score", str(corpus), "--jsonl-text-field", "body", "--jsonl-id-field", "url",
                   "--format", "jsonl", "-o", str(out), "-q"])
    assert status == EXIT_PARTIAL
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["u1", f"{corpus}:3", f"{corpus}:4", f"{corpus}:5"]
    assert [(r["error"] or {}).get("type") for r in records] == [None, "bad_json", "bad_record",
                                                                None]
    assert records[0]["input"]["source"] == f"{corpus}:1"


def test_a_clean_folder_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    status, reports = run_folder(tmp_path, tmp_path / "out.jsonl")
    assert status == EXIT_OK and list(reports) == ["a.txt"]


def test_ascii_with_a_stray_byte_is_still_read() -> None:
    data = b"A. " * 50_000 + b"\xff"
    text, encoding = decode_bytes(data)
    assert encoding in ("utf-8/replace", "cp1252") or encoding.startswith(("iso", "cp"))
    assert text.startswith("A. A. ") and len(text) == 150_001


def test_undecodable_bytes_are_a_decode_error() -> None:
    noise = bytes(range(0x80, 0x100)) * 40  # no NULs, not UTF-8, no text encoding fits
    with pytest.raises(DecodeError) as caught:
        decode_bytes(noise)
    assert caught.value.kind == "decode_error"
    with pytest.raises(DecodeError):  # a UTF-16 BOM followed by an unpaired surrogate
        decode_bytes(bytes(range(0x80, 0x100))[::-1] * 40)


def test_an_overlong_jsonl_line_is_too_large_and_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "word " * 50_000})
    corpus.write_text(f'{{"id": "a", "text": "Fine."}}\n{huge}\n{{"id": "b", "text": "Ok."}}\n',
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["score", str(corpus), "--max-bytes", "1000", "--format", "jsonl",
                   "-o", str(out), "-q"])
    assert status == EXIT_PARTIAL
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", f"{corpus}:2", "b"]
    assert records[1]["error"]["type"] == "too_large"


def test_crlf_and_lone_cr_files_get_universal_newlines(tmp_path: Path) -> None:
    """Offsets must agree with a reader that opens the file in text mode (as the evaluator
    and most Python code do), so line ends are normalised the way text mode does."""
    from credscore.io import InputError, read_document

    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline here\r\n\r\nThe council said on Monday it may vote.\rSecond line.\r\n")
    document = read_document(path, "crlf.txt")
    assert not isinstance(document, InputError)
    with open(path, encoding="utf-8") as stream:  # text mode: universal newlines
        assert document.text == stream.read()
