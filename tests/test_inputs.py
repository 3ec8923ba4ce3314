"""The read stage: what INPUT names expand to, in what order, and how a worker reads each item."""

from __future__ import annotations

import io
import json
import os
import pickle
import tarfile
import zipfile
from pathlib import Path

import pytest

from newsparse.batch import InputFailure, run
from newsparse.errors import InputError
from newsparse.inputs import BYTES, FAILED, FILE, JSONL, TAR, ZIP, InputItem, InputSpec, expand, load, safe_relative
from newsparse.pipeline import Options

from .conftest import CORPUS

SEED = CORPUS / "000-seed-rt-gaza.txt"


def items(*sources: str, stdin: bytes = b"", **options) -> list[InputItem]:
    return list(expand(InputSpec(sources=sources, **options), io.BytesIO(stdin)))


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)


def test_directory_walk_is_sorted_files_first_then_subdirectories(tmp_path: Path) -> None:
    tree(tmp_path, ["b.txt", "a.txt", "z/c.txt", "m/b.txt", "m/a.txt", "m/n/x.txt", "skip.md", "A.txt"])
    got = [item.relative for item in items(str(tmp_path))]
    assert got == ["A.txt", "a.txt", "b.txt", "m/a.txt", "m/b.txt", "m/n/x.txt", "z/c.txt"]
    assert all(item.kind == FILE for item in items(str(tmp_path)))


def test_glob_matches_file_names(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt", "b.html", "sub/c.html"])
    assert [i.relative for i in items(str(tmp_path), glob="*.html")] == ["b.html", "sub/c.html"]
    assert [i.relative for i in items(str(tmp_path), glob="*")] == ["a.txt", "b.html", "sub/c.html"]


def test_symlinked_directories_are_not_followed(tmp_path: Path) -> None:
    tree(tmp_path, ["real/a.txt"])
    (tmp_path / "real" / "loop").symlink_to(tmp_path)
    (tmp_path / "real" / "link.txt").symlink_to(tmp_path / "real" / "a.txt")
    assert [i.relative for i in items(str(tmp_path / "real"))] == ["a.txt", "link.txt"]


def test_a_broken_symbolic_link_is_a_failed_input(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt"])
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    got = items(str(tmp_path))
    assert [(Path(i.path).name, i.kind) for i in got] == [("a.txt", FILE), ("gone.txt", FAILED)]
    with pytest.raises(InputError, match="broken symbolic link"):
        load(got[1])


def test_explicit_files_are_taken_whatever_their_name(tmp_path: Path) -> None:
    tree(tmp_path, ["notes.md"])
    [item] = items(str(tmp_path / "notes.md"))
    assert item.path == str(tmp_path / "notes.md") and item.kind == FILE
    assert item.relative == (tmp_path / "notes.md").as_posix().lstrip("/")  # the path as given, confined


def test_missing_file_becomes_an_item_whose_read_fails() -> None:
    [item] = items("no/such/file.txt")
    with pytest.raises(OSError):
        load(item)


def test_stdin_is_one_item() -> None:
    [item] = items("-", stdin=b"hello")
    assert item == InputItem("-", BYTES, data=b"hello", relative="stdin")
    assert load(item) == ("-", b"hello")


def test_from_list_reads_paths_line_by_line(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt", "b.txt", "d/c.txt"])
    listing = tmp_path / "list"
    listing.write_text(f"{tmp_path / 'b.txt'}\n\n  \n{tmp_path / 'd'}\r\n{tmp_path / 'a.txt'}\n")
    got = [Path(i.path).name for i in items(from_list=str(listing))]
    assert got == ["b.txt", "c.txt", "a.txt"]
    piped = items(from_list="-", stdin=f"{tmp_path / 'a.txt'}\n".encode())
    assert [Path(i.path).name for i in piped] == ["a.txt"]
    marked = items(from_list="-", stdin=f"\ufeff{tmp_path / 'a.txt'}\n{tmp_path / 'b.txt'}\n".encode())
    assert [Path(i.path).name for i in marked] == ["a.txt", "b.txt"]  # an editor's byte-order mark


def test_zip_members_in_archive_order(tmp_path: Path) -> None:
    archive = tmp_path / "d.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("b/2.txt", "two")
        z.writestr("a/1.txt", "one")
        z.writestr("a/", "")
        z.writestr("c.md", "skip")
    got = items(str(archive))
    assert [(i.path, i.kind, i.member) for i in got] == [
        (f"{archive}::b/2.txt", ZIP, "b/2.txt"), (f"{archive}::a/1.txt", ZIP, "a/1.txt")]
    assert [load(i)[1] for i in got] == [b"two", b"one"]


def test_plain_tar_members_are_read_by_offset_and_compressed_ones_carry_bytes(tmp_path: Path) -> None:
    for name, mode, kind in [("d.tar", "w", TAR), ("d.tar.gz", "w:gz", BYTES), ("d.tgz", "w:gz", BYTES),
                             ("d.tar.xz", "w:xz", BYTES)]:
        with tarfile.open(tmp_path / name, mode) as archive:
            for member, data in [("x/1.txt", b"first"), ("x/2.txt", b"second one"), ("x/3.md", b"no")]:
                info = tarfile.TarInfo(member)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        got = items(str(tmp_path / name))
        assert [i.path for i in got] == [f"{tmp_path / name}::x/1.txt", f"{tmp_path / name}::x/2.txt"]
        assert {i.kind for i in got} == {kind}
        assert [load(i)[1] for i in got] == [b"first", b"second one"]


def test_unreadable_archive_is_one_failed_item(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"nope")
    (tmp_path / "bad.tgz").write_bytes(b"nope")
    for name in ("bad.zip", "bad.tgz"):
        [item] = items(str(tmp_path / name))
        assert item.kind == FAILED
        with pytest.raises(InputError, match="cannot read"):
            load(item)


def test_jsonl_rows(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"url": "u1", "text": "article one"}) + "\n\n"
                    + json.dumps({"text": "article two"}) + "\n" + "[1, 2]\n", encoding="utf-8")
    got = items(str(dump))
    assert [(i.path, i.kind) for i in got] == [(f"{dump}:1", JSONL), (f"{dump}:3", JSONL), (f"{dump}:4", JSONL)]
    assert load(got[0]) == ("u1", "article one")
    assert load(got[1]) == (f"{dump}:3", "article two")
    with pytest.raises(InputError, match="not a JSON object"):
        load(got[2])
    assert [i.relative for i in got] == ["dump/000001", "dump/000003", "dump/000004"]
    assert items(str(dump), input_format="text")[0].kind == FILE


def test_items_are_small_to_pickle(tmp_path: Path) -> None:
    tree(tmp_path, [f"d/{n:05d}.txt" for n in range(100)])
    chunk = items(str(tmp_path))
    assert len(pickle.dumps(chunk)) / len(chunk) < 3 * len(str(tmp_path)) + 100


@pytest.mark.parametrize(("name", "safe"), [
    ("../../evil.txt", "evil.txt"), ("/etc/passwd", "etc/passwd"), ("a/./b/../c", "a/b/c"),
    ("C:\\\\win\\\\x.txt", "win/x.txt"), ("..", ""), ("ok/name.txt", "ok/name.txt"), ("a\x00b", "ab"),
])
def test_safe_relative_never_climbs(name: str, safe: str) -> None:
    assert safe_relative(name) == safe
    assert not os.path.isabs(safe_relative(name)) and ".." not in safe_relative(name).split("/")


def test_runner_keeps_input_order_and_reports_failures_as_values(tmp_path: Path) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    sources = []
    for n in range(30):
        if n % 7 == 3:
            (tmp_path / f"{n:02d}.txt").write_bytes(b"")
        else:
            (tmp_path / f"{n:02d}.txt").write_bytes(articles[n % len(articles)].read_bytes())
        sources.append(str(tmp_path / f"{n:02d}.txt"))
    spec = InputSpec(sources=(str(tmp_path),))
    serial = list(run(expand(spec), Options(), jobs=1))
    parallel = list(run(expand(spec), Options(), jobs=2))
    assert [path for path, _ in serial] == sources
    assert serial == parallel
    failures = [outcome for _, outcome in serial if isinstance(outcome, InputFailure)]
    assert [f.path for f in failures] == [s for n, s in enumerate(sources) if n % 7 == 3]
    assert all(f.reason == "empty input" for f in failures)


def test_runner_can_stop_early_without_leaking_workers(tmp_path: Path) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    for n in range(60):
        (tmp_path / f"{n:02d}.txt").write_bytes(articles[n % len(articles)].read_bytes())
    results = run(expand(InputSpec(sources=(str(tmp_path),))), Options(), jobs=2)
    first = [next(results) for _ in range(12)]  # into the pool
    results.close()
    assert len(first) == 12
    import multiprocessing

    assert multiprocessing.active_children() == []


def _exit_on_file_20(record):
    if record.path.endswith("20.txt"):
        os._exit(3)  # a worker process dies abruptly (as when killed for memory)
    return record.path


def test_a_dead_worker_fails_its_chunk_and_the_batch_goes_on(tmp_path: Path) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    for n in range(60):
        (tmp_path / f"{n:02d}.txt").write_bytes(articles[n % len(articles)].read_bytes())
    results = list(run(expand(InputSpec(sources=(str(tmp_path),))), Options(), jobs=2, transform=_exit_on_file_20))
    assert [path for path, _ in results][:20] == [str(tmp_path / f"{n:02d}.txt") for n in range(20)]
    assert len(results) == 60
    failed = [outcome for _, outcome in results if isinstance(outcome, InputFailure)]
    assert str(tmp_path / "20.txt") in [f.path for f in failed]
    assert all("worker process died (exit code 3)" in f.reason for f in failed)
    assert len(failed) <= 64  # only the dead worker's chunk
    assert [outcome for _, outcome in results[-5:]] == [str(tmp_path / f"{n:02d}.txt") for n in range(55, 60)]


def test_zip_members_that_share_a_name_are_each_read(tmp_path: Path) -> None:
    archive = tmp_path / "d.zip"
    with zipfile.ZipFile(archive, "w") as z, pytest.warns(UserWarning, match="Duplicate name"):
        z.writestr("a.txt", "first")
        z.writestr("a.txt", "second")
    assert [load(item)[1] for item in items(str(archive))] == [b"first", b"second"]


def test_a_forked_worker_opens_zip_archives_for_itself(tmp_path: Path) -> None:
    """An archive opened before the fork shares its read position with the parent: reads in
    two workers at once came back corrupt ("Bad magic number for file header")."""
    from newsparse import inputs

    archive = tmp_path / "d.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "one")
    [item] = items(str(archive))
    load(item)
    assert inputs._ZIP_CACHE
    pid = os.fork()
    if pid == 0:
        os._exit(0 if not inputs._ZIP_CACHE else 3)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert inputs._ZIP_CACHE  # the parent keeps its own


def test_tar_links_are_read_as_their_target_or_reported(tmp_path: Path) -> None:
    for name, mode in [("d.tar", "w"), ("d.tgz", "w:gz")]:
        with tarfile.open(tmp_path / name, mode) as archive:
            data = b"the article"
            info = tarfile.TarInfo("x/1.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            for member, kind, target in [("x/hard.txt", tarfile.LNKTYPE, "x/1.txt"),
                                         ("x/soft.txt", tarfile.SYMTYPE, "1.txt"),
                                         ("x/dangling.txt", tarfile.SYMTYPE, "nowhere.txt")]:
                link = tarfile.TarInfo(member)
                link.type, link.linkname = kind, target
                archive.addfile(link)
        got = items(str(tmp_path / name))
        assert [item.path.rsplit("::", 1)[1] for item in got] == ["x/1.txt", "x/hard.txt", "x/soft.txt",
                                                                  "x/dangling.txt"]
        assert [load(item)[1] for item in got[:3]] == [data] * 3
        with pytest.raises(InputError, match="nowhere.txt"):
            load(got[3])


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_read_by_its_real_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_bytes(b"text")
    [item] = items(str(tmp_path))
    assert item.path == f"{tmp_path}/caf\\xe9.txt" and item.path.encode("utf-8")
    assert load(item) == (item.path, b"text")


def test_json_lines_dumps_inside_directories_and_archives_are_read_row_by_row(tmp_path: Path) -> None:
    rows = (json.dumps({"url": "u1", "text": "one"}) + "\n" + json.dumps({"url": "u2", "text": "two"}) + "\n").encode()
    tree(tmp_path, ["d/sub/x.txt"])
    (tmp_path / "d" / "sub" / "part.jsonl").write_bytes(rows)
    with zipfile.ZipFile(tmp_path / "d.zip", "w") as z:
        z.writestr("sub/part.jsonl", rows)
    with tarfile.open(tmp_path / "d.tgz", "w:gz") as archive:
        info = tarfile.TarInfo("sub/part.jsonl")
        info.size = len(rows)
        archive.addfile(info, io.BytesIO(rows))
    for source, input_format in [("d", "auto"), ("d.zip", "auto"), ("d.tgz", "auto"), ("d.zip", "jsonl")]:
        got = items(str(tmp_path / source), glob="*.jsonl", input_format=input_format)
        assert [load(item) for item in got] == [("u1", "one"), ("u2", "two")], source
        assert [item.relative for item in got] == ["sub/part/000001", "sub/part/000002"]
