"""The read stage: what the user named on the command line → a stream of input items.

An input is a file, a directory (walked recursively, files matching a glob), `-` (one
article on stdin), an archive (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz; each member an
input named `ARCHIVE::MEMBER`) or a JSON Lines dump (each line an article, its text in one
field and its name in another).

Expansion is lazy and deterministic: directory entries are visited in sorted order,
archive members in the archive's own order, list files line by line. An item is small
and cheap to pickle: a file is sent to a worker as its path (the worker reads it), a zip
member as archive path + its index in the archive (two members may share a name), a
plain-tar member as archive path + offset + size. Only stdin, compressed-tar members, tar
links (read as their target) and JSON Lines rows travel as bytes, because they cannot be
reopened cheaply by another process. A file name that is not UTF-8 is shown with `\\xNN`
escapes (`display_path`) and opened by its real name.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, NamedTuple

from .errors import InputError

ARCHIVE_SEPARATOR = "::"
_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
INPUT_FORMATS = ("auto", "text", "jsonl")

# Item kinds: how a worker gets at the input's bytes.
FILE = "file"  # source is a file path
ZIP = "zip"  # source is a zip archive, member the member name
TAR = "tar"  # source is an uncompressed tar, offset/size locate the member's data
BYTES = "bytes"  # data holds the raw bytes (stdin, compressed-tar members)
JSONL = "jsonl"  # data holds one JSON Lines row; source/member name its text and id fields
FAILED = "failed"  # could not even be listed (unreadable directory or archive); member holds why


class InputItem(NamedTuple):
    """One article to parse. `path` is its name as shown in records and messages;
    `relative` is where its output goes under `--output-dir` (already confined)."""

    path: str
    kind: str
    source: str = ""
    member: str = ""
    offset: int = 0
    size: int = 0
    data: bytes = b""
    relative: str = ""


@dataclass(frozen=True, slots=True)
class InputSpec:
    """Where the inputs come from, fixed once per run."""

    sources: tuple[str, ...] = ()
    glob: str = "*.txt"
    from_list: str | None = None
    input_format: str = "auto"
    text_field: str = "text"
    id_field: str | None = "url"


def expand(spec: InputSpec, stdin: BinaryIO | None = None) -> Iterator[InputItem]:
    """Every input item named by `spec`, in a deterministic order, lazily."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    names: Iterable[str] = spec.sources
    if spec.from_list is not None:
        names = _chain(names, _list_file(spec.from_list, stdin))
    for name in names:
        yield from _expand_one(name, spec, stdin)


def _chain(first: Iterable[str], second: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from second


def _list_file(name: str, stdin: BinaryIO) -> Iterator[str]:
    """The paths listed one per line in a file (or stdin), blank lines skipped."""
    if name == "-":
        lines: Iterable[str] = (raw.decode("utf-8", "surrogateescape") for raw in stdin)
        yield from _listed_paths(lines)
        return
    with open(name, encoding="utf-8", errors="surrogateescape") as handle:
        yield from _listed_paths(handle)


def _listed_paths(lines: Iterable[str]) -> Iterator[str]:
    for number, line in enumerate(lines):
        line = line.rstrip("\r\n")
        if number == 0:
            line = line.removeprefix("\ufeff")  # a list saved by an editor that marks UTF-8
        if line.strip():
            yield line


def _expand_one(name: str, spec: InputSpec, stdin: BinaryIO) -> Iterator[InputItem]:
    if name == "-":
        data = stdin.read()
        if _is_jsonl(name, spec):
            yield from _jsonl_rows("-", iter(data.splitlines(keepends=True)), spec, stem="stdin")
        else:
            yield InputItem("-", BYTES, data=data, relative="stdin")
        return
    if os.path.isdir(name):
        yield from _walk(name, spec)
    elif name.lower().endswith(".zip") and os.path.isfile(name):
        yield from _zip_members(name, spec)
    elif name.lower().endswith(_TAR_SUFFIXES) and os.path.isfile(name):
        yield from _tar_members(name, spec)
    elif _is_jsonl(name, spec):
        yield from _jsonl_file(name, spec, stem=_stem(os.path.basename(name)))
    else:
        # A plain file, or a name that does not exist: the worker reports why it cannot read it.
        # Its output mirrors the path as written ("2024/05/a.txt"), not just its file name: files
        # listed by `find` often share a name in different directories.
        yield InputItem(display_path(name), FILE, source=name, relative=safe_relative(name))


def display_path(name: str) -> str:
    """`name` as records and messages show it: a byte of a file name that is not UTF-8 (kept
    by the OS as a lone surrogate, which no UTF-8 output can hold) as a `\\xNN` escape."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _is_jsonl(name: str, spec: InputSpec) -> bool:
    if spec.input_format == "jsonl":
        return True
    return spec.input_format == "auto" and name.lower().endswith(_JSONL_SUFFIXES)


def _walk(root: str, spec: InputSpec) -> Iterator[InputItem]:
    """Files under `root` whose name matches the glob, depth first, entries sorted by name.

    Symbolic links to files are followed; links to directories are not (no cycles)."""
    stack = [(root, "")]  # (directory, its path relative to root, ending in "/" unless empty)
    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield InputItem(display_path(directory), FAILED, member=f"cannot list directory: {exc.strerror or exc}")
            continue
        subdirectories = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                subdirectories.append((entry.path, f"{prefix}{entry.name}/"))
            elif not fnmatch.fnmatchcase(entry.name, spec.glob):
                continue
            elif entry.is_symlink() and not os.path.exists(entry.path):
                yield InputItem(display_path(entry.path), FAILED, member="broken symbolic link")
            elif entry.is_file():
                # Directory entry names never hold "/", "." or "..": the relative name is safe as it is.
                if _is_jsonl(entry.name, spec):
                    yield from _jsonl_file(entry.path, spec, stem=prefix + _stem(entry.name))
                else:
                    yield InputItem(display_path(entry.path), FILE, source=entry.path, relative=prefix + entry.name)
        # Visit subdirectories after the files of this one, in sorted order.
        stack.extend(reversed(subdirectories))


def _zip_members(name: str, spec: InputSpec) -> Iterator[InputItem]:
    try:
        archive = zipfile.ZipFile(name)  # noqa: SIM115 - closed below, the generator may be abandoned
    except (OSError, zipfile.BadZipFile) as exc:
        yield InputItem(display_path(name), FAILED, member=f"cannot read zip archive: {exc}")
        return
    with archive:
        for index, info in enumerate(archive.infolist()):
            if info.is_dir() or not fnmatch.fnmatchcase(_basename(info.filename), spec.glob):
                continue
            path = display_path(f"{name}{ARCHIVE_SEPARATOR}{info.filename}")
            if _is_jsonl(info.filename, spec):
                yield from _jsonl_member(archive.open, info, info.filename, path, spec)
            else:  # found again by its place in the archive: two members may share a name
                yield InputItem(path, ZIP, source=name, member=info.filename, offset=index,
                                relative=safe_relative(info.filename))


def _jsonl_member(opener: Callable[[Any], IO[bytes] | None], info: Any, member: str, path: str,
                  spec: InputSpec) -> Iterator[InputItem]:
    """The rows of a JSON Lines dump inside an archive (`opener(info)` opens it), read as a stream."""
    try:
        handle = opener(info)
    except (OSError, KeyError, zipfile.BadZipFile, tarfile.TarError) as exc:
        yield InputItem(path, FAILED, member=f"cannot read this member: {exc}")
        return
    if handle is None:
        yield InputItem(path, FAILED, member="not a regular file in the archive")
        return
    with handle:
        yield from _jsonl_rows(path, handle, spec, stem=safe_relative(_stem(member)))


def _tar_members(name: str, spec: InputSpec) -> Iterator[InputItem]:
    plain = name.lower().endswith(".tar")
    try:
        with tarfile.open(name, "r:" if plain else "r:*") as archive:
            for info in archive:
                if info.isdir() or not fnmatch.fnmatchcase(_basename(info.name), spec.glob):
                    continue
                path = display_path(f"{name}{ARCHIVE_SEPARATOR}{info.name}")
                relative = safe_relative(info.name)
                if _is_jsonl(info.name, spec) and (info.isfile() or info.islnk() or info.issym()):
                    yield from _jsonl_member(archive.extractfile, info, info.name, path, spec)
                elif info.islnk() or info.issym():  # a link's content is its target's, in the archive
                    yield _tar_link(archive, info, path, relative)
                elif not info.isfile():
                    yield InputItem(path, FAILED, member="not a regular file in the archive (a device or a pipe)")
                elif plain:
                    yield InputItem(path, TAR, source=name, member=info.name, offset=info.offset_data,
                                    size=info.size, relative=relative)
                else:
                    handle = archive.extractfile(info)
                    data = handle.read() if handle is not None else b""
                    yield InputItem(path, BYTES, data=data, relative=relative)
    except (OSError, tarfile.TarError, EOFError) as exc:
        yield InputItem(display_path(name), FAILED, member=f"cannot read tar archive: {exc}")


def _tar_link(archive: tarfile.TarFile, info: tarfile.TarInfo, path: str, relative: str) -> InputItem:
    """A hard or symbolic link member: its target's bytes, or why it has none."""
    try:
        handle = archive.extractfile(info)
    except (KeyError, tarfile.TarError) as exc:
        return InputItem(path, FAILED, member=f"link to {info.linkname!r}, which the archive does not hold: {exc}")
    if handle is None:
        return InputItem(path, FAILED, member=f"link to {info.linkname!r}, which is not a regular file")
    return InputItem(path, BYTES, data=handle.read(), relative=relative)


def _jsonl_file(name: str, spec: InputSpec, *, stem: str) -> Iterator[InputItem]:
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below, the generator may be abandoned
    except OSError:
        yield InputItem(display_path(name), FILE, source=name, relative="")  # the worker reports why
        return
    with handle:
        yield from _jsonl_rows(display_path(name), handle, spec, stem=stem)


def _jsonl_rows(name: str, lines: Iterable[bytes], spec: InputSpec, *, stem: str) -> Iterator[InputItem]:
    """One item per non-blank line; under --output-dir, row N of a dump goes to STEM/00000N."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield InputItem(f"{name}:{number}", JSONL, source=spec.text_field, member=spec.id_field or "",
                        data=line, relative=safe_relative(f"{stem}/{number:06d}"))


def _basename(member: str) -> str:
    return member.rstrip("/").rsplit("/", 1)[-1]


def _stem(name: str) -> str:
    for suffix in (*_TAR_SUFFIXES, *_JSONL_SUFFIXES, ".zip", ".txt"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def safe_relative(name: str) -> str:
    """A relative path that cannot leave the directory it is joined to.

    Absolute names, drive letters, `.` and `..` components and empty components are dropped;
    backslashes count as separators (archives made on Windows)."""
    parts = []
    for part in name.replace("\\", "/").split("/"):
        part = part.replace("\x00", "")
        if part in ("", ".", "..") or (len(part) == 2 and part[1] == ":"):
            continue
        parts.append(part)
    return "/".join(parts)


# ---- reading one item: runs in the worker process ----

_ZIP_CACHE: dict[str, zipfile.ZipFile] = {}


def load(item: InputItem) -> tuple[str, bytes | str]:
    """The item's display path and raw content: bytes to decode, or text for a JSON Lines row.

    Raises InputError or OSError with a message naming the reason."""
    kind = item.kind
    if kind == FILE:
        with open(item.source, "rb") as handle:
            return item.path, handle.read()
    if kind == BYTES:
        return item.path, item.data
    if kind == TAR:
        with open(item.source, "rb") as handle:
            handle.seek(item.offset)
            return item.path, handle.read(item.size)
    if kind == ZIP:
        archive = _zip(item.source)
        return item.path, archive.read(archive.infolist()[item.offset])
    if kind == JSONL:
        return _jsonl_row(item)
    if kind == FAILED:
        raise InputError(item.member)
    raise ValueError(f"unknown input kind {kind!r}")


def _forget_zips_after_fork() -> None:
    """A forked worker opens archives for itself: a file opened before the fork shares its read
    position with the parent and the other workers, and their reads would interleave."""
    _ZIP_CACHE.clear()


os.register_at_fork(after_in_child=_forget_zips_after_fork)


def _zip(name: str) -> zipfile.ZipFile:
    archive = _ZIP_CACHE.get(name)
    if archive is None:
        if len(_ZIP_CACHE) >= 4:
            _ZIP_CACHE.pop(next(iter(_ZIP_CACHE))).close()
        archive = _ZIP_CACHE[name] = zipfile.ZipFile(name)
    return archive


def _jsonl_row(item: InputItem) -> tuple[str, str]:
    text_field, id_field = item.source, item.member
    try:
        row = json.loads(item.data)
    except ValueError as exc:
        raise InputError(f"not a JSON object: {exc}") from None
    if not isinstance(row, dict):
        raise InputError("not a JSON object")
    path = item.path
    if id_field and isinstance(row.get(id_field), str | int) and str(row[id_field]):
        path = str(row[id_field])
    text = row.get(text_field)
    if not isinstance(text, str):
        raise InputError(f"no text field {text_field!r} (a string) in this row")
    return path, text
