"""Segmentation: the partition of a document into title, body, boilerplate and comments.

Segmentation runs before analysis so that every scorer reads the article (title and body)
only. A segmenter is any callable ``(text) -> tuple[Segment, ...]`` whose segments partition
the text in order; :func:`normalise_segments` enforces that shape.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from credscore.model import Segment, SegmentKind
from credscore.noise_rules import BLANK, LineFacts, line_facts, noise_rules
from credscore.resources import read_lines

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30

_WORD_RE = re.compile(r"\w+")
_EMAIL_RE = re.compile(r"\w@[\w-]{1,63}\.[a-z]")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\b")


class Segmenter(Protocol):
    def __call__(self, text: str) -> tuple[Segment, ...]: ...


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the newline included, covering ``text`` exactly."""
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position < length:
        newline = text.find("\n", position)
        end = length if newline < 0 else newline + 1
        spans.append((position, end))
        position = end
    return spans


def normalise_segments(text: str, segments: Iterable[Segment]) -> tuple[Segment, ...]:
    """Drop empty segments and merge neighbours of one kind; check the partition."""
    merged: list[Segment] = []
    for segment in segments:
        if segment.end == segment.start:
            continue
        if merged and merged[-1].kind == segment.kind and merged[-1].end == segment.start:
            merged[-1] = Segment(segment.kind, merged[-1].start, segment.end)
        else:
            merged.append(segment)
    position = 0
    for segment in merged:
        if segment.start != position:
            raise ValueError(f"segments leave a gap or overlap at offset {position}")
        position = segment.end
    if position != len(text):
        raise ValueError("segments do not cover the whole text")
    return tuple(merged)


def segments_from_line_kinds(
    text: str, lines: Sequence[tuple[int, int]], kinds: Sequence[SegmentKind]
) -> tuple[Segment, ...]:
    """Segments from one kind per line; blank lines join the segment before them."""
    runs: list[list[Any]] = []  # [kind, start, end], merged as we go: one Segment per run
    current: SegmentKind | None = None
    for (start, end), kind in zip(lines, kinds, strict=False):
        if current is not None and not text[start:end].strip():
            kind = current
        if runs and runs[-1][0] == kind and runs[-1][2] == start:
            runs[-1][2] = end
        elif end > start:
            runs.append([kind, start, end])
        current = kind
    return normalise_segments(text, (Segment(kind, start, end) for kind, start, end in runs))


def looks_like_title(line: str) -> bool:
    """A headline: short, a few words, not a run-on sentence ending in a period."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS:
        return False
    words = len(_WORD_RE.findall(stripped))
    return 0 < words <= MAX_TITLE_WORDS and not stripped.endswith((".", ",", ";", ":"))


def title_line_indices(text: str, lines: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of the lines that make the title: the first non-blank line when it looks
    like a headline and more text follows, plus an immediate repeat of it by the scraper."""
    non_blank = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    if len(non_blank) < 2:
        return []
    first = non_blank[0]
    start, end = lines[first]
    if not looks_like_title(text[start:end]):
        return []
    indices = [first]
    second = non_blank[1]
    if text[lines[second][0] : lines[second][1]].strip() == text[start:end].strip():
        if len(non_blank) < 3:
            return []
        indices.append(second)
    return indices


def title_body_segmenter(text: str) -> tuple[Segment, ...]:
    """The simplest segmenter: a title line when there is one, everything else body."""
    lines = lines_with_offsets(text)
    title = set(title_line_indices(text, lines))
    kinds: list[SegmentKind] = ["title" if i in title else "body" for i in range(len(lines))]
    if title:
        # leading blank lines have no segment before them: they go with the title
        first = min(title)
        kinds[:first] = ["title"] * first
    return segments_from_line_kinds(text, lines, kinds)


# --- the noise segmenter ---------------------------------------------------------------------
#
# Every line gets facts (noise_rules.line_facts). Then, in order:
# 1. comment sections: runs of thread evidence (headers, timestamps, reply controls) close
#    together, accepted only on enough evidence; a section runs from its header (or first
#    comment) to its last comment; lines after the last section are site chrome;
# 2. the title: the first headline-like line after leading chrome (and a scraper's repeat);
# 3. boilerplate: chrome by pattern anywhere; short non-sentences before the article's first
#    paragraph or after its last one; captions after a player; runs of tag-like list items.

MAX_THREAD_GAP = 15  # non-blank lines between two pieces of thread evidence in one section
MAX_LAST_COMMENT_LINES = 15  # text lines of the last comment after its timestamp
MAX_WEAK_GAP = 3  # weak evidence counts only this close to other evidence
MAX_LEAD_GAP = 6  # a thread's first cue is this close to its next one
MAX_WEAK_TAIL_GAP = 3  # a weak control closes a section only right after other evidence
MAX_SINGLE_COMMENT_LINES = 8  # a lone comment: its date, text, then its reply control
MAX_USERNAME_WORDS = 4
MAX_USERNAME_CHARS = 50
MAX_TITLE_SEARCH = 12  # non-blank lines searched for the title
MAX_CHROME_WORDS = 2  # lines this short before the title are navigation, not a headline
MIN_HEADLINE_WORDS = 5  # a shorter line right above a menu is the site's name
MIN_MENU_LINES = 2
MIN_PROSE_WORDS = 10  # a paragraph: this many words and a sentence end...
MIN_RUN_ON_WORDS = 16  # ...or this many words
MIN_META_DOTS = 2  # a run-on line of this many " · " items is a meta line
MIN_ITEM_WORDS = 6  # a list item that carries article content
MIN_VERDICT_WORDS = 8  # a review's "Pros: ..." line; a tag line ("Filed under: A, B") is shorter
MAX_TAG_WORDS = 3
MAX_CAPTION_WORDS = 15
MIN_TRAILING_PROSE_LINES = 3
MAX_LEAD_BIO_WORDS = 25
MIN_CHAT_LINES = 3  # an exported chat log: this many message lines make a thread
MAX_THREAD_LABEL_WORDS = 8  # a thread's name above its first comment
MAX_NAMED_LABEL_WORDS = 14  # ...when it says it names a thread ("Replies from the X mailing list")
MIN_BREADCRUMB_ITEMS = 3
MAX_BREADCRUMB_ITEM_WORDS = 3  # a forum's section name ("Local", "North Yorkshire")
MIN_TABLE_ROWS = 3  # consecutive lines of one separator shape inside the article: a table
MIN_TABLE_SEPARATORS = 2
# what a thread's name calls it ("#readers · exported chat", "Matchday thread")
THREAD_NOUNS = frozenset(
    {"chat", "thread", "forum", "forums", "discussion", "comments", "log"}
    # a chat room by its platform ("💬 From our Discord · #channel", "Our Telegram group")
    | {"discord", "telegram", "whatsapp", "slack", "subreddit"}
    # a mailing list's or newsgroup's replies ("Replies from the residents' mailing list")
    | {"mailing", "listserv", "newsgroup"}
)
MAX_HEADER_ZONE_LINES = 4  # header, notes, counts and a label above the first comment
# a social post's header: where and by whom, and its age ("Posted in r/Town by u/bot · 3h",
# "Posted to #local by @ann · 2d", "Posted by u/jane_d 5 hr. ago"); bounded
_POST_HEADER_RE = re.compile(
    r"posted\s(?:(?:in|to|on)\s[@#]?(?:r/)?[\w.-]{1,40}\s)?(?:by\s@?(?:u/)?[\w.-]{1,40})?"
    r"\s?[·•|]?\s?(?:\d{1,3}\s?(?:s|m|h|d|w|y|mo|yr|yrs|hr|hrs|min|mins)\.?|"
    r"\d{1,3}\s(?:second|minute|hour|day|week|month|year)s?)(?:\sago)?",
    re.IGNORECASE,
)
# clauses and pronouns that tell a story about the person: a lede, not a note on the author
NARRATIVE_WORDS = (
    *(f" {word} " for word in ("who", "whose", "whom", "which", "that", "when", "after")),
    *(f" {word} " for word in ("until", "because", "since", "while", "he", "she", "they")),
    *(f" {word} " for word in ("his", "her", "their")),
)
STAR_GLYPHS = ("★", "☆", "⭐")  # prose lines after comments that mean the article goes on
RATING_CHARS = frozenset("★☆⭐½0123456789./ \ufe0f")


def _is_prose(facts: LineFacts) -> bool:
    if facts.blank or facts.boilerplate:
        return False
    if facts.bullet and facts.words >= MIN_ITEM_WORDS:
        return True
    if facts.words >= MIN_RUN_ON_WORDS:
        # a row of items joined by middle dots ("Explainer · Ana Ruiz in Lima · 18 May 2026
        # · 7 min read") is a meta line, not a paragraph; tables use bars, not dots
        return facts.terminal or facts.normalised.count(" · ") < MIN_META_DOTS
    # a sentence, or a sentence that introduces a list ("Here's what to bring:")
    return facts.words >= MIN_PROSE_WORDS and (facts.terminal or facts.colon)


def _is_username(facts: LineFacts) -> bool:
    """A commenter's name on its own line ("Maggie T." ends in an initial, not a sentence)."""
    if facts.blank or facts.boilerplate or _thread_evidence(facts):
        return False  # a control line ("Like · Reply") ends the comment above, names nobody
    if facts.words > MAX_USERNAME_WORDS or facts.chars > MAX_USERNAME_CHARS:
        return False
    last_word = facts.normalised.rsplit(" ", 1)[-1]
    return not facts.terminal or (last_word.endswith(".") and len(last_word) <= 3)


def _thread_evidence(facts: LineFacts) -> bool:
    return facts.header or facts.timestamp or facts.date or facts.reply or facts.weak


def _spread(positions: list[int]) -> bool:
    """Two or more positions with some other line between the first and the last."""
    return len(positions) >= 2 and positions[-1] - positions[0] > len(positions) - 1


def _accept_thread(strong: list[int], facts: Sequence[LineFacts]) -> bool:
    """Enough evidence for a comment section (``strong``: non-blank line indices of headers,
    timestamps, dates and reply controls). One "Reply", one date or one "Comments" menu
    word in an article is not a comment section."""
    strong_headers = any(facts[i].strong_header for i in strong)
    any_headers = any(facts[i].header for i in strong)
    # chat messages make a thread only as a chat log (below), not as a comment's timestamp
    timestamps = [i for i in strong if facts[i].timestamp and not facts[i].chat]
    starts = [i for i in strong if (facts[i].timestamp and not facts[i].chat) or facts[i].date]
    replies = [i for i in strong if facts[i].reply]
    if strong_headers and (starts or replies):
        return True
    # an exported chat log: three messages, each opening on its time and sender
    if sum(facts[i].chat for i in strong) >= MIN_CHAT_LINES:
        return True
    if _spread(replies) or (_spread(starts) and (timestamps or any_headers or replies)):
        return True
    # a single comment: its date, then its reply control a few lines below
    return any(
        bisect.bisect_right(replies, start + MAX_SINGLE_COMMENT_LINES)
        > bisect.bisect_right(replies, start)
        for start in starts
    )


def _trim_cluster(
    cluster: list[int], facts: Sequence[LineFacts], nonblank: Sequence[int]
) -> list[int]:
    """Drop stray evidence at the start of a cluster: a thread starts at its first strong
    header when it has one; weak evidence (share buttons, like counts, bare dates) counts
    only right next to other evidence; a lone cue (a "Reply" in the article) far from the
    next one opens no thread."""
    headers = [p for p in cluster if facts[nonblank[p]].strong_header]
    if headers:
        cluster = cluster[cluster.index(headers[0]) :]
    later = _LaterCues.of(cluster, facts, nonblank)
    start = 0
    while start < len(cluster) - 1:
        position, following = cluster[start], cluster[start + 1]
        line = facts[nonblank[position]]
        gap = following - position
        between = range(position + 1, following)
        close = gap <= MAX_WEAK_GAP and not any(_is_prose(facts[nonblank[p]]) for p in between)
        # a weak header ("Discussion", "Comments") opens a thread only near its first
        # comment (one paragraph of text at most): a forum post's "Discussion" flair sits
        # above the whole article
        near = gap <= MAX_LEAD_GAP and sum(_is_prose(facts[nonblank[p]]) for p in between) <= 1
        # ...and not right above another weak header ("Posted by u/x · 3y" / "Discussion"
        # over a forum post): the pair heads the post; the walk up from the thread's first
        # comment takes in a header zone anyway
        next_line = facts[nonblank[following]]
        if line.header and next_line.header and not next_line.strong_header:
            close = near = False
        if line.strong_header or close or (line.header and near):
            break
        if line.chat and facts[nonblank[following]].chat:
            break  # a chat log's messages share one layout
        # text between a cue and the next: the cue must share the thread's layout. A reply
        # control ends a comment, so the next comment ends with the same control ("Like ·
        # Reply · 2y"); a timestamp opens a (long) first comment, like the thread's others.
        if line.reply and gap <= MAX_WEAK_GAP and _shape(next_line) == _shape(line):
            break
        if line.timestamp and gap <= MAX_LEAD_GAP:
            # (what the cues after this one hold, read from suffix tables: one pass, not one
            # per cue, so a hostile run of thousands of cues stays linear)
            if not later.timestamps_after(start):
                # a thread of several comments that carry no timestamp lines ("Like · Reply
                # · 2y") does not start with one
                if later.replies_after(start) < 2:
                    break
            elif later.timestamp_shape_after(start, _shape(line)) and (
                # when every other comment names its author above its timestamp, so does
                # the first
                _has_author(nonblank, position, facts) or not later.all_authored_after(start)
            ):
                break
        start += 1
    return cluster[start:]


class _LaterCues:
    """For each index of a cluster, what the cues after it hold: how many timestamps and
    reply controls, whether every later timestamp has an author line above it, and the last
    index of a timestamp of each shape."""

    def __init__(
        self,
        timestamps: list[int],
        replies: list[int],
        authored: list[bool],
        last_by_shape: dict[str, int],
    ) -> None:
        self._timestamps = timestamps  # suffix counts: timestamps at index i or later
        self._replies = replies
        self._authored = authored  # suffix: every timestamp at index i or later has an author
        self._last_by_shape = last_by_shape

    @classmethod
    def of(
        cls, cluster: Sequence[int], facts: Sequence[LineFacts], nonblank: Sequence[int]
    ) -> _LaterCues:
        size = len(cluster)
        timestamps = [0] * (size + 1)
        replies = [0] * (size + 1)
        authored = [True] * (size + 1)
        last_by_shape: dict[str, int] = {}  # (walking back: the first seen is the last)
        for index in range(size - 1, -1, -1):
            position = cluster[index]
            line = facts[nonblank[position]]
            timestamps[index] = timestamps[index + 1] + line.timestamp
            replies[index] = replies[index + 1] + line.reply
            authored[index] = authored[index + 1] and (
                not line.timestamp or _has_author(nonblank, position, facts)
            )
            if line.timestamp:
                last_by_shape.setdefault(_shape(line), index)
        return cls(timestamps, replies, authored, last_by_shape)

    def timestamps_after(self, index: int) -> int:
        return self._timestamps[index + 1]

    def replies_after(self, index: int) -> int:
        return self._replies[index + 1]

    def all_authored_after(self, index: int) -> bool:
        return self._authored[index + 1]

    def timestamp_shape_after(self, index: int, shape: str) -> bool:
        return self._last_by_shape.get(shape, -1) > index


def _has_author(nonblank: Sequence[int], position: int, facts: Sequence[LineFacts]) -> bool:
    return position > 0 and _is_username(facts[nonblank[position - 1]])


def _shape(line: LineFacts) -> str:
    """A cue line's layout: the kind of its first character and its last word, digits
    masked ("1 hour ago" and "3 years ago" match; "· 5 yr. ago" and "Jane • 2y" do not)."""
    text = line.normalised.lower()
    if not text:
        return ""
    first = "#" if text[0].isdigit() else "a" if text[0].isalpha() else text[0]
    if line.bullet:
        first = "•" + first  # a list marker ("· 5 yr. ago") is part of the layout
    last = text.rsplit(" ", 1)[-1]
    return first + "".join("#" if char.isdigit() else char for char in last)


def _extend_comment(nonblank: Sequence[int], position: int, facts: Sequence[LineFacts]) -> int:
    """The last non-blank position of the comment text that starts after ``position``."""
    last = position
    limit = min(len(nonblank), position + 1 + MAX_LAST_COMMENT_LINES)
    for next_position in range(position + 1, limit):
        line = facts[nonblank[next_position]]
        if line.boilerplate or line.header or line.dangling:
            break
        last = next_position
    return last


def _section_start(nonblank: Sequence[int], strong: list[int], facts: Sequence[LineFacts]) -> int:
    """The non-blank position where a thread starts: its header, or its first comment."""
    first = strong[0]
    line = facts[nonblank[first]]
    if line.header:
        # a header is often two lines ("Conversation" / "12 Comments")
        while first > 0 and facts[nonblank[first - 1]].header:
            first -= 1
        return first
    if line.timestamp or line.date:
        # a comment opens with its author's name on the line above the timestamp
        if first > 0 and _is_username(facts[nonblank[first - 1]]):
            return first - 1
        return first
    # the thread opens with a reply control, which ends a comment (author, text, "Like ·
    # Reply"): the first comment is as long as the shortest distance between two controls
    replies = [p for p in strong if facts[nonblank[p]].reply]
    if len(replies) < 2:
        return first
    spacing = min(b - a for a, b in itertools.pairwise(replies))
    start = first
    while start > 0 and first - start < spacing - 1:
        previous = facts[nonblank[start - 1]]
        if previous.boilerplate or previous.header or (_is_prose(previous) and start < first - 1):
            break
        start -= 1
    return start


def _is_thread_label(line: LineFacts, max_words: int = MAX_THREAD_LABEL_WORDS) -> bool:
    """A short label line (not a sentence, not chrome by pattern): a thread's name above
    its first comment ("Fellside Forum · Matchday thread", "Chat log (exported)")."""
    text = line.normalised
    return (
        bool(text)
        and line.words <= max_words
        and not line.terminal
        and not line.boilerplate
        and not line.bio
        and not line.bullet
        and not line.dangling
        and not text.startswith(("—", "–", "-", "~"))  # a sign-off ("— Ana and the team")
        and not text.lower().startswith("by ")
        and not _EMAIL_RE.search(text)  # a contact line ("Got a story? Email desk@x.com")
    )


def _is_thread_breadcrumb(line: LineFacts) -> bool:
    """A forum's path to the thread ("X Forums › Local News › Re: Bypass plan"): a
    breadcrumb whose last item is the thread, right above the thread's header zone."""
    items = re.split(r"\s[›»>]\s", line.normalised)
    if len(items) < MIN_BREADCRUMB_ITEMS:
        return False
    if items[-1].lower().startswith(("re:", "topic:", "thread:")):
        return not line.terminal
    # a path of short section names ending in the thread's own title, often a question
    # ("Talk › Local › Town › School rated inadequate — anyone else's child there?"): the
    # walk only reaches it from the thread's first comment, right below
    sections = items[:-1]
    return all(
        0 < len(item.split()) <= MAX_BREADCRUMB_ITEM_WORDS and item[:1].isupper()
        for item in sections
    ) and (not line.terminal or line.normalised.endswith("?"))


def _section_header(nonblank: Sequence[int], first: int, facts: Sequence[LineFacts]) -> int:
    """Extend a thread's start upward over its header zone: comment headers, moderation notes
    and thread controls right above it, and at most one short label line on top (the
    thread's name). Article text and page chrome stop the walk."""
    start = probe = first
    while probe > 0 and first - probe < MAX_HEADER_ZONE_LINES:
        line = facts[nonblank[probe - 1]]
        if line.header:
            start = probe = probe - 1
            continue
        if facts[nonblank[probe]].header and _POST_HEADER_RE.fullmatch(line.normalised):
            # a link post's own header right above its replies' header ("Posted in r/Town by
            # u/news_bot · 3h" / "61 comments"): the post is the thread's opening. Above a
            # post's text it heads the article instead, and the walk never reaches it.
            start = probe - 1
            break
        if line.reply or line.weak:
            probe -= 1  # a control or count ("Showing 3 of 41") joins only under a header
            continue
        # a longer label may stand there when it says it names a thread ("💬 Stream chat
        # replay — Channel, Nov 18 (top messages)")
        named = _names_a_thread(line) and _is_thread_label(line, MAX_NAMED_LABEL_WORDS)
        if named or _is_thread_label(line) or _is_thread_breadcrumb(line):
            above = facts[nonblank[probe - 2]] if probe > 1 else BLANK
            # a lone label between the article's text and the thread; a run of short lines
            # above the thread is a list or a table, and chrome above it (a subscribe box)
            # makes it chrome too
            if _names_a_thread(line) or (not above.boilerplate and not _is_thread_label(above)):
                start = probe - 1
        break
    return start


def _names_a_thread(line: LineFacts) -> bool:
    """A label that says it heads a thread ("#city-readers · exported chat", "Reader forum"),
    whatever lies above it."""
    return not THREAD_NOUNS.isdisjoint(_WORD_RE.findall(line.normalised.lower()))


def _dates_close_comments(
    nonblank: Sequence[int], strong: list[int], last: int, facts: Sequence[LineFacts]
) -> bool:
    """Whether the thread prints each comment's date under its text ("Jane wrote:" / text /
    "20/11/2026 13:42"): every earlier date line is followed at once by the next comment's
    author line. Then the last date closes the last comment."""
    if not facts[nonblank[last]].date:
        return False
    earlier = [p for p in strong if p < last and facts[nonblank[p]].date]
    return len(earlier) >= 2 and all(
        p + 1 < len(nonblank) and facts[nonblank[p + 1]].timestamp for p in earlier
    )


def comment_sections(facts: Sequence[LineFacts]) -> list[tuple[int, int]]:
    """``(first, last)`` line indices (inclusive) of each comment section, in order."""
    nonblank = [i for i, line in enumerate(facts) if not line.blank]
    evidence = [p for p, i in enumerate(nonblank) if _thread_evidence(facts[i])]
    clusters: list[list[int]] = []
    for position in evidence:
        if clusters and position - clusters[-1][-1] <= MAX_THREAD_GAP:
            clusters[-1].append(position)
        else:
            clusters.append([position])
    sections: list[tuple[int, int]] = []
    split: list[list[int]] = []
    for found in clusters:
        headers = [p for p in found if facts[nonblank[p]].strong_header]
        cut = found.index(headers[0]) if headers else 0
        split += [part for part in (found[:cut], found[cut:]) if part]
    for found in split:
        cluster = _trim_cluster(found, facts, nonblank)
        strong = [p for p in cluster if not facts[nonblank[p]].weak]
        if not strong or not _accept_thread([nonblank[p] for p in strong], facts):
            continue
        first = _section_start(nonblank, strong, facts)
        if not sections or nonblank[first - 1 if first else 0] > sections[-1][1]:
            first = _section_header(nonblank, first, facts)  # not into the thread above
        # the section ends with its last comment; a trailing header ("Leave a Reply") is
        # the comment form after the thread, which is page chrome
        comments = [p for p in strong if not facts[nonblank[p]].header]
        last = comments[-1] if comments else strong[-1]
        if facts[nonblank[last]].chat:
            pass  # a chat message is one line: its text is on the timestamp's line
        elif _dates_close_comments(nonblank, strong, last, facts):
            pass  # each comment ends with its date: the last one ends here
        elif facts[nonblank[last]].timestamp or facts[nonblank[last]].date:
            last = _extend_comment(nonblank, last, facts)
        for p in cluster:
            if p > last and facts[nonblank[p]].weak and p - last <= MAX_WEAK_TAIL_GAP:
                last = p
        if sections and nonblank[first] <= sections[-1][1]:
            continue
        sections.append((nonblank[first], nonblank[last]))
    return sections


# --- mail digests: replies from a mailing list printed under the article --------------------
#
# Each message opens on a block of e-mail header lines ("Re: [list] Subject" / "From: Name
# <address>" / "Date: ..."), then its text, often with "> quoted" lines and an "On <date>, X
# wrote:" line. Two or more such blocks close together, at the end of the page, are a thread
# of readers' replies. One block is an e-mail the article quotes, and an exchange the article
# reproduces is followed by more of the article's text.

MIN_MAIL_BLOCKS = 2
MAX_MAIL_HEADER_CHARS = 120
MAIL_FIELDS = frozenset({"from", "date", "sent", "to", "cc", "subject", "reply-to"})
MAIL_SUBJECT_PREFIXES = frozenset({"re", "fwd", "fw", "aw", "sv"})
# a message's header names its sender and its date or subject ("From: X" / "To: Y" alone
# could be a timetable)
MAIL_MESSAGE_FIELDS = frozenset({"date", "sent", "subject"}) | MAIL_SUBJECT_PREFIXES
SIGNATURE_DELIMITER = "--"  # "-- " on its own line opens a mail's signature or footer
_MAIL_HEADER_RE = re.compile(r"([A-Za-z-]{2,8}) ?: \S")


def _mail_field(line: LineFacts) -> str:
    """The field name of an e-mail header line ("from", "date", "re" for a reply's subject
    line), or ""."""
    if line.chars > MAX_MAIL_HEADER_CHARS or line.normalised.find(":", 2, 9) < 0:
        return ""  # a field name is two to eight letters before its colon
    match = _MAIL_HEADER_RE.match(line.normalised)
    if match is None:
        return ""
    field = match.group(1).lower()
    return field if field in MAIL_FIELDS or field in MAIL_SUBJECT_PREFIXES else ""


def _mail_blocks(facts: Sequence[LineFacts]) -> list[tuple[int, int]]:
    """``(first, last)`` of each run of adjacent e-mail header lines that names a sender
    and one more field."""
    blocks: list[tuple[int, int]] = []
    index = 0
    while index < len(facts):
        if not _mail_field(facts[index]):
            index += 1
            continue
        end = index
        fields: set[str] = set()
        while end < len(facts) and (field := _mail_field(facts[end])):
            fields.add(field)
            end += 1
        if "from" in fields and not fields.isdisjoint(MAIL_MESSAGE_FIELDS):
            blocks.append((index, end - 1))
        index = end
    return blocks


def _mail_message_end(facts: Sequence[LineFacts], nonblank: Sequence[int], position: int) -> int:
    """The last non-blank position of a message's text after its header block, which ends
    at the signature delimiter, page chrome or the next header."""
    last = position
    limit = min(len(nonblank), position + 1 + MAX_LAST_COMMENT_LINES)
    for next_position in range(position + 1, limit):
        line = facts[nonblank[next_position]]
        if line.normalised == SIGNATURE_DELIMITER or line.boilerplate or line.header:
            break
        if _mail_field(line):
            break
        last = next_position
    return last


def mail_threads(facts: Sequence[LineFacts]) -> list[tuple[int, int]]:
    """``(first, last)`` line indices of each mail digest (see above)."""
    blocks = _mail_blocks(facts)
    if len(blocks) < MIN_MAIL_BLOCKS:
        return []
    nonblank = [i for i, line in enumerate(facts) if not line.blank]
    position_of = {index: position for position, index in enumerate(nonblank)}
    groups: list[list[tuple[int, int]]] = [[blocks[0]]]
    for block in blocks[1:]:
        if position_of[block[0]] - position_of[groups[-1][-1][1]] <= MAX_THREAD_GAP:
            groups[-1].append(block)
        else:
            groups.append([block])
    threads: list[tuple[int, int]] = []
    prose_after: list[int] = []  # prose lines from each line to the page's end, when needed
    for group in groups:
        if len(group) < MIN_MAIL_BLOCKS:
            continue
        if not prose_after:
            prose_after = list(
                itertools.accumulate(
                    (_is_prose(line) for line in reversed(facts)), initial=0
                )
            )[::-1]
        # the last message's first paragraph: the text under its header block
        paragraph_end = group[-1][1]
        limit = min(len(facts), paragraph_end + 1 + MAX_LAST_COMMENT_LINES)
        while paragraph_end + 1 < limit and not facts[paragraph_end + 1].blank:
            paragraph_end += 1
        trailing = prose_after[paragraph_end + 1]
        if trailing >= MIN_TRAILING_PROSE_LINES:
            continue  # the article goes on: an exchange it reproduces
        last = _mail_message_end(facts, nonblank, position_of[group[-1][1]])
        first = _section_header(nonblank, position_of[group[0][0]], facts)
        threads.append((nonblank[first], nonblank[last]))
    return threads


def _merge_sections(
    sections: list[tuple[int, int]], more: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sections of both lists in order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(sections + more):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def _title_indices(facts: Sequence[LineFacts], zone_end: int) -> list[int]:
    """The title lines: the first headline-like line after leading chrome, plus an immediate
    repeat of it by the scraper; none when the page opens with a paragraph. A line of the
    page's top chrome block is passed over for a headline standing on its own below it."""
    nonblank = [i for i in range(zone_end) if not facts[i].blank]
    title = _first_title_indices(facts, nonblank)
    if title and _in_top_chrome_block(facts, nonblank, title[0]):
        below = _headline_below_top_block(facts, nonblank, title[-1], zone_end)
        if below is not None:
            return [below]
    return title


def _in_top_chrome_block(facts: Sequence[LineFacts], nonblank: Sequence[int], index: int) -> bool:
    """Whether a title candidate sits in the page's first block of lines (no blank line
    between them) with chrome: above a menu in that block (a headline sits below the
    navigation, not above it: "Site name / slogan / News | Sport"), or as a dated meta line
    under a menu or breadcrumb ("Obituaries › Lives Lived / Submitted by ... · March 6, 2026")."""
    top = range(nonblank[0], index) if nonblank else range(0)
    if not nonblank or index == nonblank[0] or any(facts[i].blank for i in top):
        return False  # the candidate opens the page, or a blank line parts it from the top
    end = index + 1
    while end < len(facts) and not facts[end].blank:
        if facts[end].menu or (facts[end].boilerplate and _separators(facts[end]) >= 2):
            return True
        end += 1
    line = facts[index]
    above_menu = any(facts[i].menu or _is_breadcrumb(facts[i]) for i in top)
    return above_menu and _is_dateline(line) and _separators(line) >= 1


def _is_breadcrumb(line: LineFacts) -> bool:
    """A breadcrumb ("Obituaries › Lives Lived"): items parted by arrows."""
    return "›" in line.normalised or "»" in line.normalised


def _headline_below_top_block(
    facts: Sequence[LineFacts], nonblank: Sequence[int], last: int, zone_end: int
) -> int | None:
    """The first line after the top block that stands on its own (blank lines around it),
    looks like a headline and that the article or its byline follows; None when the next
    text is no such line."""
    end = last + 1
    while end < zone_end and not facts[end].blank:
        end += 1
    following = [i for i in nonblank if i > end]
    if len(following) < 2:
        return None
    index, after = following[0], following[1]
    line = facts[index]
    if not (_is_headline_candidate(line, BLANK) and not _is_tagline(line)):
        return None
    if index + 1 < zone_end and not facts[index + 1].blank:
        return None  # a block of lines below the top block: not a lone headline
    opener = facts[after]
    if _is_prose(opener) and looks_like_title(opener.normalised) and not opener.terminal:
        return None  # two headline-like lines: which is the title is not clear
    if _opens_article(opener) or _meta_block_then_article(facts, BLANK, following[1:]):
        return index
    # a long byline row under it ("by @handle · Nov 21, 2026 · 5 min read · 12K views")
    if opener.normalised.lower().startswith("by ") or _is_dateline(opener):
        return index
    return None
# a news ticker above the headline: an icon, then a flash label in capitals and a colon
# ("⚡ BREAKING: Road closed after fire", "🔴 LIVE: ..."); case-sensitive, bounded
_TICKER_RE = re.compile(
    r"[^\w\s\"'“‘(\[]{1,3}\s?(?:BREAKING(?: NEWS)?|JUST IN|LIVE(?: NOW)?|DEVELOPING|"
    r"NEWS ?FLASH|TRENDING(?: NOW)?|LATEST|ALERT|WEATHER ALERT|TRAFFIC|TRAVEL):\s"
)
MAX_TICKER_LOOKAHEAD = 4  # lines below a ticker searched for the real headline


def _is_wordmark(line: LineFacts) -> bool:
    """A short name set in lower case ("the seed round", "morning brew"): a logo's text, as
    a headline opens on a capital or a digit."""
    text = line.normalised
    return _label_words(line) < MIN_HEADLINE_WORDS and text[:1].islower() and not line.terminal


MIN_TICKER_ITEMS = 2
_ITEM_SPLIT_RE = re.compile(r"[|·•]")


def _numbered_items(line: LineFacts) -> int:
    """Items of a row ("A | B | C") that hold a digit: prices, scores, indices."""
    return sum(
        any(char.isdigit() for char in item) for item in _ITEM_SPLIT_RE.split(line.normalised)
    )


def _label_words(line: LineFacts) -> int:
    """Words of a line that hold a letter or a digit: an emoji beside a name ("what's good
    in TOWN 🥐") is its logo, not a word of a headline."""
    return sum(any(char.isalnum() for char in word) for word in line.normalised.split())


def _is_ticker_above_headline(facts: Sequence[LineFacts], rest: Sequence[int]) -> bool:
    """Whether a headline-like line (the article's, not a ticker) follows within a few
    lines: then a ticker line above it is page chrome."""
    return any(
        _is_headline_candidate(facts[i], BLANK) and _TICKER_RE.match(facts[i].normalised) is None
        for i in rest[:MAX_TICKER_LOOKAHEAD]
    )


def _first_title_indices(facts: Sequence[LineFacts], nonblank: Sequence[int]) -> list[int]:
    # a short line right above a menu is the site's name, unless no headline follows
    site_name: list[int] = []
    for position, index in enumerate(nonblank[:MAX_TITLE_SEARCH]):
        line = facts[index]
        if _is_chrome(line) or _is_wordmark(line):
            continue
        if _TICKER_RE.match(line.normalised) and _is_ticker_above_headline(
            facts, nonblank[position + 1 :]
        ):
            continue
        if line.bullet or not looks_like_title(line.normalised):
            return site_name
        if _separators(line) > MAX_SEPARATORS_IN_HEADLINE and (
            position > 0 or _numbered_items(line) >= MIN_TICKER_ITEMS
        ):
            # a row of items under the page's top line, or a row of figures anywhere at the
            # top: a ticker ("Markets: FTSE 100 8,412.6 ▲0.4% | Brent $81.2 | ...") or a meta row
            continue
        rest = nonblank[position + 1 :]
        if line.words < MIN_HEADLINE_WORDS and all(
            _is_chrome(facts[i]) and facts[i].words <= MAX_CHROME_WORDS
            for i in rest[:MIN_MENU_LINES]
        ):
            continue  # a site name above a navigation menu, not the headline
        if not rest:
            return site_name
        # a short name above a menu, or a wordmark in lower case ("morning brew on the tyne")
        named = _label_words(line) < MIN_HEADLINE_WORDS or line.normalised[:1].islower()
        if named and facts[rest[0]].menu and not site_name:
            site_name = [index]
            continue
        if facts[rest[0]].normalised == line.normalised:
            return [index, rest[0]] if len(rest) > 1 else site_name
        if _is_masthead(line) or _is_plain_name(line):
            headline = _headline_below_masthead(facts, line, rest[: MAX_TITLE_SEARCH - position])
            if headline:
                return headline
        return [index]
    return site_name


# --- mastheads: the outlet's name above the real headline ------------------------------------
#
# A masthead is a short name in capitals or Title Case at the top of the page ("THE HARBOR
# CITY BEACON", "KXRV 7 NEWS", "The Marquette Ledger", "University of X" above a press
# release). The headline is the first longer headline-like line below it that the article (or
# its byline) follows. A STRONG masthead (in capitals, a call sign, or ending in a publication
# noun: "... Gazette", "... News") may sit right above the headline; a WEAK one (a listed noun
# elsewhere: "Council Approves New Budget" could be a headline) needs chrome (a menu, a
# banner) between it and the headline, and no byline: a byline under a line makes it the
# headline.

MAX_MASTHEAD_WORDS = 7
# "THE AWAKENED MAMA", "EAST ANGLIAN COAST & COUNTRY": a name in capitals needs no listed noun
MAX_CAPITALS_NAME_WORDS = 6
MAX_PLAIN_NAME_WORDS = 6  # a show's or newsletter's name with its host ("The Drive with X Y")
# lower-case words a name keeps in lower case ("University of X", "Sri Lanka v India")
NAME_CONNECTIVES = frozenset(
    {"of", "for", "the", "and", "de", "del", "la", "le", "du", "van", "von", "v", "vs"}
    | {"on", "in", "at", "with"}
)
# a broadcaster's call sign ("KXRV", "WKTV-TV", "CBLT-DT")
_CALL_SIGN_RE = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD))?")
_NAME_WORD_RE = re.compile(r"[^\W\d_]+")
MAX_SEPARATORS_IN_HEADLINE = 1  # "Title | Series" is a headline; "A | B | C" is a menu
MAX_BYLINE_WORDS = 12
BYLINE_CREDIT_WORDS = frozenset({"words", "story", "text", "reporting", "written", "report"})
MAX_META_BLOCK_LINES = 4  # byline, role, date and share lines between a headline and the text
MAX_TAGLINE_CHARS = 120
MAX_LIST_HEADER_CHARS = 60
NO_MASTHEAD, WEAK_MASTHEAD, STRONG_MASTHEAD = 0, 1, 2
# a name and its slogan after a dash or a bar ("TERRACE TALK ⚽ | The fans' voice of X")
MASTHEAD_DASHES = (" — ", " – ", " | ")


@functools.cache
def _masthead_words() -> frozenset[str]:
    return frozenset(read_lines("noise/masthead_words.txt"))


@functools.cache
def _tagline_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in read_lines("noise/taglines.txt")))


def _is_tagline(line: LineFacts) -> bool:
    """A site's slogan under its masthead ("Serving X since 1887"); not the headline."""
    text = line.normalised.lower()
    return len(text) <= MAX_TAGLINE_CHARS and _tagline_re().fullmatch(text) is not None


def _masthead(line: LineFacts) -> int:
    """How surely ``line`` is a publication's or issuer's name (see above)."""
    text = line.normalised
    if not text or line.terminal or line.colon or line.bullet:
        return NO_MASTHEAD
    strength = _name_masthead(line) if line.words <= MAX_MASTHEAD_WORDS else NO_MASTHEAD
    if strength != NO_MASTHEAD:
        return strength
    for dash in MASTHEAD_DASHES:
        if dash in text:
            # a name and its slogan ("Riverside Record — Your city, your news"): a strong
            # name makes the line a weak masthead (it could open a headline: chrome must
            # then separate it from the headline)
            head = text.partition(dash)[0]
            named = _masthead(line._replace(normalised=head, words=len(head.split())))
            return WEAK_MASTHEAD if named == STRONG_MASTHEAD else NO_MASTHEAD
    return NO_MASTHEAD


def _name_masthead(line: LineFacts) -> int:
    """:func:`_masthead` of a short line read as one name, word by word."""
    text = line.normalised
    nouns = _masthead_words()
    listed = last_listed = call_sign = False
    capitals = True
    for word in text.split():
        letters = _NAME_WORD_RE.findall(word)
        if not letters:
            continue  # a dash, a number, an emoji
        head = letters[0]
        if head[0].islower() and head.lower() not in NAME_CONNECTIVES:
            return NO_MASTHEAD
        capitals = capitals and all(part.isupper() for part in letters)
        last_listed = any(part.lower() in nouns for part in letters)
        listed = listed or last_listed
        call_sign = call_sign or _CALL_SIGN_RE.fullmatch(word.strip(".,")) is not None
    if call_sign or (capitals and (listed or line.words <= MAX_CAPITALS_NAME_WORDS)):
        return STRONG_MASTHEAD
    if last_listed:
        return STRONG_MASTHEAD
    return WEAK_MASTHEAD if listed else NO_MASTHEAD


def _is_masthead(line: LineFacts) -> bool:
    return _masthead(line) != NO_MASTHEAD


def _is_plain_name(line: LineFacts) -> bool:
    """A short name in Title Case with no listed noun ("The Field Notebook", "Morning Show
    with Ana Ruiz"): a newsletter's, show's or site's name, or a short headline. It is taken
    for a name only when page controls (not a byline or a date) separate it from a longer
    headline that the article follows."""
    text = line.normalised
    if not text or line.terminal or line.colon or line.bullet or line.words > MAX_PLAIN_NAME_WORDS:
        return False
    for word in text.split():
        letters = _NAME_WORD_RE.findall(word)
        if letters and letters[0][0].islower() and letters[0] not in NAME_CONNECTIVES:
            return False
    return True


def _separators(line: LineFacts) -> int:
    return sum(line.normalised.count(mark) for mark in "|·•")


def _is_byline(line: LineFacts) -> bool:
    text = f" {line.normalised.lower()}"
    return line.words <= MAX_BYLINE_WORDS and (text.startswith(" by ") or " by " in text)


def _opens_on_byline(line: LineFacts) -> bool:
    """A byline proper ("By Jane Roe", "Words by Jane Roe"), not a banner that holds "by"
    ("Sponsored by X: ...", "Powered by Y")."""
    words = line.normalised.lower().split()[:3]
    return _is_byline(line) and (
        "by" in words[:1]
        or (len(words) > 1 and words[1] == "by" and words[0] in BYLINE_CREDIT_WORDS)
    )


def _is_headline_candidate(line: LineFacts, masthead: LineFacts) -> bool:
    return (
        not _is_chrome(line)
        and not line.bullet
        and line.words >= MIN_HEADLINE_WORDS
        and line.words > masthead.words
        and looks_like_title(line.normalised)
        and _separators(line) <= MAX_SEPARATORS_IN_HEADLINE
        and not _is_masthead(line)
    )


def _opens_article(line: LineFacts) -> bool:
    """What follows a headline: the article's first paragraph, or its byline, dateline,
    reading time or credit line (chrome that is not a navigation menu)."""
    if _is_prose(line):
        return True
    if not _is_chrome(line):
        return False
    if _is_byline(line):
        return True  # "Words by X · Photography by Y" has the shape of a two-item menu
    return not line.menu and (
        _separators(line) < 2 or any(char.isdigit() for char in line.normalised)
    )


def _headline_below_masthead(
    facts: Sequence[LineFacts], masthead: LineFacts, rest: Sequence[int]
) -> list[int]:
    """The headline under a masthead, before the article's first paragraph: the first
    headline-like line that the article (or its byline) follows, or that a second
    headline-like line (a standfirst) follows. Empty when there is none."""
    strength = _masthead(masthead)
    plain_name = strength == NO_MASTHEAD
    # a weak masthead by its dash: a strong name and a slogan ("Ormsby Chronicle — news
    # since 1881"), not a Title-Case line that could be a headline
    slogan = (
        strength == WEAK_MASTHEAD
        and any(dash in masthead.normalised for dash in MASTHEAD_DASHES)
        and (masthead.words > MAX_MASTHEAD_WORDS or _name_masthead(masthead) == NO_MASTHEAD)
    )
    strength = max(strength, WEAK_MASTHEAD)
    between_chrome = False
    for position, index in enumerate(rest):
        line = facts[index]
        # a long headline is a run-on line too: only a sentence or a list ends the search
        # (a banner in a list marker, "● LIVE UPDATES", is chrome)
        if (line.bullet and not _is_chrome(line)) or (
            _is_prose(line) and not looks_like_title(line.normalised)
        ):
            return []
        if not _is_headline_candidate(line, masthead) or _is_tagline(line):
            if strength == WEAK_MASTHEAD and _opens_on_byline(line):
                return []  # a byline under the first line: that line was the headline
            if (plain_name or strength == WEAK_MASTHEAD) and (line.date or line.dangling):
                return []  # a date under a short Title-Case line: that was the headline
            between_chrome = True
            continue
        if strength == WEAK_MASTHEAD and not between_chrome:
            # a name and its slogan ("Ormsby Chronicle — news since 1881") right above a line
            # that the byline block and the text follow: that line is the headline
            if slogan and _meta_block_then_article(facts, masthead, rest[position + 1 :]):
                return [index]
            return []
        following = rest[position + 1] if position + 1 < len(rest) else None
        if following is None:
            return []
        after = facts[following]
        if after.normalised and after.normalised == line.normalised:
            return [index, following]
        if _opens_article(after) or _is_headline_candidate(after, masthead):
            return [index]
        if _meta_block_then_article(facts, masthead, rest[position + 1 :]):
            return [index]
        between_chrome = True
    return []


def _meta_block_then_article(
    facts: Sequence[LineFacts], masthead: LineFacts, following: Sequence[int]
) -> bool:
    """Whether a few short lines that are no headline (a byline block the rules do not
    know: "Name, Role", "Name | @handle", a date, a share row) and then the article's first
    paragraph follow a headline candidate: the candidate is the headline."""
    for index in following[: MAX_META_BLOCK_LINES + 1]:
        line = facts[index]
        if _is_prose(line):
            return not looks_like_title(line.normalised) or line.terminal
        if line.bullet or line.words > MAX_BYLINE_WORDS:
            return False
        if _is_headline_candidate(line, masthead) and not _is_dateline(line):
            return False
    return False


def _is_dateline(line: LineFacts) -> bool:
    """A date written out, in one or two languages ("3 de marzo de 2025 / March 3, 2025")."""
    lowered = line.normalised.lower()
    return _YEAR_RE.search(lowered) is not None and _MONTH_RE.search(lowered) is not None


def _is_star_rating(line: LineFacts) -> bool:
    """Star glyphs: a review's rating, which the conventions count as article text."""
    return any(star in line.normalised for star in STAR_GLYPHS)


def _is_bare_rating(line: LineFacts) -> bool:
    """Stars and a score and nothing else ("★★★★☆ 4/5"): the rating widget under a review's
    byline. A labelled verdict ("Our verdict: ★★★★☆") is the article's own line."""
    return all(char in RATING_CHARS for char in line.normalised)


def _is_outer_chrome(line: LineFacts, *, before_article: bool) -> bool:
    """Before the first paragraph or after the last: bylines, labels and link stubs are
    chrome; a sentence, a star rating, or a list item above the text still read as article."""
    if _is_prose(line) or line.terminal:
        return False
    if _is_star_rating(line) and not (before_article and _is_bare_rating(line)):
        return False
    return not (line.bullet and before_article)


def _is_subheading(
    line: LineFacts, facts: Sequence[LineFacts], index: int, first_prose: int
) -> bool:
    """A heading in sentence case ("Key points", "What changes") directly above the first
    text: kept as article. Names, outlets and labels above the text are in Title Case."""
    if line.title_case or line.words < 2 or line.normalised[:1].islower():
        return False
    if line.reply or line.weak or not line.normalised[:1].isalnum():
        return False  # a control ("Share 🡕") or an icon row, not a heading
    if line.date or _is_dateline(line):
        return False  # the post's date ("4 de abril de 2025 / April 4, 2025")
    if _separators(line) or _is_bare_rating(line):
        return False  # items in a row ("Schools desk | Friday", "Staff Writer · 3 min read")
    if " by " in f" {line.normalised.lower()}":
        return False  # "Photographs by ...", "By Jane Roe · Mar 3": a credit line
    following = next((i for i in range(index + 1, len(facts)) if not facts[i].blank), None)
    return following == first_prose


MAX_SUMMARY_LABEL_WORDS = 4


def _labels_summary_points(
    line: LineFacts, facts: Sequence[LineFacts], index: int, first_prose: int
) -> bool:
    """A short label right above the article's first text when that text is a list of
    sentences ("TL;DR" / "• The council says ...", "At a Glance" / "• ..."): the article's
    own summary, labelled in any case. A link list's head is chrome by pattern (checked
    before), and its items are headlines, not sentences."""
    if line.bullet or line.terminal or line.words > MAX_SUMMARY_LABEL_WORDS:
        return False
    if line.reply or line.weak or line.date or line.menu or _separators(line):
        return False
    if not line.normalised[:1].isalpha() or " by " in f" {line.normalised.lower()} ":
        return False
    following = next((i for i in range(index + 1, len(facts)) if not facts[i].blank), None)
    if following != first_prose or not facts[first_prose].bullet:
        return False
    return facts[first_prose].terminal


def _is_chrome(line: LineFacts) -> bool:
    return line.boilerplate or line.dangling or bool(line.menu) or line.words <= MAX_CHROME_WORDS


def _tag_runs(facts: Sequence[LineFacts], zone_end: int) -> set[int]:
    """Runs of two or more short Title-Case list items not introduced by a colon: topic
    tags and menus, not a list in the article."""
    tags: set[int] = set()
    run: list[int] = []
    previous: LineFacts | None = None
    introduced = False
    for index in range(zone_end + 1):
        line = facts[index] if index < zone_end else BLANK
        is_tag = (
            line.bullet and line.words <= MAX_TAG_WORDS and line.title_case and not line.terminal
        )
        if is_tag and not line.blank:
            if not run:
                introduced = previous is not None and previous.colon
            run.append(index)
        else:
            if len(run) >= 2 and not introduced:
                tags.update(run)
            run = []
        if not line.blank:
            previous = line
    return tags


def _short_note(line: LineFacts) -> bool:
    text = f" {line.normalised.lower()} "
    return line.words <= MAX_LEAD_BIO_WORDS and not any(word in text for word in NARRATIVE_WORDS)


def _edge_bios(facts: Sequence[LineFacts], prose: list[int], *, has_title: bool) -> set[int]:
    """Author notes at the article's edges: the last paragraphs, and the first one right
    under the headline when more text follows. Inside the article, "Jane Roe is a former
    pilot" is text."""
    bios: set[int] = set()
    last = len(prose)
    while last > 1 and facts[prose[last - 1]].bio:
        last -= 1
        bios.add(prose[last])
    first = facts[prose[0]] if prose else None
    # a feature's lede can open on a person ("Ana Ruiz is a former nurse who ..."); a note
    # about the author is short and has no clause about what the person did
    if has_title and last > 1 and first is not None and first.bio and _short_note(first):
        bios.add(prose[0])
    return bios


@functools.cache
def _list_header_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in read_lines("noise/list_headers.txt")))


def _trailing_link_list(facts: Sequence[LineFacts], prose: list[int]) -> set[int]:
    """The run of list items ending the article's text that a link-list header ("Most
    read", "More from X") introduces: long headlines in a numbered list are not article."""
    if not prose or not facts[prose[-1]].bullet:
        return set()
    run_start = prose[-1]
    while run_start > 0 and (facts[run_start - 1].bullet or facts[run_start - 1].blank):
        run_start -= 1
    while facts[run_start].blank:
        run_start += 1
    header = run_start - 1
    while header >= 0 and facts[header].blank:
        header -= 1
    if header < 0 or not facts[header].boilerplate:
        return set()
    text = facts[header].normalised.lower()
    if len(text) > MAX_LIST_HEADER_CHARS or _list_header_re().fullmatch(text) is None:
        return set()
    return {i for i in range(run_start, prose[-1] + 1) if facts[i].bullet}


def _headed_link_lists(facts: Sequence[LineFacts], zone_end: int) -> set[int]:
    """List items right under a link-list header ("Related stories", "Most read") anywhere
    on the page, also when a credit or a note follows them: links, not the article's list.
    Only page-chrome lines are tried on the header patterns."""
    links: set[int] = set()
    for index in range(zone_end):
        line = facts[index]
        if not line.boilerplate or line.bullet or len(line.normalised) > MAX_LIST_HEADER_CHARS:
            continue
        if _list_header_re().fullmatch(line.normalised.lower()) is None:
            continue
        following = index + 1
        while following < zone_end and (facts[following].bullet or facts[following].blank):
            if facts[following].bullet:
                links.add(following)
            following += 1
        # a link printed without a list marker, right under the header ("More on this story"
        # / "Winter fuel: who can still claim help?"): headline-shaped lines, no blank between
        following = index + 1
        while (
            following < zone_end
            and following - index <= MAX_UNMARKED_LINKS
            and _is_unmarked_link(facts[following])
        ):
            links.add(following)
            following += 1
    return links


MAX_UNMARKED_LINKS = 6


def _is_unmarked_link(line: LineFacts) -> bool:
    """A headline on its own line (no list marker): short, and not a sentence ending in a
    period (a question or a "Topic: title" headline is one)."""
    text = line.normalised
    return (
        not line.blank
        and not line.bullet
        and MIN_HEADLINE_WORDS <= line.words <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and not text.rstrip('"\'”’)').endswith((".", "!", ",", ";", ":"))
    )


def _byline_names(facts: Sequence[LineFacts], start: int, zone_end: int) -> set[int]:
    """An author's name on its own line right above the post's date line ("Jane Roe" /
    "Nov 19, 2026"), before the article's first sentence-ending paragraph: a byline block
    under a headline and its standfirst."""
    names: set[int] = set()
    previous: int | None = None
    for index in range(start, zone_end):
        line = facts[index]
        if line.blank:
            continue
        if previous is not None and (line.date or (line.boilerplate and line.timestamp)):
            names.add(previous)
        previous = index if _is_name_line(line) else None
        if _is_prose(line) and line.terminal:
            break
    return names


def _is_name_line(line: LineFacts) -> bool:
    """Two to four capitalised words and nothing else ("Priya Osei-Holm", "R. J. Moss")."""
    if line.terminal or line.bullet or line.boilerplate or not 2 <= line.words <= 4:
        return False
    return all(word[:1].isupper() for word in line.normalised.split())


def _table_rows(facts: Sequence[LineFacts], first_prose: int, last_prose: int) -> set[int]:
    """Rows of a table between the article's paragraphs: a run of consecutive short lines
    with the same number of separators ("Region · Alert · Until" / "North-west · Amber ·
    Monday 9am" / ...). A menu is one line; a table repeats its shape."""
    rows: set[int] = set()
    run: list[int] = []
    shape = -1
    for index in range(first_prose + 1, last_prose + 1):
        line = facts[index]
        if line.blank:
            continue
        separators = _separators(line) if not line.terminal and not line.bullet else 0
        if separators >= MIN_TABLE_SEPARATORS and separators == shape:
            run.append(index)
            continue
        if len(run) >= MIN_TABLE_ROWS:
            rows.update(run)
        run, shape = ([index], separators) if separators >= MIN_TABLE_SEPARATORS else ([], -1)
    return rows


# "Label: text" (a review's "Pros: ...", "The bad: ..."), and a labelled score ("My score:
# 8.5/10", "Verdict: 4/5"); bounded, tried on short lines after the article's text only
_LABELLED_RE = re.compile(r"[A-Z][\w'’]{0,15}(?: [\w'’]{1,15}){0,2}: \S")
_SCORE_RE = re.compile(
    r"[A-Z][\w'’]{0,15}(?: [\w'’]{1,15}){0,2}: ?\d{1,3}(?:[.,]\d)? ?/ ?(?:5|10|20|100)"
)


def _review_verdict(facts: Sequence[LineFacts], last_prose: int, zone_end: int) -> set[int]:
    """A review's verdict after its last paragraph (article text by the conventions): a run
    of "Label: text" lines right under a last paragraph of that shape ("Pros: ..." /
    "Cons: ..."), then a labelled score line ("My score: 8.5/10")."""
    verdict: set[int] = set()
    if last_prose < 0:
        return verdict
    index = last_prose + 1
    continued = _LABELLED_RE.match(facts[last_prose].normalised) is not None
    if not continued:
        while index < zone_end and facts[index].blank:
            index += 1
    run: list[int] = []
    while index < zone_end and not facts[index].blank:
        line = facts[index]
        if line.words < MIN_VERDICT_WORDS or _is_chrome(line) or line.bullet:
            break  # chrome by pattern ("Tags: ...", "Newsletter: ...") ends the verdict
        if not _LABELLED_RE.match(line.normalised):
            break
        run.append(index)
        index += 1
    # a lone label line under a plain paragraph is a tag or credit line ("Photos: ...")
    if continued or len(run) >= 2:
        verdict.update(run)
    else:
        index = last_prose + 1
    while index < zone_end and facts[index].blank:
        index += 1
    if (
        index < zone_end
        and not facts[index].boilerplate
        and _SCORE_RE.fullmatch(facts[index].normalised)
    ):
        verdict.add(index)
    return verdict


def _article_kinds(facts: Sequence[LineFacts], zone_end: int) -> list[SegmentKind]:
    """Kinds of the lines before ``zone_end``: title, body or boilerplate."""
    kinds: list[SegmentKind] = ["body"] * zone_end
    title = _title_indices(facts, zone_end)
    head_start = title[-1] + 1 if title else 0
    prose = [i for i in range(head_start, zone_end) if _is_prose(facts[i])]
    link_list = _trailing_link_list(facts, prose) | _headed_link_lists(facts, zone_end)
    prose = [i for i in prose if i not in link_list]
    # author notes are chrome, but they still bound the article: what lies between them and
    # the text is judged as article lines (precision over a few chrome characters)
    bios = _edge_bios(facts, prose, has_title=bool(title))
    first_prose = prose[0] if prose else zone_end
    last_prose = prose[-1] if prose else -1
    tags = _tag_runs(facts, zone_end)
    table = _table_rows(facts, first_prose, last_prose) | _review_verdict(
        facts, last_prose, zone_end
    )
    edge_chrome = bios | link_list | _byline_names(facts, head_start, zone_end)
    after_player = False
    for index in range(zone_end):
        line = facts[index]
        if line.blank:
            continue
        if index in title:
            kinds[index] = "title"
        elif index in table:
            pass  # rows of a table in the article, not a menu
        elif title and index < title[0]:
            kinds[index] = "boilerplate"  # chrome above the headline
        elif line.boilerplate or line.dangling or index in tags or index in edge_chrome:
            kinds[index] = "boilerplate"
        elif after_player and not line.terminal and line.words <= MAX_CAPTION_WORDS:
            kinds[index] = "boilerplate"  # a video caption
        elif line.bio and (
            index > last_prose or (title and index < first_prose and _short_note(line))
        ):
            kinds[index] = "boilerplate"  # a short author note above or below the article
        elif index < first_prose and _is_subheading(line, facts, index, first_prose):
            pass  # a sentence-case heading right above the article's first text
        elif index < first_prose and _labels_summary_points(line, facts, index, first_prose):
            pass  # "TL;DR", "At a Glance" above the article's own summary points
        elif (index < first_prose or index > last_prose) and _is_outer_chrome(
            line, before_article=index < first_prose
        ):
            kinds[index] = "boilerplate"
        after_player = line.player
    return kinds


def classify_lines(text: str, lines: Sequence[tuple[int, int]]) -> list[SegmentKind]:
    """One segment kind per line of ``text``."""
    rules = noise_rules()
    facts = [line_facts(text[start:end], rules) for start, end in lines]
    sections = comment_sections(facts)
    # a sender's field ("From:") on the page: only then look for mail digests
    if "rom:" in text or "ROM:" in text or "rom :" in text:
        sections = _merge_sections(sections, mail_threads(facts))
    zone_end = sections[0][0] if sections else len(lines)
    kinds = _article_kinds(facts, zone_end)
    kinds.extend(["boilerplate"] * (len(lines) - zone_end))
    if sections:
        after = range(sections[-1][1] + 1, len(lines))
        if sum(_is_prose(facts[i]) for i in after) >= MIN_TRAILING_PROSE_LINES:
            # the article goes on after a thread (rare): classify what follows as page text
            tail_kinds = _article_kinds(facts[sections[-1][1] + 1 :], len(after))
            kinds[sections[-1][1] + 1 :] = [
                "body" if kind == "title" else kind for kind in tail_kinds
            ]
        for first, last in sections:
            kinds[first : last + 1] = ["comments"] * (last + 1 - first)
    # leading blank lines have no segment before them: they join the first real line's kind
    first_real = next((i for i, line in enumerate(facts) if not line.blank), None)
    if first_real is not None:
        kinds[:first_real] = [kinds[first_real]] * first_real
    return kinds


def noise_segmenter(text: str) -> tuple[Segment, ...]:
    """The default segmenter: title, body, boilerplate and comments, line by line."""
    lines = lines_with_offsets(text)
    return segments_from_line_kinds(text, lines, classify_lines(text, lines))


default_segmenter: Segmenter = noise_segmenter
