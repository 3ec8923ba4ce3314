"""A profile of a dump, built one record at a time in bounded memory.

    stats = Stats()
    for record in records:
        stats.add(record)          # or stats.add_facts(facts(record)) when facts come from workers
    stats.to_dict()                # what `newsparse stats --json` prints

Memory: counters of small things (languages, profiles, encodings, months, exact body
lengths: at most one entry per distinct length), one entry per distinct id (for the
duplicate count), and the top sources and keywords kept approximately once there are more
than `TOP_CAPACITY` distinct ones (the output then says `"approximate": true`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .record import Record

# The record fields whose presence is counted, in the contract's order.
FIELDS = ("language", "headline", "deck", "date", "date_raw", "authors", "body", "sources", "keywords", "read_also",
          "unparsed", "warnings")
TOP_CAPACITY = 50_000  # distinct sources/keywords counted exactly before pruning to the most frequent
TOP_N = 10
_DECODED_AS = "decoded as "
# Details that vary from record to record: quoted text, hex bytes, numbers and dates (not the
# digits inside words such as "UTF-8" or "cp1256").
_WARNING_DETAILS = re.compile(r"'[^']*'|\"[^\"]*\"|\b0x[0-9a-fA-F]+\b|(?<![\w-])\d+(?:[-:./]\d+)*\b")


class Facts(NamedTuple):
    """What stats needs of one record: small, so workers can send it instead of the record."""

    id: str
    language: str | None
    profile: str
    encoding: str
    date: str | None
    present: tuple[bool, ...]  # one per FIELDS
    sources: tuple[str, ...]
    keywords: tuple[str, ...]
    body_chars: int
    warnings: tuple[str, ...]  # warning kinds (details such as dates and quoted text removed)


def facts(record: Record) -> Facts:
    """The facts of one record (picklable; the batch runner calls it in its workers)."""
    encoding = "utf-8"
    for warning in record.warnings:
        if warning.startswith(_DECODED_AS):
            encoding = warning[len(_DECODED_AS):]
    present = tuple(_present(getattr(record, name)) for name in FIELDS)
    return Facts(record.id, record.language, record.profile, encoding, record.date, present, record.sources,
                 record.keywords, len(record.body), tuple(warning_kind(warning) for warning in record.warnings))


def warning_kind(warning: str) -> str:
    """A warning with its details (quoted text, numbers, dates) replaced, so alike ones count together."""
    return _WARNING_DETAILS.sub("…", warning)


def _present(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


class TopCounter:
    """Counts items; exact until `capacity` distinct items, then keeps the most frequent ones
    (pruning to half the capacity whenever it fills up), and says it is approximate."""

    def __init__(self, capacity: int = TOP_CAPACITY) -> None:
        self.capacity = capacity
        self.counts: Counter[str] = Counter()
        self.approximate = False
        self.total = 0

    def update(self, items: Iterable[str]) -> None:
        counts = self.counts
        for item in items:
            counts[item] += 1
            self.total += 1
        if len(counts) > self.capacity:
            self.counts = Counter(dict(counts.most_common(self.capacity // 2)))
            self.approximate = True

    def top(self, n: int = TOP_N) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))[:n]

    def to_dict(self, n: int = TOP_N) -> dict[str, Any]:
        return {"total": self.total, "distinct": len(self.counts), "approximate": self.approximate,
                "top": [[name, count] for name, count in self.top(n)]}


def percentile(counts: Counter[int], total: int, fraction: float) -> int:
    """The nearest-rank percentile of values given as value → count (`total` values in all)."""
    rank = max(1, math.ceil(round(fraction * total, 6)))  # rounded first: 0.9 * 10 is 9.000000000000002
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if seen >= rank:
            return value
    raise ValueError("percentile of no values")


@dataclass(slots=True)
class Stats:
    """Aggregates records (or their facts) and failed inputs."""

    top_n: int = TOP_N
    parsed: int = 0
    failed: int = 0
    present: list[int] = field(default_factory=lambda: [0] * len(FIELDS))
    languages: Counter[str] = field(default_factory=Counter)
    profiles: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
    sources: TopCounter = field(default_factory=TopCounter)
    keywords: TopCounter = field(default_factory=TopCounter)
    body_lengths: Counter[int] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    with_warnings: int = 0
    failure_reasons: TopCounter = field(default_factory=lambda: TopCounter(1_000))
    ids: set[str] = field(default_factory=set)
    duplicates: int = 0

    def add(self, record: Record) -> None:
        self.add_facts(facts(record))

    def add_facts(self, item: Facts) -> None:
        self.parsed += 1
        for index, present in enumerate(item.present):
            if present:
                self.present[index] += 1
        self.languages[item.language or "unknown"] += 1
        self.profiles[item.profile] += 1
        self.encodings[item.encoding] += 1
        if item.date:
            day = item.date[:10]
            self.months[day[:7]] += 1
            if self.first_date is None or day < self.first_date:
                self.first_date = day
            if self.last_date is None or day > self.last_date:
                self.last_date = day
        self.sources.update(item.sources)
        self.keywords.update(item.keywords)
        self.body_lengths[item.body_chars] += 1
        if item.warnings:
            self.with_warnings += 1
            self.warnings.update(item.warnings)
        if item.id in self.ids:
            self.duplicates += 1
        else:
            self.ids.add(item.id)

    def add_failure(self, path: str, reason: str) -> None:
        self.failed += 1
        self.failure_reasons.update([warning_kind(reason)])

    @property
    def inputs(self) -> int:
        return self.parsed + self.failed

    def body_distribution(self) -> dict[str, Any]:
        if not self.parsed:
            return {"min": None, "median": None, "p90": None, "max": None, "mean": None}
        total = sum(length * count for length, count in self.body_lengths.items())
        return {
            "min": min(self.body_lengths),
            "median": percentile(self.body_lengths, self.parsed, 0.5),
            "p90": percentile(self.body_lengths, self.parsed, 0.9),
            "max": max(self.body_lengths),
            "mean": round(total / self.parsed, 1),
        }

    def to_dict(self) -> dict[str, Any]:
        parsed = self.parsed

        def rate(count: int) -> float:
            return round(count / parsed, 4) if parsed else 0.0

        return {
            "inputs": self.inputs,
            "parsed": parsed,
            "failed": self.failed,
            "fields": {name: {"count": count, "rate": rate(count)} for name, count in zip(FIELDS, self.present,
                                                                                        strict=True)},
            "languages": _sorted_counts(self.languages),
            "profiles": _sorted_counts(self.profiles),
            "encodings": _sorted_counts(self.encodings),
            "dates": {"first": self.first_date, "last": self.last_date, "months": dict(sorted(self.months.items()))},
            "sources": self.sources.to_dict(self.top_n),
            "keywords": self.keywords.to_dict(self.top_n),
            "body_chars": self.body_distribution(),
            "duplicates": {"inputs": self.duplicates, "rate": rate(self.duplicates)},
            "warnings": {"records": self.with_warnings, "rate": rate(self.with_warnings),
                         "top": [[kind, count] for kind, count in _top(self.warnings, self.top_n)]},
            "failures": self.failure_reasons.to_dict(self.top_n),
        }


def _sorted_counts(counts: Counter[str]) -> dict[str, int]:
    return dict(_top(counts, len(counts)))


def _top(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
