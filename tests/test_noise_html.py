"""Optional HTML input (the ``html`` extra); skipped when trafilatura is not installed."""

from __future__ import annotations

import sys

import pytest

from credscore import html as credscore_html

PAGE = b"""<html><head><title>Ferry returns | Island Times</title></head><body>
<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>
<article><h1>Ferry service resumes after engine repairs</h1>
<p>The island ferry returned to service on Wednesday after three weeks of engine repairs,
the operator said in a statement to residents.</p>
<p>Islanders had relied on a smaller boat that carried no cars, said council member Ivo
Brandt, who called the wait unacceptable.</p></article>
<section id="comments" class="comments"><h3>2 Comments</h3>
<div class="comment"><p class="author">Ola</p><p>About time, we waited for weeks.</p></div>
<div class="comment"><p class="author">Mei</p><p>Three weeks is too long for a repair.</p></div>
</section><footer>&copy; 2024 Island Times. All rights reserved.</footer></body></html>"""


def test_missing_extra_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now fails
    with pytest.raises(credscore_html.HtmlSupportMissing, match=r"credscore\[html\]"):
        credscore_html.html_to_text(PAGE)


def test_page_text_and_segments() -> None:
    pytest.importorskip("trafilatura")
    page = credscore_html.html_to_page(PAGE)
    assert page.text.startswith("Ferry service resumes after engine repairs\n")
    assert "Home" not in page.text and "All rights reserved" not in page.text
    kinds = [s.kind for s in page.segments]
    assert kinds[:2] == ["title", "body"]
    comments = [s for s in page.segments if s.kind == "comments"]
    if comments:  # trafilatura found the thread
        assert "About time" in page.text[comments[0].start : comments[0].end]
    assert page.segments[-1].end == len(page.text)


def test_text_without_comments() -> None:
    pytest.importorskip("trafilatura")
    text = credscore_html.html_to_text(PAGE)
    assert "Ivo" in text and "About time" not in text


def test_html_files_in_a_folder_are_scored_on_their_extracted_text(tmp_path: object) -> None:
    pytest.importorskip("trafilatura")
    import json
    from pathlib import Path

    from credscore.cli import EXIT_OK, main

    folder = Path(str(tmp_path))
    (folder / "ferry.html").write_bytes(PAGE)
    out = folder / "out.jsonl"
    assert main(["score", str(folder), "--glob", "*.html", "--format", "jsonl", "-o", str(out), "-q"]) == EXIT_OK
    (report,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert report["id"] == "ferry.html" and report["error"] is None
    text = credscore_html.html_to_page(PAGE).text
    assert report["stats"]["chars"] == len(text)
    assert report["segments"][0] == {"kind": "title", "start": 0, "end": report["segments"][0]["end"]}
    for result in report["scorers"].values():  # offsets refer to the extracted text
        for finding in result["findings"]:
            assert text[finding["start"] : finding["end"]] == finding["text"]
    attributions = report["scorers"]["sourcing"]["findings"]
    assert any("Ivo" in f.get("source", "") for f in attributions)


def test_pre_segmented_documents_keep_their_segments() -> None:
    from credscore import Document, Segment
    from credscore.pipeline import Pipeline

    text = "Ferry resumes\n\nThe ferry returned on Wednesday, the operator said.\nGreat news!!\n"
    comments_start = text.index("Great")
    segments = (
        Segment("title", 0, 15),
        Segment("body", 15, comments_start),
        Segment("comments", comments_start, len(text)),
    )
    report = Pipeline.default().score_document(Document("d", text, segments=segments))
    assert report.segments == segments
