"""Linear time on hostile input: the noise segmenter on doubling sizes of adversarial text.

    python benchmarks/noise_linear.py

For each hostile shape, segment n and 2n copies and print the time ratio; a linear
segmenter shows about 2, a quadratic one about 4. Exits 1 if any ratio exceeds 3. Also
prints the throughput on an ordinary page with comments, in MB/s.
"""

from __future__ import annotations

import sys
import time

from credscore.noise_rules import clear_line_cache
from credscore.segment import noise_segmenter

HOSTILE = {
    "quote marks, one line": '"' * 800_000,
    "digits, one line": "9" * 800_000,
    "capitalised names, one line": "Jane Doe " * 50_000,
    "timestamp-like words, one line": "5 years ago " * 40_000,
    "reply lines": "Reply\n" * 40_000,
    "timestamp lines": "Jane Doe\n3 years ago\n" * 20_000,
    "headers": "13 Comments\nNotify of\n" * 20_000,
    "bullets": "  • North Korea\n" * 30_000,
    "nav separators": ("News | " * 30 + "\n") * 4_000,
    "by-lines": ("By " + "Jane " * 30 + "\n") * 4_000,
    "long dotted line": ". " * 400_000,
    "spaced menu items": ("News  " * 20 + "\n") * 8_000,
    "spaced menu, one line": "Home  " * 100_000,
    "author notes": ("Jane Doe Roe is a former " + "reporter " * 30 + "\n") * 3_000,
    "level lines": ("level 1 · " * 8 + "\n") * 8_000,
    "subscribe promos": ("Wow! " * 25 + "Subscribe for more\n") * 3_000,
    "no newlines, spaces": " " * 400_000,
    # round-5 families: appeals, tip questions, standards notes, arrows, brackets, mastheads
    "donation openers": ("Before you go: " + "readers like you " * 15 + "\n") * 3_000,
    "tip questions": ("Spotted something " + "? " * 60 + "\n") * 3_000,
    "standards notes": ("The Post " + "is a member " * 20 + "\n") * 3_000,
    "arrows and brackets": ("[ " + "» " * 40 + "]\n") * 4_000,
    "capitals lines": ("THE DAILY NEWS " * 3 + "\n") * 10_000,
    "forum pager lines": ("Pages: " + "[1] " * 8 + "Go Down\n") * 8_000,
    # round-6 families: chat exports, control bars, calls to action, rank lines, name+date
    "chat lines": ("[18.11.26 14:02] " + "nick_" * 12 + ": " + "GM " * 40 + "\n") * 3_000,
    "chat openings, one line": "[18.11.26 14:02] " * 40_000,
    "control bars": ("❤ 24 ↩ Reply " * 4 + "\n") * 8_000,
    "arrow buttons": ("Offer " * 30 + "→ BUY " * 10 + "\n") * 3_000,
    "unsubscribe lines": ("Update " * 40 + "unsubscribe " * 5 + "\n") * 3_000,
    "listen calls": ("Listen again on " * 15 + "\n") * 4_000,
    "rank lines": ("Jane · Member · " * 6 + "\n") * 6_000,
    "name and day lines": ("Jane Roe Nov 19 " * 5 + "\n") * 6_000,
    # accuracy round 8: button rows, icon rows, board stamps, tab rows, tables, promos
    "bracket buttons": ("Get it. [Agree] [Options] " * 4 + "\n") * 6_000,
    "bracket buttons, one line": "[Agree] " * 100_000,
    "icon rows": ("🔗 Copy ✉ Email " * 3 + "\n") * 8_000,
    "board stamps": ("Anonymous (ID: x) 20/11/26(Fri)21:14 No.8821 " * 2 + "\n") * 5_000,
    "tab rows": ("All Comments (6) | " * 5 + "\n") * 6_000,
    "table rows in prose": (
        "The board approved the plan on Thursday after a long hearing in the town.\n"
        + "Region · Alert · Until\n" * 3
    ) * 3_000,
    "promo questions": ("Planning a trip? Read our " * 8 + "\n") * 4_000,
    "breadcrumbs to a thread": ("Forums › News › Re: X › " * 3 + "\n") * 6_000,
    # accuracy round 9: numbered comments with time-first stamps, social notes, invitations
    "numbered comments": (
        "Comment number 12.\nPosted by gull_44 at 19:02 20 Nov 2026\nReport this comment | "
        "Rate this: +4 / -1\n"
    ) * 3_000,
    "social notes": ("fernsandfog reblogged this from harbourwire and added:\n" * 2 + "x liked this\n")
    * 4_000,
    "invitations with links": ("Join the " + "Harbour " * 6 + "→ " + "a." * 30 + "gg\n") * 4_000,
    "top blocks of chrome": ("SITE\nSlogan of the site since 1902\nNews | Sport\n" * 2 + "\n") * 4_000,
    # accuracy round 10: mail digests, more controls and rows, tickers, lead magnets
    "mail header blocks": ("Re: [list] Topic\nFrom: Jane <j@x>\nDate: 3 Mar 2026\nText.\n") * 8_000,
    "mail pairs far apart": (
        ("From: Jane\nDate: 3 Mar 2026\nHi.\n" * 2)
        + "The board approved the plan on Thursday after a long hearing in the town.\n" * 16
    ) * 1_000,
    "more-control rows": ("Chat paused · Show more reviews ▾ · x\n" * 2 + "Load more posts\n") * 8_000,
    "tickers": ("⚡ BREAKING: " * 6 + "\n") * 6_000,
    "lead magnet questions": ("Want more? " * 20 + "Get my free e-book " * 5 + "\n") * 3_000,
    "nutrition notes": ("Nutrition information is " + "calculated " * 25 + "\n") * 3_000,
    # accuracy round 11: review lists, forum stamps, post headers, page tops
    "review lists": (
        "Rated 5 out of 5 stars\nJo H · 2 reviews · GB\nText.\nDate of experience: 3 March 2026\n"
        "👍 Useful (18) · Share\nReply from Jo Co · 8 Nov 2026\n★★★★☆ Mar 3, 2026\n"
    ) * 3_000,
    "reviewer names and counts, one line": ("Ann Bo Cy · " * 20 + "2 reviews · " * 20 + "\n")
    * 3_000,
    "forum weekday stamps": ("kestrel_77 · Tue 17-Nov-26 10:12:41\nText.\nReport\n") * 6_000,
    "board post headers": ("by old_harry » Tue Nov 17, 2026 10:12 am\n11-17-2026, 10:12 AM #2\n")
    * 6_000,
    "post headers over counts": ("Posted in r/Town by u/bot · 3h\n61 comments · Sort by: Best\n")
    * 6_000,
    "ticker rows of figures": ("Markets: FTSE 1 | Brent 2 | Gold 3 | " * 5 + "\n") * 4_000,
}


def page(number: int) -> str:
    """An ordinary page with comments; every line differs from page to page."""
    paragraphs = "".join(
        f"Voters in district {number}-{i} approved a ${number % 90 + i} million plan on Monday to "
        f"rebuild a seawall that failed {i} times during storms, officials said on day {number}.\n\n"
        for i in range(12)
    )
    comments = "".join(
        f"Reader {number} {i}\n{i + 1} years ago\n\nI live in district {number} and the wall "
        f"was always {i} feet too low.\n\nReply\n"
        for i in range(13)
    )
    return (
        f"Town {number} votes to rebuild seawall\n\nBy Staff Reporter {number}\n\n"
        + paragraphs
        + "Advertisement\n\n"
        + f"{number} Comments\nNotify of\n"
        + comments
        + f"© {number} Harbour Times. All rights reserved.\n"
    )


def seconds(text: str, repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        clear_line_cache()  # repeated lines would otherwise be served from the cache
        start = time.perf_counter()
        noise_segmenter(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    worst = 0.0
    print(f"{'input':34} {'n (chars)':>10} {'t(n) ms':>9} {'t(2n) ms':>9} {'ratio':>6}")
    for name, text in HOSTILE.items():
        once, twice = seconds(text), seconds(text * 2)
        ratio = twice / max(once, 1e-9)
        worst = max(worst, ratio)
        print(f"{name:34} {len(text):>10} {once * 1e3:>9.1f} {twice * 1e3:>9.1f} {ratio:>6.2f}")
    corpus = "".join(page(number) for number in range(300))
    elapsed = seconds(corpus, repeats=1)
    megabytes = len(corpus.encode("utf-8")) / 1e6
    print(f"throughput on a page with comments: {megabytes / elapsed:.1f} MB/s")
    print(f"worst doubling ratio: {worst:.2f}")
    return 1 if worst > 3.0 else 0


if __name__ == "__main__":
    sys.exit(main())
