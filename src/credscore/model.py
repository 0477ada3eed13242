"""The data model: small frozen attrs classes that mirror the report contract.

Offsets are Python ``str`` code-point offsets into the decoded document text. Every span
carries the text it covers, so a finding explains itself without the document at hand and a
report round-trips through JSON unchanged.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

SCHEMA_ID = "credscore.report/1"

SegmentKind = Literal["title", "body", "boilerplate", "comments"]
SEGMENT_KINDS: tuple[SegmentKind, ...] = ("title", "body", "boilerplate", "comments")
ARTICLE_KINDS: frozenset[str] = frozenset({"title", "body"})


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


def _score_range(instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not (0.0 <= value <= 100.0 and math.isfinite(value)):
        raise ValueError(f"{attribute.name} must lie in [0, 100], got {value!r}")


@attrs.frozen
class Document:
    """One input document: an id, its decoded text and free-form metadata.

    ``segments`` is for text that arrives already segmented (an HTML extractor that knows
    where the comments are): when given, the pipeline uses it instead of its segmenter.
    """

    id: str
    text: str
    metadata: Mapping[str, str] = attrs.field(factory=dict, eq=False, hash=False)
    segments: tuple[Segment, ...] | None = None


@attrs.frozen
class Span:
    """A stretch of the document: ``text == document[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _end_after_start])
    text: str

    @classmethod
    def of(cls, document_text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``document_text``, with its text sliced out."""
        return cls(start, end, document_text[start:end])

    def overlaps(self, other: Span) -> bool:
        return max(self.start, other.start) < min(self.end, other.end)


@attrs.frozen
class Segment:
    """One part of the partition of a document into title, body, boilerplate and comments."""

    kind: SegmentKind
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _end_after_start])

    @property
    def is_article(self) -> bool:
        """Title and body are the article; boilerplate and comments are not."""
        return self.kind in ARTICLE_KINDS


@attrs.frozen
class Finding:
    """One piece of evidence a scorer found, flat like the report contract."""

    scorer: str
    kind: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _end_after_start])
    text: str
    message: str
    suggestion: str | None = None
    source: str | None = None
    related: tuple[Span, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @classmethod
    def at(
        cls,
        document_text: str,
        scorer: str,
        kind: str,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        source: str | None = None,
        related: tuple[Span, ...] = (),
    ) -> Finding:
        """A finding over ``document_text[start:end]``."""
        return cls(
            scorer=scorer,
            kind=kind,
            start=start,
            end=end,
            text=document_text[start:end],
            message=message,
            suggestion=suggestion,
            source=source,
            related=related,
        )


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _segments(value: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(value)


def _metrics(value: Mapping[str, float]) -> dict[str, float]:
    return dict(value)


@attrs.frozen
class ScorerResult:
    """What one scorer says about one document: a 0-100 sub-score, raw metrics, evidence."""

    score: float = attrs.field(converter=float, validator=_score_range)
    weight: float = attrs.field(default=1.0, converter=float)
    metrics: dict[str, float] = attrs.field(factory=dict, converter=_metrics)
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)

    @weight.validator
    def _check_weight(self, attribute: attrs.Attribute[float], value: float) -> None:
        if not (value >= 0 and math.isfinite(value)):
            raise ValueError(f"weight must be a finite number >= 0, got {value!r}")


@attrs.frozen
class Stats:
    chars: int = attrs.field(validator=_non_negative)
    words: int = attrs.field(validator=_non_negative)
    sentences: int = attrs.field(validator=_non_negative)


@attrs.frozen
class ReportError:
    """Why a document could not be read or fully scored."""

    type: str
    message: str


@attrs.frozen
class Report:
    """The per-document report; ``to_dict()`` is exactly the JSON contract."""

    id: str
    score: float | None = attrs.field(validator=_score_range)
    scorers: dict[str, ScorerResult] = attrs.field(factory=dict)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_segments)
    stats: Stats = attrs.field(factory=lambda: Stats(0, 0, 0))
    error: ReportError | None = None

    def __attrs_post_init__(self) -> None:
        if self.score is None and self.error is None:
            raise ValueError("a report without a score must carry an error")

    @classmethod
    def failed(cls, id: str, error_type: str, message: str) -> Report:
        """The error record for a document that could not be read or scored at all."""
        return cls(id=id, score=None, error=ReportError(error_type, message))

    @property
    def ok(self) -> bool:
        return self.error is None

    def findings(self, kind: str | None = None) -> list[Finding]:
        """All findings of every scorer, optionally of one kind, in document order."""
        found = [f for result in self.scorers.values() for f in result.findings]
        if kind is not None:
            found = [f for f in found if f.kind == kind]
        return sorted(found, key=lambda f: (f.start, f.end, f.scorer, f.kind))

    def to_dict(self) -> dict[str, Any]:
        body = _converter.unstructure(self)
        return {"schema": SCHEMA_ID, **body}

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text; may hold lone surrogates, which :func:`encode_json_line` escapes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} report: schema is {data.get('schema')!r}")
        payload = {key: value for key, value in data.items() if key != "schema"}
        return _converter.structure(payload, cls)

    @classmethod
    def from_json(cls, text: str) -> Report:
        return cls.from_dict(json.loads(text))


def encode_json_text(text: str) -> bytes:
    """UTF-8 bytes of JSON text. A lone surrogate (possible in a Python ``str``) becomes the
    JSON escape ``\\udcXX``, which decodes back to the same string."""
    return text.encode("utf-8", errors="backslashreplace")


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    # Optional finding fields are left out when unset, as the contract has them optional.
    converter.register_unstructure_hook(
        Finding,
        make_dict_unstructure_fn(
            Finding,
            converter,
            suggestion=override(omit_if_default=True),
            source=override(omit_if_default=True),
            related=override(omit_if_default=True),
        ),
    )
    converter.register_structure_hook(Finding, make_dict_structure_fn(Finding, converter))
    return converter


_converter = _make_converter()


def unstructure(value: object) -> Any:
    """The JSON-ready form of any model object (the converter the reports use)."""
    return _converter.unstructure(value)
