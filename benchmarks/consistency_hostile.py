"""Hostile inputs for the consistency scorer: the work must grow linearly with the input.

Each input is built at size n and 2n; the script prints the time ratio (about 2 when the
work is linear, about 4 when quadratic) and exits 1 if any ratio exceeds ``--max-ratio``.
CPU time, best of three runs, so a busy machine does not decide the result.

    .venv/bin/python benchmarks/consistency_hostile.py [--size 20000] [--max-ratio 3.0]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from credscore import Document, analyse
from credscore.scorers.consistency import ConsistencyScorer


def quotes(n: int) -> str:
    return "\u201c" * n + '"' * n


def capitalised_run(n: int) -> str:
    rng = random.Random(1)
    return " ".join(
        "".join(rng.choice("BDKLMNRST") + rng.choice("aeiou") for _ in range(3)).capitalize()
        for _ in range(n)
    )


def near_identical_names(n: int) -> str:
    """Many two-token names one letter apart: big comparison blocks."""
    rng = random.Random(2)
    names = []
    for _ in range(n // 2):
        base = list("Halvorsen")
        base[rng.randrange(1, 8)] = rng.choice("aeiou")
        names.append(f"Kari {''.join(base)} said.")
    return " ".join(names)


def numbers_everywhere(n: int) -> str:
    rng = random.Random(3)
    units = ["films", "ships", "homes", "$4 million", "percent", "1978", "in 1979"]
    return " ".join(f"{rng.randint(1, 9999):,} {rng.choice(units)}" for _ in range(n // 2))


def numbers_in_sentences(n: int) -> str:
    rng = random.Random(4)
    return " ".join(
        f"The {rng.randint(1, 99)} films were made in {rng.randint(1900, 2020)}."
        for _ in range(n // 8)
    )


def ages_and_names(n: int) -> str:
    rng = random.Random(5)
    return " ".join(
        f"Smith, {rng.randint(20, 90)}, met the {rng.randint(20, 90)}-year-old Smith."
        for _ in range(n // 8)
    )


def swapped_amounts(n: int) -> str:
    """Amounts with transposable digits beside one shared figure, one a sentence."""
    rng = random.Random(6)
    return " ".join(
        f"Sales rose 3% to ${rng.choice(['2.84', '2.48', '8.42', '4.28'])} billion."
        for _ in range(n // 6)
    )


def month_dates(n: int) -> str:
    """One-time events dated to many months, in sentences and timeline lines."""
    rng = random.Random(7)
    months = ["January", "March", "June", "Sept.", "December"]
    return "\n".join(
        f"\u2022 {rng.choice(months)} {rng.randint(1990, 2030)}: Engaged in Rome"
        if rng.random() < 0.5
        else f"They got engaged in {rng.choice(months)} {rng.randint(1990, 2030)}."
        for _ in range(n // 6)
    )


def particle_chains(n: int) -> str:
    """Names with ever longer chains of particles between their parts."""
    rng = random.Random(8)
    return " ".join(
        f"Ana {'de la ' * rng.randint(1, 40)}Cruz met Osama bin {'al ' * rng.randint(1, 9)}Zaid."
        for _ in range(n // 80)
    )


def hyphen_tails_apart(n: int) -> str:
    """Hyphenated names and their syllables written with a space, over and over."""
    return "Kim Jong-il met Park Ji-hoon. " + "Park Ji hoon and Kim Jong il " * (n // 30)


def unnamed_ages(n: int) -> str:
    """Ages with no name ("the 43-year-old") after named ones, in one long sentence run."""
    rng = random.Random(9)
    return " ".join(
        f"Okafor, {rng.randint(20, 90)}, and the {rng.randint(20, 90)}-year-old left"
        f"{'.' if rng.random() < 0.3 else ','}"
        for _ in range(n // 8)
    )


def people_and_prices(n: int) -> str:
    """Counts of people with swapped digits and prices of the subject, over and over."""
    rng = random.Random(10)
    return " ".join(
        rng.choice(
            [
                f"It has {rng.choice(['1,200', '2,100', '1,020'])} people.",
                f"Of the {rng.choice(['1,200', '2,100', '2,010'])} residents, half left.",
                f"At ${rng.choice(['45', '54', '48'])}m it is dear.",
                f"A fee of about ${rng.choice(['45', '54'])}m was agreed.",
            ]
        )
        for _ in range(n // 8)
    )


def lone_surname_endings(n: int) -> str:
    """Full names and lone surnames differing at their ends ("Okemba" / "Okembe",
    "Montero" / "Monteros"), many distinct ones."""
    rng = random.Random(11)
    stems = ["".join(rng.choice("bdklmnrst") + rng.choice("aeiou") for _ in range(3))
             for _ in range(max(1, n // 40))]
    parts = []
    for stem in stems:
        name = stem.capitalize() + "a"
        parts.append(f"Striker Ana {name} scored. {name} left.")
        parts.append(f"{stem.capitalize()}{rng.choice(['e', 'o', 'as', 'u'])} said so.")
    return " ".join(parts)


def new_fact_families(n: int) -> str:
    """Scheduled days, unit-glued measures, rates, stated ages and reordered counts, in one
    endless line (one sentence: per-sentence work must not repeat per fact)."""
    rng = random.Random(9)
    pieces = [
        lambda: f"the hearing is scheduled for April {rng.randint(1, 28)},",
        lambda: f"the {rng.randint(1, 9)},{rng.randint(100, 999)}mAh battery,",
        lambda: f"{rng.randint(1, 9)}.{rng.randint(1, 9)}mm thick,",
        lambda: f"they say it's 1 in {rng.randint(2, 90)},",
        lambda: f"Okafor is {rng.randint(20, 90)}, he died at {rng.randint(20, 90)},",
        lambda: f"Okafor won {rng.choice(['21,406', '21,604', '24,106'])} votes,",
        lambda: f"the {rng.randint(2, 17)}-year-old",
    ]
    return " ".join(rng.choice(pieces)() for _ in range(n // 6))


def slot_values(n: int) -> str:
    """Durations in words and digits, clock times, match minutes and named levels, in one
    endless line and in many short sentences (the slot passes compare bounded sets)."""
    rng = random.Random(13)
    pieces = [
        lambda: f"Luo was in hospital for {rng.choice(['six', 'four', '12'])} weeks,",
        lambda: f"Mr Luo's {rng.choice(['four', 'eleven'])}-week stay in hospital,",
        lambda: f"he has been at the centre for {rng.randint(2, 30)} months.",
        lambda: f"The fire was first reported at {rng.randint(1, 12)}:{rng.randint(10, 59)} p.m.",
        lambda: f"in the {rng.randint(1, 90)}th minute • {rng.randint(1, 90)} min — Okafor header",
        lambda: f"Roadford and Colliford at {rng.randint(1, 99)}% and {rng.randint(1, 99)}%,",
        lambda: f"{rng.randint(1, 12)}:{rng.randint(10, 59)}pm and {rng.randint(1, 12)} a.m.",
    ]
    return " ".join(rng.choice(pieces)() for _ in range(n // 8))


def round7_families(n: int) -> str:
    """CamelCase brands one vowel apart, double-barrelled surnames, "-es" surnames after a
    title, "the N-year-old" after other ages, swapped study counts: many distinct ones."""
    rng = random.Random(12)
    parts = []
    for _ in range(max(1, n // 60)):
        stem = "".join(rng.choice("bdklmnrst") + rng.choice("aeiou") for _ in range(2))
        brand = stem.capitalize() + rng.choice("aeiou") + "Trim"
        parts.append(f"{brand} sells. {brand} is sold. Buy {stem.capitalize()}oTrim now.")
        parts.append(f"Mrs Ana {stem.capitalize()}-Smythe, {rng.randint(20, 90)}, spoke.")
        parts.append(f"Mrs {stem.capitalize()}-Smithe and Mr {stem.capitalize()}thwaite met.")
        parts.append(f"The {rng.randint(20, 90)}-year-old left a trial of 412 adults.")
        parts.append("The trial involved 421 volunteers and a $312 million budget.")
    return " ".join(parts)


def generic_quantities(n: int) -> str:
    """The generic quantity pass: distinct sentence-opening names (each a substring search),
    number words before units, durations in hours and minutes, days of months, swapped
    counts and a frame shared by every sentence."""
    rng = random.Random(13)
    months = ["March", "April", "June", "July", "October"]
    parts = []
    for _ in range(max(1, n // 80)):
        name = "".join(rng.choice("BDKLMNRST") + rng.choice("aeiou") for _ in range(3))
        parts.append(
            f"{name} waited {rng.choice(['eleven', 'seven', 'twenty'])} months for "
            f"{rng.randint(1, 9)} hours and {rng.randint(10, 59)} minutes since "
            f"{rng.choice(months)} {rng.randint(1, 28)}."
        )
        parts.append(f"The island of {rng.choice(['3,200', '2,300'])} people waited ten days.")
    return " ".join(parts)


def round10_families(n: int) -> str:
    """Distinct capitalised words opening sentences before percentages (each looked up
    inside sentences), counts in words before plural nouns, "X, which ..., was built in"
    years in long sentences, "the date of" days with a digit added."""
    rng = random.Random(14)
    parts = []
    for _ in range(max(1, n // 120)):
        word = "".join(rng.choice("bdklmnrst") + rng.choice("aeiou") for _ in range(3))
        parts.append(f"{word.capitalize()} was {rng.randint(10, 99)}.{rng.randint(1, 9)}%.")
        parts.append(
            f"The {rng.choice(['six', 'five', 'four'])} suspended {word}s left, "
            f"and the mill, which {word}, {word}, {word}, was built in "
            f"{rng.choice(['1878', '1887'])}."
        )
        parts.append(f"The date of the {word} is {rng.choice(['3', '13', '30'])} May.")
    return " ".join(parts)


def round11_families(n: int) -> str:
    """One-time events dated on days of one month, "from X to Y" change starts, sizes of
    changes ("a rise of 38%"), measures with swapped digits, "estimates that" counts and
    decimals with a digit dropped, under distinct subjects."""
    rng = random.Random(15)
    parts = []
    for _ in range(max(1, n // 150)):
        word = "".join(rng.choice("bdklmnrst") + rng.choice("aeiou") for _ in range(3))
        parts.append(f"The {word} will close on {rng.randint(1, 28)} March.")
        parts.append(
            f"The {word} fee will go up from \u00a3{rng.choice(['3,450', '4,350'])} to "
            f"\u00a3{rng.randint(4, 9)},600, a rise of {rng.choice(['38', '28', '83'])}%."
        )
        parts.append(
            f"The {word} wall is {rng.choice(['4.2', '2.4'])} metres high, and it estimates "
            f"that {rng.choice(['43', '34'])} {word}s grew by {rng.choice(['4.99', '4.9'])}%."
        )
    return " ".join(parts)


INPUTS: dict[str, Callable[[int], str]] = {
    "round-11 families": round11_families,
    "round-10 families": round10_families,
    "generic quantities": generic_quantities,
    "round-7 families": round7_families,
    "slot values": slot_values,
    "new fact families": new_fact_families,
    "unnamed ages": unnamed_ages,
    "people counts and prices": people_and_prices,
    "lone surname endings": lone_surname_endings,
    "swapped amounts": swapped_amounts,
    "month dates": month_dates,
    "100k quote marks": quotes,
    "endless capitalised names": capitalised_run,
    "near-identical names": near_identical_names,
    "numbers everywhere": numbers_everywhere,
    "numbers in sentences": numbers_in_sentences,
    "ages of one person": ages_and_names,
    "particle chains": particle_chains,
    "hyphen tails written apart": hyphen_tails_apart,
}


def cpu_seconds(text: str) -> float:
    analysis = analyse(Document("hostile", text))
    scorer = ConsistencyScorer()
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        scorer.score(analysis)
        best = min(best, time.process_time() - started)
    return max(best, 1e-6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--max-ratio", type=float, default=3.0)
    args = parser.parse_args()
    worst = 0.0
    for name, build in INPUTS.items():
        small, large = build(args.size), build(2 * args.size)
        t_small, t_large = cpu_seconds(small), cpu_seconds(large)
        ratio = t_large / t_small
        worst = max(worst, ratio)
        print(
            f"{name:28s} {len(small):>9,} chars {t_small * 1000:8.1f} ms   "
            f"x2: {t_large * 1000:8.1f} ms   ratio {ratio:4.2f}"
        )
    print(f"worst doubling ratio: {worst:.2f} (linear is about 2)")
    sys.exit(1 if worst > args.max_ratio else 0)


if __name__ == "__main__":
    main()
