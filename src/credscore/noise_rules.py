"""Line facts for the noise segmenter: which page-chrome and comment-thread cues a line shows.

Every cue list lives in ``credscore/data/noise/`` (see each file's header): full-line regexes
for page chrome, comment headers, comment timestamps and thread controls, lower-case phrases
for notices, and the words that end a truncated link line. Patterns are compiled once per
process into one alternation per file.

Linear time: a regex is only tried on a line of bounded length (``MAX_*_CHARS``), so even a
pattern that backtracks costs O(1) per line; the phrase search and the word counts are single
passes. Long lines only go through the phrase search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from credscore.resources import read_lines

DATA = "noise/"
MAX_BOILERPLATE_CHARS = 200
MAX_HEADER_CHARS = 100
MAX_TIMESTAMP_CHARS = 120
MAX_CONTROL_CHARS = 60
MAX_DANGLING_WORDS = 8
MIN_DANGLING_WORDS = 3

_MACRO_RE = re.compile(r"\{([A-Z]+)\}")
# A leading list marker: bullet glyphs, dashes, "1." / "2)" numbering.
_BULLET_RE = re.compile(r"(?:[•●◦▪▫‣∙·*+–—-]|\d{1,3}[.)])\s")
_TRAILING_CLOSERS = "\"'”’»)]*"
_TERMINAL = ".!?…"


def _macros() -> dict[str, str]:
    macros: dict[str, str] = {}
    for line in read_lines(DATA + "macros.txt"):
        name, _, fragment = line[1:].partition(" ")
        macros[name] = _expand(fragment.strip(), macros)
    return macros


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return _MACRO_RE.sub(lambda match: macros[match.group(1)], pattern)


def _alternation(patterns: Iterable[str], macros: dict[str, str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{_expand(pattern, macros)})" for pattern in patterns)
    return re.compile(body or r"(?!)", re.IGNORECASE)


def _tagged(lines: Iterable[str], tag: str) -> list[str]:
    """The patterns of one class in a file whose lines start with ``class:``."""
    return [line.removeprefix(tag) for line in lines if line.startswith(tag)]


def _untagged(lines: Iterable[str]) -> list[str]:
    return [line for line in lines if not line.startswith("date:")]


@attrs.frozen
class NoiseRules:
    """The compiled cue lists."""

    boilerplate: re.Pattern[str]
    player: re.Pattern[str]
    phrases: re.Pattern[str]
    strong_headers: re.Pattern[str]
    weak_headers: re.Pattern[str]
    timestamps: re.Pattern[str]
    dates: re.Pattern[str]
    reply_controls: re.Pattern[str]
    weak_controls: re.Pattern[str]
    dangling_words: frozenset[str]


@functools.cache
def noise_rules() -> NoiseRules:
    """The cue lists from the package data, compiled once per process."""
    macros = _macros()
    controls = read_lines(DATA + "comment_controls.txt")
    headers = read_lines(DATA + "comment_headers.txt")
    stamps = read_lines(DATA + "comment_timestamps.txt")
    phrases = read_lines(DATA + "boilerplate_phrases.txt")
    return NoiseRules(
        boilerplate=_alternation(read_lines(DATA + "boilerplate_lines.txt"), macros),
        player=_alternation(read_lines(DATA + "player_lines.txt"), macros),
        # literal phrases only: one alternation of escaped strings is a linear scan
        phrases=re.compile("|".join(re.escape(p.lower()) for p in phrases) or r"(?!)"),
        strong_headers=_alternation(_tagged(headers, "strong:"), macros),
        weak_headers=_alternation(_tagged(headers, "weak:"), macros),
        timestamps=_alternation(_untagged(stamps), macros),
        dates=_alternation(_tagged(stamps, "date:"), macros),
        reply_controls=_alternation(_tagged(controls, "reply:"), macros),
        weak_controls=_alternation(_tagged(controls, "weak:"), macros),
        dangling_words=frozenset(word.lower() for word in read_lines(DATA + "dangling_words.txt")),
    )


@attrs.frozen
class LineFacts:
    """What one line looks like. ``blank`` lines have every other fact false or zero."""

    blank: bool
    words: int = 0
    chars: int = 0
    terminal: bool = False  # ends like a sentence (after closing quotes and brackets)
    colon: bool = False  # ends with a colon: introduces a list
    bullet: bool = False
    title_case: bool = False  # every word starts with a capital or a digit
    boilerplate: bool = False  # page chrome by pattern or phrase
    player: bool = False  # a media-player control; the line after it is a caption
    header: bool = False  # comment-section header ("Comments", "13 Comments", "Notify of")
    strong_header: bool = False  # a header that only a comment section has ("13 Comments")
    timestamp: bool = False  # comment timestamp or author line: one comment starts here
    date: bool = False  # a bare date: a comment's date, or the article's dateline
    reply: bool = False  # strong thread control (Reply, level 1, 12 points...)
    weak: bool = False  # weak thread control (Share, like counts, Report...)
    dangling: bool = False  # a short line ending in a stripped link ("Send tips to")
    normalised: str = ""


BLANK = LineFacts(blank=True)


def _is_terminal(line: str) -> bool:
    stripped = line.rstrip(_TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def line_facts(line: str, rules: NoiseRules | None = None) -> LineFacts:
    """The facts of one line (its newline may be included)."""
    words = line.split()
    if not words:
        return BLANK
    rules = rules or noise_rules()
    bullet_match = _BULLET_RE.match(line.strip())
    normalised = " ".join(words)
    if bullet_match is not None:
        # test the cue lists on the item itself, not its list marker
        words = words[1:] if words[0] == bullet_match.group().strip() else words
        normalised = " ".join(words) or normalised
    chars = len(normalised)
    word_count = len(words)
    lowered = normalised.lower()
    boilerplate = player = header = strong_header = timestamp = date = reply = weak = False
    if chars <= MAX_BOILERPLATE_CHARS:
        player = rules.player.fullmatch(normalised) is not None
        boilerplate = player or rules.boilerplate.fullmatch(normalised) is not None
    if not boilerplate:
        boilerplate = rules.phrases.search(lowered) is not None
    if chars <= MAX_HEADER_CHARS:
        strong_header = rules.strong_headers.fullmatch(normalised) is not None
        header = strong_header or rules.weak_headers.fullmatch(normalised) is not None
    if chars <= MAX_TIMESTAMP_CHARS:
        timestamp = rules.timestamps.fullmatch(normalised) is not None
        date = not timestamp and rules.dates.fullmatch(normalised) is not None
    if chars <= MAX_CONTROL_CHARS and not timestamp and not date:
        reply = rules.reply_controls.fullmatch(normalised) is not None
        weak = not reply and rules.weak_controls.fullmatch(normalised) is not None
    terminal = _is_terminal(normalised)
    dangling = (
        MIN_DANGLING_WORDS <= word_count <= MAX_DANGLING_WORDS
        and not terminal
        and words[-1].lower() in rules.dangling_words
    )
    return LineFacts(
        blank=False,
        words=word_count,
        chars=chars,
        terminal=terminal,
        colon=normalised.endswith(":"),
        bullet=bullet_match is not None,
        title_case=all(word[0].isupper() or word[0].isdigit() for word in words),
        boilerplate=boilerplate,
        player=player,
        header=header,
        strong_header=strong_header,
        timestamp=timestamp,
        date=date,
        reply=reply,
        weak=weak,
        dangling=dangling,
        normalised=normalised if chars <= MAX_BOILERPLATE_CHARS else "",
    )


def count_comments(text: str, start: int, end: int) -> int:
    """Individual comments in ``text[start:end]`` (a comment section): one per timestamp or
    author line (or bare date), where an author line right above a date line ("Jane says:" /
    "May 3, 2024 at 9:10 am") is one comment; failing those, one per reply control; at least
    one."""
    rules = noise_rules()
    timestamps = replies = 0
    previous_was_stamp = False
    for line in text[start:end].splitlines():
        facts = line_facts(line, rules)
        if facts.blank:
            continue
        stamp = facts.timestamp or facts.date
        timestamps += stamp and not previous_was_stamp
        replies += facts.reply
        previous_was_stamp = stamp
    return max(1, timestamps or replies)
