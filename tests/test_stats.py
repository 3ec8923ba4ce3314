"""Streaming statistics over a dump: counts, rates, distributions, bounded memory."""

from __future__ import annotations

import json
import pickle
from collections import Counter
from dataclasses import replace

import pytest

from newsparse import parse_file
from newsparse.errors import InputError
from newsparse.record import Record
from newsparse.stats import FIELDS, Stats, TopCounter, facts, percentile, warning_kind

from .conftest import FIXTURES

DUMP = FIXTURES / "dumps" / "nightly"


@pytest.fixture(scope="module")
def dump_stats() -> dict:
    stats = Stats()
    for path in sorted(DUMP.glob("*.txt")):
        try:
            stats.add(parse_file(path))
        except InputError as exc:
            stats.add_failure(str(path), str(exc))
    return stats.to_dict()


def test_counts(dump_stats):
    assert (dump_stats["inputs"], dump_stats["parsed"], dump_stats["failed"]) == (21, 18, 3)
    assert dump_stats["duplicates"] == {"inputs": 1, "rate": round(1 / 18, 4)}


def test_fields_present(dump_stats):
    fields = dump_stats["fields"]
    assert list(fields) == list(FIELDS)
    assert fields["headline"] == {"count": 18, "rate": 1.0}
    assert fields["date"]["count"] == 14  # 048 has no date; the three mojibake files lost theirs
    assert fields["unparsed"]["count"] == 1


def test_languages_profiles_encodings(dump_stats):
    assert dump_stats["languages"] == {"ar": 10, "en": 6, "fr": 2}
    assert dump_stats["profiles"] == {"ar": 10, "en": 6, "fr": 2}
    assert dump_stats["encodings"] == {"utf-8": 17, "cp1256": 1}


def test_dates_and_months(dump_stats):
    dates = dump_stats["dates"]
    assert (dates["first"], dates["last"]) == ("2020-12-31", "2025-11-25")
    assert sum(dates["months"].values()) == 14
    assert list(dates["months"]) == sorted(dates["months"])
    assert dates["months"]["2024-02"] == 3  # the reference article, its copy, and the Senegal one


def test_top_sources_and_keywords(dump_stats):
    sources = dump_stats["sources"]
    # the seed, its copy and its mojibake copy (whose "المصدر:" label is garbled, its "RT" not) credit RT
    assert sources["top"][:3] == [["RT", 3], ["RT Arabic", 3], ["BBC News", 2]]
    assert sources["approximate"] is False and sources["distinct"] == 10
    keywords = dump_stats["keywords"]
    assert ["البيت الأبيض", 2] in keywords["top"]


def test_body_length_distribution(dump_stats):
    body = dump_stats["body_chars"]
    assert body["min"] == 105  # the short-body file
    assert body["min"] <= body["median"] <= body["p90"] <= body["max"]


def test_warnings_and_failures_are_grouped_by_kind(dump_stats):
    top = dict(map(tuple, dump_stats["warnings"]["top"]))
    assert top["no date found"] == 4
    assert "keywords joined by spaces were split by rule into … tags (a guess)" in top
    reasons = dict(map(tuple, dump_stats["failures"]["top"]))
    assert reasons == {"binary data (NUL bytes) without a UTF-16 byte-order mark": 1, "empty input": 1,
                       "not valid UTF-8 (byte … at offset …), not Windows-1256 Arabic and not Windows-1252 Latin "
                       "text; force one with --encoding": 1}


def test_json_serialisable(dump_stats):
    assert json.loads(json.dumps(dump_stats, ensure_ascii=False)) == dump_stats


def test_facts_are_small_and_picklable():
    record = parse_file(DUMP / "063-cp1256-lebanon24-cbe-widget-junk.txt")
    item = facts(record)
    assert item.encoding == "cp1256" and item.body_chars == len(record.body)
    assert pickle.loads(pickle.dumps(item)) == item
    assert len(pickle.dumps(item)) < len(pickle.dumps(record))


def test_add_and_add_facts_agree():
    records = [parse_file(path) for path in sorted(DUMP.glob("0*.txt"))]
    one, two = Stats(), Stats()
    for record in records:
        one.add(record)
        two.add_facts(facts(record))
    assert one.to_dict() == two.to_dict()


def test_empty_stats():
    data = Stats().to_dict()
    assert data["inputs"] == 0 and data["body_chars"]["median"] is None
    assert data["fields"]["body"] == {"count": 0, "rate": 0.0}


def test_percentile_nearest_rank():
    counts = Counter(range(1, 11))  # 1..10 once each
    assert percentile(counts, 10, 0.5) == 5
    assert percentile(counts, 10, 0.9) == 9
    assert percentile(counts, 10, 1.0) == 10
    assert percentile(Counter({7: 3}), 3, 0.5) == 7


def test_body_lengths_memory_is_one_entry_per_distinct_length():
    stats = Stats()
    base = Record(id="x", path="p", language="en", profile="en", body="y" * 300)
    for index in range(1000):
        stats.add(replace(base, id=str(index), body="y" * (300 + index % 7)))
    assert len(stats.body_lengths) == 7
    assert stats.to_dict()["body_chars"] == {"min": 300, "median": 303, "p90": 306, "max": 306, "mean": 303.0}
    assert stats.duplicates == 0


def test_top_counter_prunes_and_says_so():
    counter = TopCounter(capacity=100)
    for index in range(1000):
        counter.update(["common", f"rare-{index}"])
    assert len(counter.counts) <= 100
    assert counter.top(1) == [("common", 1000)]
    assert counter.approximate
    assert counter.to_dict(1)["total"] == 2000


def test_warning_kind_keeps_words_with_digits():
    assert warning_kind("decoded as cp1256") == "decoded as cp1256"
    assert warning_kind("first paragraph says today is Monday but the date 2024-02-20 is a Tuesday") == \
        "first paragraph says today is Monday but the date … is a Tuesday"
    assert warning_kind("date not understood: '31/02/2024'") == "date not understood: …"
