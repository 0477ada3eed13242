"""Facts stated with a value, and pairs of them that contradict each other.

A fact is a value in the article with what it is about:

* ``money``: "$412 million", "€3.5bn", "12 million euros";
* ``percent``: "7.5%", "12 percent", "40 per cent";
* ``count``: a number and the noun it counts ("30,000 films", "20,000-movie library"); the
  noun (stemmed, synonyms merged) is the anchor, with ``/rate`` added for "40 films a year";
* ``year``: 1800-2099 ("in 1978", "the 1979 abduction");
* ``age``: "Smith, 54,", "the 56-year-old Smith", "Smith, a 56-year-old engineer",
  "Smith, aged 54"; the person's last name is the anchor.

Every fact carries the interval of values it allows (approximators widen it: see
``data/consistency/approximators.tsv``), the stemmed content words around it (synonyms
merged, see ``event_synonyms.txt``) and the names in its sentence.

Two facts contradict when they are of one kind and anchor, sit in different sentences, their
intervals do not meet (and one is not just the other rounded: "$412 million" / "$400
million"), neither sits next to a change or correction cue ("rose to", "up from", "earlier
reported as"), and enough context ties them to the same thing:

* ages: the same person is enough;
* counts: one more shared context word beyond the counted noun;
* money, percentages: one shared context word plus a shared name, or two shared words;
* years: two shared context words, or one when the years are at most 3 apart (an article
  about one person dates many events, so a shared name says little).

Candidates are blocked by (kind, anchor, one context word); a block holding more than a few
distinct values is a series ("sold 3 films in 2019, 5 in 2020 ...") and is not compared, which
also keeps the work linear on hostile input.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import defaultdict, deque
from collections.abc import Container, Iterable, Iterator

import attrs
from nltk.stem.porter import PorterStemmer

from credscore.analysis import Analysis
from credscore.entities import Mention, name_stopwords, split_parts, title_words
from credscore.name_runs import MentionTable
from credscore.resources import WORD_CACHE_SIZE, read_lines

CONTEXT_WINDOW = 8
NEAR_WINDOW = 4
MARKER_WINDOW = 3
YEAR_MARKER_WINDOW = 5
EVENT_LOOKBACK = 4
CUE_WINDOW = 5
MAX_BLOCK_FACTS = 32
MAX_BLOCK_VALUES = 4
MAX_AGE = 119
MAX_DAY = 31
COMPARATIVES = frozenset(
    {"more", "less", "fewer", "higher", "lower", "cheaper", "dearer", "bigger", "smaller"}
    | {"larger", "greater", "faster", "slower", "better", "worse", "longer", "shorter"}
)
TIME_CLAUSE_WORDS = frozenset({"when", "while", "after", "before", "by", "during", "as"})
# words between a thing and its measure ("Battery: 5,100mAh", "the surge was 4.2 metres")
MEASURE_LINKS = frozenset(
    {":", "is", "was", "are", "were", "at", "of", "measured", "measures", "measuring"}
    | {"weighs", "weighed", "weighing"}
)
# what a measure states, not the thing measured ("42km long", "7.4mm thick")
DIMENSION_WORDS = frozenset(
    {"long", "wide", "high", "tall", "deep", "thick", "thin", "heavy", "away", "across"}
)
EVENT_WINDOW = 6  # tokens before a date where its event may be named ("hearing ... for")
DATE_CHANGE_WORDS = frozenset({"moved", "pushed", "brought", "changed"})
RESTATE_LOOKBACK = 3  # sentences back a pronoun restatement ("it's 1 in 20") may reach
ADULT_AGE = 18  # a child's age is never taken for an adult's, nor the reverse
AGE_LOOKBACK = 6  # sentences an unnamed "the 43-year-old" may refer back over
ROUNDING_TOLERANCE = 0.05
YEAR_RANGE = (1000, 2099)
YEAR_CLOSE = 3
YEAR_LAST_MONTH = 11 / 12 + 1e-6  # a year's interval reaches its last month
AGENT_WINDOW = 6
TIMELINE_WORDS = 3
NAMED_THING = "<name>"  # the modifier of a measure's thing when the thing is a name

# which kinds' facts are compared through which stems (see ``contradictions``)
AMOUNT_KINDS = frozenset({"money", "percent"})  # matched by a word of the other's sentence
CONTEXT_KINDS = AMOUNT_KINDS | {"year"}  # blocked and restated through context words
NEAR_KINDS = CONTEXT_KINDS | {"count"}  # tied together by words next to the value

TRANSPOSABLE_KINDS = frozenset({"money", "percent", "count"})
MIN_TRANSPOSED_DIGITS = 3
MIN_REORDERED_DIGITS = 4
MINUTE_WORDS = frozenset({"min", "mins", "minute"})
LIST_DASHES = frozenset({"\u2014", "\u2013", "-"})
LEVEL_LIST = 4  # names and values of one "X and Y at 31% and 38%" list at most
LEVEL_LINKS = frozenset(
    {"is", "was", "stands", "stood", "sits", "sat", "remains", "remained", "now", "still"}
)
LEVEL_LABEL_MARKS = frozenset({":", "\u2014", "\u2013"})
LEVEL_APPOSITION = 8  # tokens an apposition between a name and "at" may take
MIN_SLIP_DIGITS = 4  # a swap tied only by the words around it needs this many digits
MAX_SENTENCE_FIGURES = 12
_DIGITS_RE = re.compile(r"\d[\d,.]*\d|\d")

CURRENCY_SYMBOLS = frozenset({"$", "€", "£", "¥", "₹"})
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "mln": 1e6,
    "bln": 1e9,
}
POSSESSIVES = ("'s", "\u2019s", "s'", "s\u2019")
PERCENT_WORDS = frozenset({"percent", "pct", "%"})
RATE_UNITS = frozenset({"year", "day", "week", "month", "hour", "season", "night", "minute"})
RATE_WORDS = frozenset({"annually", "daily", "weekly", "monthly", "yearly", "nightly"})
RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
NOT_COUNTED = frozenset(
    {
        "to",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "per",
        "a",
        "an",
        "the",
        "than",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "percent",
        "cent",
        "pct",
        "times",
        "am",
        "pm",
        "p",
        "a.m",
        "p.m",
        "s",
        "th",
        "st",
        "nd",
        "rd",
        "year-old",
        "years-old",
    }
)

YEAR_PREPOSITIONS = frozenset(
    {"in", "by", "since", "until", "till", "from", "of", "during", "before", "after", "on"}
)
TOPIC_PRONOUNS = frozenset({"it", "it's", "it\u2019s", "that's", "that\u2019s"})
VOICE_PRONOUNS = frozenset({"i", "you", "we", "it", "it's", "it\u2019s", "this", "that's"})
DEMONSTRATIVES = frozenset({"this", "that"})
SPEECH_VERBS = frozenset({"said", "says", "added", "adds", "reported", "announced", "told"})
TOPIC_VERBS = frozenset(
    {"is", "was", "would", "will", "could", "might", "makes", "looks", "seems", "remains"}
)
PRICE_ASIDES = frozenset({",", "though", "however", "then", "still"})  # "at $X, though, it"
PRICE_ASIDE_WORDS = 4
PRICE_RATIO = 1.5  # two prices of one thing further apart than this are two things
DISPUTE_WINDOW = 4  # tokens after a value where "not 14" may follow ("long, not 14")
PEOPLE_WORDS = frozenset({"people", "persons"})  # hypernyms: see ``people_hypernyms``
MAX_MODIFIERS = 3  # lower-case words between a number and the plural it counts
PART_OWNERS = frozenset({"its", "the", "their", "our", "his", "her"})  # "14 of its 62 routes"
PARTITIVE_WORDS = frozenset({"all", "most", "some", "half", "many", "few", "none", "each"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DEFINITE_WORDS = frozenset(
    {"the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "all"}
)
RESTRICTIVE_WORDS = frozenset(
    {
        "who",
        "that",
        "which",
        "whom",
        "whose",
        "in",
        "at",
        "from",
        "with",
        "on",
        "for",
        "of",
        "he",
        "she",
        "they",
        "we",
        "it",
        "i",
        "you",
        "to",
    }
)
_NUMBER_RE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)")
DEATH_WORDS = frozenset({"died", "dies", "dead", "death", "passing"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
AGE_VERB_FILLERS = frozenset({"who", "has", "had", "reportedly", "peacefully"})
# words that may follow an age at death ("died at 87 on Tuesday", "at 84 after a fall")
AGE_FOLLOWERS = frozenset({"in", "on", "after", "following", "from", "of", "while", "and"})
RESTATING_VERBS = SPEECH_VERBS | frozenset(
    {"say", "claim", "claims", "claimed", "state", "states", "stated", "insist", "insists"}
)
CLAUSE_ENDS = frozenset({".", ",", ";", "?", "!", ")", ""})
PRONOUN_COPULAS = frozenset({"it's", "it\u2019s", "that's", "that\u2019s"})


@attrs.frozen
class Fact:
    kind: str
    anchor: str
    value: float
    low: float
    high: float
    start: int
    end: int
    sentence: int
    # Stems are built only for the kinds that compare them (stemming is the costly part):
    # ``context`` for years, money and percentages, ``near`` for all but ages,
    # ``sentence_words`` for money and percentages; they are empty otherwise.
    context: frozenset[str]  # content stems within CONTEXT_WINDOW tokens
    near: frozenset[str]  # content stems within NEAR_WINDOW tokens: what the value is about
    names: frozenset[str]
    cue: bool
    distinct: bool  # "a second wall", "another 300 homes": set apart from similar facts
    years: frozenset[int]  # the years stated in the sentence: its time frame
    sentence_words: frozenset[str] = frozenset()  # content stems of the whole sentence
    subjects: frozenset[str] = frozenset()  # capitalised words next to the value
    head: str = ""  # the noun right after an amount ("$412 million purchase"), canonical
    definite: bool = False  # "the 20,000 films": refers back to a quantity already stated
    # years: who or what the dated event happened to ("his father died in 2001"): names and
    # nouns after a determiner before the event word; empty when unknown ("She died ...")
    agents: frozenset[str] = frozenset()
    month: bool = False  # years: dated to a month ("December 2024")
    # amounts and counts: the digits as written ("2.84") and the other figures of the
    # sentence ("3" of "up 3%"; years left out), for transposed digits
    digits: str = ""
    figures: frozenset[str] = frozenset()
    # money: "topic" for the price of the article's subject ("at $1,299 it is ..."),
    # "stated" after a price phrase ("a fee of $45m", "priced at $1,299"), else ""
    price: str = ""
    part: bool = False  # counts: a part of a stated whole ("14 of its 62 routes")
    # amounts and counts: the digits of a value this one says is wrong ("11 miles long, not
    # 14": "14"), else ""
    disputes: str = ""
    # ages: the person is named only by a pronoun or "the 5-year-old" ("He was 87.", "until
    # his death at 84"): resolved to the one person aged before when the last few
    # sentences name nobody (see ``resolve_unnamed_ages``)
    refers_back: bool = False
    # ages referring back: the sentence or the one before names someone in full ("Police
    # named the driver as Dan Price. The 54-year-old ..."), whom "the 54-year-old" may
    # introduce
    named_before: bool = False
    # percentages and rates: "it's 1 in 20", "that is 12%": the value closes a clause whose
    # subject is a pronoun, so it restates the figure just discussed (see ``restated_rates``)
    restates: bool = False
    # measures ("5,100mAh", "4.2 metres"): the thing measured, canonical, and the word
    # before it ("storm" of "the storm surge was 4.2 metres"), or ("", "")
    measured: tuple[str, str] = ("", "")
    # measures: a determiner before the value, restrictive clause or not ("the 3.2
    # kilometres of hedgerow we have promised")
    determined: bool = False
    given: str = ""  # ages: the person's given name when written ("nkechi"), else ""
    moves_in_time: bool = False  # restating values: the sentence has a time word or date
    # amounts: a time word or date opens the clause before the value ("Last year the
    # average price was £2,640"): another moment
    dated_before: bool = False
    # percentages: the name the value is the level of ("Roadford is at 34%", "Colliford and
    # Roadford ... at 31% and 38%"), lower case, and whether the value closes its clause
    owner: str = ""
    closes_clause: bool = False


def bare_fact(
    kind: str, anchor: str, value: float, low: float, high: float, span: tuple[int, int],
    sentence: int,
) -> Fact:
    """A fact with no context read around it: only its value and span, for the passes
    that decide a conflict themselves and hand the scorer a pair (slots, quantities)."""
    empty: frozenset[str] = frozenset()
    start, end = span
    return Fact(
        kind=kind, anchor=anchor, value=value, low=low, high=high, start=start, end=end,
        sentence=sentence, context=empty, near=empty, names=empty, cue=False,
        distinct=False, years=frozenset(),
    )


@attrs.frozen
class Contradiction:
    earlier: Fact
    later: Fact
    reason: str
    also: tuple[Fact, ...] = ()  # other earlier statements the later value conflicts with


@functools.cache
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    stemmed: str = _stemmer().stem(word)
    return stemmed


def _stem_groups(name: str) -> dict[str, str]:
    """Stem of each word of a data file's lines -> the stem of its line's first word."""
    groups: dict[str, str] = {}
    for line in read_lines(name):
        words = line.split()
        head = stem(words[0])
        for word in words:
            groups.setdefault(stem(word), head)
    return groups


@functools.cache
def synonym_groups() -> dict[str, str]:
    """Stem -> the group's first stem."""
    return _stem_groups("consistency/event_synonyms.txt")


@functools.cache
def event_stems() -> frozenset[str]:
    """The canonical stems of the event words in the synonym groups."""
    return frozenset(synonym_groups().values())


@functools.cache
def unit_groups() -> dict[str, str]:
    """Stem of a unit spelling -> the stem of its canonical spelling ("feet" -> "foot")."""
    return _stem_groups("consistency/units.txt")


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def canonical(word: str) -> str:
    stemmed = stem(word)
    unit = unit_groups().get(stemmed)
    if unit is not None:
        return unit
    return synonym_groups().get(stemmed, stemmed)


@functools.cache
def context_stopwords() -> frozenset[str]:
    return frozenset(read_lines("consistency/context_stopwords.txt")) | name_stopwords()


@functools.cache
def distinct_markers() -> frozenset[str]:
    return frozenset(read_lines("consistency/distinct_markers.txt"))


@functools.cache
def change_cues() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Single cue words and multi-word cue phrases."""
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for line in read_lines("consistency/change_cues.txt"):
        tokens = tuple(line.split())
        if len(tokens) == 1:
            words.add(tokens[0])
        else:
            phrases.add(tokens)
    return frozenset(words), frozenset(phrases)


@functools.cache
def cue_phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word cue phrases by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in sorted(change_cues()[1]):
        by_first[phrase[0]].append(phrase)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


@functools.cache
def unit_suffixes() -> dict[str, str]:
    """A unit's spellings, lower case ("mah", "gb", "mm") -> its canonical stem."""
    table: dict[str, str] = {}
    for line in read_lines("consistency/unit_suffixes.txt"):
        words = line.split()
        unit = canonical(words[0])
        for word in words:
            table.setdefault(word, unit)
    return table


@functools.cache
def time_words() -> frozenset[str]:
    """Words that set a statement in another time ("now", "last", "ago", "yesterday")."""
    return frozenset(read_lines("consistency/time_words.txt"))


@functools.cache
def measure_units() -> frozenset[str]:
    """The canonical stems of units of measurement (``units.txt``, ``unit_suffixes.txt``)."""
    return frozenset(unit_groups().values()) | frozenset(unit_suffixes().values())


@functools.cache
def scheduled_events() -> dict[str, str]:
    """Stem of an event word -> its event, as its line's first word ("court" -> "hearing")."""
    return {
        stem(word): line.split()[0]
        for line in read_lines("consistency/scheduled_events.txt")
        for word in line.split()
    }


@functools.cache
def schedule_words() -> frozenset[str]:
    return frozenset(read_lines("consistency/schedule_words.txt"))


@functools.cache
def comparative_stems() -> frozenset[str]:
    """Stems of comparatives after a percentage ("12% cheaper", "5% more")."""
    return frozenset(map(stem, COMPARATIVES))


@functools.cache
def variant_words() -> frozenset[str]:
    return frozenset(read_lines("consistency/variant_words.txt"))


@functools.cache
def price_cues() -> dict[str, frozenset[tuple[str, ...]]]:
    """The price phrases (as word tuples, last word first) by their last word."""
    by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for line in read_lines("consistency/price_cues.txt"):
        words = tuple(reversed(line.split()))
        by_last[words[0]].add(words)
    return {last: frozenset(phrases) for last, phrases in by_last.items()}


@functools.cache
def currency_words() -> frozenset[str]:
    """Words after a number that make it money ("12 million euros")."""
    return frozenset(read_lines("consistency/currency_words.txt"))


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations -> the month's number (1-12)."""
    return {
        name: number
        for number, line in enumerate(read_lines("consistency/months.txt"), start=1)
        for name in line.split()
    }


@functools.cache
def months() -> frozenset[str]:
    return frozenset(month_numbers())


@functools.cache
def calendar_words() -> frozenset[str]:
    """Months and weekdays: never the subject or agent of a fact."""
    return months() | WEEKDAYS


@functools.cache
def approximator_words() -> frozenset[str]:
    """Words skipped between a determiner and its number ("the nearly 20,000 films")."""
    return frozenset(read_lines("consistency/approximator_words.txt"))


@functools.cache
def approximator_last_words() -> frozenset[str]:
    """The last words of the approximator phrases."""
    return frozenset(phrase[-1] for phrase in approximators())


@functools.cache
def approximators() -> dict[tuple[str, ...], tuple[float, float]]:
    table: dict[tuple[str, ...], tuple[float, float]] = {}
    for line in read_lines("consistency/approximators.tsv"):
        phrase, low, high = line.split("\t")
        table[tuple(phrase.split())] = (float(low), float(high))
    return table


def parse_number(token: str) -> tuple[float, float] | None:
    """``(value, scale)`` of a number token ("30,000", "7.5", "412m", "3.5bn"), or None."""
    match = _NUMBER_RE.fullmatch(token.lower())
    if match is None:
        return None
    digits, suffix = match.groups()
    if suffix and suffix not in SCALE_WORDS:
        return None
    try:
        value = float(digits.replace(",", ""))
    except ValueError:  # pragma: no cover - the pattern only admits numbers
        return None
    if not math.isfinite(value):
        return None
    return value, SCALE_WORDS.get(suffix, 1.0)


def significant_digits(value: float) -> int:
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    if "." not in text:
        digits = digits.rstrip("0")
    return max(1, len(digits))


def rounds_to(precise: float, rounder: float) -> bool:
    """Whether ``rounder`` is ``precise`` rounded: "$400 million" for "$412 million", "1,100"
    for "1,102". Only a precise value of 3 or more significant digits rounded to a value with
    two trailing zeros, within 5 %, counts: "30 children" is not "32 children" rounded, nor
    "$80 million" "$82 million"."""
    digits = significant_digits(rounder)
    precise_digits = significant_digits(precise)
    if digits >= precise_digits or precise_digits < 3 or precise <= 0 or rounder % 100 != 0:
        return False
    if abs(precise - rounder) > ROUNDING_TOLERANCE * precise:
        return False
    magnitude = math.floor(math.log10(abs(precise)))
    factor = 10 ** (magnitude - digits + 1)
    return math.isclose(round(precise / factor) * factor, rounder, rel_tol=1e-9)


def compatible(a: Fact, b: Fact) -> bool:
    if a.low <= b.high and b.low <= a.high:
        return True
    if a.kind in {"year", "age"}:
        return False  # "2010" is not "2009" rounded
    return rounds_to(a.value, b.value) or rounds_to(b.value, a.value)


class _MentionIndex:
    """Name mentions by start or end offset. Mentions come in document order and never
    overlap, so both offsets are sorted: a binary search finds one (only ages need this)."""

    def __init__(self, mentions: MentionTable) -> None:
        self.mentions = mentions

    def starting_at(self, offset: int) -> Mention | None:
        starts = self.mentions.starts
        position = bisect.bisect_left(starts, offset)
        if position < len(starts) and starts[position] == offset:
            return self.mentions.mention(position)
        return None

    def ending_at(self, offset: int) -> Mention | None:
        ends = self.mentions.ends
        position = bisect.bisect_left(ends, offset)
        if position < len(ends) and ends[position] == offset:
            return self.mentions.mention(position)
        return None


class _SentenceReader:
    """Fact extraction over one sentence's tokens."""

    def __init__(
        self,
        analysis: Analysis,
        sentence_index: int,
        mentions: _MentionIndex,
        name_surfaces: list[str],
        lower_words: Container[str] = frozenset(),
    ) -> None:
        sentence = analysis.sentences[sentence_index]
        self.analysis = analysis
        self.index = sentence_index
        self.first = sentence.first_token
        self.stop = sentence.end_token
        self.texts = analysis.token_texts
        self.lower = analysis.token_lower
        self.starts = analysis.token_starts
        self.ends = analysis.token_ends
        self.mentions = mentions
        self.name_surfaces = name_surfaces  # the sentence's name mentions, as written
        self.is_number = analysis.is_number
        self.lower_words = lower_words  # the article's words written in lower case

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """The parts of the sentence's names (built only for a sentence with a fact)."""
        return frozenset(itertools.chain.from_iterable(map(split_parts, self.name_surfaces)))

    @functools.cached_property
    def people(self) -> frozenset[str]:
        """The sentence's names as "given surname" ("" for no given name: "Ng" gives " ng"),
        months and weekdays aside."""
        titles, calendar = title_words(), calendar_words()
        found: set[str] = set()
        for surface in self.name_surfaces:
            parts = [part for part in split_parts(surface) if part not in titles]
            if parts and parts[-1] not in calendar:
                found.add(f"{parts[0] if len(parts) > 1 else ''} {parts[-1]}")
        return frozenset(found)

    @functools.cached_property
    def sentence_words(self) -> frozenset[str]:
        """Content stems of the whole sentence (built only for a sentence with a fact)."""
        return self.context(self.first, self.first, self.stop - self.first)

    @functools.cached_property
    def figures(self) -> frozenset[str]:
        """The sentence's numbers as written, years left out."""
        return frozenset(
            self.texts[i]
            for i in range(self.first, self.stop)
            if self.is_number[i]
            and not (
                len(self.texts[i]) == 4
                and self.texts[i].isdigit()
                and YEAR_RANGE[0] <= int(self.texts[i]) <= YEAR_RANGE[1]
            )
        )

    @functools.cached_property
    def years(self) -> frozenset[int]:
        """The years stated in the sentence."""
        return frozenset(
            int(self.texts[i])
            for i in range(self.first, self.stop)
            if self.is_number[i]
            and len(self.texts[i]) == 4
            and self.texts[i].isdigit()
            and YEAR_RANGE[0] <= int(self.texts[i]) <= YEAR_RANGE[1]
        )

    def lower_at(self, index: int) -> str:
        return self.lower[index] if self.first <= index < self.stop else ""

    def approximation(self, before: int) -> tuple[float, float]:
        """The range factor set by an approximator ending just before token ``before``."""
        if self.lower_at(before - 1) not in approximator_last_words():
            return 1.0, 1.0  # (most numbers: no phrase can end there)
        table = approximators()
        for length in (3, 2, 1):  # the longest phrase first: "as many as", "nearly"
            phrase = tuple(self.lower_at(i) for i in range(before - length, before))
            if phrase in table:
                return table[phrase]
        return 1.0, 1.0

    def context(self, first: int, end: int, window: int = CONTEXT_WINDOW) -> frozenset[str]:
        stop_words = context_stopwords()
        words: set[str] = set()
        low = max(self.first, first - window)
        high = min(self.stop, end + window)
        for i in range(low, high):
            if first <= i < end:
                continue
            word = self.lower[i]
            if len(word) > 2 and word.isalpha() and word not in stop_words:
                if self.texts[i][0].isupper() and not (
                    i == self.opening_index and self.opening_common
                ):
                    continue  # names are compared through ``names``
                words.add(canonical(word))
        return frozenset(words)

    @functools.cached_property
    def opening_index(self) -> int:
        """The sentence's first word, after any opening quote or bracket ('"Reserves of
        ...'), if it is written as a capitalised lower-case word; -1 otherwise."""
        for i in range(self.first, self.stop):
            token = self.texts[i]
            if token[0].isalnum():
                return i if token[1:].islower() else -1
        return -1

    @functools.cached_property
    def opening_common(self) -> bool:
        """Whether the opening word is capitalised only for opening the sentence: a common
        word, not a name, as the article writes it in lower case elsewhere."""
        index = self.opening_index
        return index >= 0 and self.lower[index] in self.lower_words

    def has_marker(self, first: int, window: int) -> bool:
        """A distinguishing word shortly before the value ("another 300", "a second wall
        ... in 1990")."""
        markers = distinct_markers()
        low = max(self.first, first - window)
        return any(self.lower[i] in markers for i in range(low, first))

    def event_before(self, first: int) -> str:
        """The word a year is the date of: "founded in 1921", "cut ties with Damascus in
        2012" (names and function words are skipped)."""
        return self.event_word_before(first)[0]

    def event_word_before(self, first: int) -> tuple[str, int]:
        """:meth:`event_before` and the index of its word (``first`` when there is none)."""
        index = first - 1
        if self.lower_at(index) in YEAR_PREPOSITIONS:
            index -= 1
        stop_words = context_stopwords()
        for i in range(index, max(self.first - 1, index - EVENT_LOOKBACK), -1):
            word = self.lower[i]
            if self.texts[i][0].isupper() or word in stop_words:
                continue
            if word.isalpha() and len(word) > 2:
                counted = i - 2 if self.lower[i - 1] in SCALE_WORDS else i - 1
                if counted >= self.first and self.is_number[counted]:
                    # "70,000 tonnes in 2025": the year dates a quantity, and the counted
                    # noun is no event ("420,000 tonnes by 2028" is another quantity)
                    return "", first
                return canonical(word), i
            break  # a number or punctuation: the year's clause starts here
        return "", first

    def agents(self, before: int) -> frozenset[str]:
        """Who an event happened to: name words and nouns after a determiner in the few
        tokens before the event word ("Anna Berg died", "his father died")."""
        stop = name_stopwords()
        calendar = calendar_words()
        found: set[str] = set()
        for i in range(max(self.first, before - AGENT_WINDOW), before):
            token = self.texts[i]
            lower = self.lower[i]
            if not token[0].isalpha() or lower in stop or lower in calendar:
                continue
            if token[0].isupper() or (
                i > self.first and self.lower[i - 1] in DETERMINERS and lower.isalpha()
            ):
                found.add(lower)
        return frozenset(found)

    def has_cue(self, first: int, end: int) -> bool:
        words = change_cues()[0]
        low = max(self.first, first - CUE_WINDOW)
        high = min(self.stop, end + CUE_WINDOW)
        # a capitalised word inside a sentence is a name ("Cedar Falls", "Target"), no cue
        window = [
            self.lower[i] if i == self.first or not self.texts[i][0].isupper() else ""
            for i in range(low, high)
        ]
        if any(word in words for word in window):
            return True
        # a phrase occurs where the window holds its first word: look only there
        by_first = cue_phrases_by_first_word()
        for i, word in enumerate(window):
            for phrase in by_first.get(word, ()):
                if tuple(window[i : i + len(phrase)]) == phrase:
                    return True
        return False

    def fact(
        self,
        kind: str,
        anchor: str,
        value: float,
        factors: tuple[float, float],
        first: int,
        end: int,
        context_from: int | None = None,
        without: frozenset[str] = frozenset(),
        noun_head: str = "",
    ) -> Fact:
        low, high = value * factors[0], value * factors[1]
        context = (
            self.context(first if context_from is None else context_from, end)
            if kind in CONTEXT_KINDS
            else frozenset()
        )
        near = self.context(first, end, NEAR_WINDOW) if kind in NEAR_KINDS else frozenset()
        if without:  # a count's own noun is what it counts, not its context
            context, near = context - without, near - without
        head = ""
        head_end = end
        if kind in {"money", "percent", "year"}:
            word = self.lower_at(end)
            if word.isalpha() and word not in context_stopwords() and word not in NOT_COUNTED:
                head = canonical(word)
                head_end = end + 1
        if kind == "money" and not head and self.lower_at(end) == "in":
            # "$35.1 billion in (quarterly) revenue": the thing the money is
            for after in (end + 1, end + 2):
                stemmed = canonical(self.lower_at(after)) if self.lower_at(after) else ""
                if stemmed in event_stems():
                    head, head_end = stemmed, after + 1
                    break
        agents: frozenset[str] = frozenset()
        if kind == "year" and not head and self.lower_at(end) == ":":
            # a timeline: "January 2025: Engaged in Aspen", "2012: Studio founded in Leeds"
            words = [self.lower_at(i) for i in range(end + 1, end + 1 + TIMELINE_WORDS)]
            stems = [canonical(w) for w in words if w.isalpha() and w not in context_stopwords()]
            events = [stemmed for stemmed in stems if stemmed in event_stems()]
            head = events[0] if events else stems[0] if stems else ""
        if kind == "year" and not head:
            head, event_index = self.event_word_before(first)
            if head:
                agents = self.agents(event_index)
        window = YEAR_MARKER_WINDOW if kind == "year" else MARKER_WINDOW
        distinct = self.has_marker(first, window)
        if kind == "count" and anchor in measure_units() and self.compares_versions:
            distinct = True  # "The Pro model has 12GB": one version's measure
        if kind == "year" and head_end > end and self.lower_at(first - 1) in {"a", "an"}:
            distinct = True  # "a 2016 documentary": one more of a kind, not the one before
        start, stop = self.starts[first], self.ends[end - 1]
        digits, figures = self.digits_and_figures(kind, start, stop)
        price = self.price_role(first, end) if kind == "money" else ""
        disputes = self.disputed(end) if digits else ""
        return Fact(
            kind=kind,
            anchor=anchor,
            value=value,
            low=low,
            high=high,
            start=start,
            end=stop,
            sentence=self.index,
            context=context,
            near=near,
            names=self.names,
            cue=self.has_cue(first, end),
            distinct=distinct,
            years=self.years,
            sentence_words=self.sentence_words if kind in AMOUNT_KINDS else frozenset(),
            subjects=self.near_names(first, end),
            head=head or noun_head,  # (a count has only its noun's head)
            measured=(
                self.measured_thing(first, noun_head, end)
                if kind == "count" and anchor in measure_units()
                else ("", "")
            ),
            definite=self.is_definite(first, head_end),
            determined=self.lower_at(first - 1) in DEFINITE_WORDS,
            dated_before=kind in AMOUNT_KINDS and self.dated_before(first),
            agents=agents,
            digits=digits,
            figures=figures,
            price=price,
            disputes=disputes,
        )

    def disputed(self, end: int) -> str:
        """The digits of the figure after "not" just after a value ("11 miles long, not
        14", "$54m, not $45m"), or ""."""
        for i in range(end, min(self.stop, end + DISPUTE_WINDOW)):
            if self.lower[i] == "not":
                figure = i + 1
                if self.lower_at(figure) in CURRENCY_SYMBOLS:
                    figure += 1
                if figure < self.stop and self.is_number[figure]:
                    match = _DIGITS_RE.match(self.texts[figure])
                    return match.group().replace(",", "") if match else ""
                return ""
        return ""

    def price_role(self, first: int, end: int) -> str:
        """ "topic" for "at $1,299 it ...", "at €54m this would ..." (the price of what the
        article is about: the pronoun's referent), "stated" after a price phrase ("a fee of
        around €45m"), else ""."""
        if self.lower_at(first - 1) == "at":
            after = end
            while after < end + PRICE_ASIDE_WORDS and self.lower_at(after) in PRICE_ASIDES:
                after += 1
            pronoun, verb = self.lower_at(after), self.lower_at(after + 1)
            if (pronoun in TOPIC_PRONOUNS and verb not in SPEECH_VERBS) or (
                pronoun in DEMONSTRATIVES and verb in TOPIC_VERBS
            ):
                # ("at $45 this week" is a date: "this" needs a verb; "valued it at $1.2
                # billion, it said" attributes)
                return "topic"
        if self.lower_at(first - 1) == "for" and first - 1 == self.first:
            # "For $139 I honestly don't know anything better": a sentence opening with the
            # price and going on about it in the writer's or reader's voice
            pronoun = self.lower_at(end + 1 if self.lower_at(end) == "," else end)
            if pronoun in VOICE_PRONOUNS:
                return "restated"
        before = first - 1
        skipped = approximator_words()
        while before > self.first and self.lower_at(before) in skipped:
            before -= 1
        for phrase in price_cues().get(self.lower_at(before), ()):
            if all(self.lower_at(before - i) == word for i, word in enumerate(phrase)):
                return "stated"
        return ""

    def digits_and_figures(self, kind: str, start: int, end: int) -> tuple[str, frozenset[str]]:
        """An amount's or count's digits as written ("2.84") and the other figures of its
        sentence, for transposed digits; none when the sentence is a list of figures."""
        if kind not in TRANSPOSABLE_KINDS or len(self.figures) > MAX_SENTENCE_FIGURES:
            return "", frozenset()
        match = _DIGITS_RE.search(self.analysis.text, start, end)
        if match is None:  # pragma: no cover - every such fact has a number
            return "", frozenset()
        return match.group().replace(",", ""), self.figures - {match.group()}

    def is_definite(self, first: int, end: int) -> bool:
        """A quantity referred back to ("the 20,000 films", "its $412 million purchase"),
        unless a restrictive clause follows ("the 17 films he made")."""
        before = first - 1
        skipped = approximator_words()
        while before > self.first and self.lower_at(before) in skipped:
            before -= 1
        previous_word = self.lower_at(before)
        if previous_word not in DEFINITE_WORDS and not previous_word.endswith(POSSESSIVES):
            return False  # (a possessive is definite: "the river's 23.1-foot crest")
        if self.lower_at(before - 1) == "of":
            previous = self.lower_at(before - 2)
            if previous[:1].isdigit() or previous in PARTITIVE_WORDS:
                return False  # "24 of the 31 seats": a part of a whole, not a restatement
        return self.lower_at(end) not in RESTRICTIVE_WORDS

    def near_names(self, first: int, end: int) -> frozenset[str]:
        """Capitalised words and acronyms close to a value: its subject ("the NDP won 19
        seats" / "the Liberals won 41 seats"). Days and months are not subjects."""
        stop = name_stopwords()
        calendar = calendar_words()
        names: set[str] = set()
        for i in range(max(self.first, first - NEAR_WINDOW), min(self.stop, end + NEAR_WINDOW)):
            token = self.texts[i]
            lower = self.lower[i]
            if token[0].isupper() and lower not in stop and lower not in calendar:
                names.add(lower)
        return frozenset(names)

    def read(self, numbers: Iterable[int] | None = None) -> list[Fact]:
        """The sentence's facts; ``numbers``: its number tokens' indices, if known."""
        if numbers is None:
            numbers = [i for i in range(self.first, self.stop) if self.is_number[i]]
        facts: list[Fact] = []
        used = self.first - 1  # the last token a fact took ("$3.5 billion" takes four)
        for index in numbers:
            if index <= used:
                continue
            fact, used = self.read_number(index)
            if fact is not None:
                facts.append(fact)
        return facts

    def read_number(self, index: int) -> tuple[Fact | None, int]:
        """The fact around the number at ``index`` and the last token index it used."""
        measure = self.read_unit(index)
        if measure is not None:
            return measure
        parsed = parse_number(self.texts[index])
        if parsed is None:
            return None, index
        value, scale = parsed
        rate = self.read_rate(index, value, scale) if self.lower_at(index + 1) == "in" else None
        if rate is not None:
            return rate
        previous = self.lower_at(index - 1)
        first = index
        currency = previous in CURRENCY_SYMBOLS and self.ends[index - 1] >= self.starts[index] - 1
        if currency:
            first = index - 1
        last = index
        if self._glued_decimal(index):
            # the tokenizer splits "3.5bn" into "3", ".", "5bn"
            joined = parse_number(f"{self.texts[index]}.{self.texts[index + 2]}")
            if joined is not None:
                (value, scale), last = joined, index + 2
        if (
            scale == 1.0
            and self.lower_at(last + 1) in SCALE_WORDS
            and self.lower_at(last + 1).isalpha()
            and len(self.lower_at(last + 1)) > 2
        ):
            scale = SCALE_WORDS[self.lower_at(last + 1)]
            last += 1
        factors = self.approximation(first)
        following = self.lower_at(last + 1)
        if not currency and following in currency_words():
            currency = True
            last += 1
        if currency:
            return self.fact("money", "", value * scale, factors, first, last + 1), last
        if following in PERCENT_WORDS:
            return self.percent(value, factors, first, last + 2), last + 1
        if following == "per" and self.lower_at(last + 2) == "cent":
            return self.percent(value, factors, first, last + 3), last + 2
        month_date = self.month_date(index)
        if month_date is not None:
            return month_date, index
        day = self.day_date(index, value, scale)
        if day is not None:
            return day
        month_words = months()
        if previous in month_words or following in month_words or previous in {"no", "number", "#"}:
            return None, last  # a date or a rank, not a quantity
        age = self.read_age(index, value, scale)
        if age is not None:
            return age
        digits = self.texts[index]
        if scale == 1.0 and digits.isdigit() and len(digits) == 4:
            year = int(digits)
            if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] and not (
                following.endswith("s") and following.isalpha() and len(following) > 3
            ):
                # a year stands for any of its months: "2024" agrees with "December 2024"
                through_december = (1.0, (year + YEAR_LAST_MONTH) / year)
                fact = self.fact("year", "", float(year), through_december, index, index + 1)
                return fact, index
        if following in MINUTE_WORDS and self.lower_at(last + 2) in LIST_DASHES:
            return None, last + 1  # "• 30 min — Okafor header": a moment of a match
        return self.read_count(index, first, last, value * scale, factors)

    def _glued(self, index: int) -> bool:
        """Tokens ``index`` to ``index + 2`` written without spaces ("5,100mAh", "8.9mm")."""
        return (
            index + 2 < self.stop
            and self.ends[index] == self.starts[index + 1]
            and self.ends[index + 1] == self.starts[index + 2]
        )

    def read_unit(self, index: int) -> tuple[Fact | None, int] | None:
        """A measure with a unit glued on or abbreviated after it ("5,100mAh", "8.9mm",
        "12 GB"): a count of the unit, about the noun after it ("the 5,500mAh battery");
        None when the number has no such unit."""
        units = unit_suffixes()
        written, last = self.lower[index], index
        after = self.lower_at(index + 1)
        if written[-1].isdigit() and after not in units and after not in {",", "."}:
            return None  # (most numbers: nothing glued on, no unit after)
        if self.texts[index].isdigit() and self._glued(index):
            separator, rest = self.texts[index + 1], self.lower[index + 2]
            glued_thousands = separator == "," and rest[:3].isdigit() and rest[3:4].isalpha()
            glued_decimal = separator == "." and rest[:1].isdigit()
            if glued_thousands or glued_decimal:  # (the tokenizer splits "5,100mAh")
                written, last = f"{written}{separator}{rest}", index + 2
        match = _NUMBER_RE.fullmatch(written)
        if match is None:
            return None
        digits, suffix = match.groups()
        end = last + 1
        if suffix:
            unit = units.get(suffix) if suffix not in SCALE_WORDS else None
        else:
            word = self.lower_at(end)
            unit = units.get(word) if len(word) > 1 and word not in SCALE_WORDS else None
            end += 1
        if unit is None:
            return None
        value = float(digits.replace(",", ""))
        after_unit = self.lower_at(end)
        measured = self._countable(end) and after_unit not in DIMENSION_WORDS
        head = canonical(after_unit) if measured else ""  # "the 5,500mAh battery"
        factors = self.approximation(index)
        own = frozenset({unit})
        fact = self.fact("count", unit, value, factors, index, end, without=own, noun_head=head)
        return fact, end - 1

    def read_rate(self, index: int, value: float, scale: float) -> tuple[Fact, int] | None:
        """A rate "1 in 10", "3 in 5 voters": a percentage (10 %, 60 %), so "1 in 10" and
        "10%" agree. "it's 1 in 20" closing its clause restates the rate just discussed."""
        whole = index + 2
        if (
            scale != 1.0
            or self.lower_at(index + 1) != "in"
            or whole >= self.stop
            or not self.is_number[whole]
            or not value.is_integer()
            or value < 1
        ):
            return None
        written = self.texts[whole]
        parsed = parse_number(written)
        if parsed is None or parsed[1] != 1.0 or parsed[0] <= value:
            return None
        if written.isdigit() and len(written) == 4 and YEAR_RANGE[0] <= int(written) <= 2099:
            return None  # "won 3 in 2019": a year
        after = self.lower_at(whole + 1)
        if self.lower_at(index - 1) in month_numbers() or after == "-":
            return None
        if after.rstrip("s") in RATE_UNITS or after.rstrip("s") in {"second", "decade"}:
            return None  # "scored 2 in 5 minutes": a time, not a rate
        percent = 100.0 * value / parsed[0]
        factors = self.approximation(index)
        fact = self.fact("percent", "", percent, factors, index, whole + 1)
        return self.with_restating(fact, index, whole + 1), whole

    def percent(self, value: float, factors: tuple[float, float], first: int, end: int) -> Fact:
        fact = self.fact("percent", "", value, factors, first, end)
        owner = self.level_owner(first)
        if owner:
            closes = self.lower_at(end) in CLAUSE_ENDS or self.lower_at(end) == "and"
            fact = attrs.evolve(fact, owner=owner, closes_clause=closes)
        return self.with_restating(fact, first, end)

    def level_owner(self, first: int) -> str:
        """The name a value stands at: "Roadford is at 34%", "Colliford and Roadford, our
        two biggest reservoirs, at 31% and 38%" (each value to its name, in order), "•
        Roadford: 38%" (a line giving a name's value)."""
        label = first - 2
        while label > self.first and not self.texts[label][:1].isalnum():
            label -= 1  # ("• Roadford:": the bullet before the name)
        if (
            self.lower_at(first - 1) in LEVEL_LABEL_MARKS
            and label == self.first + (1 if not self.texts[self.first][:1].isalnum() else 0)
            and self.texts[first - 2][:1].isupper()
            and self.lower_at(first - 2) not in name_stopwords()
        ):
            return self.lower_at(first - 2)
        at, position = first - 1, 0
        while self.lower_at(at) == "and" and position < LEVEL_LIST:
            # "at 31% and 38%": step back over the values before this one
            at -= 1
            while (
                at > self.first
                and self.lower_at(at) != "at"
                and self.lower_at(at)
                not in {
                    "and",
                    ",",
                }
            ):
                at -= 1
            position += 1
        if self.lower_at(at) != "at" or at <= self.first:
            return ""
        before = at - 1
        if self.lower_at(before) in LEVEL_LINKS:
            before -= 1
        elif self.lower_at(before) == ",":  # an apposition: ", our two biggest reservoirs,"
            opening = before - 1
            while (
                opening > max(self.first, before - LEVEL_APPOSITION)
                and self.lower_at(opening) != ","
            ):
                opening -= 1
            if self.lower_at(opening) != ",":
                return ""
            before = opening - 1
        names: list[str] = []
        stop = name_stopwords()
        while before >= self.first and len(names) <= LEVEL_LIST:
            token = self.texts[before]
            if not token[:1].isupper() or self.lower[before] in stop:
                break
            names.append(self.lower[before])
            before -= 1
            while (
                before >= self.first
                and self.texts[before][:1].isupper()
                and (self.lower[before] not in stop)
            ):
                before -= 1  # ("Lake Mead": the name is known by its last word)
            if self.lower_at(before) not in {"and", ","}:
                break
            before -= 1
        names.reverse()
        if len(names) == 1 and position == 0:
            return names[0]
        return names[position] if len(names) > 1 and position < len(names) else ""

    def with_restating(self, fact: Fact, first: int, end: int) -> Fact:
        if not self.restating(first, end):
            return fact
        return attrs.evolve(fact, restates=True, moves_in_time=self.moves_in_time)

    def measured_thing(self, first: int, head: str, end: int) -> tuple[str, str]:
        """What a measure from token ``first`` to ``end`` measures, and the word before
        that: the noun after it ("the 5,500mAh battery", "a 3.8-meter surge"), the noun of
        an "of" phrase ("2.4 kilometres of (new) hedgerow", "40 tonnes of grain"), or the
        noun a link leads back to ("Battery: 5,100mAh", "the storm surge was 4.2 metres",
        "the python measured 5.6 feet")."""
        if head:
            return head, ""
        if end < self.stop and self.analysis.is_capitalised[end] and self.analysis.is_word[end]:
            # "the 15-kilometre Family Race": the size of a named thing
            return canonical(self.lower[end]), NAMED_THING
        if self.lower_at(end) == "of":
            # (one adjective may come first: "new"); the noun is the last word of the run
            noun = end + 1
            if self.lower_at(noun).isalpha() and self._countable(noun + 1):
                noun += 1
            if self._countable(noun) and not self._countable(noun + 1):
                return canonical(self.lower_at(noun)), "of"
        index = first - 1
        links = 0
        while links < 2 and self.lower_at(index) in MEASURE_LINKS:
            index -= 1
            links += 1
        word = self.lower_at(index)
        opening = index == self.opening_index and word.isalpha()
        if not links or not (self._countable(index) or opening):
            return "", ""
        before = self.lower_at(index - 1)
        joined = before.replace("-", "")  # ("half-marathon course")
        modifier = before if before != joined and joined.isalpha() else ""
        if self._countable(index - 1):
            modifier = before
        return canonical(word), modifier

    @functools.cached_property
    def dated_clause(self) -> bool:
        """The sentence sets what it says at another time: a year, a time word or a
        time clause ("In 1950 he was 12.", "When the war began she was 6.")."""
        words = time_words() | TIME_CLAUSE_WORDS
        return bool(self.years) or any(self.lower[i] in words for i in range(self.first, self.stop))

    @functools.cached_property
    def schedules(self) -> bool:
        """The sentence puts something ahead on the calendar ("is scheduled for", "due
        back in court on") and moves no date ("was moved to")."""
        words = set(self.lower[self.first : self.stop])
        return bool(words & schedule_words()) and not words & DATE_CHANGE_WORDS

    @functools.cached_property
    def compares_versions(self) -> bool:
        """The sentence sets versions of a thing apart ("the base model", "rivals")."""
        words = variant_words()
        return any(self.lower[i] in words for i in range(self.first, self.stop))

    @functools.cached_property
    def moves_in_time(self) -> bool:
        """The sentence dates what it says: a year, month, weekday or time word."""
        words = time_words() | calendar_words()
        return bool(self.years) or any(self.lower[i] in words for i in range(self.first, self.stop))

    def dated_before(self, first: int) -> bool:
        """A year, month, weekday or time word between the sentence start and ``first``."""
        if not self.moves_in_time:
            return False
        words = time_words() | calendar_words()
        return any(
            self.lower[i] in words or self.texts[i] in self.year_texts
            for i in range(self.first, first)
        )

    @functools.cached_property
    def year_texts(self) -> frozenset[str]:
        return frozenset(str(year) for year in self.years)

    def restating(self, first: int, end: int) -> bool:
        """A value that closes a clause whose subject is a pronoun: "they say it's 1 in 20.",
        "that is 12%, not 20%"."""
        if self.lower_at(end) not in CLAUSE_ENDS:
            return False
        pronoun = first - 1
        if self.lower_at(pronoun) in {"is", "was"}:
            pronoun -= 1
            if self.lower_at(pronoun) not in {"it", "that", "this"}:
                return False
        elif self.lower_at(pronoun) not in PRONOUN_COPULAS:
            return False
        # a source restating the figure ("they say it's", "its report states that it is");
        # without one, "For companies it is 25%" sets a new scope
        speech = pronoun - 1
        if self.lower_at(speech) == "that":
            speech -= 1
        return self.lower_at(speech) in RESTATING_VERBS

    def day_date(self, index: int, value: float, scale: float) -> tuple[Fact, int] | None:
        """The day of a scheduled event: "a full hearing scheduled for April 14", "due back
        in court on 21 April", "the Jan. 5 inauguration". The event is the anchor; a date
        that is not ahead on the calendar, or of no listed event, is no fact."""
        if scale != 1.0 or not value.is_integer() or not 1 <= value <= MAX_DAY:
            return None
        month_index = index - 1
        if self.lower_at(month_index) == ".":
            month_index -= 1  # "Jan. 5"
        end = index + 1
        month = month_numbers().get(self.lower_at(month_index))
        if month is None:
            month_index = index + 1  # "21 April"
            month = month_numbers().get(self.lower_at(month_index))
            end = index + 2
            first = index
        else:
            first = month_index
        if month is None or not self.texts[month_index][0].isupper():
            return None  # (lower-case "may" is a verb)
        event, modifier, distinct = self.scheduled_event(first, end)
        if not event:
            return None
        fact = self.fact("date", event, float(month * 32 + value), (1.0, 1.0), first, end)
        distinct = fact.distinct or distinct
        return attrs.evolve(fact, head=modifier, distinct=distinct, agents=self.people), end - 1

    def scheduled_event(self, first: int, end: int) -> tuple[str, str, bool]:
        """The listed event a date ``first:end`` is the day of, when the sentence puts it
        ahead ("scheduled", "due", "set", "will"), else ""; the word before the event
        ("bail hearing": "bail"; "" for a determiner); and whether a marker sets the event
        apart ("another hearing", "a second vote")."""
        if not self.schedules:
            return "", "", False
        events = scheduled_events()
        low = max(self.first, first - EVENT_WINDOW)
        high = min(self.stop, end + 2)
        for i in [*range(first - 1, low - 1, -1), *range(end, high)]:
            word = self.lower[i]
            if word.isalpha() and len(word) > 2:
                event = events.get(stem(word))
                if event is not None:
                    before = self.lower_at(i - 1)
                    modifier = before if self._countable(i - 1) else ""
                    distinct = self.has_marker(min(i, first), MARKER_WINDOW)
                    return event, modifier, distinct
        return "", "", False

    def month_date(self, index: int) -> Fact | None:
        """A year dated to a month: "December 2024", "Dec. 5, 2024", "5 December 2024"."""
        digits = self.texts[index]
        if not (digits.isdigit() and len(digits) == 4):
            return None
        year = int(digits)
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            return None
        month_index = index - 1
        if self.lower_at(month_index) == "," and self.lower_at(index - 2).isdigit():
            month_index = index - 3  # "December 5, 2024"
        if self.lower_at(month_index) == ".":
            month_index -= 1  # "Dec. 2024"
        month = month_numbers().get(self.lower_at(month_index))
        if month is None or not self.texts[month_index][0].isupper():
            return None  # (lower-case "may" is a verb)
        value = year + (month - 1) / 12
        fact = self.fact("year", "", value, (1.0, 1.0), month_index, index + 1)
        return attrs.evolve(fact, month=True)

    def _glued_decimal(self, index: int) -> bool:
        return (
            index + 2 < self.stop
            and self.texts[index + 1] == "."
            and self.ends[index] == self.starts[index + 1]
            and self.ends[index + 1] == self.starts[index + 2]
            and self.texts[index + 2][0].isdigit()
        )

    def read_count(
        self, index: int, first: int, last: int, value: float, factors: tuple[float, float]
    ) -> tuple[Fact | None, int]:
        noun_index = last + 1
        compound = False
        if self.lower_at(noun_index) == "-" and self.ends[last] == self.starts[noun_index]:
            noun_index += 1  # "20,000-movie library"
            compound = True
        noun = self.lower_at(noun_index)
        if noun in PEOPLE_WORDS and self.texts[noun_index][0].islower():
            # "1,200 people": too common a noun to compare by itself, kept for
            # :func:`transposed_people` only (its anchor is skipped elsewhere)
            own = frozenset({canonical(noun)})
            fact = self.fact(
                "count", canonical(noun), value, factors, first, noun_index + 1, without=own
            )
            return fact, noun_index
        if noun == "of" and not compound:
            return self.read_part(index, first, last, value, factors)
        if not self._countable(noun_index):
            return None, last
        following = self.lower_at(noun_index + 1)
        plural_after = following.endswith("s") and not following.endswith("ss")
        if (
            not compound
            and not noun.endswith("s")
            and plural_after
            and self._countable(noun_index + 1)
        ):
            # "5,000 evacuated residents": the plural noun is what is counted ("a 14-mile
            # bypass" measures miles; "bypass" is no plural). A longer run of modifiers is
            # read only for a part's whole (``read_part``): "12 different manifold
            # fillings" / "13 manifold fillings" are often two sets
            noun_index += 1
            noun = following
        anchor = canonical(noun)
        after = [self.lower_at(i) for i in range(noun_index + 1, noun_index + 5)]
        rate = any(word in RATE_WORDS for word in after) or any(
            a in RATE_OPENERS and b in RATE_UNITS for a, b in itertools.pairwise(after)
        )
        if rate:
            anchor += "/rate"
        head = ""
        if compound and self._countable(noun_index + 1):
            head = canonical(self.lower_at(noun_index + 1))  # "a 10-foot wall": the wall
        own = frozenset({canonical(noun)})
        fact = self.fact(
            "count", anchor, value, factors, first, noun_index + 1, without=own, noun_head=head
        )
        return fact, noun_index

    def _plural_after_modifiers(self, index: int) -> int:
        """The index of the plural noun closing a run of up to ``MAX_MODIFIERS`` lower-case
        modifiers from ``index`` ("free school bus routes"), or ``index`` itself."""
        for position in range(index + 1, index + 1 + MAX_MODIFIERS):
            if not self._countable(position):
                return index
            word = self.lower_at(position)
            if word.endswith("s") and not word.endswith(("ss", "us", "is")):
                return position
        return index

    def read_part(
        self, index: int, first: int, last: int, value: float, factors: tuple[float, float]
    ) -> tuple[Fact | None, int]:
        """A part of a counted whole: "14 of its 62 routes" counts 14 routes (the span is
        the part's number; the whole is read next as a count of its own). Not "14 of them"
        nor "14 of the routes" (no whole stated)."""
        owner = last + 2
        whole = self.lower_at(owner + 1)
        if self.lower_at(owner) not in PART_OWNERS or not whole.replace(",", "").isdigit():
            return None, last
        noun_index = owner + 2
        if not self._countable(noun_index):
            return None, last
        if not self.lower_at(noun_index).endswith("s"):
            noun_index = self._plural_after_modifiers(noun_index)
        noun = self.lower_at(noun_index)
        if not noun.endswith("s") or noun in PEOPLE_WORDS:
            return None, last
        own = frozenset({canonical(noun)})
        fact = self.fact("count", canonical(noun), value, factors, first, last + 1, without=own)
        return attrs.evolve(fact, part=True), last

    def _countable(self, index: int) -> bool:
        """A lower-case content word that a number can count."""
        word = self.lower_at(index)
        return (
            bool(word)
            and word.isalpha()
            and word not in NOT_COUNTED
            and word not in context_stopwords()
            and self.texts[index][0].islower()
        )

    def read_age(self, index: int, value: float, scale: float) -> tuple[Fact, int] | None:
        """An age: "Smith, 54," / "Smith, aged 54" / "the 56-year-old Smith"."""
        if scale != 1.0 or not value.is_integer() or not 0 < value <= MAX_AGE:
            return None
        stated = self.stated_age(index, value)
        if stated is not None:
            return stated
        previous = self.lower_at(index - 1)
        following = self.lower_at(index + 1)
        person: Mention | None = None
        end = index + 1
        # "his passenger, 22,", "a woman aged 22": an age of someone not named
        unnamed = previous == "aged"
        if previous == "," or (previous == "aged" and self.lower_at(index - 2) == ","):
            comma = index - 1 if previous == "," else index - 2
            closing = following in {",", ".", ";", ")", ""}
            if closing and comma >= self.first:
                unnamed = unnamed or self.lower_at(comma - 1).isalpha()
                person = self.mentions.ending_at(self.ends[comma - 1]) if comma > 0 else None
                if person is not None and self.ends[comma - 1] != person.end:
                    person = None
        elif previous == "(" and following == ")" and index >= 2:
            person = self.mentions.ending_at(self.ends[index - 2])
        if (
            person is None
            and following == "-"
            and self.lower_at(index + 2) in {"year-old", "years-old"}
        ):
            end = index + 3
            nxt = index + 3
            if nxt < self.stop:
                person = self.mentions.starting_at(self.starts[nxt])
            if (
                person is None
                and self._countable(nxt)
                and self.lower_at(nxt + 1) == ","
                and nxt + 2 < self.stop
            ):
                # "their 3-year-old son, Legend.": the name in apposition to the noun
                named = self.mentions.starting_at(self.starts[nxt + 2])
                if named is not None and self._closes_clause(named.end):
                    person = named
            if person is None:
                before = index - 1
                if self.lower_at(before) in {"a", "an", "the"}:
                    before -= 1
                if self.lower_at(before) == "," and before - 1 >= self.first:
                    person = self.mentions.ending_at(self.ends[before - 1])
        if person is None:
            if end == index + 1 and not unnamed:
                return None
            # "the 43-year-old", "a 41-year-old passenger", "his passenger, 22,": someone
            # not named here; the unnamed anchor is resolved (or the fact dropped) by
            # ``resolve_unnamed_ages`` (only "the 43-year-old" is definite)
            fact = self.fact("age", "", value, (1.0, 1.0), index, end)
            if end == index + 1:
                fact = attrs.evolve(fact, definite=False)
            elif self.lower_at(index - 1) == "the" and not self._countable(end):
                fact = attrs.evolve(fact, refers_back=True)  # "has not seen the 5-year-old"
            return fact, end - 1
        anchor = person.parts[-1]
        fact = self.fact("age", anchor, value, (1.0, 1.0), index, end)
        return attrs.evolve(fact, given=_given_name(person)), end - 1

    def _closes_clause(self, offset: int) -> bool:
        """Whether the text at ``offset`` ends a clause (punctuation, or the sentence end)."""
        text = self.analysis.text
        return offset >= len(text) or text[offset] in ".,;:!?)\n"

    def _sentence_subject(self) -> Mention | None:
        """A name opening the sentence in apposition ("Halvard Ostrowski, mapmaker who
        ..., dies at 87"): the subject of its main verb."""
        for i in range(self.first, min(self.stop, self.first + 2)):
            if self.texts[i][0].isalnum():
                named = self.mentions.starting_at(self.starts[i])
                text = self.analysis.text
                if named is not None and named.end < len(text) and text[named.end] == ",":
                    return named
                return None
        return None

    def _age_holder(self, before: int) -> tuple[Mention | None, bool]:
        """Whose age a verb phrase ending just before token ``before`` states: a name
        there ("Smith died", "Smith's death"), the sentence's subject in apposition ("Ng,
        who died", "Ng, 1920-2007 mapmaker, dies"), or a pronoun ("he died", "his death":
        (None, True)). (None, False): somebody else ("his father died")."""
        index = before - 1
        for _ in range(2):
            if self.lower_at(index) in AGE_VERB_FILLERS:
                index -= 1
        word = self.lower_at(index)
        if word in PERSON_PRONOUNS:
            return None, True
        if index < self.first:
            return None, False
        end = self.ends[index]
        if word.endswith(POSSESSIVES):
            end -= 2
        named = self.mentions.ending_at(end)
        if named is not None:
            return named, False
        if word == ",":
            return self._sentence_subject(), False
        return None, False

    def stated_age(self, index: int, value: float) -> tuple[Fact, int] | None:
        """An age stated with a verb: "dies at 87", "until his death at 84", "died aged
        90", "Rosalind is 64,", "she is now 67 and", "He was 87."."""
        following = self.lower_at(index + 1)
        years_old = following == "years" and self.lower_at(index + 2) == "old"
        after = self.lower_at(index + 3) if years_old else following
        before = index - 1
        if self.lower_at(before) == "of" and self.lower_at(before - 1) == "age":
            before -= 2 if self.lower_at(before - 2) != "the" else 3  # "at the age of 87"
        elif self.lower_at(before) == "age":
            before -= 1  # "at age 87"
        word = self.lower_at(before)
        holder: Mention | None = None
        pronoun = False
        if word in {"at", "aged"} and (after in CLAUSE_ENDS or after in AGE_FOLLOWERS):
            verb = before - 1 if self.lower_at(before - 1) != "," else before - 2
            if self.lower_at(verb) == "away" and self.lower_at(verb - 1) in {"passed", "passes"}:
                verb -= 1
            elif self.lower_at(verb) not in DEATH_WORDS:
                return None
            holder, pronoun = self._age_holder(verb)
        else:
            copula = index - 1
            if self.lower_at(copula) in {"now", "still"}:
                copula -= 1
            verb_word = self.lower_at(copula)
            if verb_word == "is":
                closing = after in CLAUSE_ENDS or after == "and"
            elif verb_word == "was":
                # "He was 87." (an obituary's age at death), not "he was 12 when ...", nor
                # an age in a dated sentence ("In 1950 he was 12.")
                closing = after in {".", ";", "!", ""} and not self.dated_clause
            else:
                return None
            if not closing:
                return None
            subject = copula - 1
            if self.lower_at(subject) in PERSON_PRONOUNS:
                pronoun = True
            elif subject >= self.first:
                holder = self.mentions.ending_at(self.ends[subject])
        end = index + 3 if years_old else index + 1
        if holder is not None:
            fact = self.fact("age", holder.parts[-1], value, (1.0, 1.0), index, end)
            return attrs.evolve(fact, given=_given_name(holder)), end - 1
        if pronoun and not self.names - calendar_words():
            # ("until she died at 64" in a sentence naming two people: which one?)
            fact = self.fact("age", "", value, (1.0, 1.0), index, end)
            return attrs.evolve(fact, definite=True, refers_back=True), end - 1
        return None


def _given_name(person: Mention) -> str:
    """The first part of a name of two or more parts, titles aside ("nkechi" of "Nkechi
    Grzelak"), or "": spouses and siblings share a surname, not a given name."""
    parts = [part for part in person.parts[:-1] if part not in title_words()]
    return parts[0] if parts else ""


def _true_positions(flags: tuple[bool, ...]) -> list[int]:
    """The indices of the true flags, in order. Numbers are few: ``tuple.index`` skips the
    tokens between them in C (``compress`` over a counter makes an integer per token)."""
    found: list[int] = []
    position = -1
    try:
        while True:
            position = flags.index(True, position + 1)
            found.append(position)
    except ValueError:
        return found


class LowerCaseWords:
    """The article's words written in lower case somewhere (so common words, not names),
    gathered on the first question: most articles never ask."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis

    @functools.cached_property
    def words(self) -> frozenset[str]:
        analysis = self.analysis
        return frozenset(
            itertools.compress(analysis.token_lower, map(operator.not_, analysis.is_capitalised))
        )

    def __contains__(self, word: object) -> bool:
        return word in self.words


def extract_facts(
    analysis: Analysis,
    mentions: Iterable[Mention] | MentionTable,
    lower_words: Container[str] | None = None,
) -> list[Fact]:
    """Every fact of the article, in document order (``lower_words``: the article's words
    written in lower case, built when first asked if not given)."""
    if lower_words is None:
        lower_words = LowerCaseWords(analysis)
    table = mentions if isinstance(mentions, MentionTable) else MentionTable.of(list(mentions))
    index_of_mentions = _MentionIndex(table)
    mention_starts = table.starts
    sentences = analysis.sentences
    facts: list[Fact] = []
    numbers = _true_positions(analysis.is_number)
    if not numbers:
        return facts
    # only sentences with a number can state a fact: visit those through their numbers
    firsts = [sentence.first_token for sentence in sentences]
    for index, numbers_of in itertools.groupby(
        numbers, key=lambda number: bisect.bisect_right(firsts, number) - 1
    ):
        if index < 0:
            continue  # (every token is in a sentence; kept safe all the same)
        sentence = sentences[index]
        in_sentence = [number for number in numbers_of if number < sentence.end_token]
        if not in_sentence:
            continue
        # mentions are in document order, as are sentences: a sentence's names are those of
        # the mentions that start after the sentence before it ends and before it ends
        previous_end = sentences[index - 1].end if index else -1
        low = bisect.bisect_left(mention_starts, previous_end)
        high = bisect.bisect_left(mention_starts, sentence.end, lo=low)
        reader = _SentenceReader(
            analysis, index, index_of_mentions, table.surfaces[low:high], lower_words
        )
        read = reader.read(in_sentence)
        if index and any(fact.refers_back for fact in read):
            before_start = sentences[index - 2].end if index > 1 else -1
            first_before = bisect.bisect_left(mention_starts, before_start)
            surfaces_before = table.surfaces[first_before:high]  # (and this sentence's)
            if any(len(split_parts(surface)) > 1 for surface in surfaces_before):
                read = [attrs.evolve(fact, named_before=fact.refers_back) for fact in read]
        facts.extend(read)
    return facts


def transposed(a: str, b: str, min_digits: int = MIN_TRANSPOSED_DIGITS) -> bool:
    """Two neighbouring digits swapped ("2.84" / "2.48", "36.5" / "35.6"), with at least
    ``min_digits`` digits and the decimal point in one place."""
    if len(a) != len(b) or a.find(".") != b.find("."):
        return False
    a, b = a.replace(".", ""), b.replace(".", "")
    if a == b or len(a) < min_digits:
        return False
    first = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    return (
        first + 1 < len(a)
        and a[first] == b[first + 1]
        and a[first + 1] == b[first]
        and a[first].isdigit()
        and a[first + 1].isdigit()
        and a[first + 2 :] == b[first + 2 :]
    )


def _block_pairs(blocks: Iterable[list[Fact]]) -> Iterator[tuple[Fact, Fact]]:
    """Every (earlier, later) pair within each block of 2 to ``MAX_BLOCK_FACTS`` facts
    (a larger block is a series or hostile input: not compared, which keeps this linear)."""
    for members in blocks:
        if len(members) < 2 or len(members) > MAX_BLOCK_FACTS:
            continue
        for i, earlier in enumerate(members):
            for later in members[i + 1 :]:
                yield earlier, later


def transposed_digits(facts: list[Fact]) -> list[Contradiction]:
    """One amount written with two neighbouring digits swapped ("$2.84 billion" / "$2.48
    billion"), each next to the same other figure ("up 3%" / "rose 3%"): a copy slip, even
    beside a change cue. A coincidence would need both the swap and the shared figure."""
    blocks: dict[tuple[str, str, str, float], list[Fact]] = defaultdict(list)
    hypernyms = people_hypernyms()
    for fact in facts:
        if fact.kind == "count" and fact.anchor in hypernyms:
            continue
        if fact.digits and (fact.figures or fact.sentence_words) and not fact.distinct:
            scale = round(fact.value / float(fact.digits), 6) if float(fact.digits) else 0.0
            key = (fact.kind, fact.anchor, "".join(sorted(fact.digits)), scale)
            blocks[key].append(fact)
    found: list[Contradiction] = []
    for earlier, later in _block_pairs(blocks.values()):
        if earlier.sentence == later.sentence or not transposed(earlier.digits, later.digits):
            continue
        shared = earlier.figures & later.figures
        if shared:
            figure = ", ".join(sorted(shared))
            reason = f"{later.kind}: digits swapped, both beside {figure}"
            found.append(Contradiction(earlier, later, reason))
            continue
        # "a $312 million operating budget for 2027" / "The $321 million budget": a definite
        # amount naming the earlier amount's own noun refers back to it (a date before
        # either one does not make it another moment)
        if (
            later.definite
            and later.head
            and (later.head == earlier.head or later.head in earlier.sentence_words)
            and len(later.digits.replace(".", "")) >= MIN_TRANSPOSED_DIGITS
        ):
            found.append(
                Contradiction(earlier, later, f"{later.kind}: digits swapped, the {later.head}")
            )
            continue
        # "the average asking price ... to £412,300" / "the average suburban asking price of
        # £421,300": four or more digits swapped and the words around the later amount
        # naming the earlier sentence's thing
        about = later.context & earlier.sentence_words
        if (
            len(later.digits.replace(".", "")) >= MIN_SLIP_DIGITS
            and len(about) >= 2
            and not (earlier.dated_before or later.dated_before)
        ):
            reason = f"{later.kind}: digits swapped, both about {', '.join(sorted(about))}"
            found.append(Contradiction(earlier, later, reason))
    return found


def named_levels(facts: list[Fact]) -> list[Contradiction]:
    """One name's level given twice ("Roadford, ... at 38%" / "Roadford is at 34%"): the
    later value closes its clause (no "among women", "in the north" scope), is not dated
    or set apart, and its sentence names no one the earlier one did not (a pollster, a
    region: another measurement)."""
    blocks: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.owner:
            blocks[fact.owner].append(fact)
    found: list[Contradiction] = []
    flagged: set[int] = set()
    for earlier, later in _block_pairs(blocks.values()):
        if (
            earlier.sentence == later.sentence
            or id(later) in flagged
            or compatible(earlier, later)
            or later.cue
            or later.distinct
            or later.dated_before
            or not later.closes_clause
            or not later.names <= earlier.names | {later.owner}
        ):
            continue
        flagged.add(id(later))
        found.append(Contradiction(earlier, later, f"percent: level of {later.owner}"))
    return found


def reordered_counts(facts: list[Fact]) -> list[Contradiction]:
    """One subject's count of one thing given twice with its digits in another order
    ("Reyes had 21,406 votes" / "Reyes won 21,604 votes"): a copy slip. Both the subject
    and a reordering of four or more digits would have to recur by chance."""
    blocks: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    hypernyms = people_hypernyms()
    for fact in facts:
        usable = fact.kind == "count" and fact.anchor not in hypernyms
        long_enough = len(fact.digits) >= MIN_REORDERED_DIGITS
        if usable and long_enough and fact.subjects and not fact.cue and not fact.distinct:
            blocks[(fact.kind, fact.anchor, "".join(sorted(fact.digits)))].append(fact)
    found: list[Contradiction] = []
    for earlier, later in _block_pairs(blocks.values()):
        if (
            earlier.sentence != later.sentence
            and earlier.digits != later.digits
            and earlier.subjects & later.subjects
            and _same_time_frame(earlier, later)
        ):
            subject = ", ".join(sorted(earlier.subjects & later.subjects))
            reason = f"count: {subject}'s {later.anchor}, digits reordered"
            found.append(Contradiction(earlier, later, reason))
    return found


@functools.cache
def people_nouns() -> frozenset[str]:
    """Canonical stems of nouns counting people ("residents", "villagers", "workers")."""
    return frozenset(canonical(word) for word in read_lines("consistency/people_nouns.txt"))


@functools.cache
def people_hypernyms() -> frozenset[str]:
    """ "people", "persons": a count of them may refer back to any group of people."""
    return frozenset(map(canonical, PEOPLE_WORDS))


MIN_SHARED_GROUP_WORDS = 2  # "trial" and "involved" around "412 adults" and "421 volunteers"


def transposed_people(facts: list[Fact]) -> list[Contradiction]:
    """A group of people counted again as "the 2,100 people/residents" with two digits of
    the earlier count ("1,200 people") swapped: the later, definite count refers back, and
    the nouns differ only as "people" and a kind of people. (Counts of one noun are
    compared in :func:`contradictions` already.)"""
    nouns, hypernyms = people_nouns(), people_hypernyms()
    blocks: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        counted = fact.kind == "count" and fact.anchor in nouns
        if counted and fact.digits and not fact.cue and not fact.distinct:
            blocks["".join(sorted(fact.digits))].append(fact)
    found: list[Contradiction] = []
    for earlier, later in _block_pairs(blocks.values()):
        if earlier.sentence == later.sentence or not transposed(earlier.digits, later.digits):
            continue
        # "the 2,100 people" / "all 84,000 affected households" after "1,200 residents"
        # / "48,000 residents": a definite count referring back under "people", or under
        # another people noun when four or more digits were swapped (a coincidence would
        # need two groups whose sizes are one long figure reordered)
        if (
            later.definite
            and (
                earlier.anchor in hypernyms
                or later.anchor in hypernyms
                or len(later.digits) >= MIN_SLIP_DIGITS
            )
            and _same_time_frame(earlier, later)
        ):
            reason = f"count: the {later.anchor} referred back to, digits swapped"
            found.append(Contradiction(earlier, later, reason))
            continue
        # "a trial involving 412 adults" / "The trial, which involved 421 volunteers": one
        # group under two nouns, told apart by nothing but two words around both counts
        shared = earlier.near & later.near
        # (not another year's group: "In 2019 the fair attracted 12,000 visitors")
        if len(shared) >= MIN_SHARED_GROUP_WORDS and _same_time_frame(earlier, later):
            reason = f"count: one group ({', '.join(sorted(shared))}), digits swapped"
            found.append(Contradiction(earlier, later, reason))
    return found


def topic_prices(facts: list[Fact]) -> list[Contradiction]:
    """The price of the article's subject restated otherwise: "at £1,399, though, it costs"
    after "at £1,299 it is not cheap" or "a fee of around €45m". Only the latest earlier
    price statement counts, and only a close value (within ``PRICE_RATIO``, or the same
    digits swapped: "£36m" / "£63m"): a far one prices something else."""
    found: list[Contradiction] = []
    latest: Fact | None = None
    for fact in facts:
        if fact.kind != "money" or not fact.price or fact.distinct:
            continue
        earlier = latest
        latest = fact
        if fact.price not in {"topic", "restated"} or fact.cue or earlier is None or earlier.cue:
            continue
        if fact.price == "restated" and earlier.price != "stated":
            continue  # "For $20 you get two tickets. For $30 you get three.": a price list
        if earlier.sentence == fact.sentence or compatible(earlier, fact):
            continue
        if _close_values(earlier, fact):
            found.append(Contradiction(earlier, fact, "money: the price of the subject"))
    return found


def disputed_values(facts: list[Fact]) -> list[Contradiction]:
    """A value set against one stated before: "the route is 11 miles long, not 14" after
    "the proposed 14-mile bypass" (same kind and counted unit, the digits as written)."""
    latest: dict[tuple[str, str, str], Fact] = {}
    found: list[Contradiction] = []
    for fact in facts:
        if fact.disputes:
            earlier = latest.get((fact.kind, fact.anchor, fact.disputes))
            conflicting = (
                earlier is not None
                and earlier.sentence != fact.sentence
                and not compatible(earlier, fact)
            )
            if earlier is not None and conflicting:
                found.append(Contradiction(earlier, fact, f"{fact.kind}: disputed"))
        if fact.digits:
            latest[(fact.kind, fact.anchor, fact.digits)] = fact
    return found


def restated_rates(facts: list[Fact]) -> list[Contradiction]:
    """A rate or percentage restated by a pronoun clause ("Later they say it's 1 in 20.")
    a sentence or two after the one just discussed ("1 in 10 people get a headache"),
    with another value. A clause that moves in time ("Last year it was 4%", "in April it
    was") or names someone new ("In Canada it's 15%") states another figure."""
    found: list[Contradiction] = []
    latest: Fact | None = None
    for fact in facts:
        if fact.kind != "percent":
            continue
        earlier, latest = latest, fact
        if not fact.restates or earlier is None or fact.cue or earlier.cue:
            continue
        if fact.distinct or earlier.distinct or fact.moves_in_time:
            continue
        if earlier.head in comparative_stems():
            continue  # "12% cheaper": a difference, not the rate restated
        gap = fact.sentence - earlier.sentence
        if not 0 < gap <= RESTATE_LOOKBACK or not fact.names <= earlier.names:
            continue
        if not compatible(earlier, fact) and _same_time_frame(earlier, fact):
            found.append(Contradiction(earlier, fact, "percent: the rate just stated, restated"))
    return found


def scheduled_dates(facts: list[Fact]) -> list[Contradiction]:
    """One scheduled event given two days ("a full hearing scheduled for April 14" / "due
    back in court on April 21"): compared with the latest earlier date of that event, unless
    either is set apart ("another hearing", "a second vote"), changed ("postponed"), dated
    to another year, or about other people (names next to the dates differ)."""
    latest: dict[str, Fact] = {}
    found: list[Contradiction] = []
    for fact in facts:
        if fact.kind != "date":
            continue
        earlier = latest.get(fact.anchor)
        latest[fact.anchor] = fact
        if earlier is None or earlier.sentence == fact.sentence or earlier.value == fact.value:
            continue
        if fact.cue or earlier.cue or fact.distinct or earlier.distinct:
            continue
        if fact.head and fact.head != earlier.head:
            continue  # "a bail hearing" after "a hearing" or "a plea hearing": another one
        if _other_people(earlier.agents, fact.agents) or not _same_time_frame(earlier, fact):
            continue
        found.append(Contradiction(earlier, fact, f"date: the {fact.anchor}, scheduled twice"))
    return found


def _other_people(people: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sentences name only different people ("given surname" strings): no
    surname in both whose given names agree or are missing on one side ("Wanjiru
    Jovanovic" / "Sigrun Jovanovic" differ; "Jovanovic" may be either)."""
    if not people or not others:
        return False
    given_names: dict[str, set[str]] = defaultdict(set)
    for person in people:
        given, _, surname = person.partition(" ")
        given_names[surname].add(given)
    for other in others:
        other_given, _, surname = other.partition(" ")
        known = given_names.get(surname)
        if known is not None and ("" in known or not other_given or other_given in known):
            return False
    return True


def _same_time_frame(a: Fact, b: Fact) -> bool:
    """Facts dated to different years ("had 154 stores in 2018" / "runs 165 stores") are
    about different moments; a definite back-reference ("the 165 stores") keeps the frame."""
    if a.years and b.years:
        return bool(a.years & b.years)
    if a.years or b.years:
        return b.definite
    return True


@functools.cache
def contrast_stems() -> frozenset[str]:
    """Canonical stems of words naming one part of a whole against another ("east" /
    "west", "men's" / "women's"; ``contrast_words.txt``)."""
    return frozenset(map(canonical, read_lines("consistency/contrast_words.txt")))


def _contrasted(words: frozenset[str], others: frozenset[str]) -> bool:
    """Two values next to different part words ("the east stand holds 4,500" / "the west
    stand holds 5,400"): values of two parts, not one value stated twice."""
    parts, other_parts = words & contrast_stems(), others & contrast_stems()
    return bool(parts) and bool(other_parts) and parts != other_parts


def _evidence(a: Fact, b: Fact) -> str | None:
    """Why two facts of one kind and anchor are about the same thing, or None."""
    if a.kind == "age":
        if a.given and b.given and a.given != b.given:
            return None  # "Zoltan Grzelak, 65" / "Nkechi Grzelak, 83": a spouse
        # (an unnamed person's own anchor is "#position": no name to show)
        return "age of the same person" if a.anchor.startswith("#") else f"age of {a.anchor}"
    if a.distinct or b.distinct or _contrasted(a.near, b.near):
        return None
    near = a.near & b.near
    if a.kind == "year":
        if a.agents and b.agents and not (a.agents <= b.agents or b.agents <= a.agents):
            # "his father died in 2001" / "his mother died in 2003"; "Anna Berg" / "her
            # husband Olaf Berg" (one agent named again is a subset: "Berg died")
            return None
        if a.month or b.month:
            # many things happen in one year month by month: only one-time events
            # ("engaged", "founded", "arrested") dated two ways conflict
            events = event_stems()
            if a.head and a.head == b.head and a.head in events:
                return f"both date the {a.head}"
            return None
        if a.head and a.head == b.head:
            return f"both date the {a.head}"
        # "sighted the islands in 1427" / "the 1428 sighting": a known event word
        events = event_stems()
        if a.head in events and a.head in b.near:
            return f"both date the {a.head}"
        if b.head in events and b.head in a.near:
            return f"both date the {b.head}"
        return ", ".join(sorted(near)) if len(near) >= 2 else None
    if not _same_time_frame(a, b):
        return None
    figure = _shared_figure(a, b)
    if figure and (near or a.context & b.context) and _close_values(a, b):
        # "reserves of $9.1 billion ... 4.6 months of imports" / "reserves stood at $9.4
        # billion ... 4.6 months of imports": one quantity described twice
        return f"both beside {figure}, {', '.join(sorted(near or a.context & b.context))}"
    if a.kind == "count":
        if b.part or (a.part and not b.definite):
            # "Labour won 24 of the 31 seats" / "the Greens won 5 of the 31 seats": parts
            # of one whole; a part is restated only by a back-reference ("the 16 routes")
            return None
        if a.head and b.head and a.head != b.head and not b.definite:
            # "a 10-foot wall" / "a 40-foot tower": two things measured ("his 20,000-film
            # library" / "his 30,000-movie collection" refers back all the same)
            return None
        different_subjects = a.subjects and b.subjects and not a.subjects & b.subjects
        if a.anchor in measure_units() and not _same_thing_measured(a, b):
            # one unit measures many things on a spec sheet or a route ("the 42km marathon
            # course" / "the 21km half-marathon course", "the phone weighs" / "its case
            # weighs"): both must name the same thing measured
            return None
        if near and not different_subjects:
            return f"{a.anchor}: {', '.join(sorted(near))}"
        return f"the {a.anchor} referred back to" if b.definite else None
    if a.head and b.head:
        if a.head != b.head:
            return None
        if a.names and b.names and not a.names & b.names and not b.definite:
            # "Lidl offered a 10% discount" / "Aldi matched it with a 25% discount": one
            # noun, two subjects' amounts (a back-reference, "the 25% discount", is one)
            return None
        return f"both about the {a.head}"
    if a.head or b.head:
        head, other = (a.head, b) if a.head else (b.head, a)
        if head in other.sentence_words and (b.definite or a.names & b.names):
            return f"both about the {head}"
        return None
    if near and (a.names & b.names or b.definite or len(near) >= 2):
        return ", ".join(sorted(near))
    return None


def _same_thing_measured(a: Fact, b: Fact) -> bool:
    """Two measures of one thing: "Battery: 5,100mAh" / "the 5,500mAh battery", "the storm
    surge was 4.2 metres" / "a 3.8-meter surge" (not "marathon course" / "half-marathon
    course": the words before the thing differ where both have one). When the earlier one
    names no thing ("crested early Friday at 21.4 feet"), the later must refer back ("the
    23.1-foot crest") or name a thing the earlier sentence speaks of."""
    thing, modifier = a.measured
    other, other_modifier = b.measured
    if thing and other and "of" in (modifier, other_modifier):
        # "2.4 kilometres of hedgerow" / "the 3.2 kilometres of hedgerow we promised": many
        # amounts of one stuff are planted, sold, lost; only a back-reference is the same
        return thing == other and b.determined
    if thing and other:
        return thing == other and not (modifier and other_modifier and modifier != other_modifier)
    # (a definite measure of a named thing is that thing's own size, no back-reference:
    # "at 30 kilometres" / "the 15-kilometre Family Race", another race)
    referred_back = b.definite and other_modifier != NAMED_THING
    return referred_back or bool(b.head and (b.head == a.head or b.head in a.near))


def _close_values(a: Fact, b: Fact) -> bool:
    """Values one quantity could be misstated as: within ``PRICE_RATIO`` of each other or
    with two digits swapped ("$9.1 billion" / "$9.4 billion"; not "$2.1 billion" / "$310
    million", a part beside its whole)."""
    low, high = sorted((a.value, b.value))
    if low <= 0:
        return False
    return high / low <= PRICE_RATIO or transposed(a.digits, b.digits, min_digits=2)


def _distinctive(figure: str) -> bool:
    """A figure unlikely to recur by chance: a decimal ("4.6") or 3 significant digits
    ("1,450"); "2" or "30" recur everywhere."""
    whole, _, fraction = figure.replace(",", "").partition(".")
    if fraction.strip("0"):
        return True
    return len(whole.strip("0")) >= 3


def _shared_figure(a: Fact, b: Fact) -> str:
    """A distinctive other figure both facts' sentences state, or ""."""
    shared = a.figures & b.figures
    if not shared:
        return ""
    return next((figure for figure in sorted(shared) if _distinctive(figure)), "")


def _restates(a: Fact, b: Fact) -> bool:
    """``b`` gives ``a``'s value again (so it is a restatement of ``a``, not a conflict)."""
    if not compatible(a, b):
        return False
    if a.kind in {"count", "age"}:
        return True
    if a.head and a.head == b.head:
        return True
    return bool(a.context & b.context)


_KIND_AND_ANCHOR = operator.attrgetter("kind", "anchor")


def resolve_unnamed_ages(facts: list[Fact]) -> list[Fact]:
    """Named ages, and "the 43-year-old" anchored to the person it refers back to.

    An unnamed definite age refers to the person given an age most recently (in the last
    ``AGE_LOOKBACK`` sentences), unless that sentence aged several people (unclear) or
    someone in the window already had this age ("a 41-year-old passenger ... the
    41-year-old"); indefinite unnamed ages ("a 41-year-old passenger") only count as
    earlier ages. Unresolved unnamed ages are left out."""
    if ("age", "") not in set(map(_KIND_AND_ANCHOR, facts)):
        return facts  # (most articles: nothing to resolve; one C-level pass)
    resolved: list[Fact] = []
    # the latest ages, named or not, in order (bounded: a window holding more is a list of
    # people, where an unnamed age is unclear anyway; keeps hostile input linear)
    ages: deque[Fact] = deque(maxlen=MAX_BLOCK_FACTS)
    # everyone given an age so far, children and adults apart: a person's anchor, or the
    # position of an age nobody was named for (another person all the same)
    aged: tuple[set[str], set[str]] = (set(), set())
    unnamed: dict[int, str] = {}  # unnamed indefinite adult ages' own anchors, by id
    for position, fact in enumerate(facts):
        if fact.kind != "age":
            resolved.append(fact)
            continue
        anchor = fact.anchor
        if not anchor and fact.definite:
            anchor = _referent(ages, fact)
            if not anchor and fact.refers_back:
                anchor = _only_aged(aged[fact.value >= ADULT_AGE], fact) or _slipped_age(
                    ages, fact, unnamed
                )
        if anchor:
            resolved.append(attrs.evolve(fact, anchor=anchor))
        elif fact.value >= ADULT_AGE and not fact.definite:
            # "A 47-year-old quarry worker": kept under its own anchor, which only a
            # later "the 49-year-old" resolved to it (``_slipped_age``) shares
            unnamed[id(fact)] = f"#{position}"
            resolved.append(attrs.evolve(fact, anchor=unnamed[id(fact)]))
        ages.append(fact)
        people = aged[fact.value >= ADULT_AGE]
        if len(people) <= MAX_BLOCK_FACTS:  # (a list of people: nobody is "the only one")
            people.add(anchor or f"#{position}")
    return resolved


def _only_aged(people: set[str], fact: Fact) -> str:
    """The one named person of ``fact``'s age group (child or adult) aged earlier in the
    article: "He was 87." long after "Ostrowski, ..., dies at 87", "the 5-year-old" long
    after "their 3-year-old son, Legend"; "" when there are several or an unnamed one."""
    if len(people) != 1:
        return ""
    (person,) = people
    return "" if person.startswith("#") else person


AGE_SLIP = 2  # "the 54-year-old" after "Smith, 52,": a year or two off is one person
AGE_CLEAR = 10  # ... when every other adult aged so far is at least this far off


def _slipped_age(ages: deque[Fact], fact: Fact, unnamed: dict[int, str]) -> str:
    """The adult "the 54-year-old" refers back to when the last age given was someone
    else's ("an 88-year-old widow"): the one person aged a year or two off, no one aged
    exactly so, every other adult aged far off; "" otherwise. The person is named, or
    given an age without a name ("A 47-year-old quarry worker was airlifted" ... "the
    49-year-old") when neither the later sentence nor the one before names anyone in full
    (no one introduced by age)."""
    if fact.value < ADULT_AGE:
        return ""
    adults = [age for age in ages if age.value >= ADULT_AGE]
    gaps = [abs(age.value - fact.value) for age in adults]
    close = {
        age.anchor or unnamed.get(id(age), "")
        for age, gap in zip(adults, gaps, strict=True)
        if gap <= AGE_SLIP
    }
    if len(close) != 1 or "" in close or 0 in gaps:
        return ""
    if next(iter(close)).startswith("#") and fact.named_before:
        return ""
    if any(AGE_SLIP < gap < AGE_CLEAR for gap in gaps):
        return ""
    return close.pop()


def _referent(ages: deque[Fact], fact: Fact) -> str:
    """The named person an unnamed definite age refers back to, or ""."""
    adult = fact.value >= ADULT_AGE  # ("the 5-year-old" is not the 34-year-old just named)
    window = [
        age
        for age in ages
        if fact.sentence - age.sentence <= AGE_LOOKBACK and (age.value >= ADULT_AGE) == adult
    ]
    if not window or any(age.value == fact.value for age in window):
        return ""
    last_sentence = window[-1].sentence
    people = {age.anchor for age in window if age.sentence == last_sentence}
    if len(people) != 1:
        return ""
    return people.pop()


FIGURE_KINDS = frozenset({"count", "money", "percent"})


def _framed_figures(a: Fact, b: Fact, figures_by_sentence: dict[int, set[float]]) -> bool:
    """Two years that each date another figure of their sentence, the figures differing
    ("In 2019 the fair attracted 12,000 visitors" / "In 2021 ... 21,000 visitors"): a
    series of yearly figures, not one event dated twice."""
    earlier_figures = figures_by_sentence.get(a.sentence, set())
    later_figures = figures_by_sentence.get(b.sentence, set())
    return bool(earlier_figures and later_figures and earlier_figures != later_figures)


def contradictions(facts: list[Fact]) -> list[Contradiction]:
    """Later facts that conflict with an earlier one; at most one finding per later fact.

    A later fact that agrees with some earlier fact about the same thing restates that one
    ("the 165 stores" after "runs 165 stores" and "closed 8 stores") and is not flagged.
    """
    facts = resolve_unnamed_ages(facts)
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    hypernyms = people_hypernyms()
    for position, fact in enumerate(facts):
        if fact.cue or (fact.kind == "count" and fact.anchor in hypernyms):
            continue  # (counts of "people" are compared only by ``transposed_people``)
        keys = {fact.anchor} if fact.kind in {"age", "count"} else set(fact.context)
        if fact.kind in {"money", "percent"}:
            # an amount is compared with one named by a word of its sentence: "the $3.7
            # billion line" with "the line ... cost $3.1 billion"
            heads = {fact.head} if fact.head else fact.sentence_words
            keys.update("head:" + word for word in heads)
        if fact.kind == "year" and fact.head:
            keys.add("event:" + fact.head)  # a timeline entry has no other context
        for key in keys:
            blocks[(fact.kind, fact.anchor, key)].append(position)
    earlier_of: dict[int, set[int]] = defaultdict(set)
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK_FACTS:
            continue
        if len({facts[m].value for m in members}) > MAX_BLOCK_VALUES:
            continue  # a series of values, not one fact restated
        for i, earlier_position in enumerate(members):
            for later_position in members[i + 1 :]:
                earlier_of[later_position].add(earlier_position)
    figures_by_sentence: dict[int, set[float]] = defaultdict(set)
    for fact in facts:
        if fact.kind in FIGURE_KINDS:
            figures_by_sentence[fact.sentence].add(fact.value)
    # swapped digits are the strongest evidence of which earlier amount a later one
    # restates: taken first, so a weaker pairing cannot claim the later amount
    found = transposed_digits(facts)
    swapped = {id(pair.later) for pair in found}
    for later_position in sorted(earlier_of):
        later = facts[later_position]
        if id(later) in swapped:
            continue
        candidates = [facts[c] for c in sorted(earlier_of[later_position])]
        if any(_restates(candidate, later) for candidate in candidates):
            continue
        for earlier in candidates:
            if earlier.sentence == later.sentence or compatible(earlier, later):
                continue
            if later.kind == "year" and _framed_figures(earlier, later, figures_by_sentence):
                continue
            reason = _evidence(earlier, later)
            if reason is not None:
                found.append(Contradiction(earlier, later, f"{later.kind}: {reason}"))
                break
    flagged = {id(pair.later) for pair in found}
    passes = (
        transposed_people(facts),
        topic_prices(facts),
        disputed_values(facts),
        restated_rates(facts),
        reordered_counts(facts),
        scheduled_dates(facts),
        named_levels(facts),
    )
    for pair in itertools.chain.from_iterable(passes):
        if id(pair.later) not in flagged:
            flagged.add(id(pair.later))
            found.append(pair)
    found.sort(key=lambda pair: pair.later.start)
    return found
