"""The fast hedging pass (cues looked for only at gated candidate tokens) finds exactly the
cues of the straightforward one: every position of every sentence tried in turn."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from batch_corpus import article
from credscore.analysis import Analysis, analyse
from credscore.model import Document
from credscore.scorers import hedging
from credscore.scorers.hedging import (
    Cue,
    HedgingScorer,
    LoweredTokens,
    TrieNode,
    cue_trie,
    sentence_cues,
    sentence_view,
    sentences_with_cues,
    weasel_lexicon,
)


def reference(analysis: Analysis) -> list[tuple[int, list[Cue]]]:
    """Every sentence, every position: the matching loop as it was before the gates."""
    lowered = tuple(token.replace("’", "'") for token in analysis.token_lower)
    found = []
    for index, sentence in enumerate(analysis.sentences):
        cues = sentence_cues(sentence_view(analysis, sentence, lowered))
        if cues:
            found.append((index, cues))
    return found


def fast(analysis: Analysis) -> list[tuple[int, list[Cue]]]:
    return [(index, cues) for index, _, cues in
            sentences_with_cues(analysis, LoweredTokens(analysis))]


def lexicon_words() -> list[str]:
    """Every word of the cue phrases and of the weasel lexicons."""
    words: set[str] = set()
    stack: list[TrieNode] = [cue_trie()]
    while stack:
        node = stack.pop()
        for word, child in node.children.items():
            words.add(word)
            stack.append(child)
    lexicon = weasel_lexicon()
    words.update(lexicon.sources, lexicon.quantifiers, lexicon.verbs)
    words.discard(hedging.ANY_POSSESSIVE)
    return sorted(words)


def lexicon_phrases() -> list[list[str]]:
    """Every phrase of the cue trie, as its words ("*'s" as a possessive)."""
    phrases: list[list[str]] = []
    stack: list[tuple[TrieNode, list[str]]] = [(cue_trie(), [])]
    while stack:
        node, words = stack.pop()
        if node.entry is not None:
            phrases.append(words)
        for word, child in node.children.items():
            stack.append((child, [*words, "Kim's" if word == hedging.ANY_POSSESSIVE else word]))
    return sorted(phrases)


WORDS = lexicon_words()
PHRASES = lexicon_phrases()
OTHER = ["the", "a", "plan", "Kim's", "mayor’s", "it’s", "he’s", "don’t", "quietly", "long",
         "also", "still", "not", "if", "so", "that", "to", "be", "May", "3", "2026", ",", ".",
         "?", '"', "“", "”", "(", "—", "beleive", "alledge", "Smith", "out", "on", "at"]


def vary(word: str, how: int) -> str:
    if how == 1:
        return word.capitalize()
    if how == 2:
        return word.replace("'", "’")
    if how == 3:
        return word.upper()
    return word


TOKENS = st.tuples(st.sampled_from(WORDS + OTHER), st.integers(0, 5)).map(lambda t: vary(*t))


@settings(max_examples=300)
@given(st.lists(TOKENS, max_size=40), st.sampled_from([" ", " ", "\n", ". "]))
def test_same_cues_as_trying_every_position(words: list[str], separator: str) -> None:
    text = separator.join(words) if separator != ". " else " ".join(words).replace(" . ", ". ")
    analysis = analyse(Document("d", text))
    assert fast(analysis) == reference(analysis)


def test_same_cues_on_phrases_with_inserted_words() -> None:
    """Each lexicon phrase, alone and with an adverb, a possessive or a curly apostrophe
    inside, in a sentence: the gates must let every one of them through."""
    rng = random.Random(11)
    texts = []
    for _ in range(3000):
        words = list(rng.choice(PHRASES))
        if rng.random() < 0.3:
            words += rng.choice(PHRASES)
        if rng.random() < 0.7:
            words.insert(rng.randint(0, len(words)), rng.choice(["widely", "long", "also",
                                                                 "Kim's", "it’s", "privately"]))
        words = [vary(word, rng.randint(0, 4)) for word in words]
        texts.append(f"{rng.choice(['', 'Some ', 'Critics ', 'It '])}{' '.join(words)}.")
    analysis = analyse(Document("d", "\n".join(texts)))
    assert fast(analysis) == reference(analysis)


def test_same_cues_and_reports_on_generated_articles(seed_texts: dict[str, str]) -> None:
    rng = random.Random(5)
    texts = [*seed_texts.values(), *(article(rng, rng.randint(1, 8)) for _ in range(40))]
    scorer = HedgingScorer()
    for text in texts:
        analysis = analyse(Document("d", text))
        assert fast(analysis) == reference(analysis)
        decisions = scorer.analyse_sentences(analysis)
        assert len(decisions) == len(analysis.sentences)
        assert [d.cues for d in decisions if d.cues] == [tuple(c) for _, c in reference(analysis)]


def test_wiki_profile_decides_every_sentence_as_before(seed_texts: dict[str, str]) -> None:
    """The wiki profile still reads every sentence (its model may flag one without cues);
    its decisions equal the per-sentence loop's."""
    scorer = HedgingScorer(profile="wiki")
    model = hedging.wiki_model()
    rng = random.Random(9)
    texts = [*seed_texts.values(), *(article(rng, rng.randint(1, 6)) for _ in range(20))]
    flagged_by_model_only = 0
    for text in texts:
        analysis = analyse(Document("d", text))
        lowered = tuple(token.replace("’", "'") for token in analysis.token_lower)
        expected = []
        for sentence in analysis.sentences:
            view = sentence_view(analysis, sentence, lowered)
            cues = tuple(sentence_cues(view))
            uncertain = any(cue.kind != "booster" for cue in cues) or (
                model.score(hedging.wiki_features(view.tokens, has_cue=False)) > model.threshold
            )
            expected.append((cues, uncertain, hedging.is_attributed(view)))
        decisions = scorer.analyse_sentences(analysis)
        assert [(d.cues, d.uncertain, d.attributed) for d in decisions] == expected
        flagged_by_model_only += sum(1 for d in decisions if d.uncertain and not d.cues)
    assert flagged_by_model_only > 0  # the path that reads cue-less sentences was taken
