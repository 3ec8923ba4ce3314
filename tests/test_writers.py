"""Writers and readers: every format round-trips records exactly; output files are atomic."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.writers import (
    FORMATS,
    RECORD_KEYS,
    CsvWriter,
    FormatError,
    JsonWriter,
    Stream,
    atomic_output,
    format_for_path,
    make_writer,
    read_records,
    sniff_format,
    write_records,
)

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
_record = st.fixed_dictionaries({
    "id": st.text("0123456789abcdef", min_size=16, max_size=16),
    "path": _line,
    "language": st.one_of(st.none(), st.sampled_from(["ar", "en", "fr"])),
    "profile": st.sampled_from(["ar", "en", "fr", "my-site"]),
    "headline": st.one_of(st.none(), _line),
    "date": st.one_of(st.none(), st.sampled_from(["2024-02-20", "2023-08-08T08:31:28+00:00", "2024-02-04T14:34"])),
    "date_raw": st.one_of(st.none(), _line),
    "authors": st.lists(_line, max_size=3),
    "body": st.lists(_text, max_size=4).map("\n\n".join),
    "sources": st.lists(_line, max_size=3),
    "keywords": st.lists(_line, max_size=5),
    "read_also": st.lists(st.fixed_dictionaries({"headline": _line, "body": _text}), max_size=3),
    "unparsed": st.lists(_text, max_size=3),
    "warnings": st.lists(_line, max_size=3),
    "boilerplate": st.lists(_line, max_size=3),
    "deck": st.one_of(st.none(), _text.filter(bool)),
}).map(lambda record: {key: record[key] for key in RECORD_KEYS})  # records always have the contract's key order

SAMPLE = {
    "id": "29f3cbb73d1297d4", "path": "dump.zip::2024/a.txt", "language": "ar", "profile": "ar",
    "headline": "البيت الأبيض: الوقت لم يحن بعد", "date": "2024-02-20", "date_raw": "20th, February 2024 GMT",
    "authors": [], "body": "فقرة أولى، مع \"اقتباس\".\n\nSecond paragraph, with a comma.", "sources": ["RT", "وكالات"],
    "keywords": ["البيت الأبيض", "غزة"], "read_also": [{"headline": "Another, \"quoted\" one", "body": ""}],
    "unparsed": [], "warnings": ["no date found"], "boilerplate": [],
    "deck": "Standfirst, with a comma",
}


def roundtrip(records: list[dict], fmt: str, **options) -> tuple[bytes, list[dict]]:
    out = io.BytesIO()
    write_records(records, make_writer(fmt, columns=records[0] if records else None, **options), out)
    data = out.getvalue()
    return data, list(read_records(io.BytesIO(data), fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_sample_round_trips(fmt: str) -> None:
    _, back = roundtrip([SAMPLE, {**SAMPLE, "headline": None, "language": None}], fmt)
    assert back == [SAMPLE, {**SAMPLE, "headline": None, "language": None}]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_records_round_trip(fmt: str) -> None:
    data, back = roundtrip([], fmt)
    assert back == []
    if fmt == "json":
        assert data == b"[]\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record, max_size=4), st.sampled_from(FORMATS), st.booleans())
def test_any_records_round_trip_in_every_format(records: list[dict], fmt: str, pretty: bool) -> None:
    _, back = roundtrip(records, fmt, pretty=pretty)
    assert back == records


@settings(max_examples=60, deadline=None)
@given(st.lists(_record, min_size=1, max_size=4))
def test_jsonl_to_csv_to_jsonl_is_byte_identical(records: list[dict]) -> None:
    jsonl, _ = roundtrip(records, "jsonl")
    csv_data = io.BytesIO()
    # As `convert` does: the CSV columns are the first record's keys, in its order.
    write_records(read_records(io.BytesIO(jsonl), "jsonl"), make_writer("csv", columns=records[0]), csv_data)
    again = io.BytesIO()
    write_records(read_records(io.BytesIO(csv_data.getvalue()), "csv"), make_writer("jsonl"), again)
    assert again.getvalue() == jsonl


def test_csv_cells_hold_lists_and_objects_as_compact_json() -> None:
    data = CsvWriter().single(SAMPLE).decode("utf-8")
    header, row = data.split("\r\n", 1)
    assert header.split(",") == list(SAMPLE)
    assert '"[""RT"",""وكالات""]"' in row  # ["RT","وكالات"], CSV-quoted
    assert '"[{""headline"":""Another, \\""quoted\\"" one"",""body"":""""}]"' in row
    assert ",," not in row.split('"', 1)[0] or SAMPLE["authors"] == []


def test_pretty_json_equals_pythons_indented_dump() -> None:
    out = io.BytesIO()
    write_records([SAMPLE, SAMPLE], JsonWriter(pretty=True), out)
    assert out.getvalue().decode() == json.dumps([SAMPLE, SAMPLE], indent=2, ensure_ascii=False) + "\n"


def test_json_single_is_an_object() -> None:
    assert json.loads(JsonWriter().single(SAMPLE)) == SAMPLE


def test_stream_frames_one_element_at_a_time() -> None:
    out = io.BytesIO()
    stream = Stream(JsonWriter(), out)
    stream.write(b"{}")
    assert out.getvalue() == b"[\n{}"  # written at once, before the array is closed
    stream.write(b"{}")
    stream.close()
    assert out.getvalue() == b"[\n{},\n{}\n]\n"


def test_json_reader_streams_across_chunk_boundaries() -> None:
    from newsparse.writers import _read_json

    records = [{**SAMPLE, "body": "x" * n, "n": n} for n in range(0, 300, 7)]
    for pretty in (False, True):
        out = io.BytesIO()
        write_records(records, JsonWriter(pretty=pretty), out)
        assert list(_read_json(io.BytesIO(out.getvalue()), chunk_size=5)) == records
    assert list(_read_json(io.BytesIO(b' {"a": 1} '), chunk_size=3)) == [{"a": 1}]
    assert list(_read_json(io.BytesIO(b"[]"))) == []
    assert list(_read_json(io.BytesIO(b' [ {"a": 1} , {"b": 2} ]\n'), chunk_size=1)) == [{"a": 1}, {"b": 2}]
    for broken in (b"[{}", b"[{} {}]", b"{} {}", b"[1]", b'[{"a": }]', b"[{},", b"[ ", b"[,]", b"[{}] []", b"[{},]"):
        with pytest.raises(FormatError):
            list(_read_json(io.BytesIO(broken), chunk_size=2))


def test_readers_reject_what_is_not_records() -> None:
    with pytest.raises(FormatError, match="line 2"):
        list(read_records(io.BytesIO(b'{"a": 1}\nnope\n'), "jsonl"))
    with pytest.raises(FormatError, match="row 2"):
        list(read_records(io.BytesIO(b"id,path\nonly-one-cell\n"), "csv"))
    with pytest.raises(FormatError, match="YAML"):
        list(read_records(io.BytesIO(b"--- [unclosed\n"), "yaml"))


def test_csv_writer_refuses_keys_outside_its_columns() -> None:
    with pytest.raises(FormatError, match="extra"):
        CsvWriter(["id"]).encode({"id": "x", "extra": 1})


def test_formats_by_extension_and_by_sniffing() -> None:
    assert format_for_path("a/b.JSONL") == "jsonl"
    assert format_for_path("x.yml") == "yaml"
    assert format_for_path("-") is None and format_for_path("x.txt") is None
    assert sniff_format(b'{"id": "x"}\n') == "jsonl"
    assert sniff_format(b'{\n  "id": "x"\n}') == "json"
    assert sniff_format(b"  [\n{") == "json"
    assert sniff_format(b"---\nid: x\n") == "yaml"
    assert sniff_format(b"id,path,language\n") == "csv"


def test_atomic_output_appears_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with pytest.raises(RuntimeError), atomic_output(str(target)) as handle:
        handle.write(b"half a fi")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with pytest.raises(KeyboardInterrupt), atomic_output(str(target)) as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with atomic_output(str(target)) as handle:
        handle.write(b"new\n")
    assert target.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_atomic_output_keeps_permissions_and_links(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    target.chmod(0o600)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    with atomic_output(str(link)) as handle:
        handle.write(b"new\n")
    assert link.is_symlink() and target.read_bytes() == b"new\n"
    assert target.stat().st_mode & 0o777 == 0o600


def test_atomic_output_writes_through_to_a_pipe(tmp_path: Path) -> None:
    """`-o >(gzip > x.gz)` and a named pipe cannot be renamed over: they are written to."""
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    with atomic_output(str(fifo)) as handle:
        handle.write(b"records\n")
    reader.join(timeout=10)
    assert received == [b"records\n"] and fifo.is_fifo()
    read_end, write_end = os.pipe()
    with atomic_output(f"/dev/fd/{write_end}") as handle:
        handle.write(b"more\n")
    os.close(write_end)
    assert os.read(read_end, 100) == b"more\n"
    os.close(read_end)
