"""Output and input formats for records: one registry, one class per format.

A `Writer` splits writing in two so that the costly half runs in the worker processes:
`encode(record_dict)` turns one record into bytes (pure; runs wherever the record was
parsed), and a `Stream` adds the framing (the JSON array's brackets and commas, the CSV
header) in the parent, one element at a time, so output starts at once and memory stays
flat. `single(record_dict)` is a whole file holding one record (for `--output-dir`).

Readers turn a file of any format back into an iterator of record dicts (for `convert`).

CSV encoding (lossless for records): a header row with the record's keys, then one row per
record. Text fields are written as they are; `null` is an empty cell (the parser never
produces an empty string in a field that may be null); list and object fields (`authors`,
`sources`, `keywords`, `read_also`, `unparsed`, `warnings`, `boilerplate`) hold their value
as compact JSON, e.g. `["Reuters","AFP"]` or `[{"headline":"…","body":""}]`. Reading the CSV
back decodes those cells, so jsonl → csv → jsonl gives back the same records.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, BinaryIO, NamedTuple

from .errors import NewsparseError
from .interrupt import raise_if_interrupted

FORMATS = ("jsonl", "json", "yaml", "csv")
EXTENSIONS = {"jsonl": "jsonl", "json": "json", "yaml": "yaml", "csv": "csv"}
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".yaml": "yaml", ".yml": "yaml",
                   ".csv": "csv"}

# Record keys, by how the CSV encoding treats them.
RECORD_KEYS = ("id", "path", "language", "profile", "headline", "date", "date_raw", "authors", "body",
               "sources", "keywords", "read_also", "unparsed", "warnings", "boilerplate", "deck")
JSON_CELL_KEYS = frozenset({"authors", "sources", "keywords", "read_also", "unparsed", "warnings", "boilerplate"})
NULLABLE_KEYS = frozenset({"language", "headline", "date", "date_raw", "deck"})


class FormatError(NewsparseError):
    """Input to `convert` that is not valid in its format; the message says where."""


class OutputError(NewsparseError):
    """An output file or directory cannot be written; the message names it and why."""


def format_for_path(path: str | None) -> str | None:
    """The format a file name implies by its extension, if any."""
    if not path or path == "-":
        return None
    return _SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower())


# ---- writers ----

class Writer:
    """One output format. Subclasses are small, picklable and hold only their options."""

    name = ""
    extension = ""

    def encode(self, record: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def header(self) -> bytes:
        return b""

    def separator(self, index: int) -> bytes:
        return b""

    def footer(self, count: int) -> bytes:
        return b""

    def single(self, record: dict[str, Any]) -> bytes:
        """A whole file holding one record."""
        encoded = self.encode(record)
        return self.header() + self.separator(0) + encoded + self.footer(1)


# One encoder for every record: json.dumps with any option builds a new encoder per call.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False)


class JsonLinesWriter(Writer):
    name = extension = "jsonl"

    def encode(self, record: dict[str, Any]) -> bytes:
        return (_COMPACT_JSON.encode(record) + "\n").encode("utf-8")


class JsonWriter(Writer):
    """A JSON array written one element at a time: `[`, then each record on its own line
    (or indented, with `pretty`), then `]`. With `pretty` the bytes equal Python's
    `json.dumps(records, indent=2, ensure_ascii=False)` plus a final newline."""

    name = extension = "json"

    def __init__(self, pretty: bool = False) -> None:
        self.pretty = pretty

    def encode(self, record: dict[str, Any]) -> bytes:
        if not self.pretty:
            return json.dumps(record, ensure_ascii=False).encode("utf-8")
        text = json.dumps(record, ensure_ascii=False, indent=2)
        return ("  " + text.replace("\n", "\n  ")).encode("utf-8")  # JSON strings hold no raw newlines

    def header(self) -> bytes:
        return b"["

    def separator(self, index: int) -> bytes:
        return b"\n" if index == 0 else b",\n"

    def footer(self, count: int) -> bytes:
        return b"\n]\n" if count else b"]\n"

    def single(self, record: dict[str, Any]) -> bytes:
        """One record per file is the object itself, not an array of one."""
        indent = 2 if self.pretty else None
        return (json.dumps(record, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


class YamlWriter(Writer):
    """A YAML stream: one document per record, block style, Unicode as itself; multi-line
    text (the body) as literal `|` blocks where YAML allows it."""

    name = extension = "yaml"

    def encode(self, record: dict[str, Any]) -> bytes:
        return _yaml_dump(record).encode("utf-8")


class CsvWriter(Writer):
    """CSV with a header row; see the module docstring for how lists and objects are kept."""

    name = extension = "csv"

    def __init__(self, columns: Iterable[str] = RECORD_KEYS) -> None:
        self.columns = tuple(columns)

    def header(self) -> bytes:
        return _csv_row(self.columns)

    def encode(self, record: dict[str, Any]) -> bytes:
        extra = set(record) - set(self.columns)
        if extra:
            raise FormatError(f"record has keys that are not CSV columns: {', '.join(sorted(extra))}")
        return _csv_row([_csv_cell(record.get(column)) for column in self.columns])


WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonLinesWriter,
    "json": JsonWriter,
    "yaml": YamlWriter,
    "csv": CsvWriter,
}


def make_writer(name: str, *, pretty: bool = False, columns: Iterable[str] | None = None) -> Writer:
    """The writer for a format name, with the options that format understands."""
    if name == "json":
        return JsonWriter(pretty=pretty)
    if name == "csv":
        return CsvWriter(columns if columns is not None else RECORD_KEYS)
    try:
        return WRITERS[name]()
    except KeyError:
        raise FormatError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}") from None


class Encoded(NamedTuple):
    """A record already encoded by a writer, with what the summary counts."""

    data: bytes
    warnings: int


class RecordEncoder:
    """Record → Encoded, in the worker (picklable: it holds only the writer)."""

    def __init__(self, writer: Writer, single: bool = False) -> None:
        self.writer = writer
        self.single = single

    def __call__(self, record: Any) -> Encoded:
        data = record.to_dict()
        encoded = self.writer.single(data) if self.single else self.writer.encode(data)
        return Encoded(encoded, len(record.warnings))


class Stream:
    """Frames encoded records on a binary output: header, separators, footer."""

    def __init__(self, writer: Writer, out: BinaryIO) -> None:
        self.writer = writer
        self.out = out
        self.count = 0
        self.started = False

    def write(self, encoded: bytes) -> None:
        if not self.started:
            self.out.write(self.writer.header())
            self.started = True
        self.out.write(self.writer.separator(self.count))
        self.out.write(encoded)
        self.count += 1

    def close(self) -> None:
        if not self.started:
            self.out.write(self.writer.header())
            self.started = True
        self.out.write(self.writer.footer(self.count))


def write_records(records: Iterable[dict[str, Any]], writer: Writer, out: BinaryIO) -> int:
    """Write record dicts through a writer; returns how many were written."""
    stream = Stream(writer, out)
    for record in records:
        stream.write(writer.encode(record))
    stream.close()
    return stream.count


# ---- atomic output ----

@contextmanager
def atomic_output(path: str, *, buffering: int = 1 << 20) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only when the block succeeds.

    The data goes to a temporary file in the same directory, renamed over `path` at the
    end; on an error or an interrupt the temporary file is removed and `path` is untouched.
    An existing file keeps its permissions, and a symbolic link stays a link (its target is
    replaced). A pipe, a device or `/dev/fd/N` (`-o >(gzip > x.gz)`) cannot be replaced, and
    is written straight through."""
    try:
        existing: os.stat_result | None = os.stat(path)
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        yield from _write_through(path, buffering)
        return
    directory, name = os.path.split(os.path.realpath(path))
    temporary = os.path.join(directory, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        handle = open(temporary, "xb", buffering=buffering)  # noqa: SIM115 - closed in both branches below
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        raise_if_interrupted()  # an interrupt a finalizer swallowed still leaves `path` untouched
        os.replace(temporary, os.path.join(directory, name))
    except BaseException:
        handle.close()
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _write_through(path: str, buffering: int) -> Iterator[BinaryIO]:
    try:
        handle = open(path, "wb", buffering=buffering)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


# ---- readers ----

def read_records(handle: BinaryIO, fmt: str) -> Iterator[dict[str, Any]]:
    """Record dicts from a binary input in one of FORMATS, one at a time."""
    if fmt == "jsonl":
        return _read_jsonl(handle)
    if fmt == "json":
        return _read_json(handle)
    if fmt == "yaml":
        return _read_yaml(handle)
    if fmt == "csv":
        return _read_csv(handle)
    raise FormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def sniff_format(head: bytes) -> str:
    """Guess the format of a stream from its first bytes (for stdin without --from)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        # A pretty-printed object opens on a line of its own; a JSON Lines record fills its line.
        return "json" if text.split(b"\n", 1)[0].strip() == b"{" else "jsonl"
    if text.startswith(b"---") or text.split(b"\n", 1)[0].rstrip().endswith(b":") or b": " in text.split(b"\n", 1)[0]:
        return "yaml"
    return "csv"


def _read_jsonl(handle: BinaryIO) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise FormatError(f"line {number}: not valid JSON: {exc}") from None
        yield _as_record(value, f"line {number}")


def _read_json(handle: BinaryIO, chunk_size: int = 1 << 20) -> Iterator[dict[str, Any]]:
    """A JSON array read one element at a time (or a single JSON object)."""
    stream = _JsonStream(io.TextIOWrapper(handle, encoding="utf-8-sig"), chunk_size)
    if stream.at_end():
        return
    if not stream.take("["):
        yield _as_record(stream.value(), "the document")
        if not stream.at_end():
            raise FormatError("not valid JSON: extra data after the object")
        return
    index = 0
    while not stream.take("]"):
        if index and not stream.take(","):
            if stream.at_end():
                raise FormatError("not valid JSON: the array is not closed")
            raise FormatError(f"not valid JSON: expected ',' or ']' after element {index}")
        yield _as_record(stream.value(), f"element {index + 1}")
        index += 1
    if not stream.at_end():
        raise FormatError("not valid JSON: extra data after the array")


class _JsonStream:
    """JSON text read in chunks: values are decoded from a buffer that is refilled as needed,
    so a large array never has to be in memory at once."""

    def __init__(self, reader: io.TextIOWrapper, chunk_size: int) -> None:
        self._reader = reader
        self._chunk_size = chunk_size
        self._buffer = reader.read(chunk_size)
        self._position = 0
        self._exhausted = False
        self._decoder = json.JSONDecoder()

    def at_end(self) -> bool:
        """True when only white space is left (white space before the next token is skipped)."""
        while True:
            buffer, position = self._buffer, self._position
            while position < len(buffer) and buffer[position] in " \t\r\n":
                position += 1
            self._position = position
            if position < len(buffer) or self._exhausted:
                return position >= len(buffer)
            self._fill()

    def take(self, token: str) -> bool:
        """Consume `token` if it is the next character."""
        if not self.at_end() and self._buffer[self._position] == token:
            self._position += 1
            return True
        return False

    def value(self) -> Any:
        """The next JSON value."""
        self.at_end()
        while True:
            try:
                result, end = self._decoder.raw_decode(self._buffer, self._position)
            except json.JSONDecodeError as exc:
                if self._exhausted:
                    raise FormatError(f"not valid JSON: {exc}") from None
                self._fill()
                continue
            if end == len(self._buffer) and not self._exhausted:  # a number may go on in the next chunk
                self._fill()
                continue
            self._position = end
            return result

    def _fill(self) -> None:
        more = self._reader.read(self._chunk_size)
        self._buffer = self._buffer[self._position :] + more
        self._position = 0
        self._exhausted = not more


def _read_yaml(handle: BinaryIO) -> Iterator[dict[str, Any]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for number, document in enumerate(yaml.load_all(handle, Loader=loader), start=1):
            if document is None:
                continue
            yield _as_record(document, f"document {number}")
    except yaml.YAMLError as exc:
        raise FormatError(f"not valid YAML: {exc}") from None


def _read_csv(handle: BinaryIO) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(sys.maxsize)
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    reader = csv.reader(text)
    header = next(reader, None)
    if header is None:
        return
    for number, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise FormatError(f"CSV row {number} has {len(row)} cells, the header has {len(header)}")
        yield {column: _csv_value(column, cell, number) for column, cell in zip(header, row, strict=True)}


def _as_record(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FormatError(f"{where}: a record must be an object, not {type(value).__name__}")
    return value


# ---- format details ----

def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _csv_value(column: str, cell: str, row: int) -> Any:
    if column in JSON_CELL_KEYS:
        if cell == "":
            return []
        try:
            return json.loads(cell)
        except ValueError:
            raise FormatError(f"CSV row {row}: column {column!r} does not hold JSON: {cell[:40]!r}") from None
    if column in NULLABLE_KEYS and cell == "":
        return None
    return cell


_CSV_BUFFER = io.StringIO()
_CSV_WRITER = csv.writer(_CSV_BUFFER, lineterminator="\r\n")


def _csv_row(cells: Iterable[str]) -> bytes:
    _CSV_BUFFER.seek(0)
    _CSV_BUFFER.truncate()
    _CSV_WRITER.writerow(cells)
    return _CSV_BUFFER.getvalue().encode("utf-8")


_YAML_DUMPER: Any = None


def _yaml_dump(record: dict[str, Any]) -> str:
    import yaml

    global _YAML_DUMPER
    if _YAML_DUMPER is None:
        base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

        class Dumper(base):  # type: ignore[misc, valid-type]
            pass

        def represent_str(dumper: Any, value: str) -> Any:
            style = "|" if "\n" in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, represent_str)
        _YAML_DUMPER = Dumper
    return yaml.dump(record, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     explicit_start=True, width=1 << 16)

