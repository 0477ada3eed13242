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
from typing import NamedTuple

import attrs

from credscore.resources import read_lines

DATA = "noise/"
MAX_SHORT_CHROME_CHARS = 100
MAX_BOILERPLATE_CHARS = 300
CREDIT_TAIL_CHARS = 80
MAX_NORMALISED_CHARS = 200
MAX_HEADER_CHARS = 100
MAX_TIMESTAMP_CHARS = 80
MAX_CONTROL_CHARS = 60
MAX_REMOVAL_NOTE_CHARS = 100
REMOVAL_NOTES = ("this comment ", "comment ", "this post ", "this message ")
MAX_DANGLING_WORDS = 8
MIN_DANGLING_WORDS = 3
MAX_CACHED_CHARS = 64
MAX_CACHED_LINES = 200_000

_MACRO_RE = re.compile(r"\{([A-Z]+)\}")
# A leading list marker: bullet glyphs, dashes, "1." / "2)" numbering.
_BULLET_RE = re.compile(r"(?:[•●◦▪▫‣∙·*+–—-]|\d{1,3}[.)])\s")
# Menu items: separated by bars, bullets, breadcrumb arrows or runs of two or more spaces.
_MENU_SEP_RE = re.compile(r"[ \t]*[|•·›»>][ \t]*|[ \t]{2,}")
_MENU_BAR_RE = re.compile(r"[|•·›»>]")
_SPACE_RUN_RE = re.compile(r"[ \t]{2}")  # the other separator of _MENU_SEP_RE
_DIGIT_RE = re.compile(r"\d")
MAX_MENU_CHARS = 150
MAX_MENU_ITEM_WORDS = 4
MAX_MENU_ITEM_CHARS = 30
MIN_MENU_ITEMS = 3  # a barred line of this many items is chrome anywhere
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


@attrs.frozen
class Cues:
    """One cue list, compiled in two parts: patterns written in lower case are matched
    without case folding on the lower-cased line (case-insensitive matching in ``re`` is
    several times slower); patterns with a case-sensitive part ``(?-i:...)`` are matched on
    the line itself with ``re.IGNORECASE``."""

    folded: re.Pattern[str]
    cased: re.Pattern[str] | None

    def fullmatch(self, line: str, lowered: str) -> bool:
        if self.folded.fullmatch(lowered) is not None:
            return True
        return self.cased is not None and self.cased.fullmatch(line) is not None

    def match(self, line: str, lowered: str) -> bool:
        """Whether a pattern matches at the start of the line."""
        if self.folded.match(lowered) is not None:
            return True
        return self.cased is not None and self.cased.match(line) is not None

    def search(self, line: str, lowered: str) -> bool:
        if self.folded.search(lowered) is not None:
            return True
        return self.cased is not None and self.cased.search(line) is not None


def _alternation(patterns: Iterable[str], macros: dict[str, str], suffix: str = "") -> Cues:
    expanded = [_expand(pattern, macros) for pattern in patterns]
    folded = [pattern for pattern in expanded if "(?-i:" not in pattern]
    cased = [pattern for pattern in expanded if "(?-i:" in pattern]

    def compile_all(group: list[str], flags: int) -> re.Pattern[str]:
        body = "|".join(f"(?:{pattern})" for pattern in group)
        return re.compile(f"(?:{body}){suffix}", flags)

    return Cues(
        folded=compile_all(folded, 0) if folded else re.compile(r"(?!)"),
        cased=compile_all(cased, re.IGNORECASE) if cased else None,
    )


def _tagged(lines: Iterable[str], tag: str) -> list[str]:
    """The patterns of one class in a file whose lines start with ``class:``."""
    return [line.removeprefix(tag) for line in lines if line.startswith(tag)]


_TAGS = (
    *("date:", "long:", "end:", "endgate:", "gate:", "with:", "tail:", "endwith:"),
    *("cue:", "cuewords:", "dated:"),
)


def _gated(lines: Iterable[str], macros: dict[str, str]) -> tuple[tuple[str, Cues], ...]:
    """Patterns grouped by the literal a line must hold before they are tried
    ("LITERAL:PATTERN"; the literal is lower-case and may hold spaces, not a colon)."""
    groups: dict[str, list[str]] = {}
    for line in lines:
        literal, _, pattern = line.partition(":")
        groups.setdefault(literal, []).append(pattern)
    return tuple((literal, _alternation(found, macros)) for literal, found in groups.items())


def _untagged(lines: Iterable[str]) -> list[str]:
    return [line for line in lines if not line.startswith(_TAGS)]


def _phrase_index(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by an anchor word: the longest word before the phrase's last one (inner words
    are followed by a space in text, so a whitespace split of the line finds them)."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        inner = words[:-1] or words
        anchor = max(inner, key=len)
        index.setdefault(anchor, []).append(" ".join(words))
    return {anchor: tuple(found) for anchor, found in index.items()}


def has_phrase(
    lowered: str,
    words: Iterable[str],
    index: dict[str, tuple[str, ...]],
    anchors: frozenset[str],
) -> bool:
    """Whether ``lowered`` holds a listed phrase: set look-ups per word, then a substring
    check only for the phrases whose anchor word is on the line."""
    for anchor in anchors.intersection(words):
        if any(phrase in lowered for phrase in index[anchor]):
            return True
    return False


@attrs.frozen
class NoiseRules:
    """The compiled cue lists."""

    boilerplate: Cues
    boilerplate_long: Cues
    boilerplate_end: Cues
    boilerplate_end_gate: Cues
    # full-line patterns tried only on a line that holds their literal ("with: by :...")
    boilerplate_with: tuple[tuple[str, Cues], ...]
    boilerplate_tail: Cues  # patterns at a line's end, tried only after a listed ending
    tail_endings: tuple[str, ...]
    cue_words: frozenset[str]  # a line holding one of these words is tried on the "cue:" patterns
    cues: Cues
    timestamp_gate: Cues
    dated_stamps: Cues  # a name + a numeric or written date + a time; tried on dated lines only
    player: Cues
    phrases: dict[str, tuple[str, ...]]  # anchor word -> the phrases that contain it
    phrase_anchors: frozenset[str]
    strong_headers: Cues
    count_headers: Cues  # tried only on a line ending in a count's noun ("... · 214 comments")
    weak_headers: Cues
    timestamps: Cues
    dates: Cues
    reply_controls: Cues
    weak_controls: Cues
    dangling_words: frozenset[str]
    author_bios: Cues
    control_words: frozenset[str]
    button_words: frozenset[str]  # first words of a bracketed call-to-action ("[Subscribe]")
    chat_line: Cues  # a chat export's line opening ("[18.11.26 14:02] name: ...")


@functools.cache
def noise_rules() -> NoiseRules:
    """The cue lists from the package data, compiled once per process."""
    macros = _macros()
    controls = read_lines(DATA + "comment_controls.txt")
    headers = read_lines(DATA + "comment_headers.txt")
    stamps = read_lines(DATA + "comment_timestamps.txt")
    chrome = read_lines(DATA + "boilerplate_lines.txt")
    phrases = read_lines(DATA + "boilerplate_phrases.txt")
    return NoiseRules(
        boilerplate=_alternation(_untagged(chrome), macros),
        boilerplate_long=_alternation(_tagged(chrome, "long:"), macros),
        boilerplate_end=_alternation(_tagged(chrome, "end:"), macros, suffix=r"\Z"),
        player=_alternation(read_lines(DATA + "player_lines.txt"), macros),
        phrases=_phrase_index(phrases),
        phrase_anchors=frozenset(_phrase_index(phrases)),
        boilerplate_end_gate=_alternation(_tagged(chrome, "endgate:"), macros),
        boilerplate_with=_gated(_tagged(chrome, "with:"), macros),
        boilerplate_tail=_alternation(_tagged(chrome, "tail:"), macros, suffix=r"\Z"),
        tail_endings=tuple(_tagged(chrome, "endwith:")),
        cue_words=frozenset(word for line in _tagged(chrome, "cuewords:") for word in line.split()),
        cues=_alternation(_tagged(chrome, "cue:"), macros),
        timestamp_gate=_alternation(_tagged(stamps, "gate:"), macros),
        strong_headers=_alternation(_tagged(headers, "strong:"), macros),
        count_headers=_alternation(_tagged(headers, "count:"), macros),
        weak_headers=_alternation(_tagged(headers, "weak:"), macros),
        timestamps=_alternation(_untagged(stamps), macros),
        dated_stamps=_alternation(_tagged(stamps, "dated:"), macros),
        dates=_alternation(_tagged(stamps, "date:"), macros),
        reply_controls=_alternation(_tagged(controls, "reply:"), macros),
        weak_controls=_alternation(_tagged(controls, "weak:"), macros),
        dangling_words=frozenset(word.lower() for word in read_lines(DATA + "dangling_words.txt")),
        author_bios=_alternation(read_lines(DATA + "author_bios.txt"), macros),
        control_words=frozenset(read_lines(DATA + "control_words.txt")),
        button_words=frozenset(read_lines(DATA + "button_words.txt")),
        chat_line=_alternation(read_lines(DATA + "chat_lines.txt"), macros),
    )


class LineFacts(NamedTuple):
    """What one line looks like. ``blank`` lines have every other fact false or zero.
    (A named tuple: one is built per line, and tuples are the cheapest immutable records.)"""

    blank: bool
    words: int = 0
    chars: int = 0
    terminal: bool = False  # ends like a sentence (after closing quotes and brackets)
    colon: bool = False  # ends with a colon: introduces a list
    bullet: bool = False
    title_case: bool = False  # a short line whose words start with a capital or a digit
    boilerplate: bool = False  # page chrome by pattern or phrase
    player: bool = False  # a media-player control; the line after it is a caption
    header: bool = False  # comment-section header ("Comments", "13 Comments", "Notify of")
    strong_header: bool = False  # a header that only a comment section has ("13 Comments")
    timestamp: bool = False  # comment timestamp or author line: one comment starts here
    date: bool = False  # a bare date: a comment's date, or the article's dateline
    reply: bool = False  # strong thread control (Reply, level 1, 12 points...)
    weak: bool = False  # weak thread control (Share, like counts, Report...)
    dangling: bool = False  # a short line ending in a stripped link ("Send tips to")
    menu: int = 0  # items of a navigation menu ("News | Sport | Weather"), else 0
    bio: bool = False  # an author note ("Jane Roe covers energy for ..."); chrome at the edges
    chat: bool = False  # a chat export's message line ("[18.11.26 14:02] nick: text")
    normalised: str = ""


BLANK = LineFacts(blank=True)

# The facts of a non-blank line are built as a plain tuple in field order: the named
# tuple's keyword constructor (a Python function of 19 parameters) costs ~2 us, a tenth of
# a line's facts, and nearly every line of a page is new. The order is checked here.
_FIELD_ORDER = (
    "blank",
    "words",
    "chars",
    "terminal",
    "colon",
    "bullet",
    "title_case",
    "boilerplate",
    "player",
    "header",
    "strong_header",
    "timestamp",
    "date",
    "reply",
    "weak",
    "dangling",
    "menu",
    "bio",
    "chat",
    "normalised",
)
if LineFacts._fields != _FIELD_ORDER:  # pragma: no cover - a field added or moved
    raise RuntimeError("LineFacts fields changed: update _FIELD_ORDER and its callers")
_new_facts = functools.partial(tuple.__new__, LineFacts)


def _is_emoji_like(char: str) -> bool:
    """A symbol or an emoji (not ASCII, not a letter or digit, not an end mark)."""
    return not char.isascii() and not char.isalnum() and char not in _TERMINAL


def _is_terminal(line: str) -> bool:
    stripped = line.rstrip(_TRAILING_CLOSERS)
    if stripped and _is_emoji_like(stripped[-1]):
        # emoji after the sentence's end ("Up the Rovers! 🔴⚪"): the sentence still ends
        end = len(stripped)
        while end > 0 and (
            stripped[end - 1].isspace()
            or _is_emoji_like(stripped[end - 1])
        ):
            end -= 1
        stripped = stripped[:end].rstrip(_TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _without_icon(item: str) -> str:
    """A menu item without the icon before its label (symbols and emoji, not ASCII)."""
    start = 0
    while start < len(item) and (
        item[start].isspace() or (not item[start].isascii() and not item[start].isalnum())
    ):
        start += 1
    return item[start:] if start < len(item) else item


def _menu_items(stripped: str) -> int:
    """How many items a navigation-menu line has (0 when it is not one): two or more short
    items in Title Case, no digits (dates, counts and scores are not menus), separated by
    bars, bullets or arrows, or three or more separated by runs of spaces."""
    if len(stripped) > MAX_MENU_CHARS or _DIGIT_RE.search(stripped) is not None:
        return 0
    barred = _MENU_BAR_RE.search(stripped) is not None
    if not barred and not _SPACE_RUN_RE.search(stripped):
        return 0  # no separator at all: one item
    items = _MENU_SEP_RE.split(stripped)
    if len(items) < (2 if barred else MIN_MENU_ITEMS):
        return 0
    for item in items:
        item = _without_icon(item)  # "☰ Menu", "🔥 Hot: Transfers": the label is the item
        if not item or len(item) > MAX_MENU_ITEM_CHARS or not item[0].isupper():
            return 0
        if len(item.split()) > MAX_MENU_ITEM_WORDS or _is_terminal(item):
            return 0
    return len(items)


MAX_SLOGAN_CHARS = 60


def _slogan_then_menu(normalised: str) -> bool:
    """A site's slogan or name, then its barred navigation menu on the same line ("Funding
    news for founders · Deals | Funds | Jobs | Podcast"): the items after the first are a
    menu of three or more."""
    match = _MENU_SEP_RE.search(normalised)
    if match is None or match.start() > MAX_SLOGAN_CHARS:
        return False
    if _is_terminal(normalised[: match.start()]):
        return False  # a sentence, then a row of items: not a slogan
    rest = normalised[match.end() :]
    return _MENU_BAR_RE.search(rest) is not None and _menu_items(rest) >= MIN_MENU_ITEMS


def _photo_credit(tail: str, lowered_tail: str, rules: NoiseRules) -> bool:
    if not rules.boilerplate_end_gate.search(tail, lowered_tail):
        return False
    return rules.boilerplate_end.search(tail, lowered_tail)


NO_CONTROL, WEAK_CONTROL, SHARE_BAR, STRONG_CONTROL = 0, 1, 2, 3
# a reviews list opens on its rating summary and count ("★★★★★ 4.8 · Excellent · 212 reviews")
COUNT_NOUNS = (
    *("comment", "comments", "reply", "replies", "response", "responses"),
    *("review", "reviews", "rating", "ratings"),
)
STRONG_CONTROL_WORDS = frozenset({"reply", "replies"})
MAX_CONTROL_TOKENS = 8
_CONTROL_SPLIT_RE = re.compile(r"[\s·•|]+")
_COUNT_RE = re.compile(r"[(\[]?[+-]?\d[\d,.]{0,7}[km]?[)\]]?")
# a comment's time or age in its control bar ("[10:05]", "2h", "3d", "5 mo")
_CLOCK_RE = re.compile(r"\[?\d{1,2}:\d\d\]?|\d{1,3}(?:s|m|h|d|w|y|mo|yr|yrs)")
CHAT_OPENINGS = frozenset("[0123456789")  # a chat line opens on a bracket, a date or a time
MAX_CHAT_PREFIX_CHARS = 80


def _control_bar(lowered: str, words: frozenset[str]) -> int:
    """Whether a short line is a comment's control bar, read token by token: only control
    words, counts and symbols, with a control word or a symbol next to a count ("❤ 24 ↩
    Reply", "♡ Like (18) Reply Share", "▲ 41 ▼"). Star ratings are not controls."""
    tokens = [token for token in _CONTROL_SPLIT_RE.split(lowered) if token]
    if not tokens or len(tokens) > MAX_CONTROL_TOKENS:
        return NO_CONTROL
    named = strong = shared = symbol = starred = labelled = False
    counts = 0
    for position, token in enumerate(tokens):
        if token in words:
            named = True
            strong = strong or token in STRONG_CONTROL_WORDS
            shared = shared or token == "share"
        elif _COUNT_RE.fullmatch(token) is not None or _CLOCK_RE.fullmatch(token) is not None:
            counts += 1  # a count, or the comment's time ("[10:05] ↳ 2 replies")
        elif (
            token.isalpha()
            and position + 1 < len(tokens)
            and _COUNT_RE.fullmatch(tokens[position + 1]) is not None
        ):
            # a vote button with its count and a label the list does not hold ("Respect
            # 84", "Cheers 7"): a control only beside a reply button (below)
            labelled = True
        elif token.isascii() or any(char.isalnum() for char in token):
            return NO_CONTROL  # a word, or ASCII punctuation ("2 - 1" is a score)
        elif all(char in STAR_GLYPHS for char in token):
            starred = True  # a favourite count ("⭐ 58") only beside other controls
        else:
            symbol = True  # hearts, arrows, vote triangles, emoji
    if starred and not symbol:
        return NO_CONTROL  # a star rating ("★★★★☆ 4/5", "⭐ 4.5")
    if labelled and not (strong or named):
        # a row of scores ("Labour 84 · Reform 12"); vote buttons with their counts beside a
        # listed control are a review's reaction row ("👍 Useful (18) · Share", "Helpful 3
        # Thanks 0 Love this 1")
        return NO_CONTROL
    if strong:
        return STRONG_CONTROL
    if symbol and counts and (shared or counts > 1):
        return SHARE_BAR  # counters of likes and comments, or a count and a share button
    return WEAK_CONTROL if named or (symbol and counts) else NO_CONTROL


_short_line_cache: dict[str, LineFacts] = {}
FOOTNOTE_MARKS = "*†‡"
STAR_GLYPHS = "★☆⭐"


def _is_fine_print(text: str) -> bool:
    """Fine print under an offer or a claim opens on a footnote mark glued to a capital
    ("*Individual results may vary ...", "†Terms apply"), at any length; a line in markdown
    emphasis ("*A note*", "**Bold**") closes its mark."""
    return (
        len(text) > 1
        and text[0] in FOOTNOTE_MARKS
        and text[1].isupper()
        and not text.rstrip().endswith("*")
    )


# Bracketed button labels at a line's end ("[Agree] [Options]", "[Sign up] →"): each label
# one to three words without digits, at most four labels (bounded: linear per line).
_BUTTONS_RE = re.compile(r"(?:\s?\[([^\[\]\d]{1,24})\]){1,4}\s?[→›»]?\Z")
# a row of bracketed links and nothing else ("[Return] [Catalog] [Top]"): a board's controls
_BUTTON_ROW_RE = re.compile(r"(?:\[[^\[\]\d]{1,24}\]\s?){2,6}")
MAX_ICON_ROW_WORDS = 6
MAX_ICON_ITEM_WORDS = 2


def _is_button_line(normalised: str, rules: NoiseRules) -> bool:
    """A line that ends in buttons: two or more bracketed labels ("[Return] [Catalog]"), or
    one that opens on a call to action ("... in your inbox. [Subscribe]")."""
    if not normalised.endswith(("]", "→", "›", "»")):
        return False
    match = _BUTTONS_RE.search(normalised)
    if match is None:
        return False
    labels = [label.strip() for label in match.group().replace("]", "[").split("[")]
    labels = [label for label in labels if label and label not in "→›»"]
    if any(len(label.split()) > 3 or not label[0].isupper() for label in labels):
        return False
    if len(labels) >= 2:
        return True
    return labels[0].split()[0].lower() in rules.button_words


def _is_icon_row(normalised: str, words: list[str], rules: NoiseRules) -> bool:
    """A row of icon buttons ("🔗 Copy link  ✉ Email  🖨 Print", "Share 🡕"): symbols and
    short labels, no digits, no sentence. Two icons, or one beside a control word."""
    if len(words) > MAX_ICON_ROW_WORDS + 4 or _DIGIT_RE.search(normalised) is not None:
        return False
    icons = labels = run = 0
    controls = False
    for word in words:
        if not word.isascii() and not any(char.isalnum() for char in word):
            icons += 1
            run = 0
            continue
        if not word.isalpha():
            return False  # punctuation in a word: prose or a name, not a label
        if run == 0 and not word[0].isupper():
            return False  # a button's label opens on a capital; "so proud 🎉" is a post's text
        labels += 1
        run += 1
        controls = controls or word.lower() in rules.control_words
        if run > MAX_ICON_ITEM_WORDS or labels > MAX_ICON_ROW_WORDS:
            return False
    return labels > 0 and (icons >= 2 or (icons == 1 and labels == 1 and controls))


# a date in digits or with a month's name: only such lines are tried on the "dated:" stamps
_DATE_HINT_RE = re.compile(
    r"\d[/.-]\d|\d[\s-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d"
)
_FIXTURE_RE = re.compile(r"\s(?:v|vs\.?|versus)\s")
_TAB_SEP_RE = re.compile(r"\s?[|·•]\s?")
MAX_TABS = 5
MAX_TAB_WORDS = 4


def _is_tab_row(lowered: str, rules: NoiseRules) -> bool:
    """A row of a comment widget's tabs, one of them a comment header ("Featured Comments |
    All Comments (63)", "Top · All Comments (12)")."""
    items = _TAB_SEP_RE.split(lowered)
    if not 2 <= len(items) <= MAX_TABS:
        return False
    if any(not item or len(item.split()) > MAX_TAB_WORDS for item in items):
        return False
    return any(rules.strong_headers.fullmatch(item, item) for item in items)


MAX_CONTROL_ITEMS = 3


def _holds_control_item(lowered: str, rules: NoiseRules) -> bool:
    """A short row of items, one of them a thread control of two or more words ("▼ Chat
    replay paused · Show more messages", "Newest first | Load more comments"): weak evidence
    that only extends a thread next to it."""
    items = _TAB_SEP_RE.split(lowered)
    if not 2 <= len(items) <= MAX_CONTROL_ITEMS:
        return False
    if any(not item or len(item.split()) > MAX_TAB_WORDS for item in items):
        return False
    return any(
        len(item.split()) >= 2
        and (
            rules.reply_controls.fullmatch(item, item) or rules.weak_controls.fullmatch(item, item)
        )
        for item in items
    )


def line_facts(line: str, rules: NoiseRules | None = None) -> LineFacts:
    """The facts of one line (its newline may be included). Short lines repeat across pages
    ("Reply", "Share", menus, footers), so their facts are cached per process (bounded)."""
    short = len(line) <= MAX_CACHED_CHARS
    if short:
        cached = _short_line_cache.get(line)
        if cached is not None:
            return cached
    facts = _line_facts(line, rules or noise_rules())
    if short and len(_short_line_cache) < MAX_CACHED_LINES:
        _short_line_cache[line] = facts
    return facts


def clear_line_cache() -> None:
    """Forget cached line facts (benchmarks measure the uncached work)."""
    _short_line_cache.clear()


def _line_facts(line: str, rules: NoiseRules) -> LineFacts:
    if len(line) > MAX_BOILERPLATE_CHARS:
        facts = _long_line_facts(line, rules)
        if facts is not None:
            return facts
    words = line.split()
    if not words:
        return BLANK
    bullet_match = _BULLET_RE.match(line.strip())
    normalised = " ".join(words)
    if bullet_match is not None:
        # test the cue lists on the item itself, not its list marker
        words = words[1:] if words[0] == bullet_match.group().strip() else words
        normalised = " ".join(words) or normalised
    chars = len(normalised)
    word_count = len(words)
    lowered = normalised.lower()
    lowered_words = lowered.split()
    boilerplate = player = header = strong_header = timestamp = date = reply = weak = False
    if chars <= MAX_SHORT_CHROME_CHARS:
        player = rules.player.fullmatch(normalised, lowered)
        boilerplate = player or rules.boilerplate.fullmatch(normalised, lowered)
    if chars <= MAX_BOILERPLATE_CHARS and not boilerplate:
        boilerplate = (
            rules.boilerplate_long.fullmatch(normalised, lowered)
            or _photo_credit(normalised[-CREDIT_TAIL_CHARS:], lowered[-CREDIT_TAIL_CHARS:], rules)
            or any(
                literal in lowered and cues.fullmatch(normalised, lowered)
                for literal, cues in rules.boilerplate_with
            )
            or (
                not rules.cue_words.isdisjoint(lowered_words)
                and rules.cues.fullmatch(normalised, lowered)
            )
            or (
                lowered.endswith(rules.tail_endings)
                and rules.boilerplate_tail.search(
                    normalised[-CREDIT_TAIL_CHARS:], lowered[-CREDIT_TAIL_CHARS:]
                )
            )
        )
    if not boilerplate:
        boilerplate = (
            _is_fine_print(normalised)
            or has_phrase(lowered, lowered_words, rules.phrases, rules.phrase_anchors)
            or (chars <= MAX_BOILERPLATE_CHARS and _is_button_line(normalised, rules))
        )
    if chars <= MAX_HEADER_CHARS:
        strong_header = rules.strong_headers.fullmatch(normalised, lowered) or (
            lowered.rstrip(")]").endswith(COUNT_NOUNS)
            and rules.count_headers.fullmatch(normalised, lowered)
        )
        header = strong_header or rules.weak_headers.fullmatch(normalised, lowered)
        if not header and ("|" in lowered or "·" in lowered or "•" in lowered):
            strong_header = header = _is_tab_row(lowered, rules)
    if chars <= MAX_TIMESTAMP_CHARS:
        if rules.timestamp_gate.search(normalised, lowered):
            timestamp = rules.timestamps.fullmatch(normalised, lowered) or (
                _DATE_HINT_RE.search(lowered) is not None
                and _FIXTURE_RE.search(lowered) is None  # "Rovers v United 3/3/25 15:00"
                and rules.dated_stamps.fullmatch(normalised, lowered)
            )
        date = not timestamp and rules.dates.fullmatch(normalised, lowered)
    chat = (
        not timestamp
        and not date
        and lowered[:1] in CHAT_OPENINGS
        and rules.chat_line.match(
            normalised[:MAX_CHAT_PREFIX_CHARS], lowered[:MAX_CHAT_PREFIX_CHARS]
        )
    )
    timestamp = timestamp or chat  # each message of a chat log is one comment
    # a removed comment's note gives its reason and runs longer than a control bar ("This
    # comment has been removed for breaking our community guidelines.")
    removal_note = lowered.startswith(REMOVAL_NOTES)
    control_length = MAX_REMOVAL_NOTE_CHARS if removal_note else MAX_CONTROL_CHARS
    if chars <= control_length and not timestamp and not date:
        reply = rules.reply_controls.fullmatch(normalised, lowered)
        weak = not reply and rules.weak_controls.fullmatch(normalised, lowered)
        if not reply and not weak:
            control = _control_bar(lowered, rules.control_words)
            reply, weak = control == STRONG_CONTROL, WEAK_CONTROL <= control < STRONG_CONTROL
            weak = weak or (lowered[:1] == "[" and _BUTTON_ROW_RE.fullmatch(lowered) is not None)
            # a like/comment/share counter bar ("♡ 214   💬 3   ↻ Share") is page chrome
            # in an article; in a thread it stays weak evidence
            boilerplate = boilerplate or control == SHARE_BAR
        if not reply and not weak and not header and ("·" in lowered or "|" in lowered):
            weak = _holds_control_item(lowered, rules)
    if not (boilerplate or reply or weak or timestamp or date or normalised.isascii()):
        # a row of icon buttons is page chrome; in a thread it stays a control (above)
        boilerplate = word_count <= MAX_ICON_ROW_WORDS + 4 and _is_icon_row(
            normalised, words, rules
        )
    terminal = _is_terminal(normalised)
    menu = 0 if bullet_match is not None or chars > MAX_MENU_CHARS else _menu_items(line.strip())
    # a barred menu is chrome anywhere; one spaced by blanks only could be a table row, so
    # the segmenter treats it as chrome only above or below the article
    if menu >= MIN_MENU_ITEMS and not (header or timestamp or date or reply or weak):
        boilerplate = boilerplate or _MENU_BAR_RE.search(line) is not None
    elif not menu and not boilerplate and chars <= MAX_MENU_CHARS and normalised.count("|") >= 2:
        boilerplate = _slogan_then_menu(normalised)
    # an author note opens on a full name: only lines whose second word is capitalised
    bio = (
        not boilerplate
        and chars <= MAX_BOILERPLATE_CHARS
        and word_count > 2
        and (words[1][:1].isupper() or words[2][:1].isupper())
        and rules.author_bios.fullmatch(normalised, lowered)
    )
    short = word_count <= MAX_DANGLING_WORDS
    dangling = (
        short
        and word_count >= MIN_DANGLING_WORDS
        and not terminal
        and words[-1].lower() in rules.dangling_words
    )
    return _new_facts(
        (  # in _FIELD_ORDER
            False,  # blank
            word_count,  # words
            chars,
            terminal,
            normalised.endswith(":"),  # colon
            bullet_match is not None,  # bullet
            short and all(word[0].isupper() or word[0].isdigit() for word in words),  # title_case
            boilerplate,
            player,
            header,
            strong_header,
            timestamp,
            date,
            reply,
            weak,
            dangling,
            menu,
            bio,
            chat,
            normalised if chars <= MAX_NORMALISED_CHARS else "",  # normalised
        )
    )


def _long_line_facts(line: str, rules: NoiseRules) -> LineFacts | None:
    """:func:`_line_facts` for a line too long for any full-line pattern (a paragraph), with
    one split of the lower-cased line instead of a split of the line and another of its
    lower-cased form. None when the line is not that case (then the general code runs):
    ``lower()`` changed the line's length (so positions would not map), or the line is
    mostly white space and short once normalised."""
    lowered_line = line.lower()
    if len(lowered_line) != len(line):
        return None
    # lower() maps each character to one character and never to or from white space, so
    # these are the lower-cased words of line.split(), and every length is the same
    lowered_words = lowered_line.split()
    bullet_match = _BULLET_RE.match(line.strip())
    if bullet_match is not None and lowered_words[0] == bullet_match.group().strip():
        lowered_words = lowered_words[1:]  # the item itself, not its list marker
    lowered = " ".join(lowered_words)
    chars = len(lowered)
    if chars <= MAX_BOILERPLATE_CHARS or not lowered_words:
        return None
    word_count = len(lowered_words)
    # cased letters lower-case to letters: the end marks and closers are the same
    terminal = _is_terminal(lowered)
    short = word_count <= MAX_DANGLING_WORDS
    title_case = False
    if short:
        words = line.split()
        if bullet_match is not None and words[0] == bullet_match.group().strip():
            words = words[1:]
        title_case = all(word[0].isupper() or word[0].isdigit() for word in words)
    dangling = (
        short
        and word_count >= MIN_DANGLING_WORDS
        and not terminal
        and lowered_words[-1] in rules.dangling_words
    )
    return _new_facts(
        (  # in _FIELD_ORDER
            False,  # blank
            word_count,  # words
            chars,
            terminal,
            lowered.endswith(":"),  # colon
            bullet_match is not None,  # bullet
            title_case,
            # longer than every full-line pattern and every menu: only fine print and the
            # phrases apply (the boilerplate field)
            (lowered_words[0][0] in FOOTNOTE_MARKS and _is_fine_print(line.lstrip()))
            or has_phrase(lowered, lowered_words, rules.phrases, rules.phrase_anchors),
            False,  # player
            False,  # header
            False,  # strong_header
            False,  # timestamp
            False,  # date
            False,  # reply
            False,  # weak
            dangling,
            0,  # menu
            False,  # bio
            False,  # chat
            "",  # normalised: longer than MAX_NORMALISED_CHARS
        )
    )


MAIL_SENDER_FIELDS = ("from: ", "from :")


def count_comments(text: str, start: int, end: int) -> int:
    """Individual comments in ``text[start:end]`` (a comment section): one per timestamp or
    author line (or bare date), where an author line right above a date line ("Jane says:" /
    "May 3, 2024 at 9:10 am") is one comment; failing those, one per reply control, then one
    per mail sender line ("From: ..."); at least one."""
    rules = noise_rules()
    timestamps = replies = senders = 0
    previous_was_stamp = False
    for line in text[start:end].splitlines():
        facts = line_facts(line, rules)
        if facts.blank:
            continue
        stamp = facts.timestamp or facts.date
        timestamps += stamp and not previous_was_stamp
        replies += facts.reply
        # a mail digest's message opens on its sender's header line ("From: Jane <j@x>")
        senders += facts.normalised[:6].lower().startswith(MAIL_SENDER_FIELDS)
        previous_was_stamp = stamp
    return max(1, timestamps or replies or senders)
