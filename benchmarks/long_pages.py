"""Parse time of one page as it grows, to show that it grows in proportion to the page.

    python benchmarks/long_pages.py                # pages of 1,000 to 16,000 lines
    python benchmarks/long_pages.py --largest 64000

A dump holds the odd page that is no article: a scraper's concatenation of many articles, a
forum thread, a live blog. Each such page must cost time in proportion to its size, or one
file stalls a worker of the batch for minutes. The pages here are lines of the reference
layout's fixtures drawn at random (the same draw each run; each page is the start of the
next), so a page of many lines holds many headlines, dates and space-joined tag lines, the
lines that cost the most. For each size the script prints the parse time (the best of three,
in this process, the profile already loaded) and the time per 1,000 lines, which stays about
flat when the parse is linear and doubles with each size when it is quadratic.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from newsparse.pipeline import Options, parse_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
REFERENCE_LAYOUT = ("000-seed-rt-gaza.txt", "062-crlf-bom-seed-layout-putin-rt.txt",
                    "064-html-entities-nbsp-rt-morocco.txt")


def fixture_lines() -> list[str]:
    """Every non-empty line of the reference layout's fixtures."""
    lines: list[str] = []
    for name in REFERENCE_LAYOUT:
        text = (FIXTURES / name).read_bytes().decode("utf-8-sig")
        lines.extend(line for line in text.splitlines() if line.strip())
    return lines


def best_of(runs: int, data: bytes, options: Options) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_bytes(data, path="long-page.txt", options=options)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smallest", type=int, default=1000, help="lines of the first page (default 1,000)")
    parser.add_argument("--largest", type=int, default=16000, help="lines of the last page (default 16,000)")
    args = parser.parse_args()

    pool = fixture_lines()
    draw = random.Random(0)
    lines = [draw.choice(pool) for _ in range(args.largest)]  # each page is the start of the next
    options = Options()
    parse_bytes(b"warm-up", path="warm-up.txt", options=options)  # loads the profiles
    print(f"{'lines':>8}{'KB':>9}{'seconds':>10}{'s per 1,000 lines':>19}")
    size = args.smallest
    while size <= args.largest:
        data = "\n".join(lines[:size]).encode("utf-8")
        seconds = best_of(3, data, options)
        print(f"{size:>8,}{len(data) / 1000:>9,.0f}{seconds:>10.2f}{seconds / size * 1000:>19.3f}")
        size *= 2


if __name__ == "__main__":
    main()
