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
