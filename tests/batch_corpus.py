"""Varied small news-like documents for the batch tests (not the seeds: made-up outlets,
names and layouts, so nothing is tuned to the development set)."""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = ["Amara Okafor", "Lars Henriksen", "Mei Lin", "Rafael Ortega", "Siobhan Kelly",
          "Tomasz Nowak", "Priya Raghavan", "Kwame Mensah", "Ingrid Solberg", "Yusuf Demir"]
PLACES = ["Port Elwin", "the Daneford valley", "Kisumu", "Tromsø", "Valparaíso", "Ghent"]
OUTLETS = ["the Coastal Herald", "Radio Nord", "The Morning Ledger", "Agence Delta"]
VERBS = ["said", "told reporters", "wrote in a statement", "argued", "claimed", "added"]
TOPICS = ["the new ferry timetable", "flood defences", "a school funding gap",
          "the harbour expansion", "rising rents", "a vaccine trial", "the council budget"]
HEDGES = ["may", "might", "could possibly", "is thought to", "reportedly"]


def article(rng: random.Random, paragraphs: int = 4) -> str:
    topic = rng.choice(TOPICS)
    lines = [f"{rng.choice(PLACES).title()} Weighs {topic.title()}"]
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            person = rng.choice(PEOPLE)
            kind = rng.random()
            if kind < 0.3:
                sentences.append(
                    f'"We {rng.choice(HEDGES)} see changes to {topic} by {rng.randint(2025, 2031)},"'
                    f" {person} {rng.choice(VERBS)}."
                )
            elif kind < 0.6:
                sentences.append(
                    f"According to {rng.choice(OUTLETS)}, {rng.randint(2, 90_000):,} residents "
                    f"in {rng.choice(PLACES)} were affected."
                )
            else:
                sentences.append(
                    f"Some experts say {topic} {rng.choice(HEDGES)} cost "
                    f"{rng.randint(1, 99)}.{rng.randint(0, 9)} million, {person} {rng.choice(VERBS)}."
                )
        lines.append(" ".join(sentences))
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, *, seed: int = 7, paragraphs: int = 4) -> list[str]:
    """``count`` documents in nested folders; returns their ids, sorted."""
    rng = random.Random(seed)
    ids = []
    for index in range(count):
        doc_id = f"part{index % 3}/doc{index:04d}.txt"
        path = folder / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, paragraphs), encoding="utf-8")
        ids.append(doc_id)
    return sorted(ids)
