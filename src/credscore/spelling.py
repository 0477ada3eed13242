"""The English lexicon behind the ``typos`` scorer: which lower-case words are real words,
which are known misspellings, and the closest real word to a non-word.

Three PyPI packages supply the data; none is downloaded at run time and each is loaded
lazily, once per process:

* ``symspellpy`` ships ``frequency_dictionary_en_82_765.txt``: 82,765 words (Google Books
  n-gram counts intersected with the SCOWL word list), the clean core lexicon and the
  frequencies used to rank suggestions.
* ``wordfreq`` ("large" English list, 321k words from Wikipedia, subtitles, news, books, web
  and social media): coverage of rare but real words (perovskite, livestream, noir...). It
  also holds frequent misspellings, so a word counts as real only above a Zipf threshold.
  Only the words above it are kept (36k beyond the core lexicon), packed into a few
  hundred kilobytes (:class:`~credscore.packed_words.PackedWords`); the foreign-word lists
  likewise.
* ``codespell`` ships a curated list of 65k common misspellings with their corrections
  (``recieve->receive``): a word listed there (and absent from the core lexicon) is a
  misspelling whatever its web frequency.

Only data files are read from those packages; their code is never imported on the hot path.
The lexicons are asked only about candidate words (not in the core lexicon, or confusable),
so the big ones are stored compactly rather than as dicts: about 60 MB instead of 140.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import math
from collections.abc import Callable, Iterator
from pathlib import Path

from credscore import packed_words
from credscore.cache import derived
from credscore.packed_words import PackedState, PackedWords
from credscore.resources import WORD_CACHE_SIZE, read_lines

# A word not in the core lexicon still counts as real when wordfreq gives it at least this
# Zipf frequency (log10 of uses per billion words). Rare real words of news text sit above
# it (perovskite 2.2, livestream 2.9); random one-key slips are mostly absent from wordfreq;
# frequent web misspellings (2-3) are caught by codespell's list instead.
REAL_WORD_MIN_ZIPF = 2.0
# Suggestions must be words at least this frequent in the core lexicon (Google Books counts;
# the list's floor is about 12,700).
SUGGESTION_MIN_COUNT = 20_000
FAR_SUGGESTION_MIN_COUNT = 1_000_000
# Parts of a closed compound ("livestream", "newsdesk") must be this frequent.
COMPOUND_PART_MIN_COUNT = 10_000_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiou")
# Foreign words quoted in English copy ("flamme rouge", "gilets jaunes", "fika") are not
# typos: an unknown word this frequent (Zipf) in one of these languages' wordfreq "small"
# lists is taken as foreign. Latin-script languages whose words English news borrows most.
FOREIGN_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "ca")
FOREIGN_MIN_ZIPF = 3.0
FOREIGN_MIN_FREQUENCY: float = 10.0 ** (FOREIGN_MIN_ZIPF - 9.0)


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, located without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {package!r} package is required by the typos scorer")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


@functools.cache
def word_counts() -> dict[str, int]:
    """symspellpy's English unigram counts: the core lexicon, lower-case."""
    counts: dict[str, int] = {}
    path = package_file("symspellpy", "frequency_dictionary_en_82_765.txt")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, count = line.rstrip("\n").partition(" ")
            if count.isdigit():
                counts[word] = int(count)
    for word in read_lines("typos/allow_words.txt"):
        counts.setdefault(word.lower(), SUGGESTION_MIN_COUNT)
    return counts


@functools.cache
def core_words() -> frozenset[str]:
    """The words of :func:`word_counts`, for membership only: a set's look-up reads one
    table slot where a dict's reads an index and an entry, and the typos scorer asks about
    every distinct form of every document (the words are the dict's own string objects,
    so only the table, ~4 MB, is added)."""
    return frozenset(word_counts())


@functools.cache
def web_frequencies() -> dict[str, float]:
    """wordfreq's large English list: word -> frequency (share of all words). Not used by
    the scorer (see :func:`web_words`); kept for benchmarks and exploration."""
    import wordfreq

    frequencies: dict[str, float] = wordfreq.get_frequency_dict("en", wordlist="large")
    return frequencies


def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lower-case word (0 when unknown)."""
    frequency = web_frequencies().get(word, 0.0)
    return math.log10(frequency) + 9.0 if frequency > 0 else 0.0


def _bucket_frequency(index: int) -> float:
    """The frequency wordfreq gives every word of bucket ``index`` of a cBpack list (its
    ``cB_to_freq(-index)``: buckets are centibels below a frequency of 1)."""
    return float(10 ** (-index / 100))


def wordfreq_words(language: str, wordlist: str, keep: Callable[[float], bool]) -> list[str]:
    """The words of one wordfreq list whose frequency passes ``keep``, read from the
    package's data file without wordfreq's caches (which would hold the whole list as a
    dict for the life of the process). Buckets run from frequent to rare: those ``keep``
    rejects are skipped undecoded. (wordfreq lists hold each word once, in one bucket.)"""
    import msgpack

    path = package_file("wordfreq", "data", f"{wordlist}_{language}.msgpack.gz")
    words: list[str] = []
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        entries = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"unexpected wordfreq list header in {path}: {header!r}")
        for index in range(entries - 1):
            if keep(_bucket_frequency(index)):
                words.extend(unpacker.unpack())
            else:
                unpacker.skip()
    return words


def _real_by_web_frequency(frequency: float) -> bool:
    return math.log10(frequency) + 9.0 >= REAL_WORD_MIN_ZIPF


@functools.cache
def web_words() -> PackedWords:
    """Words of wordfreq's large English list at or above ``REAL_WORD_MIN_ZIPF`` that the
    core lexicon lacks: what :func:`is_real_word` asks the web list, without its 285k rarer
    entries and frequencies."""
    counts = word_counts()
    listed = wordfreq_words("en", "large", _real_by_web_frequency)
    # asked once per unknown word: small groups (three letters) keep each ask short
    return PackedWords((word for word in listed if word not in counts), prefix=3)


def _common_abroad(frequency: float) -> bool:
    return frequency >= FOREIGN_MIN_FREQUENCY


@functools.cache
def foreign_words() -> tuple[PackedWords, ...]:
    """For each of the ``FOREIGN_LANGUAGES``, its words at least ``FOREIGN_MIN_ZIPF``
    frequent (wordfreq's small lists). One packed set per language: each list is sorted
    runs (its buckets), which sort fast; their union would not. Read from the disk cache
    (:mod:`credscore.cache`) after the first build: a thirtieth of the build's 0.1 s, which
    a run pays at its first unknown-word candidate."""
    inputs = [
        *(
            package_file("wordfreq", "data", f"small_{language}.msgpack.gz")
            for language in FOREIGN_LANGUAGES
        ),
        Path(packed_words.__file__),
    ]
    states = derived("typos-foreign-words", _build_foreign_states, list, inputs)
    return tuple(map(PackedWords.from_state, states))


def _build_foreign_states() -> list[PackedState]:
    return [
        PackedWords(wordfreq_words(language, "small", _common_abroad)).state()
        for language in FOREIGN_LANGUAGES
    ]


def is_common_foreign(word: str) -> bool:
    """Whether a lower-case word is a common word of a language English news quotes from.
    Only asked about words already found unknown in English (the lists load on first need).
    An English stem inflected against the y-to-i rule is English gone wrong, whatever other
    languages' lists hold ("partys" is frequent German web text, "companys" Catalan)."""
    if y_rule_correction(word) is not None:
        return False
    return any(word in words for words in foreign_words())


# Suffixes before which a consonant + y stem turns its y into i ("companies", "carried").
_Y_TO_I_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("s", "ies"),
    ("ed", "ied"),
    ("er", "ier"),
    ("est", "iest"),
    ("ly", "ily"),
    ("ness", "iness"),
    ("ful", "iful"),
)


@functools.lru_cache(maxsize=16_384)
def y_rule_correction(word: str) -> str | None:
    """The right spelling of a consonant + y stem inflected without turning y into i
    ("companys" -> "companies", "carryed" -> "carried"), when both stem and right form are
    known words; otherwise None."""
    if "y" not in word:
        return None  # most words: the rule needs a stem ending in y
    counts = word_counts()
    for suffix, replacement in _Y_TO_I_SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) < 3 or stem[-1] != "y" or stem[-2] in VOWELS or stem not in counts:
            continue
        right = stem[:-1] + replacement
        if right in counts:
            return right
    return None


@functools.cache
def known_misspellings() -> dict[str, str]:
    """codespell's misspelling -> first correction, minus entries that are real words in the
    core lexicon or the project's allow-list, and corrections of more than one word; plus the
    project's own list (``data/typos/known_misspellings.txt``: contractions typed without
    their apostrophe, "dont")."""
    counts = word_counts()
    blocked = set(read_lines("typos/not_misspellings.txt"))
    table: dict[str, str] = {}
    path = package_file("codespell_lib", "data", "dictionary.txt")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            wrong, arrow, fixes = line.strip().partition("->")
            if not arrow or not wrong.isalpha() or wrong != wrong.lower():
                continue
            first = fixes.split(",")[0].strip()
            if not first or wrong in counts or wrong in blocked:
                continue
            table[wrong] = first
    for line in read_lines("typos/known_misspellings.txt"):
        wrong, arrow, right = line.partition("->")
        if not arrow:
            raise ValueError(f"bad known-misspelling line: {line!r}")
        table[wrong.strip().lower()] = right.strip()
    return table


# Suffixes of regular derivation, each with the endings its stem may have lost.
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ier", ("y",)),
    ("iest", ("y",)),
    ("ily", ("y",)),
    ("iness", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("ers", ("", "e")),
    ("er", ("", "e")),
    ("est", ("", "e")),
    ("ly", ("",)),
    ("ness", ("",)),
    ("ments", ("",)),
    ("ment", ("",)),
    ("less", ("",)),
    ("ful", ("",)),
    ("able", ("", "e")),
    ("ism", ("", "e")),
    ("ist", ("", "e")),
    ("ists", ("", "e")),
    ("isation", ("ise", "ize", "")),
    ("ization", ("ize", "ise", "")),
)
_VOWEL_SUFFIXES = ("ed", "ing", "er", "ers", "est", "able")


def _misbuilt(base: str, suffix: str) -> bool:
    """Suffixing that English spelling never does: an inflection stacked on an inflected
    form ("fileded", "yearss"), or a silent final e kept before -ed/-er/-est/-ing
    ("allegeed", "makeing"; "agreed", "seeing" keep their double e)."""
    if suffix in ("ed", "ing", "es") and base.endswith(("ed", "ing")):
        return True
    if suffix == "s" and base.endswith("s") and not base.endswith(("ss", "us", "is")):
        return True
    keeps_e = base.endswith(("ee", "ye", "oe"))
    return suffix in ("ed", "er", "est", "ing") and base.endswith("e") and not keeps_e


@functools.cache
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(read_lines("typos/prefixes.txt"), key=len, reverse=True))


@functools.cache
def _compound_parts() -> frozenset[str]:
    """Words frequent enough to be part of a closed compound."""
    return frozenset(
        word for word, count in word_counts().items() if count >= COMPOUND_PART_MIN_COUNT
    )


def is_real_word(word: str) -> bool:
    """Whether a lower-case word is English as far as the lexicons tell, before morphology."""
    return word in word_counts() or word in web_words()


# The suffixes by their last letter, in their order: a word is tried only with those it
# may end with.
_SUFFIXES_BY_LAST: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    last: tuple(entry for entry in _SUFFIXES if entry[0].endswith(last))
    for last in {suffix[-1] for suffix, _ in _SUFFIXES}
}


def _derived_by_suffix(word: str) -> bool:
    counts = word_counts()
    for suffix, restores in _SUFFIXES_BY_LAST.get(word[-1:], ()):
        if not word.endswith(suffix) or len(word) - len(suffix) < 4:
            continue
        base = word[: -len(suffix)]
        if _misbuilt(base, suffix):
            continue  # "pastness" is no "pastnes" + "s", but it may be "past" + "ness"
        # "occured", "runing": the stem's doubled form is the real spelling, so this is not
        # a regular derivation but a typo of it.
        if suffix in _VOWEL_SUFFIXES and base + base[-1] + suffix in counts:
            return False
        for restore in restores:
            if restore == "e" and base.endswith("e"):
                continue  # "agree" + "ed" is "agreed", never "agreeed"
            if base + restore in counts:
                return True
    return False


@functools.cache
def _prefixes_by_head() -> dict[str, tuple[str, ...]] | None:
    """The prefixes by their first two letters, each group in the order of
    :func:`_prefixes`; None if a prefix is shorter (then no grouping)."""
    prefixes = _prefixes()
    if min(map(len, prefixes), default=0) < 2:
        return None
    groups: dict[str, list[str]] = {}
    for prefix in prefixes:
        groups.setdefault(prefix[:2], []).append(prefix)
    return {head: tuple(group) for head, group in groups.items()}


def _derived_by_prefix(word: str) -> bool:
    # only the prefixes sharing the word's first two letters can match: one dict look-up,
    # then one C-level test, instead of a loop over all of them
    by_head = _prefixes_by_head()
    prefixes = _prefixes() if by_head is None else by_head.get(word[:2], ())
    if not word.startswith(prefixes):
        return False
    for prefix in prefixes:
        rest = word[len(prefix) :]
        # Two-letter prefixes glue onto too many short words ("de" + "site"): longer rest.
        if word.startswith(prefix) and len(rest) >= (5 if len(prefix) <= 2 else 4):
            return rest in word_counts() or _derived_by_suffix(rest)
    return False


@functools.cache
def _compound_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The first four and the last four letters of every compound part: each part of a
    compound has at least four, so a word that does not open with the first four of a
    part and end with the last four of one is no compound."""
    long_parts = [part for part in _compound_parts() if len(part) >= 4]
    return frozenset(part[:4] for part in long_parts), frozenset(part[-4:] for part in long_parts)


def _closed_compound(word: str) -> bool:
    heads, ends = _compound_edges()
    if word[:4] not in heads or word[-4:] not in ends:
        return False  # most unknown words: two set look-ups instead of a loop over the cuts
    parts = _compound_parts()
    return any(word[:cut] in parts and word[cut:] in parts for cut in range(4, len(word) - 3))


# Endings English spells one way and its neighbour languages the other ("irresponsable",
# French and Spanish; "independance", "accidentel", French): pairs of (written, English)
# endings.
COGNATE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("able", "ible"),
    ("ible", "able"),
    ("ance", "ence"),
    ("ence", "ance"),
    ("ancy", "ency"),
    ("ency", "ancy"),
    ("ant", "ent"),
    ("ent", "ant"),
    ("el", "al"),
)
COGNATE_MIN_LENGTH = 7


def cognate_twin(word: str) -> str | None:
    """The English word a lower-case non-word becomes with its ending spelled the English
    way ("irresponsable" -> "irresponsible"), when that word is a frequent one."""
    if len(word) < COGNATE_MIN_LENGTH:
        return None
    counts = word_counts()
    for written, english in COGNATE_ENDINGS:
        if word.endswith(written):
            twin = word[: -len(written)] + english
            if counts.get(twin, 0) >= SUGGESTION_MIN_COUNT:
                return twin
    return None


# "-sman" compounds of a noun ("wheelsman", "lifeboatsmen"): real words rarer than the
# lexicons' reach.
_SMAN_ENDINGS = ("sman", "smen", "swoman", "swomen")
SMAN_STEM_MIN_LENGTH = 3


def _sman_compound(word: str) -> bool:
    for ending in _SMAN_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return len(stem) >= SMAN_STEM_MIN_LENGTH and stem in word_counts()
    return False


def _irregular_derivation(word: str) -> bool:
    """A plural of a "-man" word ("radiomen", "linemen") or an "-ably"/"-ibly" adverb of an
    "-able"/"-ible" word ("enviably"), when that word is a real one."""
    if word.endswith("men") and len(word) > len("men") + SMAN_STEM_MIN_LENGTH:
        return is_real_word(word[:-3] + "man")
    if word.endswith(("ably", "ibly")):
        return is_real_word(word[:-1] + "e")
    return _repeated_irregular(word)


# Prefixes of a repeated or undone action that take an irregular past with them: "resat"
# (resit), "relit" (relight), "undid" (undo).
REPEAT_PREFIXES = ("re", "un")


@functools.cache
def _irregular_bases() -> dict[str, tuple[str, ...]]:
    """Each irregular past or participle form with the base forms it belongs to."""
    bases: dict[str, list[str]] = {}
    for line in read_lines("irregular_verbs.txt"):
        base, *forms = line.split()
        for form in set(forms) - {base}:
            bases.setdefault(form, []).append(base)
    return {form: tuple(found) for form, found in bases.items()}


def _repeated_irregular(word: str) -> bool:
    """A re-/un- word on an irregular past ("resat", "relit") whose present form with the
    same prefix is a real word ("resit", "relight")."""
    if not word.startswith(REPEAT_PREFIXES):
        return False
    prefix, rest = word[:2], word[2:]
    return any(is_real_word(prefix + base) for base in _irregular_bases().get(rest, ()))


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_english(word: str) -> bool:
    """A real word, a regular derivation of one (plural, tense, prefix) or a closed compound
    of two frequent words. ``word`` is lower-case letters only."""
    # the rule needs a y: most words skip its memo
    if "y" in word and word not in word_counts() and y_rule_correction(word) is not None:
        return False  # "companys": common enough on the web, but a misbuilt plural
    return (
        is_real_word(word)
        or _derived_by_suffix(word)
        or _derived_by_prefix(word)
        or _closed_compound(word)
        or _sman_compound(word)
        or _irregular_derivation(word)
        or _british_variant(word)
    )


# British spellings of words the lexicons hold only in their American form ("sulphites",
# "dehumanised", "vapourised"): one group of letters spelled the British way, swapped one
# place at a time. Not "ae"/"oe" -> "e": the lexicons list the British forms that are
# words ("paediatric", "oestrogen"), and a slip that adds a vowel would pass ("desaert").
# Short words are left out: a slip there often makes another word.
BRITISH_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("sulph", "sulf"),
    ("our", "or"),
    ("ise", "ize"),
    ("isi", "izi"),
    ("isa", "iza"),
    ("yse", "yze"),
)
BRITISH_VARIANT_MIN_LENGTH = 6


def _british_variant(word: str) -> bool:
    """Whether the word is a known word, or a regular derivation of one, in American
    spelling: one group swapped, or every group ("vapourised" -> "vaporized")."""
    if len(word) < BRITISH_VARIANT_MIN_LENGTH:
        return False
    american_all = word
    for british, american in BRITISH_SPELLINGS:
        start = word.find(british)
        while start >= 0:
            variant = word[:start] + american + word[start + len(british) :]
            if _is_american_form(variant, start, british, american):
                return True
            start = word.find(british, start + 1)
        american_all = american_all.replace(british, american)
    return (
        american_all != word
        and (is_real_word(american_all) or _derived_by_suffix(american_all))
        and _our_stems_are_words(word)
    )


def _is_american_form(variant: str, start: int, british: str, american: str) -> bool:
    if british == "our" and not _is_our_stem(variant[:start] + british):
        return False
    return is_real_word(variant) or _derived_by_suffix(variant)


# "-our" stems are this long at least ("odour", "vapour"): shorter ones ("hour", "tour")
# are other words, and an inserted letter would pass ("hourse" -> "horse").
OUR_STEM_MIN_LENGTH = 5


def _is_our_stem(stem: str) -> bool:
    """A British "-our" noun whose "-or" spelling is a word too ("vapour"/"vapor")."""
    return (
        len(stem) >= OUR_STEM_MIN_LENGTH and is_real_word(stem) and is_real_word(stem[:-3] + "or")
    )


def _our_stems_are_words(word: str) -> bool:
    """Every "our" of the word ends a British "-our" noun (see :func:`_is_our_stem`)."""
    start = word.find("our")
    while start >= 0:
        if not _is_our_stem(word[: start + 3]):
            return False
        start = word.find("our", start + 1)
    return True
    for british, american in BRITISH_SPELLINGS:
        start = word.find(british)
        while start >= 0:
            variant = word[:start] + american + word[start + len(british) :]
            stem = variant[: start + len(american)]
            if british == "our" and not is_real_word(stem):
                pass  # "-our" only where the stem is a word both ways ("vapour"/"vapor"),
                # not an inserted letter ("hourse" -> "horse")
            elif is_real_word(variant) or _derived_by_suffix(variant):
                return True
            start = word.find(british, start + 1)
    return False
    for british, american in BRITISH_SPELLINGS:
        start = word.find(british)
        while start >= 0:
            variant = word[:start] + american + word[start + len(british) :]
            if is_real_word(variant):
                return True
            start = word.find(british, start + 1)
    return False


def _deletes(word: str) -> Iterator[str]:
    for index in range(len(word)):
        yield word[:index] + word[index + 1 :]


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@functools.cache
def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Letters next to each letter on a QWERTY keyboard (same row and the rows beside)."""
    position = {
        letter: (row, column)
        for row, letters in enumerate(_KEYBOARD_ROWS)
        for column, letter in enumerate(letters)
    }
    return {
        letter: frozenset(
            other
            for other, (other_row, other_column) in position.items()
            if other != letter and abs(other_row - row) <= 1 and abs(other_column - column) <= 1
        )
        for letter, (row, column) in position.items()
    }


# How much likelier each kind of slip is than an arbitrary substitution (typing-error
# studies find transpositions, neighbouring keys and dropped or doubled letters dominate).
TRANSPOSITION_WEIGHT = 20.0
NEIGHBOUR_KEY_WEIGHT = 5.0
DOUBLED_LETTER_WEIGHT = 5.0
DROPPED_OR_EXTRA_WEIGHT = 2.0


def _channel_weight(typo: str, intended: str) -> float:
    """Relative likelihood that ``intended`` was typed as ``typo`` (one edit apart)."""
    neighbours = _keyboard_neighbours()
    if len(typo) == len(intended):
        diff = [index for index, (a, b) in enumerate(zip(typo, intended, strict=True)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            return TRANSPOSITION_WEIGHT
        if len(diff) == 1:
            a, b = typo[diff[0]], intended[diff[0]]
            return NEIGHBOUR_KEY_WEIGHT if a in neighbours.get(b, ()) else 1.0
        return 1.0
    longer, shorter = (typo, intended) if len(typo) > len(intended) else (intended, typo)
    index = next(
        (i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter)
    )
    letter = longer[index]
    around = {longer[index - 1] if index else "", longer[index + 1 : index + 2]}
    if letter in around:
        return DOUBLED_LETTER_WEIGHT
    if len(typo) > len(intended) and around & neighbours.get(letter, frozenset()):
        return NEIGHBOUR_KEY_WEIGHT  # an extra key struck beside the intended one
    return DROPPED_OR_EXTRA_WEIGHT


def _edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away (Norvig)."""
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    deletes = [head + tail[1:] for head, tail in splits if tail]
    transposes = [head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1]
    replaces = [head + letter + tail[1:] for head, tail in splits if tail for letter in LETTERS]
    inserts = [head + letter + tail for head, tail in splits for letter in LETTERS]
    return set(deletes + transposes + replaces + inserts)


@functools.cache
def _far_suggestion_words() -> frozenset[str]:
    """The words a suggestion two edits away may be: frequent, letters only."""
    return frozenset(
        word
        for word, count in word_counts().items()
        if count >= FAR_SUGGESTION_MIN_COUNT and word.isalpha()
    )


@functools.cache
def _far_suggestion_letters() -> str:
    return "".join(sorted(set("".join(_far_suggestion_words()))))


_SLOT = "\0"  # where a template takes its inserted letter


def _inserts(word: str, letters: str) -> list[str]:
    return [
        word[:index] + letter + word[index:] for index in range(len(word) + 1) for letter in letters
    ]


def _far_candidates(word: str) -> set[str]:
    """The frequent words that share a one-letter deletion with ``word`` (SymSpell's
    candidates at distance two: the word itself, its deletions, the words it is a deletion
    of, and the words sharing one of its deletions), found by generating those strings
    and intersecting them with the frequent words. Only asked for a few flagged words a
    document, so this beats building a delete index of every frequent word (0.4 s and
    40 MB per process).

    The insertions are generated in C: every insertion point of the word and of each of
    its deletions becomes one line of a template text, and each letter fills them all with
    one ``replace`` and one ``split``."""
    frequent = _far_suggestion_words()
    deletions = set(_deletes(word))
    candidates = set(frequent.intersection(deletions))
    if word in frequent:
        candidates.add(word)
    letters = _far_suggestion_letters()
    texts = (word, *deletions)
    if any(_SLOT in text or "\n" in text for text in texts):  # never in real text
        for text in texts:
            candidates.update(frequent.intersection(_inserts(text, letters)))
        return candidates
    templates = "\n".join(
        text[:index] + _SLOT + text[index:] for text in texts for index in range(len(text) + 1)
    )
    for letter in letters:
        candidates.update(frequent.intersection(templates.replace(_SLOT, letter).split("\n")))
    return candidates


def edit_distance(left: str, right: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transposition)."""
    previous_previous: list[int] = []
    previous = list(range(len(right) + 1))
    for i, left_char in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, right_char in enumerate(right, 1):
            cost = 0 if left_char == right_char else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and left_char == right[j - 2] and left[i - 2] == right_char:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[-1]


@functools.lru_cache(maxsize=16_384)
def suggest(word: str, max_distance: int = 2) -> str | None:
    """The most frequent real word closest to a lower-case non-word, or None.

    Only called for words already flagged. Words one edit away are generated and looked up
    (a few hundred probes); failing those, frequent words two edits away come from
    :func:`_far_candidates`. A candidate two edits away must be a frequent word: two edits
    from a rare word is as likely a foreign word as a typo.
    """
    counts = word_counts()
    inflected = y_rule_correction(word)
    if inflected is not None:
        return inflected
    # the lexicon's words among the edits, found in C, then filtered
    near = [
        candidate
        for candidate in counts.keys() & _edits1(word)
        if counts[candidate] >= SUGGESTION_MIN_COUNT and candidate.isalpha()
    ]
    if near:
        return max(
            near,
            key=lambda candidate: (counts[candidate] * _channel_weight(word, candidate), candidate),
        )
    if max_distance < 2:
        return None
    # Every candidate is within two edits already: a deletion or an insertion of the word
    # is one edit away, an insertion into one of its deletions two (so no edit_distance).
    far = [candidate for candidate in _far_candidates(word) if candidate != word]
    if not far:
        return None
    return min(far, key=lambda candidate: (-counts[candidate], candidate))
