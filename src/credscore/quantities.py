"""One generic comparison for every quantity: a (frame, value) pair per value.

:mod:`credscore.facts` and :mod:`credscore.slots` read narrow fact types precisely. This
pass reads every quantity of the article the same way — a count and the noun it counts
("3,200 people", or bare: "about 2,300"), money, a percentage, a duration ("7 hours and 40
minutes", "18 months", "two years", "four hours a week"), a day of a month ("September 2",
"12 July") or a year — and gives it a FRAME: the content words (stemmed, synonyms merged,
stop words, numbers and units out) of its clause, and the nearer ones before and after it.

Two quantities CONTRADICT when they are of one kind and unit class, sit in different
sentences, their values differ beyond what approximation or rounding allows, their frames
agree (shared words next to both values, the words before both values not naming two
different things), nothing legitimises two values (a change or comparison cue, a marker
that sets one apart — "another", "previous", "each" —, another year, a range or list of
values, another named subject), and the values are alike enough to be one value misstated:

* a digit slip (two digits swapped or one digit changed: 54,000 / 45,000, 7h40 / 8h40),
  with one shared word next to both values;
* close values (within a factor of ``CLOSE_RATIO``, units converted: 18 months / two years)
  with two shared words, one of them next to both values;
* years a few apart and days of a month, with two shared words next to both values.

A later quantity that agrees with an earlier one of the same frame restates that one and is
never flagged. Work is linear: each quantity is compared with at most ``MAX_GROUP`` others of
its group (more is a table or hostile input: not compared).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.facts import (
    COMPARATIVES,
    CURRENCY_SYMBOLS,
    NOT_COUNTED,
    RESTATING_VERBS,
    SCALE_WORDS,
    Contradiction,
    Fact,
    approximator_words,
    approximators,
    bare_fact,
    calendar_words,
    canonical,
    change_cues,
    context_stopwords,
    distinct_markers,
    measure_units,
    month_numbers,
    parse_number,
    people_hypernyms,
    people_nouns,
    rounds_to,
)
from credscore.resources import WORD_CACHE_SIZE, read_lines
from credscore.slots import all_duration_units, number_words

NEAR_WORDS = 3  # content words each side of a value that say what it is OF
SUBJECT_WORDS = 2  # content words before a value that name the thing it is of
SUBJECT_REACH = 5  # tokens before a value within which a word can be its subject
NEAR_NAME = 8  # tokens each side of a value where a name is its subject
FRAME_BEFORE = 10  # tokens of the clause around a value that make its frame
FRAME_AFTER = 8
CUE_BEFORE = 4  # tokens before a value where a change or set-apart word legitimises it
CUE_AFTER = 2
KEY_LENGTH = 7
ROUNDING = 0.05  # ``facts.rounds_to`` allows no wider gap
CLOSE_RATIO = 1.6  # one value misstated is rarely further off than this
YEAR_GAP = 5
MIN_BARE_COUNT = 100  # a bare count is compared only by swapped digits of a larger one
ROUND_DAYS = frozenset({1, 15, 30, 31})  # days many things fall on in every month
EVIDENCE = 3.0  # value and frame evidence a contradiction needs (see ``_reason``)
OTHER_THINGS = 1.5  # evidence taken away when the words before the values differ
MAX_GROUP = 40
DATE_WORD = "date"  # (its frame key)
WORDED = "#"  # marks the unit of a count written in words ("#player")
WORDED_REACH = 3  # tokens after a number word where the noun it counts may stand
MAX_ALSO = 2  # more earlier statements listed with a contradiction's first one
MAX_SENTENCE_VALUES = 4  # more values of one kind in a sentence is a list or table
RANGE_GAP = 4  # tokens between two values of one kind that make a range or list
YEARS = (1800, 2099)
PERCENT_WORDS = frozenset({"%", "percent", "pct"})
RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})
# words after a duration that make it no length of anything stated ("six weeks ago")
NOT_LENGTH_AFTER = frozenset(
    {"ago", "later", "earlier", "old", "-old", "before", "after", "younger", "older", "late"}
    | {"early", "away", "since", "into", "year-old", "years-old", "on", "off"}
)
# words before a number that make it a label, not a quantity ("No. 3", "Route 66")
LABEL_WORDS = frozenset(
    {"no", "number", "#", "page", "pages", "route", "flight", "room", "platform", "gate"}
    | {"chapter", "section", "article", "model", "version", "season", "episode", "round"}
    | {"line", "bus", "highway", "interstate", "level", "grade", "phase", "stage", "week"}
    | {"day", "game", "match", "question", "item", "point", "rule", "step", "unit", "ward"}
    | {"floor", "suite", "apartment", "flat", "block", "lot", "row", "seat", "table"}
    | {"figure", "exhibit", "appendix", "part", "volume", "issue", "iphone", "windows"}
    | {"age", "aged", "ages", "theorem", "table", "equation", "verse", "size", "rank"}
)
LIST_LINKS = frozenset({"and", "or", ",", "to", "of", "by", "x", "\u00d7", "than"})
# words around a value that move it to another moment ("now", "currently", "formerly")
MOMENT_WORDS = frozenset(
    {"now", "then", "currently", "formerly", "initially", "originally", "previously"}
    | {"once", "ago", "today", "tonight", "yesterday", "tomorrow", "until", "till"}
    | {"projected", "expected", "planned", "target", "forecast"}
)
# words before a value that make it a range, list or option ("between 18 and 24 months")
# "now frozen since 11 May", "still shut since": the state goes on, its start is the same
STATE_WORDS = frozenset({"now", "still"})
RANGE_WORDS = frozenset({"between", "from", "to", "and", "or", "-", "\u2013", "\u2014", "/"})
# change nouns a value can be the size of: "a 2.3% pay rise", "the 6.8% increase" name
# one change (a thing of the article), not a change between two stated values
CHANGE_NOUNS = frozenset(
    {
        "rise",
        "rises",
        "increase",
        "increases",
        "fall",
        "falls",
        "drop",
        "drops",
        "decrease",
        "decline",
        "cut",
        "cuts",
        "hike",
        "hikes",
        "reduction",
        "jump",
    }
)
# a change word and the preposition before its size ("a rise of 38%", "has grown by 28%",
# "fell by 12%"): the value IS the size of that change, a stated figure; by direction
UP_CHANGES = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "grew", "grown", "grow", "grows", "growth"}
    | {"increase", "increases", "increased", "jump", "jumped", "climb", "climbed"}
)
DOWN_CHANGES = frozenset(
    {"fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decrease", "decreased"}
    | {"decline", "declined", "reduction", "reduced", "shrank", "shrunk"}
)
SIZE_PREPOSITIONS = frozenset({"of", "by"})
# nouns naming a figure as an estimate: "the estimate of £4.3m" states that figure
# an estimate verb before a value states it as someone's figure ("the report estimates
# that 43 homes"): set against a count it may differ, but not by swapped digits
ESTIMATE_VERBS = frozenset({"estimate", "estimates", "estimated"})
ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "forecast", "projection", "valuation"})
DEFINITE_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her"})
HEAD_RATE_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
SIZE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that", "his", "her"})
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})
MONEY_SCALE = {word: scale for word, scale in SCALE_WORDS.items() if len(word) > 1}


@attrs.frozen
class _RawValue:
    """A value as read, before its frame is built."""

    kind: str
    unit: str
    value: float
    digits: str
    first: int
    end: int
    sentence: int
    years: frozenset[int]
    signature: str  # the digits in order ("54000", "45000": "00045"): swaps share it
    since: bool = False  # a date after "since": the start of a state ("halted since 9 May")
    origin: bool = False  # a value after "from": where a change started ("up from 3,400")
    change: str = ""  # the direction of a change it is the size of ("a rise of 38%": "up")


def _may_conflict(a: _RawValue, b: _RawValue) -> bool:
    """Whether two values of one group, as read, are alike enough to be one misstated
    (a superset of what :func:`_value_evidence` accepts: no frame is known yet)."""
    if a.sentence == b.sentence or a.value == b.value:
        return False
    if a.kind == "year":
        return abs(a.value - b.value) <= YEAR_GAP or _year_swap(a.digits, b.digits)
    if a.kind == "date":
        same_month = a.value // 100 == b.value // 100
        same_day = a.value % 100 == b.value % 100 and a.value % 100 not in ROUND_DAYS
        # (any two days of one month, not only a slipped digit or a state's start: one
        # thing due once may be dated twice, see ``_one_event_dated``; its frame tells)
        return same_day or same_month
    if a.kind == "count" and not (a.unit and b.unit):
        # a bare count: only two digits of a figure in the hundreds swapped tie it
        return (
            a.signature == b.signature
            and min(a.value, b.value) >= 100
            and digit_slip(a.digits, b.digits)
        )
    if a.kind == "measure":
        return len(a.digits) == len(b.digits) and digit_slip(a.digits, b.digits)
    if a.change and a.change == b.change and _one_digit_changed(a.digits, b.digits):
        return True
    if _decimal_dropped(a.digits, b.digits) and _near_value(a.value, b.value):
        return True
    if a.kind == "count" and a.unit != b.unit:
        # other nouns: only a copy slip ties them (see ``_reason``)
        return len(a.digits) == len(b.digits) and digit_slip(a.digits, b.digits)
    low, high = (a.value, b.value) if a.value < b.value else (b.value, a.value)
    if a.kind not in {"money", "percent"} and low > 0 and high <= low * CLOSE_RATIO:
        return True
    return len(a.digits) == len(b.digits) and digit_slip(a.digits, b.digits)


def _one_digit_changed(a: str, b: str) -> bool:
    """Two values of two digits or more as written with one digit changed ("38" / "28",
    "4.5" / "4.8"): a copy slip of a change's size when both are sizes of one change."""
    return (
        len(a) == len(b) >= 2
        and a.find(".") == b.find(".")
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        and len(a.replace(".", "").strip("0")) >= 2
    )


def _near_value(a: float, b: float) -> bool:
    """Values within ``ROUNDING`` of each other: a digit dropped, not a scale ("£4.99" /
    "£4.9m")."""
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b))


def _decimal_dropped(a: str, b: str) -> bool:
    """A decimal copied with its last digit dropped where rounding would not drop it
    ("4.99" / "4.9", "2.68" / "2.6"; not "4.92" / "4.9", which is that value rounded)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) != len(short) + 1 or "." not in short or not long.startswith(short):
        return False
    if len(short.replace(".", "").strip("0")) < 2:
        return False
    return long[-1] in "56789"


def _worth_a_frame(members: list[_RawValue]) -> Iterator[int]:
    """The first tokens of the values that may conflict with another, and of the values
    equal to one of those (a restatement found through its frame)."""
    conflicting: set[int] = set()
    for a, b in itertools.combinations(members, 2):
        if _may_conflict(a, b):
            conflicting.update((a.first, b.first))
    if conflicting:
        values = [member.value for member in members if member.first in conflicting]
        yield from conflicting
        # values that may restate one of those, rounded or approximated ("about 300" for
        # "312"; "up to" halves a value at most)
        for member in members:
            if any(value / 2 <= member.value <= value * 2 for value in values):
                yield member.first


def _group_key(kind: str, unit: str) -> tuple[str, str]:
    """Values compared with each other: counts all together (a bare count meets a counted
    one), the others by unit (currency, rate); counts written in words by their noun."""
    return (kind, "" if kind == "count" and not unit.startswith(WORDED) else unit)


@attrs.frozen
class Quantity:
    kind: str  # "count", "money", "percent", "duration", "date", "year", "measure"
    unit: str  # count: the counted noun (canonical) or "" when bare; money: the currency
    value: float
    low: float  # the interval an approximator allows ("about 300": 270-330)
    high: float
    digits: str  # the digits as written ("54000", "740" for "7 hours and 40 minutes")
    first: int  # token range of the value and its unit
    end: int
    sentence: int
    near: frozenset[str]  # the nearest content stems each side of the value
    before: frozenset[str]  # the nearest content stems before the value (verbs left out)
    frame: frozenset[str]  # content stems of the clause around the value
    names: frozenset[str]  # the names in the value's clause, lower case
    blocked: bool  # a change, comparison or set-apart cue, a range or a list
    years: frozenset[int]  # the years its sentence states
    approximate: bool
    governor: str  # the noun a value is "of" ("an island of 3,200", "waits of 8 hours")
    bounded: bool  # "at least 24 hours", "more than 9,000": one side of a range
    since: bool  # dates: after "since", the start of a state
    referent: str  # years: the noun a relative clause before it describes ("the farmer who")
    head: frozenset[str]  # money, percent: the nouns right after it ("a 2.3% pay rise")
    definite: bool  # "the 3.2% rise", "its £4.3m budget": refers back
    # counts in words: the lower-case words between the number and its noun ("the six
    # suspended players": "suspend"), what the group was said to be or do
    modifiers: frozenset[str] = frozenset()
    # where a change started ("rising from £2,018.44"): compared, even in a change
    # sentence, only with another change's start, by a copy slip (see ``_reason``)
    origin: bool = False
    # the direction of a change the value is the size of ("a rise of 38%": "up"), or ""
    change: str = ""
    # "It estimates that 43 homes", "the trust estimates 1,820 trees": a figure stated by
    # someone, which may differ from another's count but not by a copy slip
    estimated: bool = False


@functools.cache
def _compound_durations() -> dict[str, tuple[float, float]]:
    """ "four-week", "two-year": (number, hours of the unit) of a duration in one token."""
    return {
        f"{word}-{unit}": (value, hours)
        for word, value in number_words().items()
        for unit, hours in all_duration_units().items()
        if not unit.endswith("s")
    }


@functools.cache
def _starters() -> frozenset[str]:
    """Words that may start a quantity besides digits: number words ("eleven months") and
    one-token durations ("four-week")."""
    return frozenset(number_words()) - {"one"} | frozenset(_compound_durations())


@functools.cache
def _blocking_words() -> frozenset[str]:
    """Words that legitimise a second value when they stand close before or after it."""
    words, _ = change_cues()
    return words | distinct_markers() | MOMENT_WORDS


# Irregular past forms that news copy mostly uses as other words: "found" a company,
# "ground" floor, "wound", "bound", "lay" (the verb of its own): left as they are.
OTHER_WORDS_THAN_PAST_FORMS = frozenset({"found", "ground", "wound", "bound", "lay"})


@functools.cache
def _irregular_forms() -> dict[str, str]:
    """Past forms of irregular verbs -> the base form ("kept" -> "keep")."""
    return {
        form: line.split()[0]
        for line in read_lines("irregular_verbs.txt")
        for form in line.split()[1:]
        if form not in OTHER_WORDS_THAN_PAST_FORMS
    }


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def frame_key(word: str) -> str:
    """A frame word's key: irregular verbs to their base form, Porter stem with synonyms
    merged (:func:`credscore.facts.canonical`), cut to ``KEY_LENGTH`` letters so that
    derivations Porter keeps apart meet ("pharmacists" / "pharmacy")."""
    return canonical(_irregular_forms().get(word, word))[:KEY_LENGTH]


@functools.cache
def _contrast_words() -> frozenset[str]:
    return frozenset(map(frame_key, read_lines("consistency/contrast_words.txt")))


@functools.cache
def _range_links() -> frozenset[str]:
    """Words that may stand between two values of a range or list ("18 to 24 months",
    "120, 210 and about 102")."""
    return RANGE_WORDS | {","} | approximator_words() | frozenset(all_duration_units())


@functools.cache
def _special_words() -> frozenset[str]:
    """Words a frame's scan must look at twice: cues, "up"/"down", speech verbs."""
    return _blocking_words() | _after_cues() | RESTATING_VERBS | {"up", "down"}


@functools.cache
def _after_cues() -> frozenset[str]:
    """Words after a value that make it a change or comparison ("5,400 more", "12% higher",
    "300 fewer than")."""
    words, _ = change_cues()
    return words | COMPARATIVES


@functools.cache
def _frame_stopwords() -> frozenset[str]:
    return (
        context_stopwords()
        | frozenset(month_numbers())
        | frozenset(number_words())
        | frozenset(all_duration_units())
        | PERCENT_WORDS
        | frozenset(SCALE_WORDS)
    )


def digit_slip(a: str, b: str) -> bool:
    """Whether two values as written differ by a copy slip: two digits swapped (anywhere:
    "54000" / "45000", "3200" / "2300") or one digit changed ("740" / "840"), with at least
    two significant digits on both sides (three for a changed digit: "22" / "29" differ by
    more than a slip as often as not)."""
    if "h" in a and "h" in b:
        # "7 hours and 40 minutes" / "8 hours and 40 minutes": one part changed
        return (a.partition("h")[0] == b.partition("h")[0]) != (
            a.partition("h")[2] == b.partition("h")[2]
        )
    if len(a) != len(b) or a == b or a.find(".") != b.find("."):
        return False
    significant = min(len(a.replace(".", "").strip("0")), len(b.replace(".", "").strip("0")))
    if significant < 2:
        return False
    if sorted(a) == sorted(b):
        return True
    return significant >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _close(a: Quantity, b: Quantity) -> bool:
    low, high = sorted((a.value, b.value))
    return low > 0 and high / low <= CLOSE_RATIO


def _compatible(a: Quantity, b: Quantity) -> bool:
    """One value is the other, approximately or rounded (a digit slip is never read as an
    approximation: "about 54,000" / "around 45,000")."""
    if a.value == b.value:
        return True
    if a.kind in {"year", "date"}:
        return False
    if (a.approximate or b.approximate) and a.low <= b.high and b.low <= a.high:
        return not digit_slip(a.digits, b.digits)
    if abs(a.value - b.value) > ROUNDING * max(abs(a.value), abs(b.value)):
        return False  # (too far apart to be one rounded: ``rounds_to`` need not be asked)
    return rounds_to(a.value, b.value) or rounds_to(b.value, a.value)


SENTENCE_OPENERS = frozenset(".!?:;([-|\u00b7\u2013\u2014\u2022*")
CLOSING_QUOTES = frozenset("\"'\u201d\u2019")
MAX_OPENING_CHECKS = 64  # occurrences looked at before a word is taken for a name


def _capitalised_inside(text: str, surface: str) -> bool:
    """Whether a capitalised word is written so somewhere inside a sentence ("said
    Okafor", "Chidi Okafor"): a name. A common noun the article only ever opens sentences
    with ("Turnout was 31.4%." ... "Turnout in the ward, at 34.1%, ...") never is.
    (Past ``MAX_OPENING_CHECKS`` occurrences it is taken for a name: hostile input.)"""
    offset = text.find(surface)
    for _ in range(MAX_OPENING_CHECKS):
        if offset < 0:
            return False
        after = offset + len(surface)
        whole = after >= len(text) or not text[after].isalnum()
        if whole and offset >= 2 and text[offset - 1] == " ":
            before = text[offset - 2]
            if before in CLOSING_QUOTES and offset >= 3:
                before = text[offset - 3]  # ('," Okafor said': inside; '." Turnout': not)
            if not before.isspace() and before not in SENTENCE_OPENERS:
                return True
        offset = text.find(surface, after)
    return True


class _Reader:
    """Quantities of the article, sentence by sentence."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.inner: dict[str, bool] = {}
        self.lower = analysis.token_lower
        self.texts = analysis.token_texts
        self.starts = analysis.token_starts
        self.ends = analysis.token_ends
        self.is_number = analysis.is_number
        self.is_word = analysis.is_word
        self.is_capitalised = analysis.is_capitalised

    def _inner_name(self, word: str, surface: str) -> bool:
        """Whether a capitalised word opening a sentence is a name the article writes again
        and never in lower case ("Okafor was kept ..."), not a capitalised common word
        ("Police", "Residents")."""
        known = self.inner.get(word)
        if known is None:
            # (C-level substring searches: no set of the article's words is built)
            text = self.analysis.text
            known = (
                text.count(surface) > 1
                and f" {word}" not in text
                and _capitalised_inside(text, surface)
            )
            self.inner[word] = known
        return known

    def _name_follows(self, position: int, end: int) -> bool:
        """A capitalised word opening a sentence is a name when another capitalised word
        (no function word) follows it: "Anna Berg died", not "Police said"."""
        after = position + 1
        return (
            after < end
            and self.is_capitalised[after]
            and self.is_word[after]
            and self.lower[after] not in context_stopwords()
        )

    def at(self, index: int, first: int, end: int) -> str:
        return self.lower[index] if first <= index < end else ""

    def glued(self, left: int, right: int) -> bool:
        return self.ends[left] == self.starts[right]

    def read(self) -> list[Quantity]:
        """Only tokens that can start a quantity are visited: digits (one C-level pass over
        the flags) and number words (a set intersection, then a substring search of the
        lower-cased text for each one present)."""
        candidates = list(itertools.compress(itertools.count(), self.is_number))
        present = _starters().intersection(self.lower)
        if present:
            starts, lower = self.analysis.token_starts, self.lower
            text = self.analysis.text.lower()
            for word in present:
                offset = text.find(word)
                while offset >= 0:
                    index = bisect.bisect_left(starts, offset)
                    if index < len(starts) and starts[index] == offset and lower[index] == word:
                        candidates.append(index)
                    offset = text.find(word, offset + len(word))
            candidates.sort()
        if not candidates:
            return []
        sentences = self.analysis.sentences
        firsts = [sentence.first_token for sentence in sentences]
        values: list[_RawValue] = []
        # candidates are in order: each sentence's run is cut off by one binary search
        taken = 0
        while taken < len(candidates):
            index = bisect.bisect_right(firsts, candidates[taken]) - 1
            if index < 0:  # (before the first sentence: not article text)
                taken = bisect.bisect_left(candidates, firsts[0], taken)
                continue
            sentence = sentences[index]
            run_end = bisect.bisect_left(candidates, sentence.end_token, taken)
            if run_end > taken:
                positions = candidates[taken:run_end]
                values += self._sentence(index, sentence.first_token, sentence.end_token, positions)
            taken = max(run_end, taken + 1)
        # a frame (the costly part) is built only for a value that may conflict with
        # another of its group, and for the values that may restate one of those
        groups: dict[tuple[str, str], list[_RawValue]] = defaultdict(list)
        for value in values:
            groups[_group_key(value.kind, value.unit)].append(value)
        wanted: set[int] = set()
        for members in groups.values():
            if 1 < len(members) <= MAX_GROUP:
                wanted.update(_worth_a_frame(members))
        return [
            self._quantity(value, sentences[value.sentence])
            for value in values
            if value.first in wanted
        ]

    def _sentence(
        self, sentence: int, first: int, end: int, positions: list[int]
    ) -> list[_RawValue]:
        raw: list[tuple[str, str, float, str, int, int]] = []
        taken = first
        for position in positions:
            if position < taken:
                continue  # (inside the quantity read before: "7 hours and 40 minutes")
            read = self._value_at(position, first, end)
            if read is not None:
                raw.append(read)
                taken = read[5]
        if not raw:
            return []
        years = frozenset(self._years_in(positions))
        per_kind = Counter(kind for kind, *_ in raw) if len(raw) > MAX_SENTENCE_VALUES else {}
        # (a value of a list, a range or a table is never compared: left out here)
        return [
            _RawValue(
                kind,
                unit,
                value,
                digits,
                start,
                stop,
                sentence,
                years,
                "".join(sorted(digits)),
                kind == "date" and start > first and self.lower[start - 1] == "since",
                self._origin(kind, start, first),
                self._change_size(start, first),
            )
            for number, (kind, unit, value, digits, start, stop) in enumerate(raw)
            if per_kind.get(kind, 0) <= MAX_SENTENCE_VALUES
            and (not self._in_range(raw, number, first, end) or self._origin(kind, start, first))
        ]

    def _origin(self, kind: str, start: int, first: int) -> bool:
        """A value after "from" ("up from £2,108.44 to £2,213.65", "rising from 1,540"):
        where a change started, a stated value of its own even inside a "from ... to"."""
        return kind not in {"date", "year"} and start > first and self.lower[start - 1] == "from"

    def _years_in(self, positions: list[int]) -> Iterator[int]:
        for index in positions:
            word = self.lower[index]
            if len(word) == 4 and word.isdigit() and YEARS[0] <= int(word) <= YEARS[1]:
                yield int(word)

    def _in_range(
        self, raw: list[tuple[str, str, float, str, int, int]], number: int, first: int, end: int
    ) -> bool:
        """A value next to another of its kind with a range or list word between them."""
        kind, _, _, _, start, stop = raw[number]
        for other in (number - 1, number + 1):
            if not 0 <= other < len(raw) or raw[other][0] != kind:
                continue
            o_start, o_stop = raw[other][4], raw[other][5]
            gap = range(stop, o_start) if other > number else range(o_stop, start)
            # only linking words between: "18 and 24 months", "120, 210 and 102", "from
            # 4,500 to about 5,400" (not "Of the 2,100 residents, about 970 are")
            links = _range_links()
            left = raw[min(number, other)]
            # a comma lists values only after a bare one ("120, 210 and 102 members"; not
            # "the 2,100 residents, about 970 are")
            listing = RANGE_WORDS | ({","} if left[4] + 1 == left[5] or kind != "count" else set())
            if (
                len(gap) <= RANGE_GAP
                and all(self.lower[i] in links for i in gap)
                and any(self.lower[i] in listing for i in gap)
            ):
                return True
        after = self.at(stop, first, end)
        if after in LIST_LINKS and stop + 1 < end and self.is_number[stop + 1]:
            # the first of "26 and 27", "120, 210": a list or range (not "since 11 November
            # and 118,000 customers": a value of another kind follows)
            following = number + 1 < len(raw) and raw[number + 1][4] == stop + 1
            return not following or raw[number + 1][0] == kind
        before = self.at(start - 1, first, end)
        return before == "between"

    def _number(self, index: int, first: int, end: int) -> tuple[float, str, int] | None:
        """The number at a token (digits, glued decimals, number words) with its digits and
        the token after it, or None."""
        word = self.lower[index]
        if self.is_number[index]:
            text, after = word, index + 1
            if (
                after + 1 < end
                and self.lower[after] == "."
                and self.glued(index, after)
                and self.glued(after, after + 1)
                and self.is_number[after + 1]
            ):
                text, after = f"{word}.{self.lower[after + 1]}", after + 2
            parsed = parse_number(text)
            if parsed is None:
                return None
            value, scale = parsed
            digits = text.rstrip("kmbnlt").replace(",", "")
            return value * scale, digits, after
        value_of_word = number_words().get(word)
        if value_of_word is None or word == "one":
            return None
        return value_of_word, str(int(value_of_word)), index + 1

    def _value_at(
        self, index: int, first: int, end: int
    ) -> tuple[str, str, float, str, int, int] | None:
        """(kind, unit, value, digits, first token, end token) of a quantity at a token."""
        word = self.lower[index]
        compound = _compound_durations().get(word)
        if compound is not None:
            number, hours = compound
            return "duration", "", number * hours, str(int(number)), index, index + 1
        read = self._number(index, first, end)
        if read is None:
            return None
        value, digits, after = read
        before = self.at(index - 1, first, end)
        if self._label_or_score(index, after, first, end):
            return None
        next_word = self.at(after, first, end)
        months = month_numbers()
        if before in CURRENCY_SYMBOLS and self.glued(index - 1, index):
            scale = MONEY_SCALE.get(next_word)
            stop = after + 1 if scale else after
            return "money", before, value * (scale or 1.0), digits, index - 1, stop
        if next_word in PERCENT_WORDS or (
            next_word == "per" and self.at(after + 1, first, end) == "cent"
        ):
            stop = after + (2 if next_word == "per" else 1)
            return "percent", "", value, digits, index, stop
        whole = value == int(value) and "," not in word and "." not in word
        if whole and 1 <= value <= 31 and before in months and index - 1 >= first:
            return "date", "", months[before] * 100 + value, digits, index - 1, after
        if whole and 1 <= value <= 31 and next_word in months:
            return "date", "", months[next_word] * 100 + value, digits, index, after + 1
        if whole and len(word) == 4 and YEARS[0] <= value <= YEARS[1]:
            return "year", "", value, digits, index, after
        duration = self._duration(value, digits, index, after, first, end)
        if duration is not None:
            return duration
        if not self.is_number[index]:
            return self._worded_count(value, digits, index, after, first, end)
        return self._count(value, digits, index, after, first, end)

    def _worded_count(
        self, value: float, digits: str, index: int, after: int, first: int, end: int
    ) -> tuple[str, str, float, str, int, int] | None:
        """A count written in words and the plural noun it counts, past a few modifiers
        ("six suspended Vanta players", "three glowing orange lights"), or None. Its unit
        is marked (``WORDED``): it is compared only with counts of its noun written in
        words, and only when the later one refers back ("the six ... players"): "three
        flats" on its own is everywhere."""
        stopwords = _frame_stopwords()
        for position in range(after, min(end, after + WORDED_REACH)):
            word = self.lower[position]
            if not self.is_word[position] or word in stopwords:
                return None  # ("five of the players", "three, four": no count of a noun)
            if self.is_capitalised[position]:
                continue  # a name as a modifier ("Vanta players")
            plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            if plural and word.isalpha() and word not in NOT_COUNTED:
                unit = canonical(word)
                if unit in measure_units():
                    return None
                # (the span is the number alone: its modifiers, "suspended", are frame)
                return "count", WORDED + unit, value, digits, index, index + 1
        return None

    def _label_or_score(self, index: int, after: int, first: int, end: int) -> bool:
        """ "No. 3", "Route 66", "2-1", "1:47", "6.45pm": not a quantity of a frame."""
        before = self.at(index - 1, first, end)
        if before in LABEL_WORDS or (before == "." and self.at(index - 2, first, end) == "no"):
            return True
        if before in LIST_LINKS and index - 2 >= first and self.is_number[index - 2]:
            return True  # the second of "26 and 27", "6 to 8", "3 of 4": a list or range
        joiners = {":", "-", "/", "\u2013"}
        joined_before = before in joiners and index - 2 >= first and self.glued(index - 1, index)
        if joined_before and self.is_number[index - 2]:
            return True
        next_word = self.at(after, first, end)
        joined_after = next_word in joiners and after + 1 < end and self.glued(after - 1, after)
        if joined_after and self.is_number[after + 1]:
            return True
        if next_word in {"am", "pm", "a.m", "p.m", "m"}:
            return True
        # a number inside a name ("Apollo 13", "Boeing 737"), not at the sentence start
        return (
            index - 1 >= first
            and self.is_capitalised[index - 1]
            and before not in month_numbers()
            and before not in context_stopwords()
        )

    def _head(self, kind: str, stop: int, clause_end: int) -> frozenset[str]:
        """The content stems of the two tokens right after an amount or percentage, up to a
        punctuation mark: the noun it is the size of ("£3.4m savings", "a 2.3% pay rise");
        time words are rates ("a year"), capitalised words names."""
        if kind not in {"money", "percent"}:
            return frozenset()
        words: list[str] = []
        stopwords, times = _frame_stopwords(), calendar_words()
        for position in range(stop, min(stop + 2, clause_end)):
            word = self.lower[position]
            if not self.is_word[position]:
                break
            if (
                word in stopwords
                or word in times
                or word in HEAD_RATE_WORDS
                or len(word) < 3
                or self.is_capitalised[position]
            ):
                continue
            words.append(frame_key(word))
        return frozenset(words)

    def _referent(self, clause_start: int, start: int, first: int) -> str:
        """The noun before "who"/"which" earlier in a year's clause ("The farmer who
        ploughed the chain up in 1987"): the one an identifying description is about; or
        the subject of a sentence whose verb follows a relative clause between commas
        ("The mill, which is the most photographed building in town, was built in
        1878")."""
        for position in range(max(clause_start, start - FRAME_BEFORE) + 1, start):
            if self.lower[position] in {"who", "which"} and self.is_word[position - 1]:
                return frame_key(self.lower[position - 1])
        # (the first "X, which" of the sentence, its clause closed by a comma before the
        # year: one backward scan, bounded by the sentence)
        closed = False
        for position in range(start - 1, first + 1, -1):
            word = self.lower[position]
            if word == ",":
                closed = True
            elif word in {"who", "which"} and closed and self.lower[position - 1] == ",":
                noun = position - 2
                if self.is_word[noun] and (not self.is_capitalised[noun] or noun == first):
                    return frame_key(self.lower[noun])
                return ""
        return ""

    def _named_estimate(self, word: str, position: int, start: int) -> bool:
        """An estimate noun the value is "of" ("the repair estimate of £4.3 million"):
        the value IS the estimate, a stated figure, not one set against another."""
        return (
            word in ESTIMATE_NOUNS
            and position == start - 2
            and self.lower[start - 1] == "of"
        )

    def _change_size(self, start: int, first: int) -> str:
        """The direction of the change a value is the size of ("a rise of 38%", "has grown
        by 28%", "fell by 4.5%": "up" or "down"), or ""."""
        if start - 2 < first or self.lower[start - 1] not in SIZE_PREPOSITIONS:
            return ""
        word = self.lower[start - 2]
        return "up" if word in UP_CHANGES else "down" if word in DOWN_CHANGES else ""

    def _size_of_change(self, word: str, value_start: int, first: int) -> bool:
        """A change noun after a value behind a determiner is what the value is the size
        of ("a 2.3% pay rise", "the 6.8% increase"): one change, no cue of a second value."""
        return (
            word in CHANGE_NOUNS
            and value_start > first
            and self.lower[value_start - 1] in SIZE_DETERMINERS
        )

    def _clause_years(
        self, years: frozenset[int], first: int, clause_end: int, end: int
    ) -> frozenset[int]:
        """The sentence's years less those stated only after the value's clause ("the 6.2%
        rise ... and that staff had lost a fifth of their pay since 2010": that year dates
        another clause)."""
        if not years or clause_end >= end:
            return years
        later = frozenset(self._years_in(list(range(clause_end, end))))
        if not later:
            return years
        kept = frozenset(self._years_in(list(range(first, clause_end))))
        return years - (later - kept)

    def _governor(self, start: int, first: int) -> str:
        """The noun before "of" before a value, approximators and determiners skipped
        ("a crowd of about 38,000": "crowd"), canonical, or ""."""
        position = start - 1
        skipped = approximator_words() | {"a", "an", "the", "some"}
        while position > first and self.lower[position] in skipped:
            position -= 1
        if position <= first or self.lower[position] != "of":
            return ""
        word = self.lower[position - 1]
        if not self.is_word[position - 1] or word in context_stopwords():
            return ""
        return canonical(word)

    def _duration(
        self, value: float, digits: str, index: int, after: int, first: int, end: int
    ) -> tuple[str, str, float, str, int, int] | None:
        units = all_duration_units()
        unit = self.at(after, first, end)
        stop = after + 1
        if unit == "-" and self.at(after + 1, first, end) in units:
            unit, stop = self.at(after + 1, first, end), after + 2  # "18-month"
        if unit not in units or not value:
            return None
        hours = value * units[unit]
        # "7 hours and 40 minutes", "2 hours 25 minutes"
        link = self.at(stop, first, end)
        more_at = stop + 1 if link in {"and", ","} else stop
        more = self._number(more_at, first, end) if more_at < end else None
        if more is not None:
            more_value, more_digits, more_after = more
            smaller = self.at(more_after, first, end)
            if smaller in units and units[smaller] < units[unit]:
                hours += more_value * units[smaller]
                digits += "h" + more_digits  # "7h40": its parts compared apart
                stop = more_after + 1
        if self.at(stop, first, end) in NOT_LENGTH_AFTER and not (
            self.at(stop, first, end) in {"before", "after"}
            and self.at(index - 1, first, end) == "for"
        ):
            return None  # ("six weeks ago"; not "for eight years before a roofer found it")
        rate = ""
        if self.at(stop, first, end) in RATE_OPENERS and self.at(stop + 1, first, end) in units:
            rate = self.at(stop + 1, first, end).rstrip("s")  # "four hours a week"
        return "duration", rate, hours, digits, index, stop

    def _count(
        self, value: float, digits: str, index: int, after: int, first: int, end: int
    ) -> tuple[str, str, float, str, int, int] | None:
        stop = after
        scale = SCALE_WORDS.get(self.at(stop, first, end)) if stop < end else None
        if scale and len(self.lower[stop]) > 1:
            value *= scale
            stop += 1
        head = self.at(stop, first, end)
        if head.endswith("-old") or head in {"-", "year-old", "years-old"}:
            return None  # an age ("27-year-old"): facts.py reads those
        if head and self.is_word[stop] and not self.is_capitalised[stop]:
            unit = canonical(head)
            if unit in measure_units():
                # measures of things: facts.py compares what is measured; here only a copy
                # slip of one ("4.2 metres a year" / "2.4 metres a year") is compared
                return "measure", unit, value, digits, index, stop + 1
            counted = head.isalpha() and head not in NOT_COUNTED
            if counted and (head not in _frame_stopwords() or head in {"people", "persons"}):
                return "count", unit, value, digits, index, stop + 1
        if value < MIN_BARE_COUNT:
            return None  # a bare "2" or "40" is compared with nothing (see ``_reason``)
        return "count", "", value, digits, index, stop

    def _quantity(self, raw: _RawValue, in_sentence: Sentence) -> Quantity:
        kind, unit, value, start, stop = raw.kind, raw.unit, raw.value, raw.first, raw.end
        first, end = in_sentence.first_token, in_sentence.end_token
        low, high, approximate, bounded = value, value, False, False
        approximated_from = start
        for size in (3, 2, 1):
            phrase = tuple(self.lower[max(first, start - size) : start])
            bounds = approximators().get(phrase) if len(phrase) == size else None
            if kind == "duration" and phrase[-1:] == ("over",):
                bounds = None  # "assembled over 18 months": during, not more than
            if bounds is not None:
                low, high, approximate = value * bounds[0], value * bounds[1], True
                bounded = 1.0 in bounds  # "at least", "up to", "more than": a bound
                approximated_from = start - size
                break
        clause_start = start
        while clause_start > max(first, start - FRAME_BEFORE) and self.lower[
            clause_start - 1
        ] not in {";", ":", "(", ")"}:
            clause_start -= 1
        if clause_start == start > first and self.lower[start - 1] == ":":
            # "Average cliff retreat since 2015: 2.4 metres a year": a fact box's label
            # says what the value after its colon is of
            clause_start = start - 1
            while clause_start > max(first, start - FRAME_BEFORE) and self.lower[
                clause_start - 1
            ] not in {";", ":", "(", ")"}:
                clause_start -= 1
        clause_end = stop
        while clause_end < min(end, stop + FRAME_AFTER) and self.lower[clause_end] not in {
            ";",
            "(",
            ")",
            ".",
        }:
            clause_end += 1
        stopwords = _frame_stopwords()
        preceding: list[str] = []
        following: list[str] = []
        subjects: list[str] = []
        names: set[str] = set()
        blocked = estimated = False
        change = self._change_size(start, first)
        blocking, after_cues, special = _blocking_words(), _after_cues(), _special_words()
        lower, is_word, is_number = self.lower, self.is_word, self.is_number
        capitalised = self.is_capitalised
        counted = unit.removeprefix(WORDED)
        estimate = start - 2 >= first and self._named_estimate(lower[start - 2], start - 2, start)
        for position in itertools.chain(range(clause_start, start), range(stop, clause_end)):
            word = lower[position]
            if word in special:  # (rare: one look-up for the common case)
                if (
                    word in blocking
                    and start - CUE_BEFORE <= position < approximated_from
                    and not self._named_estimate(word, position, start)
                    and not (raw.since and word in STATE_WORDS)
                    and not (change and position == start - 2)
                ) or (
                    word in after_cues
                    and stop <= position < stop + CUE_AFTER
                    and not self._size_of_change(word, approximated_from, first)
                ):
                    if word in ESTIMATE_VERBS and position < start:
                        estimated = True  # (a stated figure: only a copy slip conflicts)
                    else:
                        blocked = True  # (not "more than" of "more than 9,000": an approximator)
                if word == "ago" and position >= stop:
                    blocked = True  # "turnout was 42.1% two years ago": another moment
                if word in {"up", "down"} and position == start - 1:
                    blocked = True  # "down 33 per cent": a change
                if word in RESTATING_VERBS:
                    subjects.clear()  # "the head said that 58%": the speaker is no subject
            if not is_word[position] or word in stopwords or is_number[position] or len(word) < 3:
                continue
            if (position == start - 2 and estimate) or (estimated and word in ESTIMATE_VERBS):
                continue  # (the value's role, not its topic: "the repair estimate of")
            if capitalised[position] and (
                any(is_word[first:position])
                or self._inner_name(word, self.texts[position])
                or self._name_follows(position, end)
            ):
                if word in calendar_words():
                    continue  # "on Tuesday": a time, not a subject
                if start - NEAR_NAME <= position < stop + NEAR_NAME:
                    names.add(word)
                continue  # names are subjects, compared apart
            stemmed = frame_key(word)
            if stemmed == counted:
                continue
            if position < start:
                preceding.append(stemmed)
                if not word.endswith(("ed", "ing")) and position >= start - SUBJECT_REACH:
                    subjects.append(stemmed)  # (not "praised", "working": verbs)
            else:
                following.append(stemmed)
        if (
            self.at(stop, first, end) == ","
            and self.at(stop + 1, first, end) in {"a", "an", "the"}
            and self.at(stop + 2, first, end) in distinct_markers()
        ):
            blocked = True  # an apposition setting it apart: "since 4 April, a second halt"
        near = preceding[-NEAR_WORDS:] + following[:NEAR_WORDS]
        return Quantity(
            kind=kind,
            unit=unit,
            value=value,
            low=low,
            high=high,
            digits=raw.digits,
            first=start,
            end=stop,
            sentence=raw.sentence,
            near=frozenset(near),
            before=frozenset(subjects[-SUBJECT_WORDS:]),
            # (an estimate noun names no thing: "the estimate of £2.7m for the pier" and
            # "the estimate of £7.2m for the library" are estimates of two things)
            governor="" if estimate else self._governor(start, first),
            frame=frozenset(preceding + following),
            names=frozenset(names),
            blocked=blocked,
            estimated=estimated and not blocked,
            change=change if not blocked else "",
            years=self._clause_years(raw.years, first, clause_end, end),
            approximate=approximate,
            bounded=bounded,
            since=raw.since,
            origin=raw.origin,
            referent=self._referent(clause_start, start, first) if kind == "year" else "",
            head=self._head(kind, stop, clause_end),
            definite=approximated_from > first
            and self.lower[approximated_from - 1] in DEFINITE_DETERMINERS,
            modifiers=self._modifiers(stop, end, counted) if counted != unit else frozenset(),
        )

    def _modifiers(self, stop: int, end: int, noun: str) -> frozenset[str]:
        """The lower-case words between a count in words and its noun ("six suspended
        Vanta players": "suspend")."""
        words: list[str] = []
        for position in range(stop, min(end, stop + WORDED_REACH)):
            word = self.lower[position]
            if canonical(word) == noun:
                return frozenset(words)
            if not self.is_capitalised[position]:
                words.append(frame_key(word))
        return frozenset()


def _group(quantity: Quantity) -> tuple[str, str]:
    return _group_key(quantity.kind, quantity.unit)


def _value_evidence(a: Quantity, b: Quantity, slip: bool) -> float:
    """How alike two values are as one value misstated: 2 for a copy slip (or a day of the
    month moved to another month), 1 for close values, 0 otherwise."""
    if a.kind == "year":
        if _year_swap(a.digits, b.digits):
            # "in 1978" / "the farmer who ploughed ... in 1987": the last two digits
            # swapped, the later described as a thing of the earlier frame
            return 2.0 if b.referent and b.referent in a.frame else 0.0
        return 1.0 if abs(a.value - b.value) <= YEAR_GAP else 0.0
    if a.kind == "date":
        if a.value % 100 == b.value % 100 and a.value % 100 not in ROUND_DAYS:
            return 2.0  # "September 2" / "October 2" (not "June 30" / "September 30")
        same_month = a.value // 100 == b.value // 100
        if same_month and _one_state(a, b):
            return 2.0  # "withdrawals halted since 9 May" / "withdrawals frozen since 11 May"
        # (a digit added, "3" / "13", only when one is stated as a thing's date: meetings
        # on the 3rd and the 13th are everyday)
        added = _day_digit_added(a.digits, b.digits) and DATE_WORD in a.before | b.before
        slipped = digit_slip(a.digits, b.digits) or added
        if same_month and slipped:
            return 2.0
        return 1.0 if same_month and _one_event_dated(a, b) else 0.0
    if slip:
        return 2.0
    if a.change and a.change == b.change and _one_digit_changed(a.digits, b.digits):
        return 1.0  # "a rise of 38%" / "has grown by 28%": one change's size, one digit off
    if _decimal_dropped(a.digits, b.digits) and _near_value(a.value, b.value):
        return 1.0  # "by 4.99%" / "of 4.9%": a digit dropped, not the value rounded
    if a.bounded or b.bounded:
        return 0.0  # "up to six hours" / "four hours": a bound and a value inside it
    if a.kind in {"money", "percent", "measure"} or not _close(a, b):
        return 0.0  # (amounts and percentages of one article are often close and differ)
    return 1.0


def _year_swap(a: str, b: str) -> bool:
    """Two years whose last two digits are swapped ("1978" / "1987"; not "1988")."""
    return len(a) == len(b) == 4 and a[:2] == b[:2] and a[2:] == b[:1:-1] and a[2] != a[3]


def _day_digit_added(a: str, b: str) -> bool:
    """Two days of a month, one written with a digit more ("3" / "13", "3" / "30")."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return (
        len(long) == 2 == len(short) + 1 and (long.startswith(short) or long.endswith(short))
    )


def _one_event_dated(a: Quantity, b: Quantity) -> bool:
    """Two days of one month given for one event that happens once to one subject ("the
    home will close on 15 January" / "The home is due to close on 31 January"): the same
    one-time event word next to both dates, and another word (its subject) too."""
    shared = a.near & b.near
    events = shared & _one_time_events()
    return bool(events) and bool(shared - events)


def _dates_of(a: Quantity, b: Quantity, near: frozenset[str]) -> bool:
    """One of two dates is stated as the date of a thing named next to both ("The
    intrusion took place on 3 October" / "gives the date of the intrusion as 13
    October"): "date" among the words just before it, and another shared word."""
    return DATE_WORD in a.before | b.before and bool(near - {DATE_WORD})


def _one_state(a: Quantity, b: Quantity) -> bool:
    """Two dates after "since" with the thing named before one in the other's frame: the
    start of one state ("withdrawals halted since" / "withdrawals frozen since")."""
    return a.since and b.since and bool(a.before & b.frame or b.before & a.frame)


def _same_counted(a: Quantity, b: Quantity) -> bool:
    """Two counts of one group: one noun, a hypernym ("people" for "fans"), or one noun in
    the other's frame ("3,400 train drivers" / "4,300 drivers")."""
    if a.unit == b.unit or {a.unit, b.unit} & people_hypernyms():
        return True
    if a.unit in people_nouns() and b.unit in people_nouns():
        return True  # "412 adults" / "421 volunteers"
    return a.unit in b.frame or b.unit in a.frame


def _reason(a: Quantity, b: Quantity, common: Counter[str]) -> str | None:
    """Why two quantities of one group state one thing with two values, or None.

    Evidence adds up: how alike the values are (:func:`_value_evidence`), the frame words
    next to one value found in the other's frame (a word most quantities of the article
    share is the topic and counts half), a shared name, the same governing noun ("a crowd
    of"), the same rate ("a week"); the words just before the values naming two different
    things takes some away. ``EVIDENCE`` or more is a contradiction.
    """
    slip = digit_slip(a.digits, b.digits)
    value = _value_evidence(a, b, slip)
    if not value or ((a.estimated or b.estimated) and not slip):
        return None
    if (a.origin or b.origin) and not (a.origin and b.origin and slip and _close(a, b)):
        # a change's start is set against another change's start only, a copy slip that
        # leaves it near ("from £2,108.44" / "from £2,018.44"; not "£1.80" / "£8.10")
        return None
    if (a.change or b.change) and a.change != b.change:
        return None  # a change's size is set against the size of a change that way only
    # a year of a one-time event of the thing the later's subject describes ("The mill,
    # which ..., was built in 1878" after "a mill ... completed in 1887"): its names
    # (a street, a family) are details of that one thing
    described_once = (
        a.kind == "year"
        and bool(b.referent)
        and b.referent in a.near
        and _year_swap(a.digits, b.digits)
        and bool(a.near & _one_time_events())
        and bool(b.near & _one_time_events())
    )
    # a group in words referred back to by what it was said to be, one name shared ("five
    # players from Danish side Vanta" / "the six suspended Vanta players ... ESIC events")
    regrouped = bool(b.modifiers & a.frame) and bool(a.names & b.names)
    if a.names - b.names and b.names - a.names and not (described_once or regrouped):
        # other named subjects ("Anna Berg died in 2001" / "her husband Olaf Berg died in
        # 2003"): each side names someone the other does not
        return None
    if a.kind not in {"year", "date"} and a.years and b.years and not a.years & b.years:
        return None  # another year's figure
    if a.kind == "count":
        if not (a.unit and b.unit):
            # a bare count ("around 45,000") is tied to a counted one only by two digits of
            # a figure in the hundreds or more swapped
            swapped = slip and sorted(a.digits) == sorted(b.digits)
            if not (swapped and min(a.value, b.value) >= 100):
                return None
        elif a.unit != b.unit and not (slip and _same_counted(a, b)):
            return None
    near = (a.near & b.frame) | (a.frame & b.near)
    if described_once:
        near = near | {b.referent}  # (the subject, outside the later's frame)
    names = a.names & b.names
    # the same governing noun ("a crowd of"), or after a copy slip of an amount the same
    # noun it is the size of, the later one referring back ("a 6.8% rent increase" / "the
    # 8.6% increase"; not "a 1.4% increase" for another group)
    governed = (
        (bool(a.governor) and a.governor == b.governor)
        or bool(slip and b.definite and a.head & b.head)
        # "suspended five players" / "the six suspended players": the group referred
        # back to by what it was said to be (not "the two men arrested on Saturday")
        or bool(b.modifiers & a.frame)
    )
    if not (near or governed):
        return None  # (a shared name alone: "Solberg received 352 votes in the east" /
        # "Solberg took 532 votes in the west" are two counts of one person)
    if a.kind == "date" and len(near) < 2 and not (_one_state(a, b) or _dates_of(a, b, near)):
        # a calendar recurs: one shared word ("hearing") ties no two dates, unless it names
        # the one thing a state started for ("withdrawals halted since" / "frozen since")
        # or one value is stated as that thing's date ("gives the date of the intrusion as")
        return None
    # many things happen in a few years: only a one-time event dated twice, or a year with
    # its last digits swapped, described again by a relative clause about a thing of the
    # earlier frame, two near words recurring ("the farmer ploughing ... in 1978" / "the
    # farmer who ploughed ... in 1987"; not "the museum sold ... in 1987")
    # (or the later's subject, described by a relative clause, is named next to the
    # earlier year and both years date a one-time event: "a mill ... completed in 1887" /
    # "The mill, which ..., was built in 1878")
    swapped_year = _year_swap(a.digits, b.digits) and (
        len(a.near & b.near) >= 2 or described_once
    )
    if a.kind == "year" and not near & _one_time_events() and not swapped_year:
        return None
    topic = max(2, len(common) // 8)
    # (after a copy slip every shared word counts: the topic is what was misstated)
    weights = (1.0 if common[word] <= topic or value >= 2 else 0.5 for word in near)
    evidence = value + min(3.0, sum(weights))
    evidence += 0.5 * min(2, len((a.frame & b.frame) - near))
    evidence += float(bool(names)) + float(governed)
    if a.kind == "duration" and a.unit and a.unit == b.unit:
        evidence += 1.0  # the same rate: "hours a week"
    parts, other_parts = a.near & _contrast_words(), b.near & _contrast_words()
    if parts and other_parts and parts != other_parts:
        return None  # two parts of a whole: "352 votes in the east" / "532 in the west"
    # (a date stated as a named thing's date names its thing: "date" is no other thing)
    dated = a.kind == "date" and _dates_of(a, b, near)
    if not (names or governed or dated) and _other_things(a, b):
        evidence -= OTHER_THINGS if value < 2 else OTHER_THINGS - 0.5
    if evidence < EVIDENCE:
        return None
    heads = {a.governor} if a.governor and a.governor == b.governor else a.head & b.head
    return ", ".join(sorted(near | names | (heads if governed else set())))


@functools.cache
def _one_time_events() -> frozenset[str]:
    """Keys of events that happen once (founded, opened, born, died, elected)."""
    return frozenset(
        frame_key(word)
        for line in read_lines("consistency/once_events.txt")
        for word in line.split()
    )


def _other_things(a: Quantity, b: Quantity) -> bool:
    """The words before both values name two different things ("the bus takes" / "the
    train takes", "each volunteer works" / "the coordinator works"): each side has a word
    the other's frame lacks."""
    return bool(a.before - b.frame) and bool(b.before - a.frame)


def quantity_contradictions(analysis: Analysis) -> list[Contradiction]:
    """Later quantities whose frame agrees with an earlier one's and whose value conflicts;
    at most one finding per later quantity."""
    if not analysis.sentences:
        return []
    quantities = _Reader(analysis).read()
    if len(quantities) < 2:
        return []
    # the topic words: those most quantities share; dates are left out (a state's start
    # or an event's day shares the words of the figures it dates, "frozen since 11 May
    # and 118,000 customers affected", and would make the figures' own words the topic)
    common: Counter[str] = Counter()
    for quantity in quantities:
        if quantity.kind != "date":
            common.update(quantity.frame)
    groups: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        groups[_group(quantity)].append(quantity)
    found: list[Contradiction] = []
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        found.extend(_conflicts(analysis, members, common))
    found.sort(key=lambda pair: pair.later.start)
    return found


def _conflicts(
    analysis: Analysis, members: list[Quantity], common: Counter[str]
) -> Iterator[Contradiction]:
    for position, later in enumerate(members):
        if later.blocked and not later.origin:
            continue
        if later.unit.startswith(WORDED) and not (
            later.first > 0 and analysis.token_lower[later.first - 1] == "the"
        ):
            continue  # a count in words is compared only when it refers back ("the six")
        earlier_ones = [
            e
            for e in members[:position]
            if e.sentence != later.sentence and (not e.blocked or (e.origin and later.origin))
        ]
        # (the cheap set tests first: most pairs share no frame word)
        if any(
            (e.near & later.near or e.unit == later.unit != "") and _compatible(e, later)
            for e in earlier_ones
        ):
            continue  # a restatement of an earlier value
        # every earlier statement the later value conflicts with: the first is the one a
        # reader checks against, the others are listed with it (at most ``MAX_ALSO``)
        conflicting = [
            earlier
            for earlier in earlier_ones
            if (
                earlier.near & later.frame
                or earlier.frame & later.near
                or earlier.governor
                or later.referent in earlier.near
            )
            and not _compatible(earlier, later)
            and _reason(earlier, later, common) is not None
        ]
        if conflicting:
            first = conflicting[0]
            yield Contradiction(
                _fact(analysis, first),
                _fact(analysis, later),
                f"{later.kind}: {_reason(first, later, common)}",
                tuple(_fact(analysis, other) for other in conflicting[1 : 1 + MAX_ALSO]),
            )


def _fact(analysis: Analysis, quantity: Quantity) -> Fact:
    start = analysis.token_starts[quantity.first]
    first = quantity.first
    # the span starts at an approximator written before the value ("about 2,300")
    for size in (3, 2, 1):
        phrase = tuple(analysis.token_lower[max(0, first - size) : first])
        if len(phrase) == size and phrase in approximators():
            start = analysis.token_starts[first - size]
            break
    return bare_fact(
        quantity.kind, quantity.unit, quantity.value, quantity.low, quantity.high,
        (start, analysis.token_ends[quantity.end - 1]), quantity.sentence,
    )
