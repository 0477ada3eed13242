"""Optional HTML input: turn a web page into credscore's plain text with trafilatura.

trafilatura (the field's standard DOM-based extractor) is an optional extra::

    pip install 'credscore[html]'

It is imported only when a page is converted, and a missing install raises
:class:`HtmlSupportMissing` with the install command. Offsets in a report made from HTML refer
to the extracted text, not to the HTML.

:func:`html_to_page` also returns the segments trafilatura already knows (title, body and
reader comments), so a caller can use them instead of segmenting the plain text again;
:func:`html_to_text` returns the text alone.
"""

from __future__ import annotations

from typing import Any

import attrs

from credscore.model import Segment, SegmentKind
from credscore.segment import normalise_segments

INSTALL_HINT = "HTML input needs trafilatura: pip install 'credscore[html]'"


class HtmlSupportMissing(ImportError):
    """trafilatura (the ``html`` extra) is not installed."""


@attrs.frozen
class HtmlPage:
    """Extracted text and its segments (title, body, comments), partitioning the text."""

    text: str
    segments: tuple[Segment, ...]


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as error:  # the extra is optional
        raise HtmlSupportMissing(f"{INSTALL_HINT} ({error})") from error
    return trafilatura


def html_to_page(data: bytes | str, *, include_comments: bool = True) -> HtmlPage:
    """The article of an HTML page as text (headline on the first line, one paragraph a
    line), followed by its reader comments when asked for and found, with segments."""
    extracted = _trafilatura().bare_extraction(
        data, include_comments=include_comments, with_metadata=True
    )
    if extracted is None:
        return HtmlPage("", ())
    title = (getattr(extracted, "title", None) or "").strip()
    body = (getattr(extracted, "text", None) or "").strip()
    comments = (getattr(extracted, "comments", None) or "").strip() if include_comments else ""
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("\n")  # trafilatura repeats the headline
    candidates: tuple[tuple[SegmentKind, str], ...] = (
        ("title", title),
        ("body", body),
        ("comments", comments),
    )
    parts = [(kind, part) for kind, part in candidates if part]
    text = "\n\n".join(part for _, part in parts)
    if text:
        text += "\n"
    segments: list[Segment] = []
    position = 0
    for index, (kind, part) in enumerate(parts):
        # the blank line (and final newline) after a part belongs to it
        end = position + len(part) + (2 if index < len(parts) - 1 else 1)
        segments.append(Segment(kind, position, end))
        position = end
    return HtmlPage(text, normalise_segments(text, segments))


def html_to_text(data: bytes | str, *, include_comments: bool = False) -> str:
    """The article text of an HTML page (with its comments after it when asked for)."""
    return html_to_page(data, include_comments=include_comments).text
