"""The consistency scorer's column-wise fast paths give exactly what the plain code gives.

* :func:`credscore.name_runs.scan_mentions` (one regex over per-token kind codes) against
  :func:`credscore.entities.name_mentions` (the token-by-token reference), on generated
  articles that mix every awkward case: particles, initials, possessives, hyphen tails
  written with a space, acronyms, sentence and line breaks, odd white space;
* the spelling pre-filter of :func:`credscore.variants._linkable` against comparing every
  spelling in :func:`credscore.variants._fuzzy_links`;
* the single-token search by shape against the indexed search by deletion and skeleton
  keys, whenever no key block can exceed ``MAX_BLOCK_FORMS``.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict

from hypothesis import given
from hypothesis import strategies as st

from credscore.analysis import analyse
from credscore.entities import name_mentions, split_parts
from credscore.model import Document
from credscore.name_runs import MentionTable, scan_mentions
from credscore.variants import (
    MAX_BLOCK_FORMS,
    Form,
    _AnchorIndex,
    _fuzzy_links,
    _linkable,
    close_parts,
)

TOKENS = [
    "Kim", "Jong-il", "Jong-Il", "il", "il's", "Il", "hoon", "hoon's", "Ji-hoon", "Ji", "Park",
    "de", "la", "van", "bin", "y", "al-Assad", "al-Assad's", "el-Sisi", "al-assad", "W", "W.",
    "A", "B", "U", "S", ".", ",", "'s", "’", "Kim's", "Smiths'", "NASA", "KIM", "The", "When",
    "said", "Chief", "Dr", "Mr.", "Ó", "Súil", "Élan", "İz", "ǅx", "Ab_cd", "1990", "un",
    "Jong-un", "il-Sung", "B-movie", "AI-made", "Straße", "O'Neill", "O’Neil", "ﷺ", "?", "(",
]
JOINERS = [" ", " ", " ", " ", " ", "  ", "", ". ", "\n", ".\n", "? ", "\t", "\u00a0", " - "]


def _article(rng: random.Random, size: int) -> str:
    head = rng.choice(["", "Title Case Head\n", "a plain first line\n"])
    return head + "".join(rng.choice(TOKENS) + rng.choice(JOINERS) for _ in range(size))


@given(st.integers(0, 2**32), st.integers(1, 60))
def test_scan_mentions_equals_the_token_by_token_reference(seed: int, size: int) -> None:
    analysis = analyse(Document("d", _article(random.Random(seed), size)))
    assert scan_mentions(analysis).mentions() == name_mentions(analysis)


def test_scan_mentions_on_many_generated_articles() -> None:
    rng = random.Random(7)
    for _ in range(400):
        analysis = analyse(Document("d", _article(rng, rng.randint(1, 80))))
        assert scan_mentions(analysis).mentions() == name_mentions(analysis)


def test_long_runs_and_empty_text() -> None:
    for text in [
        "",
        "Anna Maria Smith-Jones O'Neil " * 50,
        "Ab Cd Ef Gh Ij Kl Mn said, and Ab Cd de la Ef Gh Ij Kl Mn Op left.",
        "George W. Bush met Kim Jong Il and Park Ji  hoon in U.S. talks.",
    ]:
        analysis = analyse(Document("d", text))
        table = scan_mentions(analysis)
        assert table.mentions() == name_mentions(analysis)
        assert MentionTable.of(table.mentions()).mentions() == table.mentions()


SYLLABLES = ["ka", "ri", "lin", "qu", "ist", "dq", "vi", "st", "han", "sen", "son", "a", "e"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def _forms(names: list[tuple[str, ...]]) -> list[Form]:
    return [Form(" ".join(parts), parts) for parts in dict.fromkeys(names)]


@given(st.integers(0, 2**32), st.integers(2, 40))
def test_linkable_spellings_give_every_fuzzy_link(seed: int, count: int) -> None:
    """Leaving out the spellings ``_linkable`` rules out, with the part counts of all,
    finds the same links as comparing every spelling."""
    rng = random.Random(seed)
    pool = [_word(rng) for _ in range(6)]
    names = [
        tuple(rng.choice(pool) if rng.random() < 0.7 else _word(rng) for _ in range(size))
        for size in (rng.randint(2, 4) for _ in range(count))
    ]
    forms = _forms(names)
    uses, linkable = _linkable([form.parts for form in forms])
    kept = [forms[index] for index in linkable]
    assert set(_fuzzy_links(kept, by_words=False, uses=uses)) == set(
        _fuzzy_links(forms, by_words=False)
    )


@given(st.integers(0, 2**32))
def test_single_token_shape_search_equals_the_indexed_search(seed: int) -> None:
    """Among anchors that end like the lone word and are at most one letter longer or
    shorter, the close ones are exactly the close ones the key index finds, whenever no
    key block can hold more than MAX_BLOCK_FORMS anchors."""
    rng = random.Random(seed)
    keys = {"".join(split_parts(_word(rng) + _word(rng))) for _ in range(rng.randint(1, 60))}
    anchors = {key: key for key in keys if len(key) >= 5}
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word in anchors:
        by_shape[(word[-1], len(word))].append(word)
    lengths = Counter(len(word) for word in anchors)
    if any(count + lengths.get(size + 1, 0) > MAX_BLOCK_FORMS for size, count in lengths.items()):
        return  # the scorer uses the indexed search here
    index = _AnchorIndex(anchors, by_shape)
    for lone in [_word(rng) + _word(rng) for _ in range(20)]:
        if len(lone) < 5:
            continue
        by_shape_found = {
            word
            for step in (-1, 0, 1)
            for word in by_shape.get((lone[-1], len(lone) + step), ())
            if close_parts(lone, word)
        }
        indexed_found = {
            word
            for word in index.candidates(lone)
            if word[-1] == lone[-1] and close_parts(lone, word)
        }
        assert by_shape_found == indexed_found


def test_fuzzy_link_prefilter_keeps_known_pairs() -> None:
    names = [("kim", "jong", "il"), ("kim", "jung", "il"), ("kari", "lindqvist"), ("anna", "berg")]
    forms = _forms(names)
    uses, linkable = _linkable([form.parts for form in forms])
    kept = [forms[index] for index in linkable]
    links = set(_fuzzy_links(kept, by_words=False, uses=uses))
    assert links == {("kim jong il", "kim jung il")}
    assert list(itertools.chain.from_iterable(links)) != []
