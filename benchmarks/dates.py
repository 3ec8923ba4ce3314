"""Side-by-side benchmark of the newsparse date engine and dateparser on fixtures/dates.tsv.

    pip install -e '.[bench]'
    python benchmarks/dates.py [--repeat N] [--profile]

Both tools get the same raw strings in the same run, the same fixed reference for relative
dates (the TSV header's 2014-09-01T10:30) and a language hint per row. dateparser is called
as the brief of issue 4 asks:

    dateparser.parse(raw, languages=[row language] (+ "en" for ar/fr pages, which often print
                     English dates), settings={"RETURN_AS_TIMEZONE_AWARE": False,
                     "PREFER_DATES_FROM": "past", "RELATIVE_BASE": reference})

Scoring (the same for both): a row is right when both say "no date", or when the day is the
expected day and, if the expected value has a time, the wall-clock HH:MM is the expected one.
Zones are not compared there because dateparser returns naive datetimes; the exact-ISO line
(newsparse only) compares the whole string, offsets and seconds included. A second dateparser
line shows its accuracy when `search_dates` is tried after `parse` finds nothing (not timed).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsparse.dates import DateVocabulary, parse_date  # noqa: E402

FIXTURES = ROOT / "fixtures" / "dates.tsv"
REFERENCE = datetime(2014, 9, 1, 10, 30)
SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past", "RELATIVE_BASE": REFERENCE}


@dataclass(frozen=True, slots=True)
class Row:
    raw: str
    expected: str | None
    language: str
    source: str


def load_rows(path: Path = FIXTURES) -> list[Row]:
    """Rows of the TSV: comment lines and the header row come first, every later line is data."""
    rows: list[Row] = []
    in_data = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not in_data:
            in_data = line.startswith("raw\t")
            continue
        if line:
            raw, expected, language, source = line.split("\t")
            rows.append(Row(raw, expected or None, language, source))
    return rows


def same(expected: str | None, got: str | None) -> bool:
    """Day-level agreement, plus HH:MM when the expected value carries a time."""
    if expected is None or got is None:
        return expected is got
    if got[:10] != expected[:10]:
        return False
    return len(expected) <= 10 or got[10:16] == expected[10:16]


def newsparse_iso(row: Row) -> str | None:
    return parse_date(row.raw, language=row.language, reference=REFERENCE).iso


def dateparser_iso(row: Row, *, search: bool = False) -> str | None:
    import dateparser
    from dateparser.search import search_dates

    languages = [row.language] if row.language == "en" else [row.language, "en"]
    found = dateparser.parse(row.raw, languages=languages, settings=SETTINGS)
    if found is None and search:
        hits = search_dates(row.raw, languages=languages, settings=SETTINGS)
        found = hits[0][1] if hits else None
    return found.strftime("%Y-%m-%dT%H:%M:%S") if found else None


def accuracy(rows: Iterable[Row], results: list[str | None], exact: bool = False) -> dict[str, float]:
    """Share of right rows per language and overall."""
    by_lang: dict[str, list[bool]] = defaultdict(list)
    for row, got in zip(rows, results, strict=True):
        ok = got == row.expected if exact else same(row.expected, got)
        by_lang[row.language].append(ok)
        by_lang["all"].append(ok)
    return {lang: sum(oks) / len(oks) for lang, oks in sorted(by_lang.items())}


def timed(fn: Callable[[Row], str | None], rows: list[Row], repeat: int) -> tuple[list[str | None], float]:
    """Results of one pass, and the best mean CPU microseconds per row over `repeat` passes.

    CPU time (`process_time`) rather than wall time, so that other work on the machine
    does not skew the comparison.
    """
    results = [fn(row) for row in rows]  # warm-up, and the results
    means = []
    for _ in range(repeat):
        start = time.process_time()
        for row in rows:
            fn(row)
        means.append((time.process_time() - start) / len(rows) * 1e6)
    return results, min(means)


def report(rows: list[Row], repeat: int) -> None:
    DateVocabulary.builtin()  # compile once, outside the timing
    ours, our_us = timed(newsparse_iso, rows, repeat)
    table = {
        "newsparse": accuracy(rows, ours),
        "newsparse (exact ISO)": accuracy(rows, ours, exact=True),
    }
    their_us = None
    if importlib.util.find_spec("dateparser") is None:
        print("dateparser is not installed: pip install -e '.[bench]' to compare\n")
    else:
        theirs, their_us = timed(dateparser_iso, rows, max(1, repeat // 5))
        table["dateparser"] = accuracy(rows, theirs)
        table["dateparser + search_dates"] = accuracy(rows, [dateparser_iso(row, search=True) for row in rows])
    langs = list(table["newsparse"])
    counts = {lang: sum(1 for r in rows if lang in ("all", r.language)) for lang in langs}
    print(f"{len(rows)} date strings from {FIXTURES.relative_to(ROOT)}")
    print(f"{'':28}" + "".join(f"{f'{lang} ({counts[lang]})':>12}" for lang in langs))
    for name, scores in table.items():
        print(f"{name:28}" + "".join(f"{scores.get(lang, 0.0):>12.3f}" for lang in langs))
    print(f"\nnewsparse   {our_us:8.1f} µs per date")
    if their_us is not None:
        print(f"dateparser  {their_us:8.1f} µs per date")
        print(f"speed-up    {their_us / our_us:8.1f}×")
    _print_misses(rows, ours)


def _print_misses(rows: list[Row], ours: list[str | None]) -> None:
    misses = [(row, got) for row, got in zip(rows, ours, strict=True) if not same(row.expected, got)]
    if misses:
        print("\nnewsparse misses:")
    for row, got in misses:
        print(f"  {row.language}  expected {row.expected!s:26} got {got!s:26} {row.raw[:70]!r}")


def profile(rows: list[Row]) -> None:
    """Where newsparse spends its time (needs pyinstrument)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0001)
    profiler.start()
    for _ in range(50):
        for row in rows:
            newsparse_iso(row)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timing passes for newsparse (default 20)")
    parser.add_argument("--profile", action="store_true", help="profile newsparse with pyinstrument")
    args = parser.parse_args(argv)
    rows = load_rows()
    if args.profile:
        profile(rows)
        return 0
    report(rows, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
