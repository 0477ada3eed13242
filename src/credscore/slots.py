"""One slot stated twice with two values: durations, clock times and match minutes.

:mod:`credscore.facts` compares amounts, counts, years and ages. This module covers the
values it leaves out because news prose is full of unrelated ones — how long something
lasted ("six weeks", "a four-week stay", "eleven months"), when something happened
("1:47 p.m."), the minute of a match ("the 87th minute", "• 89 min — Name header"). Such
a value is compared only when the same SLOT is stated twice: the same person's stay in the
same place, the same subject's span up to now, the same one-time event's clock time, the
same player's moment of a match. Number words are read as numbers here ("eleven").

Each pass is narrow and precision first; every value is read only where a unit word (or
a clock or minute shape) occurs, found by one C-level pass over the tokens.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator

import attrs

from credscore.analysis import Analysis
from credscore.entities import title_words
from credscore.facts import (
    Contradiction,
    Fact,
    approximator_last_words,
    bare_fact,
    calendar_words,
    context_stopwords,
    distinct_markers,
    time_words,
)
from credscore.resources import read_lines

NEAR = 5  # tokens each side of a duration where the place or thing of a stay is named
SPAN_LOOKBACK = 10  # tokens before "for N months" where "has been" may stand
SPAN_SENTENCES = 3  # sentences a pronoun's "has been ... for" may refer back over
CLOCK_LOOKBACK = 6  # tokens before "at 1:47 p.m." where the subject and verb stand
MATCH_SLIP = 10  # minutes apart two statements of one moment may be (more: two moments)
MAX_SLOT_VALUES = 64  # more values of one kind is a table or hostile input: not compared
ONE_TIME_ADVERBS = frozenset({"first", "initially", "originally", "finally"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'s", "\u2019s"})
SPAN_PREPOSITIONS = frozenset({"at", "in", "with", "on", "inside"})
PRONOUNS = frozenset({"he", "she", "it", "they"})
NOT_DURATION_AFTER = frozenset(
    {"ago", "later", "earlier", "old", "away", "before", "after", "late", "early", "a", "per"}
)
NOT_DURATION_BEFORE = frozenset(
    {"every", "per", "each", "within", "up", "than", "nearly", "almost", "about", "around"}
)
MERIDIEM = {"a": 0, "p": 12 * 60}
MATCH_DASHES = frozenset({"—", "–", "-", ":", "'", "\u2019"})
SUBJECT_SKIPPED = ONE_TIME_ADVERBS | {"was", "were", "had", "been", "is", "has"}
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


@attrs.frozen
class SlotValue:
    kind: str  # "duration" (hours), "clock" (minutes after midnight), "minute" (of a match)
    value: float
    first: int  # token range of the value
    last: int
    sentence: int


@functools.cache
def number_words() -> dict[str, float]:
    rows = (line.split("\t") for line in read_lines("consistency/number_words.txt"))
    return {word: float(value) for word, value in rows}


@functools.cache
def all_duration_units() -> dict[str, float]:
    """Every unit of duration_units.txt with its hours (the generic pass reads them all)."""
    rows = (line.split("\t") for line in read_lines("consistency/duration_units.txt"))
    return {row[0]: float(row[1]) for row in rows}


@functools.cache
def duration_units() -> dict[str, float]:
    """The units the stay/span passes read: not those marked @generic (minutes, years)."""
    rows = (line.split("\t") for line in read_lines("consistency/duration_units.txt"))
    return {row[0]: float(row[1]) for row in rows if row[2:] != ["@generic"]}


@functools.cache
def once_verbs() -> frozenset[str]:
    return frozenset(read_lines("consistency/once_verbs.txt"))


@functools.cache
def match_events() -> frozenset[str]:
    return frozenset(read_lines("consistency/match_events.txt"))


@functools.cache
def _set_apart() -> frozenset[str]:
    """Words that make a duration another one ("a further four weeks", "the first six
    weeks", "another month")."""
    return distinct_markers() | {"past", "final", "coming", "recent", "extended", "only"}


@functools.cache
def _day_words() -> frozenset[str]:
    """Words that date a statement: weekdays, months, "today", "Christmas"."""
    return calendar_words() | time_words()


def number_value(word: str) -> float | None:
    """A cardinal in digits or words ("48", "eleven"), or None."""
    if word.isdigit():
        return float(word)
    return number_words().get(word)


MINUTE_WORDS = frozenset({"min", "mins", "minute"})
MAX_MATCH_MINUTE = 130
ORDINAL_ENDINGS = {1: "st", 2: "nd", 3: "rd"}


def _ordinal_word(number: int) -> str:
    """ "1st", "22nd", "89th", "111th"."""
    ending = "th" if 10 <= number % 100 <= 20 else ORDINAL_ENDINGS.get(number % 10, "th")
    return f"{number}{ending}"


def _ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"}


ORDINAL_MINUTES = frozenset(
    f"{_ordinal_word(number)}-minute" for number in range(1, MAX_MATCH_MINUTE + 1)
)
MERIDIEM_TOKENS = frozenset({"m", "am", "pm"})  # "p.m." ends in "m"; "4 pm"


@functools.cache
def compound_durations() -> dict[str, tuple[float, str]]:
    """ "four-week", "eleven-month": (number, unit) of a hyphenated duration written in
    words (digits are split off by the tokenizer: "48", "-", "hour")."""
    return {
        f"{word}-{unit}": (value, unit)
        for word, value in number_words().items()
        for unit in duration_units()
        if not unit.endswith("s")
    }


@functools.cache
def _glued_meridiem() -> frozenset[str]:
    """ "4pm", "20pm" (the minutes of "10:20pm" are a token of their own)."""
    numbers = [str(hour) for hour in range(1, 13)] + [f"{minute:02d}" for minute in range(60)]
    return frozenset(number + suffix for number in numbers for suffix in ("am", "pm"))


@functools.cache
def _wanted() -> frozenset[str]:
    """Every token a slot value can be found at."""
    return frozenset(
        duration_units().keys()
        | compound_durations().keys()
        | MINUTE_WORDS
        | ORDINAL_MINUTES
        | MERIDIEM_TOKENS
        | _glued_meridiem()
    )


def _positions(lower: tuple[str, ...], wanted: frozenset[str]) -> dict[str, list[int]]:
    """The indices of each token of ``wanted`` the text holds: one C-level set
    intersection, then ``tuple.index`` from occurrence to occurrence of the few found."""
    found: dict[str, list[int]] = {}
    for word in wanted.intersection(lower):
        indices: list[int] = []
        index = lower.index(word)
        try:
            while True:
                indices.append(index)
                index = lower.index(word, index + 1)
        except ValueError:
            found[word] = indices
    return found


class _Reader:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.lower = analysis.token_lower
        self.texts = analysis.token_texts
        self.positions = _positions(self.lower, _wanted())

    @functools.cached_property
    def bounds(self) -> list[tuple[int, int]]:
        """Each sentence's first token and the token after its last."""
        return [(s.first_token, s.end_token) for s in self.analysis.sentences]

    @functools.cached_property
    def firsts(self) -> list[int]:
        return [first for first, _ in self.bounds]

    def years(self, sentence: int) -> frozenset[str]:
        """The four-digit years a sentence states."""
        first, end = self.bounds[sentence]
        return frozenset(
            word
            for word in self.lower[first:end]
            if len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
        )

    def indices(self, words: Iterable[str]) -> list[int]:
        """The sorted indices of the tokens ``words``."""
        return sorted(itertools.chain.from_iterable(self.positions.get(word, ()) for word in words))

    def sentence(self, token: int) -> int:
        """The index of the sentence holding ``token``, or -1."""
        index = bisect.bisect_right(self.firsts, token) - 1
        return index if index >= 0 and token < self.bounds[index][1] else -1

    def at(self, index: int) -> str:
        return self.lower[index] if 0 <= index < len(self.lower) else ""

    def words(self, first: int, end: int) -> frozenset[str]:
        stop = context_stopwords()
        return frozenset(
            word
            for word in self.lower[max(0, first) : max(0, end)]
            if word.isalpha() and word not in stop and len(word) > 2
        )

    def names(self, first: int, end: int) -> frozenset[str]:
        """Capitalised words from ``first`` to ``end``, possessives dropped."""
        found: set[str] = set()
        stop, calendar = context_stopwords(), _day_words()
        for i in range(max(0, first), min(end, len(self.lower))):
            token = self.texts[i]
            if token[:1].isupper() and self.lower[i] not in stop and self.lower[i] not in calendar:
                word = self.lower[i]
                for ending in ("'s", "\u2019s"):
                    word = word.removesuffix(ending)
                found.add(word)
        return frozenset(found)


def _durations(reader: _Reader, units: dict[str, float]) -> list[SlotValue]:
    """ "six weeks", "48 hours", "a four-week stay", "48-hour": exact durations (not "six
    weeks ago", "every two days", "within a week", "the first six weeks")."""
    lower = reader.lower
    compounds = compound_durations()
    wanted = [word for word in reader.positions if word in units or word in compounds]
    if not wanted:
        return []
    found: list[SlotValue] = []
    set_apart = _set_apart()
    for index in reader.indices(wanted):
        word = lower[index]
        value: float | None
        if word in compounds:
            value, unit = compounds[word]
            first = index
        else:
            first = index - 1
            if reader.at(first) == "-":  # "48-hour": the tokenizer splits digits off
                first -= 1
            value, unit = number_value(reader.at(first)), word
        if value is None or not value:
            continue
        after = reader.at(index + 1)
        if after in NOT_DURATION_AFTER and not (
            after in {"after", "before"} and reader.at(first - 1) == "for"
        ):
            continue  # ("six minutes after the break"; not "for 48 hours after talks")
        before = reader.at(first - 1)
        bounded = before in approximator_last_words() and before != "of"
        if before in NOT_DURATION_BEFORE or bounded:
            continue  # ("every two days", "up to 90 days", "more than six weeks")
        if set_apart & {reader.at(first - 1), reader.at(first - 2)}:
            continue
        sentence = reader.sentence(index)
        if sentence >= 0:
            found.append(SlotValue("duration", value * units[unit], first, index, sentence))
    return found


def _stays(
    reader: _Reader, durations: list[SlotValue]
) -> Iterator[tuple[SlotValue, SlotValue, str]]:
    """One person's stay in one place given two lengths: "he was in hospital for six
    weeks" / "Mr Luo's four-week stay in hospital" (a name both sentences hold, a place or
    thing word next to both durations)."""
    described = [
        (
            value,
            reader.words(value.first - NEAR, value.last + NEAR + 1),
            reader.names(*reader.bounds[value.sentence]),
        )
        for value in durations
    ]
    for (a, a_words, a_names), (b, b_words, b_names) in itertools.combinations(described, 2):
        if a.sentence == b.sentence or a.value == b.value:
            continue
        shared = (a_words & b_words) - time_words()
        people = a_names & b_names
        if not (shared and people) or _two_people(reader, a, b, people):
            continue
        years_a, years_b = reader.years(a.sentence), reader.years(b.sentence)
        if years_a and years_b and not years_a & years_b:
            continue  # ("in hospital ... in 2019" / "back in hospital ... in 2021")
        yield a, b, f"{', '.join(sorted(shared))} of {', '.join(sorted(people))}"


def _two_people(reader: _Reader, a: SlotValue, b: SlotValue, surnames: frozenset[str]) -> bool:
    """The shared names belong to two people: other given names before them ("Oskar
    Lindgren" / "his brother Erik Lindgren"; titles such as "Mr" are no given names)."""
    titles = title_words()
    for surname in surnames:
        given = [
            {
                reader.lower[i - 1]
                for i in range(*reader.bounds[value.sentence])
                if reader.lower[i].removesuffix("'s").removesuffix("\u2019s") == surname
                and i > 0
                and reader.texts[i - 1][:1].isupper()
                and reader.lower[i - 1] not in titles
            }
            for value in (a, b)
        ]
        if given[0] and given[1] and not given[0] & given[1]:
            return True
    return False


def _span_subject(reader: _Reader, value: SlotValue) -> tuple[str, str] | None:
    """("he", "at") for "He has been at the centre for seven months": the subject of a span
    up to now and the preposition of where it is spent; None if the duration is no such
    span."""
    if reader.at(value.first - 1) != "for":
        return None
    first, _ = reader.bounds[value.sentence]
    for been in range(value.first - 2, max(first, value.first - SPAN_LOOKBACK), -1):
        if reader.at(been) == "been" and reader.at(been - 1) in PERFECT_AUXILIARIES:
            preposition = next(
                (
                    reader.at(i)
                    for i in range(been + 1, min(been + 3, value.first))
                    if reader.at(i) in SPAN_PREPOSITIONS
                ),
                "",
            )
            if not preposition:
                return None
            subject = reader.at(been - 2)
            if subject in {"who", "that", "which"} or subject == ",":
                # "Biscuit, a lurcher who has been waiting at ...": the named head
                # (the sentence's first word may be an imperative: "Meet Biscuit, ...")
                names = reader.names(first + 1, been) or reader.names(first, first + 1)
                return (min(names) if len(names) == 1 else "", preposition)
            return subject, preposition
    return None


def _spans(
    reader: _Reader, durations: list[SlotValue]
) -> Iterator[tuple[SlotValue, SlotValue, str]]:
    """One subject's span up to now given twice: "Biscuit, who has been waiting at the
    Harbourside Animal Rescue for eleven months" / "He has been at the centre for seven
    months" (the later subject a pronoun or the same name, a few sentences on, spent with
    the same preposition, and the later sentence naming no one new)."""
    spans = [(value, _span_subject(reader, value)) for value in durations]
    for (a, a_span), (b, b_span) in itertools.combinations(spans, 2):
        if a_span is None or b_span is None or a.value == b.value:
            continue
        if not 0 < b.sentence - a.sentence <= SPAN_SENTENCES or a_span[1] != b_span[1]:
            continue
        subject, later_subject = a_span[0], b_span[0]
        if not subject or later_subject not in PRONOUNS | {subject}:
            continue
        if not reader.names(*reader.bounds[b.sentence]) <= reader.names(*reader.bounds[a.sentence]):
            continue
        yield a, b, f"time {subject} has been {a_span[1]} a place"


def _clock_value(reader: _Reader, index: int) -> tuple[float, int] | None:
    """Minutes after midnight and the last token of a clock time at token ``index``:
    "1:47 p.m.", "4 a.m.", "10:20pm", "7.45pm", "4 pm", "17:41"."""
    written = reader.lower[index]
    hours, _, minutes = written.partition(":")
    last = index
    glued = reader.analysis.token_ends
    starts = reader.analysis.token_starts
    if (
        not minutes
        and hours.isdigit()
        and reader.at(index + 1) in {":", "."}
        and index + 2 < len(reader.lower)
        and glued[index] == starts[index + 1]
        and glued[index + 1] == starts[index + 2]
    ):
        # the tokenizer splits "10:20pm" and "7.45pm" into three tokens
        separator, minutes, last = reader.at(index + 1), reader.at(index + 2), index + 2
        if separator == "." and minutes[-2:] not in {"am", "pm"}:
            return None  # ("7.5" is a decimal; "7.45pm" a time)
    suffix = ""
    if minutes[-2:] in {"am", "pm"}:
        suffix, minutes = minutes[-2], minutes[:-2]
    elif not minutes and hours[-2:] in {"am", "pm"}:
        suffix, hours = hours[-2], hours[:-2]
    if not hours.isdigit() or (minutes and not (minutes.isdigit() and len(minutes) == 2)):
        return None
    if not suffix:
        following = reader.at(last + 1)
        if following in {"am", "pm"}:
            suffix, last = following[0], last + 1
        elif following in MERIDIEM and reader.at(last + 2) == "." and reader.at(last + 3) == "m":
            suffix, last = following, last + 3
            if reader.at(last + 1) == ".":
                last += 1
    if not suffix and not minutes:
        return None  # a bare number is no time
    hour = int(hours)
    if hour > 23 or int(minutes or 0) > 59 or (suffix and not 1 <= hour <= 12):
        return None
    value = (hour % 12 if suffix else hour) * 60 + (int(minutes) if minutes else 0)
    return float(value + (MERIDIEM[suffix] if suffix else 0)), last


def _clock_event(reader: _Reader, value: SlotValue) -> tuple[str, str] | None:
    """(subject, verb) of a one-time event timed "at 1:47 p.m." ("The fire was first
    reported at", "the roof collapsed at"), or None."""
    if reader.at(value.first - 1) != "at":
        return None
    verb = reader.at(value.first - 2)
    first, _ = reader.bounds[value.sentence]
    once = verb in once_verbs() or reader.at(value.first - 3) in ONE_TIME_ADVERBS
    if not verb.isalpha() or not once:
        return None
    # the subject's head: the word before the verb, past "was", "first" ("The old bridge
    # collapsed", "The fire was first reported"), after a determiner a few words back
    head = value.first - 3
    while head > first and reader.at(head) in SUBJECT_SKIPPED:
        head -= 1
    if not reader.at(head).isalpha():
        return None
    for i in range(head, max(first, head - 3) - 1, -1):
        if reader.at(i) in _set_apart() and reader.at(i) not in ONE_TIME_ADVERBS:
            return None  # "the second match started at": another one ("the first" is one)
        if reader.at(i - 1) in DETERMINERS:
            return reader.at(head), verb
    return None


def _clock_starts(reader: _Reader) -> list[int]:
    """Where the clock times end in "m" ("1:47 p.m.", "4 pm", "10:20pm") start: the hour."""
    starts: set[int] = set()
    glued = _glued_meridiem()
    for index in reader.indices(MERIDIEM_TOKENS | (glued & reader.positions.keys())):
        word = reader.lower[index]
        if word == "m":
            if reader.at(index - 1) != "." or reader.at(index - 2) not in MERIDIEM:
                continue
            hour = index - 3
        else:
            hour = index if word in glued else index - 1
        if reader.at(hour - 1) in {":", "."} and reader.at(hour - 2).isdigit():
            hour -= 2  # ("10", ":", "20pm")
        if hour >= 0:
            starts.add(hour)
    return sorted(starts)


def _clocks(reader: _Reader) -> list[SlotValue]:
    found: list[SlotValue] = []
    for index in _clock_starts(reader):
        clock = _clock_value(reader, index)
        if clock is not None:
            sentence = reader.sentence(index)
            if sentence >= 0:
                found.append(SlotValue("clock", clock[0], index, clock[1], sentence))
    return found


def _one_time_events(reader: _Reader) -> Iterator[tuple[SlotValue, SlotValue, str]]:
    """One event given two clock times: "The fire was first reported at 1:47 p.m." / "The
    fire was first reported at 2:17 p.m." (same subject noun and verb, a one-time verb or
    "first"; not when both sentences name different days)."""
    clocks = _clocks(reader)
    if len(clocks) > MAX_SLOT_VALUES:
        return
    timed = [(value, _clock_event(reader, value)) for value in clocks]
    events = [(value, event) for value, event in timed if event is not None]
    days = _day_words()
    for (a, a_event), (b, b_event) in itertools.combinations(events, 2):
        if a.sentence == b.sentence or a_event != b_event or a.value == b.value:
            continue
        a_days = {w for w in reader.lower[slice(*reader.bounds[a.sentence])] if w in days}
        b_days = {w for w in reader.lower[slice(*reader.bounds[b.sentence])] if w in days}
        if a_days and b_days and a_days != b_days:
            continue
        yield a, b, f"time the {a_event[0]} {a_event[1]}"


def _minutes(reader: _Reader) -> tuple[list[tuple[SlotValue, str, str]], list[SlotValue]]:
    """Match minutes: "key moments" entries ("• 89 min — Okonjo-Bassey header (2-1)": the
    minute, the player, the moment) and minutes in prose ("in the 87th minute")."""
    lower = reader.lower
    entries: list[tuple[SlotValue, str, str]] = []
    prose: list[SlotValue] = []
    for index in reader.indices(MINUTE_WORDS | ORDINAL_MINUTES):
        number = reader.at(index - 1)
        sentence = reader.sentence(index)
        if sentence < 0:
            continue
        if lower[index] == "minute" and _ordinal(number):
            prose.append(SlotValue("minute", float(number[:-2]), index - 1, index, sentence))
        elif lower[index] in ORDINAL_MINUTES:
            written = float(lower[index].partition("-")[0][:-2])  # "89th-minute"
            prose.append(SlotValue("minute", written, index, index, sentence))
        elif (
            lower[index] in MINUTE_WORDS
            and number.isdigit()
            and reader.at(index + 1) in MATCH_DASHES
        ):
            _, end = reader.bounds[sentence]
            event = next(
                (i for i in range(index + 2, min(end, index + 8)) if lower[i] in match_events()),
                -1,
            )
            if event > index + 2 and reader.texts[event - 1][:1].isupper():
                player = lower[event - 1].removesuffix("'s")
                value = SlotValue("minute", float(number), index - 1, index, sentence)
                entries.append((value, player, lower[event]))
    return entries, prose


def _match_moments(reader: _Reader) -> Iterator[tuple[SlotValue, SlotValue, str]]:
    """A player's moment given another minute in the key-moments list than in the report:
    "a late header ... in the 87th minute" / "• 89 min — Okonjo-Bassey header" (the prose
    sentence or the one before names the player and the moment; no list entry of that
    player has the prose minute; a few minutes apart)."""
    entries, prose = _minutes(reader)
    if not entries or not prose or len(entries) + len(prose) > MAX_SLOT_VALUES:
        return
    for minute in prose:
        first = reader.bounds[max(0, minute.sentence - 1)][0]
        _, end = reader.bounds[minute.sentence]
        names = reader.names(first, end)
        words = frozenset(reader.lower[first:end])
        for entry, player, event in entries:
            same_player = [e for e, p, _ in entries if p == player]
            if (
                player in names
                and event in words
                and all(e.value != minute.value for e in same_player)
                and 0 < abs(entry.value - minute.value) <= MATCH_SLIP
            ):
                earlier, later = sorted((minute, entry), key=lambda v: v.first)
                yield earlier, later, f"minute of {player}'s {event}"


def _fact(analysis: Analysis, value: SlotValue) -> Fact:
    span = (analysis.token_starts[value.first], analysis.token_ends[value.last])
    return bare_fact(value.kind, "", value.value, value.value, value.value, span, value.sentence)


def slot_contradictions(analysis: Analysis) -> list[Contradiction]:
    """Durations, clock times and match minutes of one slot stated with two values; at most
    one finding per later value."""
    if not analysis.sentences:
        return []
    reader = _Reader(analysis)
    if not reader.positions:
        return []
    durations = _durations(reader, duration_units())
    if len(durations) > MAX_SLOT_VALUES:
        durations = []
    pairs = itertools.chain(
        _stays(reader, durations),
        _spans(reader, durations),
        _one_time_events(reader),
        _match_moments(reader),
    )
    found: list[Contradiction] = []
    taken: set[int] = set()
    for earlier, later, reason in pairs:
        if later.first in taken:
            continue
        taken.add(later.first)
        found.append(
            Contradiction(
                _fact(analysis, earlier), _fact(analysis, later), f"{later.kind}: {reason}"
            )
        )
    return found
