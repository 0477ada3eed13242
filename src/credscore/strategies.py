"""Hypothesis strategies for credscore users: documents, generated articles, reports.

``hypothesis`` is an optional dependency (``pip install 'credscore[strategies]'``); nothing
else in credscore imports this module. Three groups of strategies:

* :func:`documents` - arbitrary text: any ``str``, scraped-page shaped text, hostile runs
  (quote marks, dots, names, digits), and generated articles.
* :func:`articles` - news-like articles with KNOWN ground truth: attributions, quotes, hedges,
  weasels, misspellings, real-word errors, a name variant, a contradiction, boilerplate lines
  and a comment section in one of several layouts. Each is a :class:`GeneratedArticle` whose
  ``findings`` and ``segments`` follow the project's labeling conventions, with exact
  offsets (``text[start:end] == finding.text``). :func:`generate_article` builds the same
  articles from a plain seed, without hypothesis driving it.
* :func:`reports` and the other model strategies - valid :class:`~credscore.model.Report`
  objects and their parts. They are registered for ``st.from_type`` through hypothesis's
  plug-in entry point (group ``hypothesis``), so ``st.from_type(credscore.Report)`` works in
  a test that never imports this module.
"""

from __future__ import annotations

import functools
import itertools
import random
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import attrs

from credscore.model import (
    SEGMENT_KINDS,
    Document,
    Finding,
    Report,
    ReportError,
    ScorerResult,
    Segment,
    SegmentKind,
    Span,
    Stats,
)
from credscore.resources import read_lines


def _hypothesis_setup_hook() -> None:
    """Entry point of the ``hypothesis`` group, called when hypothesis is imported.

    Importing this module is what registers the type strategies (see the end of the module),
    so there is nothing left to do here. It is defined before hypothesis is imported: when a
    user imports this module first, importing hypothesis runs the plug-ins, which look this
    hook up on the half-initialised module, and it must already exist.
    """


try:
    from hypothesis import strategies as st  # after the hook: see its docstring
except ImportError as error:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "credscore.strategies needs hypothesis: pip install 'credscore[strategies]'"
    ) from error

__all__ = [
    "COMMENT_LAYOUTS",
    "FINDING_KINDS",
    "ArticleOptions",
    "ExpectedFinding",
    "ExpectedSegment",
    "GeneratedArticle",
    "KindScore",
    "articles",
    "build_article",
    "compare",
    "compare_findings",
    "compare_segments",
    "documents",
    "finding_matches",
    "findings",
    "generate_article",
    "hostile_texts",
    "name_variants",
    "register_type_strategies",
    "reports",
    "scorer_results",
    "scraped_pages",
    "segments",
    "spans",
]

# Which built-in scorer reports which finding kind (the report contract's kinds).
FINDING_KINDS: Mapping[str, str] = {
    "attribution": "sourcing",
    "quote": "sourcing",
    "hedge": "hedging",
    "weasel": "hedging",
    "contradiction": "consistency",
    "name_variant": "consistency",
    "misspelling": "typos",
    "real_word_error": "typos",
}
COMMENT_LAYOUTS = ("wpdiscuz", "disqus", "youtube", "reddit", "news")
# The yes/no parts of an article (ArticleOptions fields).
_FLAGS = (
    "title",
    "attributions",
    "quotes",
    "hedges",
    "weasels",
    "misspellings",
    "real_word_errors",
    "name_variant",
    "contradiction",
    "boilerplate",
    "comments",
    "crlf",
)

# Small closed vocabularies; the larger lists are data files in data/strategies/.
_FACILITIES = (
    "bridge",
    "ferry terminal",
    "hospital wing",
    "rail line",
    "library",
    "water plant",
    "harbour wall",
    "bus depot",
    "sports hall",
    "tram line",
)
_WHEN = ("last week", "on Tuesday", "this month", "last year", "on Friday", "in the spring")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_VERBS = (  # (base, past) of neutral transitive verbs
    ("approve", "approved"),
    ("delay", "delayed"),
    ("expand", "expanded"),
    ("review", "reviewed"),
    ("fund", "funded"),
    ("block", "blocked"),
    ("redesign", "redesigned"),
    ("inspect", "inspected"),
)
_ADVERB_HEDGES = (
    "reportedly",
    "allegedly",
    "apparently",
    "probably",
    "possibly",
    "presumably",
    "supposedly",
)
_MODAL_HEDGES = ("may", "might", "could")
_APPEARANCE_HEDGES = ("seems", "appears")
_RAISING_HEDGES = ("is said to", "is believed to", "is thought to", "is rumored to")
_MODAL_PREDICATES = (
    "reopen before winter",
    "need further repairs",
    "close for several months",
    "face new delays",
    "be sold to a private operator",
)
_RAISING_PREDICATES = (
    "favour a cheaper design",
    "oppose the new timetable",
    "want a full public inquiry",
)
_HEDGED_QUOTES = (  # (before, hedge, after)
    ("The {facility} ", "may", " need another year of work"),
    ("", "I think", " we are close to a deal"),
    ("", "Perhaps", " we moved too fast"),
    ("The costs ", "could", " rise again"),
)
_ROLES = ("a spokesperson for {org}", "who chairs {org}", "an engineer at {org}")
_ANONYMOUS = (
    "A person familiar with the negotiations said",
    "Sources close to {org} said",
    "An official who asked not to be named said",
)
_TITLES = (
    "{Org} approves {facility} plan for {place}",
    "{place}: {facility} works face fresh delay",
    "Residents of {place} wait for {facility} decision",
    "New {facility} for {place} moves ahead",
)
_HEDGED_TITLES = ("{Facility} in {place} {hedge} close next year",)
_BYLINES = ("By {reporter} | {outlet}", "By {reporter}", "Updated {hour}:{minute} GMT", "{weekday}")


@functools.cache
def _words(name: str) -> tuple[str, ...]:
    return read_lines(f"strategies/{name}")


@functools.cache
def _table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split("\t")) for line in read_lines(f"strategies/{name}"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bare(name: str) -> str:
    """An organisation or outlet as a source: without a leading "the"."""
    return name[4:] if name.lower().startswith("the ") else name


# --------------------------------------------------------------------------------------------
# Ground truth


@attrs.frozen
class ExpectedSegment:
    """A stretch of a generated article and what it is: title, body, boilerplate, comments."""

    kind: SegmentKind
    start: int
    end: int
    text: str


@attrs.frozen
class ExpectedFinding:
    """A finding a labeler would mark in a generated article (the evaluator's label shape)."""

    scorer: str
    kind: str
    start: int
    end: int
    text: str
    suggestion: str | None = None
    source: str | None = None
    related: tuple[Span, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares at least one character with this finding."""
        return max(self.start, start) < min(self.end, end)


@attrs.frozen
class ArticleOptions:
    """What a generated article holds. ``True`` always, ``False`` never, ``None`` maybe.

    Quotes come with their attribution ("... ," Kari Lindqvist said), so an article with
    quotes has attributions even when ``attributions`` is False.
    """

    title: bool | None = None
    attributions: bool | None = None
    quotes: bool | None = None
    hedges: bool | None = None
    weasels: bool | None = None
    misspellings: bool | None = None
    real_word_errors: bool | None = None
    name_variant: bool | None = None
    contradiction: bool | None = None
    boilerplate: bool | None = None
    comments: bool | None = None
    comment_layout: str | None = None
    crlf: bool | None = None
    min_paragraphs: int = 2
    max_paragraphs: int = 6

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.min_paragraphs <= self.max_paragraphs:
            raise ValueError("need 1 <= min_paragraphs <= max_paragraphs")
        if self.comment_layout is not None and self.comment_layout not in COMMENT_LAYOUTS:
            raise ValueError(f"comment_layout must be one of {COMMENT_LAYOUTS}")

    def resolved(self, rng: random.Random) -> ArticleOptions:
        """Every ``None`` decided by ``rng``."""
        changes: dict[str, Any] = {
            name: rng.random() < 0.5 for name in _FLAGS if getattr(self, name) is None
        }
        if self.comment_layout is None:
            changes["comment_layout"] = rng.choice(COMMENT_LAYOUTS)
        return attrs.evolve(self, **changes)


@attrs.frozen
class GeneratedArticle:
    """A generated article with what a labeler would mark in it."""

    text: str
    segments: tuple[ExpectedSegment, ...]
    findings: tuple[ExpectedFinding, ...]
    options: ArticleOptions

    @property
    def expected(self) -> tuple[ExpectedSegment | ExpectedFinding, ...]:
        return (*self.segments, *self.findings)

    def findings_of(self, kind: str) -> tuple[ExpectedFinding, ...]:
        return tuple(finding for finding in self.findings if finding.kind == kind)

    def segments_of(self, kind: str) -> tuple[ExpectedSegment, ...]:
        return tuple(segment for segment in self.segments if segment.kind == kind)

    def document(self, id: str = "generated") -> Document:
        return Document(id, self.text)

    def to_label(self) -> dict[str, Any]:
        """The article's gold in the evaluator's label format (see the eval README)."""
        return {
            "segments": [{"kind": s.kind, "start": s.start, "end": s.end} for s in self.segments],
            "findings": [_finding_label(finding) for finding in self.findings],
        }


def _finding_label(finding: ExpectedFinding) -> dict[str, Any]:
    label: dict[str, Any] = {
        "scorer": finding.scorer,
        "kind": finding.kind,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
    }
    if finding.suggestion is not None:
        label["suggestion"] = finding.suggestion
    if finding.source is not None:
        label["source"] = finding.source
    if finding.related:
        label["related"] = [
            {"start": s.start, "end": s.end, "text": s.text} for s in finding.related
        ]
    return label


# --------------------------------------------------------------------------------------------
# The article writer: appends text, keeps offsets of what it marks


class _Writer:
    def __init__(self, newline: str) -> None:
        self.newline = newline
        self._parts: list[str] = []
        self.length = 0
        self.findings: list[ExpectedFinding] = []
        self._segments: list[tuple[SegmentKind, int, int]] = []

    def write(self, text: str) -> tuple[int, int]:
        start = self.length
        self._parts.append(text)
        self.length += len(text)
        return start, self.length

    def mark(
        self,
        kind: str,
        text: str,
        *,
        suggestion: str | None = None,
        source: str | None = None,
        related: tuple[Span, ...] = (),
    ) -> Span:
        start, end = self.write(text)
        if start != end:
            self.findings.append(
                ExpectedFinding(
                    FINDING_KINDS[kind], kind, start, end, text, suggestion, source, related
                )
            )
        return Span(start, end, text)

    def line(self, kind: SegmentKind, text: str, blank_lines: int = 0) -> None:
        with self.segment(kind):
            self.write(text + self.newline * (1 + blank_lines))

    @contextmanager
    def segment(self, kind: SegmentKind) -> Iterator[None]:
        start = self.length
        yield
        self._segments.append((kind, start, self.length))

    def text(self) -> str:
        return "".join(self._parts)

    def segments(self, text: str) -> tuple[ExpectedSegment, ...]:
        merged: list[list[Any]] = []
        for kind, start, end in self._segments:
            if start == end:
                continue
            if merged and merged[-1][0] == kind and merged[-1][2] == start:
                merged[-1][2] = end
            else:
                merged.append([kind, start, end])
        return tuple(ExpectedSegment(k, s, e, text[s:e]) for k, s, e in merged)


# --------------------------------------------------------------------------------------------
# Article content


@attrs.define
class _Cast:
    """Who and what one article is about, and the state its sentences share."""

    rng: random.Random
    person: tuple[str, str]
    others: list[tuple[str, str]]
    reporter: str
    outlet: str
    org: str
    other_org: str
    place: str
    facility: str
    year: int
    first_mention: Span | None = None

    @property
    def full_name(self) -> str:
        return f"{self.person[0]} {self.person[1]}"

    def slots(self) -> dict[str, str]:
        return {
            "facility": self.facility,
            "Facility": _cap(self.facility),
            "place": self.place,
            "org": self.org,
            "Org": _cap(self.org),
            "when": self.rng.choice(_WHEN),
            "weekday": self.rng.choice(_WEEKDAYS),
            "outlet": self.outlet,
            "reporter": self.reporter,
            "hour": str(self.rng.randint(6, 22)),
            "minute": f"{self.rng.randint(0, 59):02d}",
        }

    def fill(self, template: str, **extra: str) -> str:
        return template.format_map({**self.slots(), **extra})


def _new_cast(rng: random.Random) -> _Cast:
    firsts, lasts = _words("first_names.txt"), _words("surnames.txt")
    surnames = rng.sample(lasts, 4)
    people = [(rng.choice(firsts), surname) for surname in surnames]
    orgs = rng.sample(_words("organisations.txt"), 2)
    return _Cast(
        rng=rng,
        person=people[0],
        others=people[1:3],
        reporter=f"{rng.choice(firsts)} {people[3][1]}",
        outlet=rng.choice(_words("outlets.txt")),
        org=orgs[0],
        other_org=orgs[1],
        place=rng.choice(_words("places.txt")),
        facility=rng.choice(_FACILITIES),
        year=rng.randint(1995, 2021),
    )


Sentence = Callable[[_Writer, _Cast], None]


def _key_person(writer: _Writer, cast: _Cast, *, attribution: str = "") -> None:
    """The article's main person, in full; remembers the first mention (name variants)."""
    if attribution:
        span = writer.mark("attribution", f"{cast.full_name} {attribution}", source=cast.full_name)
        mention = Span(span.start, span.start + len(cast.full_name), cast.full_name)
    else:
        mention = _plain(writer, cast.full_name)
    if cast.first_mention is None:
        cast.first_mention = mention


def _plain(writer: _Writer, text: str) -> Span:
    start, end = writer.write(text)
    return Span(start, end, text)


def _speaker(cast: _Cast) -> tuple[str, bool]:
    """Someone to quote: the main person (counts as a mention) or another one."""
    if cast.rng.random() < 0.5:
        return cast.full_name, True
    first, last = cast.rng.choice(cast.others)
    return f"{first} {last}", False


def _attribute(writer: _Writer, cast: _Cast, verb: str) -> None:
    name, is_key = _speaker(cast)
    if is_key:
        _key_person(writer, cast, attribution=verb)
    else:
        writer.mark("attribution", f"{name} {verb}", source=name)


def _intro(writer: _Writer, cast: _Cast) -> None:
    _key_person(writer, cast)
    writer.write(cast.fill(" has led {org} since {year}.", year=str(cast.year)))


def _second_mention(writer: _Writer, cast: _Cast) -> None:
    writer.write(cast.fill("On {weekday}, "))
    _key_person(writer, cast)
    writer.write(cast.fill(" visited the {facility} with a group of engineers."))


def _filler(template: str) -> Sentence:
    def sentence(writer: _Writer, cast: _Cast) -> None:
        writer.write(cast.fill(template))

    return sentence


def _attribution_sentence(writer: _Writer, cast: _Cast) -> None:
    rng = cast.rng
    form = rng.randrange(6)
    if form == 0:
        _attribute(writer, cast, "said")
        writer.write(cast.fill(" the {facility} would reopen {when}."))
    elif form == 1:
        writer.write(cast.fill("The {facility} is safe to use, "))
        _attribute(writer, cast, "said")
        writer.write(".")
    elif form == 2:
        outlet = cast.outlet
        writer.mark("attribution", f"According to {outlet}", source=_bare(outlet))
        writer.write(cast.fill(", the {facility} was inspected {when}."))
    elif form == 3:
        _attribute(writer, cast, f"told {cast.outlet}")
        writer.write(cast.fill(" that the work on the {facility} was on schedule."))
    elif form == 4:
        org = _cap(cast.other_org)
        writer.mark("attribution", f"{org} said in a statement", source=_bare(cast.other_org))
        writer.write(cast.fill(" that the {facility} remained open."))
    else:
        cue = rng.choice(_ANONYMOUS).format(org=cast.other_org)
        writer.mark("attribution", cue, source="anonymous")
        writer.write(cast.fill(" the deal for the {facility} was close."))


def _quote_text(cast: _Cast, hedged: bool) -> list[tuple[str, str]]:
    """The quoted words as (kind, text) pieces: plain text, or a hedge inside the quote."""
    if hedged:
        before, hedge, after = cast.rng.choice(_HEDGED_QUOTES)
        return [("", cast.fill(before)), ("hedge", hedge), ("", cast.fill(after))]
    return [("", cast.fill(cast.rng.choice(_words("quotes.txt"))))]


def _write_quote(writer: _Writer, pieces: list[tuple[str, str]], ending: str) -> None:
    """The words inside the marks are the quote; nested hedges are marked too."""
    start = writer.length
    for kind, text in pieces:
        if kind:
            writer.mark(kind, text)
        else:
            writer.write(text)
    writer.write(ending)
    end = writer.length
    quoted = "".join(text for _, text in pieces) + ending
    writer.findings.append(ExpectedFinding("sourcing", "quote", start, end, quoted))


def _quote_sentence(writer: _Writer, cast: _Cast, *, hedges: bool) -> None:
    rng = cast.rng
    opening, closing = rng.choice((("“", "”"), ('"', '"')))
    pieces = _quote_text(cast, hedged=hedges and rng.random() < 0.4)
    form = rng.randrange(3)
    if form == 0:  # “...,” Name said.
        writer.write(opening)
        _write_quote(writer, pieces, ",")
        writer.write(closing + " ")
        _attribute(writer, cast, "said")
        writer.write(".")
    elif form == 1:  # Name said: “....”
        _attribute(writer, cast, "said")
        writer.write(": " + opening)
        _write_quote(writer, pieces, ".")
        writer.write(closing)
    else:  # “...,” said Name, role.
        writer.write(opening)
        _write_quote(writer, pieces, ",")
        name, is_key = _speaker(cast)
        writer.write(closing + " ")
        span = writer.mark("attribution", f"said {name}", source=name)
        if is_key and cast.first_mention is None:
            cast.first_mention = Span(span.end - len(name), span.end, name)
        writer.write(", " + cast.fill(rng.choice(_ROLES)) + ".")


def _hedge_sentence(writer: _Writer, cast: _Cast) -> None:
    rng = cast.rng
    form = rng.randrange(5)
    if form == 0:
        writer.write(cast.fill("{Org} "))
        writer.mark("hedge", rng.choice(_ADVERB_HEDGES))
        writer.write(cast.fill(" {past} the {facility} plan {when}.", past=rng.choice(_VERBS)[1]))
    elif form == 1:
        writer.write(cast.fill("The {facility} "))
        writer.mark("hedge", rng.choice(_MODAL_HEDGES))
        writer.write(" " + rng.choice(_MODAL_PREDICATES) + ".")
    elif form == 2:
        writer.write(cast.fill("{Org} "))
        writer.mark("hedge", rng.choice(_APPEARANCE_HEDGES))
        writer.write(" to favour a cheaper design.")
    elif form == 3:
        first, last = rng.choice(cast.others)
        writer.write(f"{first} {last} ")
        writer.mark("hedge", rng.choice(_RAISING_HEDGES))
        writer.write(" " + rng.choice(_RAISING_PREDICATES) + ".")
    else:
        writer.write(cast.fill("The {facility} will "))
        writer.mark("hedge", "likely")
        writer.write(" " + rng.choice(_MODAL_PREDICATES) + ".")


def _weasel_sentence(writer: _Writer, cast: _Cast) -> None:
    phrase, rest = cast.rng.choice(_table("weasels.tsv"))
    writer.mark("weasel", phrase)
    writer.write(cast.fill(rest))


def _error_sentence(table: str, kind: str) -> Sentence:
    def sentence(writer: _Writer, cast: _Cast) -> None:
        wrong, right, template = cast.rng.choice(_table(table))
        before, after = template.split("*")
        writer.write(cast.fill(before))
        writer.mark(kind, wrong, suggestion=right)
        writer.write(cast.fill(after))

    return sentence


def name_variants(name: str) -> list[str]:
    """Plausible misspellings of a family name: a letter pair swapped, a letter doubled or
    undoubled, a vowel changed, accents dropped. Never the name itself."""
    variants: list[str] = []
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    if stripped != name:
        variants.append(stripped)
    for i in range(1, len(name) - 2):
        if name[i] != name[i + 1]:
            variants.append(name[:i] + name[i + 1] + name[i] + name[i + 2 :])
    for i in range(1, len(name) - 1):
        if name[i] == name[i + 1]:
            variants.append(name[:i] + name[i + 1 :])
        elif name[i] not in "aeiouy":
            variants.append(name[:i] + name[i] + name[i:])
    swaps = {"a": "e", "e": "a", "i": "y", "o": "u", "u": "o", "y": "i"}
    for i in range(1, len(name)):
        if name[i] in swaps:
            variants.append(name[:i] + swaps[name[i]] + name[i + 1 :])
    return sorted({v for v in variants if v != name and v.isalpha()})


def _name_variant_sentence(writer: _Writer, cast: _Cast) -> None:
    first, last = cast.person
    variant = f"{first} {cast.rng.choice(name_variants(last))}"
    related = (cast.first_mention,) if cast.first_mention is not None else ()
    writer.mark("name_variant", variant, suggestion=cast.full_name, related=related)
    writer.write(" has promised to publish the full report.")


def _contradiction_pair(cast: _Cast) -> tuple[Sentence, Sentence]:
    rng = cast.rng
    form = rng.randrange(4)
    if form == 0:
        low = rng.randint(120, 880)
        value = f"${low} million"
        other = f"${_other_number(rng, low)} million"
        first = ("The {facility} project has a budget of ", value, ".")
        second = ("The ", other, " budget for the {facility} project was approved {when}.")
    elif form == 1:
        count = rng.randint(3, 40) * 50
        value = f"{count:,} jobs"
        other = f"{_other_number(rng, count):,} jobs"
        first = ("The {facility} will create ", value, " in {place}.")
        second = ("Under the plan, the ", other, " at the {facility} will go to local workers.")
    elif form == 2:
        year = rng.randint(1950, 1990)
        value, other = f"in {year}", f"in {year + rng.choice((-2, -1, 1, 2))}"
        first = ("The {facility} first opened ", value, ".")
        second = ("Since it opened ", other, ", the {facility} has been repaired twice.")
    else:
        percent = rng.randint(11, 48)
        value = f"{percent} percent"
        other = f"{_other_number(rng, percent)} percent"
        first = ("Use of the {facility} rose by ", value, " last year.")
        second = ("The ", other, " rise in use of the {facility} last year surprised planners.")
    earlier: list[Span] = []

    def write_first(writer: _Writer, cast: _Cast) -> None:
        writer.write(cast.fill(first[0]))
        earlier.append(_plain(writer, first[1]))
        writer.write(cast.fill(first[2]))

    def write_second(writer: _Writer, cast: _Cast) -> None:
        writer.write(_cap(cast.fill(second[0])))
        writer.mark("contradiction", second[1], related=tuple(earlier))
        writer.write(cast.fill(second[2]))

    return write_first, write_second


def _other_number(rng: random.Random, value: int) -> int:
    """A different number a slip could produce: two digits swapped, or a small change."""
    digits = str(value)
    swapped = [
        int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
        for i in range(len(digits) - 1)
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")
    ]
    if swapped and rng.random() < 0.6:
        return rng.choice(swapped)
    step = max(1, value // 10)
    return value + rng.choice((-step, step))


# --------------------------------------------------------------------------------------------
# Comment sections


def _comment_user(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(_words('first_names.txt'))} {rng.choice('ABCDEFGHKLMNPRSTW')}."
    prefix = rng.choice(("harbour", "night", "old", "local", "true"))
    suffix = rng.choice(("watcher", "owl", "reader", "voice"))
    return f"{prefix}_{suffix}{rng.randint(1, 99)}"


def _comment_lines(rng: random.Random, layout: str) -> list[str]:
    count = rng.randint(1, 4)
    bodies = rng.sample(_words("comments.txt"), count)
    lines: list[str]
    if layout == "wpdiscuz":
        lines = [f"{count} Comments", "Notify of", "Oldest", "Newest", "Most Voted"]
        lines += ["Inline Feedbacks", "View all comments"]
        for body in bodies:
            lines += [_comment_user(rng), f"{rng.randint(1, 9)} years ago", body, "Reply"]
        lines.append("Load More Comments")
    elif layout == "disqus":
        lines = [f"{count} comments", "Login", "Sort by Best", "Recommend"]
        for body in bodies:
            lines += [f"{_comment_user(rng)} • {rng.randint(1, 23)} hours ago", body]
            lines.append("Reply • Share ›")
    elif layout == "youtube":
        lines = [f"{count} Comments", "Sort by"]
        for body in bodies:
            lines += [f"@{_comment_user(rng).replace(' ', '').replace('.', '')}"]
            lines += [f"{rng.randint(1, 30)} days ago", body, str(rng.randint(0, 999)), "Reply"]
    elif layout == "reddit":
        lines = ["Sort by: best"]
        for body in bodies:
            lines += [_comment_user(rng).replace(" ", "_"), "•", f"{rng.randint(1, 23)}h ago"]
            lines += [body, str(rng.randint(1, 400)), "Reply", "Share"]
    else:
        lines = [f"Comments ({count})", "Join the discussion"]
        for body in bodies:
            lines += [f"{_comment_user(rng)} wrote:", body, "Report comment"]
        lines.append("Load more comments")
    return lines


# --------------------------------------------------------------------------------------------
# The article


def _title_text(cast: _Cast, hedges: bool) -> tuple[str, str, str]:
    """(before, hedge, after): the title, with a hedge inside when ``hedge`` is not empty."""
    if hedges and cast.rng.random() < 0.5:
        before, after = cast.fill(cast.rng.choice(_HEDGED_TITLES), hedge="*").split("*")
        return before, cast.rng.choice(_MODAL_HEDGES), after
    return cast.fill(cast.rng.choice(_TITLES)), "", ""


def _boilerplate_line(cast: _Cast) -> str:
    return cast.fill(cast.rng.choice(_words("boilerplate.txt")))


def _plan(cast: _Cast, options: ArticleOptions) -> list[Sentence]:
    """The body's sentences in order: early, shuffled middle, late."""
    rng = cast.rng
    early: list[Sentence] = []
    middle: list[Sentence] = []
    late: list[Sentence] = []
    fillers = rng.sample(_words("fillers.txt"), rng.randint(2, 6))
    middle += [_filler(template) for template in fillers]
    if options.name_variant or options.attributions or rng.random() < 0.5:
        early.append(_intro)
    if options.name_variant:
        middle.append(_second_mention)
        late.append(_name_variant_sentence)
    if options.contradiction:
        first, second = _contradiction_pair(cast)
        early.append(first)
        late.append(second)
    if options.attributions:
        middle += [_attribution_sentence] * rng.randint(1, 3)
    if options.quotes:
        hedges = bool(options.hedges)
        middle += [functools.partial(_quote_sentence, hedges=hedges)] * rng.randint(1, 2)
    if options.hedges:
        middle += [_hedge_sentence] * rng.randint(1, 3)
    if options.weasels:
        middle += [_weasel_sentence] * rng.randint(1, 2)
    if options.misspellings:
        middle += [_error_sentence("misspellings.tsv", "misspelling")] * rng.randint(1, 2)
    if options.real_word_errors:
        middle += [_error_sentence("real_word_errors.tsv", "real_word_error")] * rng.randint(1, 2)
    rng.shuffle(middle)
    rng.shuffle(late)
    return early + middle + late


def _paragraphs(
    rng: random.Random, sentences: list[Sentence], options: ArticleOptions
) -> list[list[Sentence]]:
    count = rng.randint(options.min_paragraphs, options.max_paragraphs)
    count = max(1, min(count, len(sentences)))
    cuts = sorted(rng.sample(range(1, len(sentences)), count - 1)) if count > 1 else []
    bounds = [0, *cuts, len(sentences)]
    return [sentences[a:b] for a, b in itertools.pairwise(bounds)]


def build_article(rng: random.Random, options: ArticleOptions | None = None) -> GeneratedArticle:
    """One generated article, every choice made by ``rng`` (a hypothesis-driven random in
    :func:`articles`, a seeded ``random.Random`` in :func:`generate_article`)."""
    options = (options or ArticleOptions()).resolved(rng)
    cast = _new_cast(rng)
    writer = _Writer("\r\n" if options.crlf else "\n")
    gap = rng.choice((0, 1))  # blank lines between paragraphs, as scrapers leave them
    if options.boilerplate:
        for _ in range(rng.randint(1, 3)):
            writer.line("boilerplate", _boilerplate_line(cast))
    if options.title:
        before, hedge, after = _title_text(cast, bool(options.hedges))
        with writer.segment("title"):
            writer.write(before)
            if hedge:
                writer.mark("hedge", hedge)
            writer.write(after + writer.newline * (1 + gap))
            if not hedge and rng.random() < 0.2:  # scrapers often repeat the headline
                writer.write(before + writer.newline * (1 + gap))
    if options.boilerplate and rng.random() < 0.7:
        writer.line("boilerplate", cast.fill(rng.choice(_BYLINES)), gap)
    paragraphs = _paragraphs(rng, _plan(cast, options), options)
    advert_after = rng.randrange(len(paragraphs)) if options.boilerplate else -1
    for index, paragraph in enumerate(paragraphs):
        with writer.segment("body"):
            for number, sentence in enumerate(paragraph):
                if number:
                    writer.write(" ")
                sentence(writer, cast)
            writer.write(writer.newline * (1 + gap))
        if index == advert_after and index < len(paragraphs) - 1:
            writer.line("boilerplate", "Advertisement", gap)
    if options.boilerplate:
        writer.line("boilerplate", _boilerplate_line(cast), gap)
    if options.comments:
        layout = options.comment_layout or COMMENT_LAYOUTS[0]
        with writer.segment("comments"):
            for line in _comment_lines(rng, layout):
                writer.write(line + writer.newline)
        if options.boilerplate:
            writer.line("boilerplate", cast.fill("© 2024 {outlet}. All rights reserved."))
    text = writer.text()
    findings = tuple(sorted(writer.findings, key=lambda f: (f.start, f.end, f.kind)))
    return GeneratedArticle(text, writer.segments(text), findings, options)


def generate_article(seed: int, **options: Any) -> GeneratedArticle:
    """The article for ``seed`` (same seed, same article), without hypothesis driving it;
    ``options`` are :class:`ArticleOptions` fields."""
    return build_article(random.Random(seed), ArticleOptions(**options))


def articles(**options: Any) -> st.SearchStrategy[GeneratedArticle]:
    """Generated news-like articles with known ground truth.

    Keyword options are :class:`ArticleOptions` fields: ``True`` always include, ``False``
    never, ``None`` (the default) let hypothesis decide; for example
    ``articles(hedges=True, comments=False)``.
    """
    fixed = ArticleOptions(**options)
    flags = {name: st.booleans() for name in _FLAGS if getattr(fixed, name) is None}
    layout = (
        st.sampled_from(COMMENT_LAYOUTS)
        if fixed.comment_layout is None
        else st.just(fixed.comment_layout)
    )

    def build(drawn: dict[str, bool], comment_layout: str, rng: random.Random) -> GeneratedArticle:
        resolved = attrs.evolve(fixed, comment_layout=comment_layout, **drawn)
        return build_article(rng, resolved)

    return st.builds(build, st.fixed_dictionaries(flags), layout, st.randoms(use_true_random=False))


# --------------------------------------------------------------------------------------------
# Comparing a report with a generated article's ground truth (the evaluator's matching rules)


@attrs.frozen
class KindScore:
    """Counts for one finding kind (or, for comments/boilerplate, non-space characters)."""

    kind: str
    expected: int = 0
    predicted: int = 0
    matched_expected: int = 0
    matched_predicted: int = 0

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0

    def __add__(self, other: KindScore) -> KindScore:
        return KindScore(
            self.kind,
            self.expected + other.expected,
            self.predicted + other.predicted,
            self.matched_expected + other.matched_expected,
            self.matched_predicted + other.matched_predicted,
        )


def _overlap(a_start: int, a_end: int, b: Span | ExpectedFinding | Finding) -> bool:
    return max(a_start, b.start) < min(a_end, b.end)


def finding_matches(expected: ExpectedFinding, predicted: Finding) -> bool:
    """The evaluator's rule: one shared character; a name variant may hit either spelling; a
    contradiction must cover both sides of the pair, in either order."""
    if expected.kind != predicted.kind:
        return False
    if expected.kind == "contradiction" and expected.related:
        earlier = expected.related[0]
        hits_later = _overlap(predicted.start, predicted.end, expected)
        hits_earlier = _overlap(predicted.start, predicted.end, earlier)
        related_later = any(_overlap(r.start, r.end, expected) for r in predicted.related)
        related_earlier = any(_overlap(r.start, r.end, earlier) for r in predicted.related)
        return (hits_later and related_earlier) or (hits_earlier and related_later)
    if _overlap(predicted.start, predicted.end, expected):
        return True
    return expected.kind == "name_variant" and any(
        _overlap(predicted.start, predicted.end, r) for r in expected.related
    )


def compare_findings(
    kind: str, expected: tuple[ExpectedFinding, ...], predicted: list[Finding]
) -> KindScore:
    """One-to-one matching (greedy, in document order) of one kind's findings."""
    expected = tuple(f for f in expected if f.kind == kind)
    candidates = [f for f in predicted if f.kind == kind]
    used: set[int] = set()
    for gold in expected:
        for index, guess in enumerate(candidates):
            if index not in used and finding_matches(gold, guess):
                used.add(index)
                break
    return KindScore(kind, len(expected), len(candidates), len(used), len(used))


def _characters(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    return {i for start, end in ranges for i in range(start, end) if not text[i].isspace()}


def compare_segments(kind: str, article: GeneratedArticle, report: Report) -> KindScore:
    """Character-level counts for comments or boilerplate (whitespace ignored): the report's
    segments of that kind plus its findings of that kind, as the evaluator counts them."""
    text = article.text
    gold = _characters(text, [(s.start, s.end) for s in article.segments if s.kind == kind])
    ranges = [(s.start, s.end) for s in report.segments if s.kind == kind]
    ranges += [(f.start, f.end) for f in report.findings(kind)]
    guess = _characters(text, ranges)
    both = len(gold & guess)
    return KindScore(kind, len(gold), len(guess), both, both)


def compare(article: GeneratedArticle, report: Report) -> dict[str, KindScore]:
    """Every finding kind and the two noise segment kinds, for one article and its report."""
    predicted = report.findings()
    scores = {kind: compare_findings(kind, article.findings, predicted) for kind in FINDING_KINDS}
    for kind in ("comments", "boilerplate"):
        scores[kind] = compare_segments(kind, article, report)
    return scores


# --------------------------------------------------------------------------------------------
# Arbitrary and hostile text

_PIECES = (
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    ".",
    "...",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "Mr.",
    "Dr.",
    "U.S.",
    "said",
    "according to",
    "reportedly",
    "may",
    "May",
    "critics argue",
    "Kim Jong-il",
    "30,000",
    "$412 million",
    "1.5",
    "Reply",
    "5 years ago",
    "Notify of",
    "47 Comments",
    "Advertisement",
    "©",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x00",
    "\x1b",
    "\x85",
    "\u2028",
    "e\u0301",
    "🙂",
    "👨‍👩‍👧",
    "北朝鮮",
    "Москва",
    "القاهرة",
    "\ud800",
)
_HOSTILE_UNITS = (
    '"',
    "“",
    "”“",
    "'",
    ".",
    "!?",
    "\n",
    "\r",
    " ",
    "\u200b",
    "\u0301",
    "9",
    "1,000,",
    "Kim Jong Un ",
    "Mr. ",
    "A. ",
    "(",
    "“‘“‘",
    "said ",
    "may ",
    "- ",
    "Reply\n",
)


def scraped_pages() -> st.SearchStrategy[str]:
    """Text shaped like scraped pages: lines of words, marks, numbers and odd characters."""
    piece = st.one_of(st.sampled_from(_PIECES), st.text(max_size=12))
    return st.lists(piece, max_size=60).map("".join)


def hostile_texts(max_repeats: int = 3000) -> st.SearchStrategy[str]:
    """Runs of one hostile unit (quote marks, dots, names, digits...), optionally wrapped."""
    run = st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(_HOSTILE_UNITS),
        st.integers(min_value=1, max_value=max_repeats),
    )
    return st.builds(lambda a, b, c: a + b + c, st.text(max_size=5), run, st.text(max_size=5))


def documents() -> st.SearchStrategy[str]:
    """Arbitrary document text: any ``str``, scraped-page shapes, hostile runs, articles."""
    return st.one_of(
        st.text(),
        scraped_pages(),
        hostile_texts(),
        articles().map(lambda article: article.text),
    )


# --------------------------------------------------------------------------------------------
# Model objects

_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
_finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
_scores = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)
_metric_values = st.one_of(_finite, st.integers(min_value=-(2**53), max_value=2**53).map(float))


@st.composite
def _offsets(draw: st.DrawFn, length: int) -> tuple[int, int]:
    start = draw(st.integers(min_value=0, max_value=length))
    end = draw(st.integers(min_value=start, max_value=length))
    return start, end


def spans(text: str | None = None) -> st.SearchStrategy[Span]:
    """Spans of ``text`` (of a drawn text when None): ``span.text == text[start:end]``."""
    if text is None:
        return st.text().flatmap(spans)
    return _offsets(len(text)).map(lambda se: Span.of(text, *se))


@st.composite
def segments(draw: st.DrawFn, text: str | None = None) -> tuple[Segment, ...]:
    """A partition of ``text`` into segments (title first when there is one), in order."""
    if text is None:
        text = draw(st.text())
    length = len(text)
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=max(1, length - 1)), max_size=6)))
    cuts = [c for c in cuts if 0 < c < length]
    bounds = [0, *cuts, length] if length else []
    kinds = draw(
        st.lists(st.sampled_from(SEGMENT_KINDS), min_size=len(bounds), max_size=len(bounds))
    )
    parts = [Segment(kind, a, b) for kind, a, b in zip(kinds, bounds, bounds[1:], strict=False)]
    # neighbours of one kind are one segment, as normalise_segments makes them
    merged: list[Segment] = []
    for part in parts:
        if merged and merged[-1].kind == part.kind:
            merged[-1] = Segment(part.kind, merged[-1].start, part.end)
        else:
            merged.append(part)
    return tuple(merged)


@st.composite
def findings(draw: st.DrawFn, text: str | None = None, scorer: str | None = None) -> Finding:
    """A finding over ``text`` whose ``text`` is the slice it covers."""
    if text is None:
        text = draw(st.text())
    start, end = draw(_offsets(len(text)))
    return Finding.at(
        text,
        scorer if scorer is not None else draw(_names),
        draw(st.sampled_from(tuple(FINDING_KINDS)) | _names),
        start,
        end,
        draw(st.text(max_size=40)),
        suggestion=draw(st.none() | st.text(max_size=20)),
        source=draw(st.none() | st.text(max_size=20)),
        related=tuple(draw(st.lists(spans(text), max_size=2))),
    )


@st.composite
def scorer_results(
    draw: st.DrawFn, text: str | None = None, scorer: str | None = None
) -> ScorerResult:
    """A valid scorer result: score in [0, 100], finite weight and metrics, findings over
    ``text`` (a drawn text when None)."""
    if text is None:
        text = draw(st.text())
    name = scorer if scorer is not None else draw(_names)
    return ScorerResult(
        score=draw(_scores),
        weight=draw(st.floats(min_value=0.0, max_value=10.0, allow_nan=False)),
        metrics=draw(st.dictionaries(_names, _metric_values, max_size=5)),
        findings=draw(st.lists(findings(text, name), max_size=4)),
    )


@st.composite
def reports(draw: st.DrawFn, text: str | None = None) -> Report:
    """A valid report (schema-valid ``to_dict()``; it round-trips through JSON) of ``text``
    (a drawn document when None). Sometimes an error record, as a failed read gives."""
    if text is None:
        text = draw(st.one_of(st.text(), scraped_pages()))
    doc_id = draw(st.text(max_size=20))
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        return Report.failed(doc_id, draw(_names), draw(st.text(max_size=40)))
    names = draw(st.lists(_names, unique=True, max_size=4))
    results = {name: draw(scorer_results(text, name)) for name in names}
    error = draw(st.none() | st.builds(ReportError, st.just("scorer_error"), st.text(max_size=40)))
    words = len(text.split())
    return Report(
        id=doc_id,
        score=draw(_scores),
        scorers=results,
        segments=draw(segments(text)),
        stats=Stats(len(text), words, draw(st.integers(min_value=0, max_value=max(0, words)))),
        error=error,
    )


def _documents_model() -> st.SearchStrategy[Document]:
    return st.builds(
        Document,
        st.text(max_size=20),
        documents(),
        st.dictionaries(_names, st.text(max_size=20), max_size=3),
    )


def register_type_strategies() -> None:
    """Make ``st.from_type`` give valid credscore objects (run by hypothesis's plug-in hook)."""
    st.register_type_strategy(Span, spans())
    st.register_type_strategy(Segment, segments().flatmap(_one_segment))
    st.register_type_strategy(Finding, findings())
    st.register_type_strategy(ScorerResult, scorer_results())
    st.register_type_strategy(Report, reports())
    st.register_type_strategy(Document, _documents_model())


def _one_segment(parts: tuple[Segment, ...]) -> st.SearchStrategy[Segment]:
    return st.sampled_from(parts) if parts else st.just(Segment("body", 0, 0))


# Importing this module (hypothesis's plug-in hook does it) makes st.from_type work.
register_type_strategies()
