"""`newsparse parse`, driven through Click's CliRunner and as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from newsparse.cli import main

from .conftest import CORPUS, invoke

ARTICLES = sorted(CORPUS.glob("*.txt"))
SEED = CORPUS / "000-seed-rt-gaza.txt"


def run(*args: str, cwd: Path, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsparse", *args], cwd=cwd, input=input,
                          stdin=None if input is not None else subprocess.DEVNULL,
                          capture_output=True, timeout=timeout)


def records(jsonl: str | bytes) -> list[dict]:
    if isinstance(jsonl, bytes):
        jsonl = jsonl.decode("utf-8")
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A small tree of real articles: top level plus a nested directory, and a non-matching file."""
    root = tmp_path / "articles"
    (root / "nested" / "deeper").mkdir(parents=True)
    for index, source in enumerate(ARTICLES[:6]):
        target = root / ("nested" if index % 2 else "") / source.name
        if index == 5:
            target = root / "nested" / "deeper" / source.name
        shutil.copyfile(source, target)
    (root / "notes.md").write_text("not an article\n")
    return root


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Enough articles to go through the process pool (more than batch.SERIAL_BELOW)."""
    root = tmp_path / "many"
    root.mkdir()
    for copy in range(3):
        for source in ARTICLES:
            shutil.copyfile(source, root / f"{copy}-{source.name}")
    return root


# ---- CliRunner ----

def test_one_file_gives_one_jsonl_record() -> None:
    result = invoke("parse", str(SEED))
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["path"] == str(SEED)
    assert record["language"] == "ar"
    assert record["headline"].startswith("البيت الأبيض")
    assert "1 parsed, 0 failed" in result.stderr


def test_directory_is_walked_recursively_in_sorted_order_with_glob(articles: Path) -> None:
    result = invoke("parse", str(articles), "-j", "1")
    assert result.exit_code == 0
    paths = [Path(record["path"]).relative_to(articles).as_posix() for record in records(result.stdout)]
    top = sorted(p for p in paths if "/" not in p)
    assert paths[: len(top)] == top  # files of a directory first, then its subdirectories
    assert paths == sorted(paths[: len(top)]) + sorted(p for p in paths if p.startswith("nested/"))
    assert len(paths) == 6 and not any(p.endswith(".md") for p in paths)
    only_md = invoke("parse", str(articles), "--glob", "*.md")
    assert only_md.exit_code == 0
    assert [Path(r["path"]).name for r in records(only_md.stdout)] == ["notes.md"]


def test_quiet_prints_no_summary() -> None:
    result = invoke("parse", str(SEED), "-q")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_stdin_dash_and_implicit_stdin() -> None:
    data = SEED.read_bytes()
    explicit = invoke("parse", "-", input=data)
    implicit = invoke("parse", input=data)
    assert explicit.exit_code == implicit.exit_code == 0
    assert explicit.stdout == implicit.stdout
    [record] = records(explicit.stdout)
    assert record["path"] == "-"
    assert record["id"] == records(invoke("parse", str(SEED)).stdout)[0]["id"]


def test_empty_stdin_without_inputs_is_a_usage_error() -> None:
    result = invoke("parse", input=b"")
    assert result.exit_code == 2
    assert "no input" in result.stderr


def test_bad_inputs_are_reported_by_name_and_the_rest_parsed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "cyrillic.txt").write_bytes("Он сказал: нет, дважды.\n".encode("cp1251"))  # no automatic encoding
    shutil.copyfile(SEED, tmp_path / "good.txt")
    errors = tmp_path / "errors.jsonl"
    result = invoke("parse", str(tmp_path), str(tmp_path / "missing.txt"), "--errors", str(errors), "-j", "1")
    assert result.exit_code == 1
    assert [Path(r["path"]).name for r in records(result.stdout)] == ["good.txt"]
    lines = result.stderr.splitlines()
    for name, reason in [("binary.txt", "binary"), ("cyrillic.txt", "UTF-8"), ("empty.txt", "empty"),
                         ("missing.txt", "No such file")]:
        [line] = [line for line in lines if line.startswith(f"newsparse: {tmp_path / name}:")]
        assert reason in line
    logged = records(errors.read_text())
    assert [Path(entry["path"]).name for entry in logged] == ["binary.txt", "cyrillic.txt", "empty.txt", "missing.txt"]
    assert all(entry["error"] for entry in logged)
    assert "1 parsed, 4 failed" in result.stderr


def test_forced_encoding_and_cp1256_warning(tmp_path: Path) -> None:
    text = "عنوان الخبر هنا\nتاريخ النشر: 20 فبراير 2024\nهذا نص الخبر الأول وهو طويل بما يكفي ليكون فقرة.\n"
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1256"))
    auto = invoke("parse", str(tmp_path / "cp.txt"))
    assert auto.exit_code == 0
    assert "decoded as cp1256" in records(auto.stdout)[0]["warnings"]
    forced = invoke("parse", str(tmp_path / "cp.txt"), "--encoding", "utf-8")
    assert forced.exit_code == 1
    assert "cp.txt" in forced.stderr
    unknown = invoke("parse", str(tmp_path / "cp.txt"), "--encoding", "no-such-codec")
    assert unknown.exit_code == 2
    assert "unknown encoding" in unknown.stderr


@pytest.mark.parametrize("codec", ["base64", "rot13", "zlib"])
def test_a_codec_that_does_not_decode_text_is_a_usage_error(codec: str) -> None:
    result = invoke("parse", str(SEED), "--encoding", codec)
    assert result.exit_code == 2 and "is not a text encoding" in result.stderr


def test_stdin_cannot_be_both_an_article_and_the_input_list() -> None:
    result = invoke("parse", "-", "--from-list", "-", input=str(SEED))
    assert result.exit_code == 2 and "stdin cannot hold both" in result.stderr


def test_errors_to_stdout_only_when_the_records_go_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    mixed = invoke("parse", SEED, tmp_path / "empty.txt", "--errors", "-")
    assert mixed.exit_code == 2 and "--errors - would mix" in mixed.stderr
    apart = invoke("parse", SEED, tmp_path / "empty.txt", "--errors", "-", "-o", tmp_path / "out.jsonl", "-q")
    assert apart.exit_code == 1
    assert records(apart.stdout) == [{"path": str(tmp_path / "empty.txt"), "error": "empty input"}]
    assert len(records((tmp_path / "out.jsonl").read_bytes())) == 1
    assert not (tmp_path / "-").exists()


def test_a_json_lines_row_without_text_is_a_failed_input(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"url": "u1", "text": SEED.read_text("utf-8")}) + "\n"
                    + json.dumps({"url": "u2", "text": ""}) + "\n" + json.dumps({"url": "u3", "text": " \n "}) + "\n",
                    encoding="utf-8")
    result = invoke("parse", dump, "-j", "1")
    assert result.exit_code == 1
    assert [record["path"] for record in records(result.stdout)] == ["u1"]
    assert f"{dump}:2: empty input" in result.stderr and f"{dump}:3: empty input" in result.stderr  # file:line


def test_a_run_that_finds_no_inputs_says_so_even_when_quiet(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article")
    result = invoke("parse", tmp_path, "-q")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.startswith("newsparse: no inputs:")


def test_profile_error_is_a_usage_error() -> None:
    result = invoke("parse", str(SEED), "--profile", "klingon")
    assert result.exit_code == 2
    assert "--profile" in result.stderr and "klingon" in result.stderr


def test_forced_profile_is_used() -> None:
    result = invoke("parse", str(SEED), "--profile", "en")
    assert result.exit_code == 0
    assert records(result.stdout)[0]["profile"] == "en"


def test_reference_date_is_parsed_and_checked() -> None:
    ok = invoke("parse", str(SEED), "--reference-date", "2024-02-20T12:00")
    assert ok.exit_code == 0
    also_ok = invoke("parse", str(SEED), "--reference-date", "2024-02-20")
    assert also_ok.exit_code == 0
    bad = invoke("parse", str(SEED), "--reference-date", "last tuesday")
    assert bad.exit_code == 2
    assert "ISO 8601" in bad.stderr


def test_relative_dates_use_the_reference_date(tmp_path: Path) -> None:
    article = tmp_path / "relative.txt"
    article.write_text("Storm closes the harbour for a week\nPublished: yesterday\n"
                       "The harbour was closed after the storm damaged two piers, officials said on Monday.\n")
    result = invoke("parse", str(article), "--reference-date", "2024-02-20T12:00")
    assert result.exit_code == 0
    record = records(result.stdout)[0]
    assert record["date"] is None or record["date"].startswith("2024-02-19")


def test_output_and_output_dir_together_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("parse", str(SEED), "-o", str(tmp_path / "a.jsonl"), "--output-dir", str(tmp_path / "d"))
    assert result.exit_code == 2


@pytest.mark.parametrize("fmt", ["jsonl", "json", "yaml", "csv"])
def test_every_format_holds_the_same_records(fmt: str, articles: Path, tmp_path: Path) -> None:
    expected = records(invoke("parse", str(articles), "-j", "1").stdout)
    out = tmp_path / f"out.{fmt}"
    result = invoke("parse", str(articles), "-f", fmt, "-o", str(out), "-j", "1")
    assert result.exit_code == 0
    back = invoke("convert", str(out), "-t", "jsonl")
    assert back.exit_code == 0, back.stderr
    assert records(back.stdout) == expected
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_format_follows_the_output_extension(tmp_path: Path) -> None:
    out = tmp_path / "records.yaml"
    assert invoke("parse", str(SEED), "-o", str(out)).exit_code == 0
    [document] = list(yaml.safe_load_all(out.read_text(encoding="utf-8")))
    assert document["path"] == str(SEED)


def test_json_output_is_one_array_and_pretty_is_indented(articles: Path) -> None:
    plain = invoke("parse", str(articles), "-f", "json", "-j", "1")
    pretty = invoke("parse", str(articles), "-f", "json", "--pretty", "-j", "1")
    expected = records(invoke("parse", str(articles), "-j", "1").stdout)
    assert json.loads(plain.stdout) == json.loads(pretty.stdout) == expected
    assert pretty.stdout == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert plain.stdout.splitlines()[1:-1] == [json.dumps(r, ensure_ascii=False) + "," for r in expected[:-1]] + [
        json.dumps(expected[-1], ensure_ascii=False)]  # "[", one element per line, "]"


def test_json_output_of_nothing_is_an_empty_array(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("parse", str(tmp_path / "empty.txt"), "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_csv_output_has_a_header_and_json_encoded_lists() -> None:
    result = invoke("parse", str(SEED), "-f", "csv")
    import csv

    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0][:4] == ["id", "path", "language", "profile"]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert json.loads(row["keywords"]) == records(invoke("parse", str(SEED)).stdout)[0]["keywords"]
    assert json.loads(row["read_also"])[0].keys() == {"headline", "body"}


def test_archives_are_read_in_place(tmp_path: Path) -> None:
    members = ARTICLES[:3]
    with zipfile.ZipFile(tmp_path / "dump.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for source in members:
            archive.write(source, f"2024/{source.name}")
        archive.writestr("2024/readme.md", "skipped by the glob")
    for name, mode in [("dump.tar", "w"), ("dump.tar.gz", "w:gz"), ("dump.tgz", "w:gz")]:
        with tarfile.open(tmp_path / name, mode) as archive:
            for source in members:
                archive.add(source, f"2024/{source.name}")
    plain = records(invoke("parse", *map(str, members), "-j", "1").stdout)
    for name in ["dump.zip", "dump.tar", "dump.tar.gz", "dump.tgz"]:
        result = invoke("parse", str(tmp_path / name), "-j", "1")
        assert result.exit_code == 0, result.stderr
        got = records(result.stdout)
        assert [r["path"] for r in got] == [f"{tmp_path / name}::2024/{s.name}" for s in members]
        assert [{**r, "path": ""} for r in got] == [{**r, "path": ""} for r in plain]


def test_broken_archive_is_a_failed_input(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    result = invoke("parse", str(tmp_path / "broken.zip"), str(SEED))
    assert result.exit_code == 1
    assert "broken.zip: cannot read zip archive" in result.stderr
    assert len(records(result.stdout)) == 1


def test_from_list_file_and_stdin(tmp_path: Path, articles: Path) -> None:
    paths = sorted(str(p) for p in articles.rglob("*.txt"))
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(paths[:3]) + "\n\n" + paths[3] + "\n")
    from_file = invoke("parse", "--from-list", str(listing))
    assert from_file.exit_code == 0
    assert [r["path"] for r in records(from_file.stdout)] == paths[:4]
    from_stdin = invoke("parse", "--from-list", "-", input="\n".join(paths[:2]) + "\n")
    assert [r["path"] for r in records(from_stdin.stdout)] == paths[:2]


def test_jsonl_dump_input(tmp_path: Path) -> None:
    dump = tmp_path / "scraped.jsonl"
    rows = [{"url": f"https://example.org/{n}", "content": source.read_text(encoding="utf-8-sig")}
            for n, source in enumerate(ARTICLES[:3])]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"url": "https://example.org/no-text"}))
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("parse", str(dump), "--text-field", "content", "-j", "1")
    assert result.exit_code == 1
    got = records(result.stdout)
    assert [r["path"] for r in got] == [row["url"] for row in rows]
    assert f"{dump}:2: not a JSON object" in result.stderr
    assert f"{dump}:5: no text field 'content'" in result.stderr
    from_files = records(invoke("parse", *map(str, ARTICLES[:3])).stdout)
    assert [r["headline"] for r in got] == [r["headline"] for r in from_files]
    # Any name works with --input-format jsonl; without --id-field value the path is FILE:LINE.
    renamed = tmp_path / "scraped.data"
    renamed.write_bytes(dump.read_bytes())
    no_id = invoke("parse", str(renamed), "--input-format", "jsonl", "--text-field", "content", "--id-field", "x")
    assert [r["path"] for r in records(no_id.stdout)] == [f"{renamed}:1", f"{renamed}:3", f"{renamed}:4"]
    piped = invoke("parse", "-", "--input-format", "jsonl", "--text-field", "content", input=dump.read_bytes())
    assert [r["path"] for r in records(piped.stdout)] == [row["url"] for row in rows]


def test_output_dir_mirrors_the_input_tree(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("parse", str(articles), "--output-dir", str(out), "-f", "json")
    assert result.exit_code == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    expected = sorted(p.relative_to(articles).with_suffix(".json").as_posix() for p in articles.rglob("*.txt"))
    assert written == expected
    one = json.loads((out / written[0]).read_text(encoding="utf-8"))
    assert isinstance(one, dict) and one["path"].endswith(Path(written[0]).stem + ".txt")


def test_output_dir_mirrors_listed_files_that_share_a_name(tmp_path: Path, monkeypatch) -> None:
    """`find … | newsparse parse --from-list - --output-dir DIR`: files named alike in different
    directories get one output each, at the path they were listed with."""
    for day in ("2024-05-01", "2024-05-02"):
        (tmp_path / "dump" / day).mkdir(parents=True)
        shutil.copyfile(SEED, tmp_path / "dump" / day / "index.txt")
    monkeypatch.chdir(tmp_path)
    listed = "dump/2024-05-01/index.txt\n./dump/2024-05-02/index.txt\n"
    result = invoke("parse", "--from-list", "-", "--output-dir", "out", input=listed)
    assert result.exit_code == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert written == ["dump/2024-05-01/index.jsonl", "dump/2024-05-02/index.jsonl"]


def test_output_dir_never_overwrites_one_input_with_another(tmp_path: Path) -> None:
    """Two input directories holding the same relative name map to one output file: the first
    input keeps it, the second is reported by name (exit 1), nothing is silently lost."""
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        shutil.copyfile(SEED, tmp_path / name / "article.txt")
    out = tmp_path / "out"
    errors = tmp_path / "errors.jsonl"
    result = invoke("parse", tmp_path / "one", tmp_path / "two", "--output-dir", out, "--errors", errors)
    assert result.exit_code == 1
    assert str(tmp_path / "two" / "article.txt") in result.stderr
    assert "already wrote article.jsonl" in result.stderr
    kept = json.loads((out / "article.jsonl").read_text(encoding="utf-8"))
    assert kept["path"] == str(tmp_path / "one" / "article.txt")
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [row["path"] for row in reported] == [str(tmp_path / "two" / "article.txt")]


def test_output_dir_never_escapes_whatever_members_are_named(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as archive:
        for name in ["../../evil.txt", "/etc/evil-abs.txt", "a/../../../evil-mid.txt", "./ok/fine.txt"]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    with zipfile.ZipFile(tmp_path / "evil.zip", "w") as archive:
        archive.writestr("../../zip-evil.txt", data)
        archive.writestr("C:/windows/zip-drive.txt", data)
    out = tmp_path / "deep" / "out"
    result = invoke("parse", str(evil), str(tmp_path / "evil.zip"), "--output-dir", str(out), "-j", "1")
    assert result.exit_code == 0, result.stderr
    inside = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert inside == ["a/evil-mid.jsonl", "etc/evil-abs.jsonl", "evil.jsonl", "ok/fine.jsonl",
                      "windows/zip-drive.jsonl", "zip-evil.jsonl"]
    everything = {p.name for p in tmp_path.rglob("*.jsonl")}
    assert len(everything) == len(inside)


def test_output_dir_refuses_a_symlink_that_points_outside(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "nested").symlink_to(elsewhere)
    source = tmp_path / "in" / "nested"
    source.mkdir(parents=True)
    shutil.copyfile(SEED, source / "a.txt")
    result = invoke("parse", str(tmp_path / "in"), "--output-dir", str(out))
    assert result.exit_code == 1
    assert "would leave the output directory" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_every_command_has_help_text() -> None:
    for command in main.commands.values():
        assert command.help and command.help.strip(), command.name
        result = invoke(command.name, "--help")
        assert result.exit_code == 0


# ---- real subprocesses ----

def test_subprocess_pipe_and_stdin(tmp_path: Path) -> None:
    result = run("parse", "-", cwd=tmp_path, input=SEED.read_bytes())
    assert result.returncode == 0
    assert records(result.stdout)[0]["path"] == "-"
    implicit = run("parse", cwd=tmp_path, input=SEED.read_bytes())
    assert implicit.stdout == result.stdout


def test_subprocess_no_input_is_a_usage_error_not_a_hang(tmp_path: Path) -> None:
    closed = run("parse", cwd=tmp_path, timeout=30)  # stdin is /dev/null: empty
    assert closed.returncode == 2
    assert b"no input" in closed.stderr
    if not hasattr(os, "openpty"):
        return
    primary, secondary = os.openpty()  # stdin is a terminal: nothing is piped in
    try:
        tty = subprocess.run([sys.executable, "-m", "newsparse", "parse"], stdin=secondary, capture_output=True,
                             timeout=30, cwd=tmp_path)
    finally:
        os.close(primary)
        os.close(secondary)
    assert tty.returncode == 2
    assert b"no input" in tty.stderr


def test_subprocess_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("parse", str(SEED), cwd=tmp_path).returncode == 0
    assert run("parse", str(SEED), "empty.txt", cwd=tmp_path).returncode == 1
    assert run("parse", str(SEED), "--profile", "nope", cwd=tmp_path).returncode == 2
    assert run("parse", "--no-such-option", cwd=tmp_path).returncode == 2


@pytest.mark.parametrize("fmt", ["jsonl", "json", "yaml", "csv"])
def test_jobs_2_equals_jobs_1_byte_for_byte(fmt: str, many: Path) -> None:
    serial = run("parse", str(many), "-f", fmt, "-j", "1", "-q", cwd=many.parent)
    parallel = run("parse", str(many), "-f", fmt, "-j", "2", "-q", cwd=many.parent)
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout
    assert len(serial.stdout) > 10_000


def test_ctrl_c_before_the_run_starts_exits_130_without_a_traceback(monkeypatch) -> None:
    """Ctrl-C while the options are read or the inputs looked at: Click alone says "Aborted!", exit 1."""
    from newsparse import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_make_batch", interrupted)
    result = invoke("parse", SEED)
    assert (result.exit_code, result.stderr) == (130, "newsparse: interrupted\n")


def test_ctrl_c_while_the_command_is_imported_exits_130(capsys) -> None:
    from newsparse.__main__ import _interrupted_while_starting

    with pytest.raises(SystemExit) as stopped:
        _interrupted_while_starting(signal.SIGINT, None)
    assert stopped.value.code == 130 and capsys.readouterr().err == "newsparse: interrupted\n"


def test_jobs_2_equals_jobs_1_on_a_zip_archive(tmp_path: Path) -> None:
    """Workers read one archive at once, each with its own handle (a shared one corrupted reads)."""
    with zipfile.ZipFile(tmp_path / "dump.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for copy in range(20):
            for article in ARTICLES:
                archive.writestr(f"{copy}/{article.name}", article.read_bytes())
    serial = run("parse", "dump.zip", "-j", "1", "-q", cwd=tmp_path)
    parallel = run("parse", "dump.zip", "-j", "2", "-q", cwd=tmp_path)
    assert (serial.returncode, parallel.returncode, parallel.stderr) == (0, 0, b"")
    assert serial.stdout == parallel.stdout and len(records(serial.stdout)) == 20 * len(ARTICLES)


def test_an_input_named_on_the_command_line_that_cannot_be_read_fails_alone(tmp_path: Path, monkeypatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(locked)
                        else real_access(path, mode, **kw))
    monkeypatch.setattr("builtins.open", _refusing_open(locked))
    result = invoke("parse", SEED, locked, "-j", "1")
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    assert f"{locked}: Permission denied" in result.stderr


def _refusing_open(locked: Path):
    import builtins

    real_open = builtins.open

    def refusing(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)
    return refusing


def test_a_file_name_that_is_not_utf8_is_reported_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    shutil.copyfile(SEED, folder / os.fsdecode(b"caf\xe9.txt"))
    (folder / os.fsdecode(b"vide\xe9.txt")).write_bytes(b"")
    result = run("parse", "dump", "-j", "1", "--errors", "errors.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    [record] = records(result.stdout)
    assert record["path"] == "dump/caf\\xe9.txt"
    assert b"dump/vide\\xe9.txt: empty input" in result.stderr
    assert records((tmp_path / "errors.jsonl").read_bytes())[0]["path"] == "dump/vide\\xe9.txt"


def test_jobs_2_equals_jobs_1_with_failures_and_errors_file(many: Path, tmp_path: Path) -> None:
    (many / "5-empty.txt").write_bytes(b"")
    (many / "7-binary.txt").write_bytes(b"\x00\x01\x02")
    outputs = []
    for jobs in ("1", "2"):
        errors = tmp_path / f"errors-{jobs}.jsonl"
        result = run("parse", str(many), "-j", jobs, "-q", "--errors", str(errors), cwd=tmp_path)
        assert result.returncode == 1
        outputs.append((result.stdout, result.stderr, errors.read_bytes()))
    assert outputs[0] == outputs[1]


def test_subprocess_head_ends_quietly(many: Path) -> None:
    for jobs in ("1", "2"):
        process = subprocess.Popen([sys.executable, "-m", "newsparse", "parse", str(many), "-j", jobs],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        first = process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        stderr = process.stderr.read()
        process.wait(timeout=60)
        assert json.loads(first)["path"]
        assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr, stderr
        assert process.returncode == 0


def _readline(stream, timeout: float = 60) -> bytes:
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "no record arrived in time"
    return stream.readline()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_subprocess_records_reach_a_pipeline_while_the_batch_runs(jobs: str) -> None:
    """Paths are piped in one at a time (as `find` does); each record comes out before the
    next path is given, in serial mode, in the first in-process inputs and in the pool."""
    process = subprocess.Popen([sys.executable, "-m", "newsparse", "parse", "--from-list", "-", "-q", "-j", jobs],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    paths = [ARTICLES[n % len(ARTICLES)] for n in range(12)]  # more than batch.SERIAL_FIRST
    try:
        for path in paths:
            process.stdin.write(f"{path}\n".encode())
            process.stdin.flush()
            record = json.loads(_readline(process.stdout))  # arrives while the list is still open
            assert record["path"] == str(path)
            assert process.poll() is None
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        process.wait()


class _InterruptedWhileFinalized:
    """Ctrl-C that lands while Python runs an object's `__del__`: the KeyboardInterrupt is printed and
    dropped there, as Python does with any exception a finalizer raises."""

    def __del__(self) -> None:
        from newsparse.interrupt import interrupt

        interrupt(signal.SIGINT, None)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_a_finalizer_swallowed_still_ends_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse.interrupt
    from newsparse.writers import Stream

    monkeypatch.setattr(newsparse.interrupt, "_received", False)
    write = Stream.write

    def write_then_interrupt(self: Stream, data: bytes) -> None:
        write(self, data)
        _InterruptedWhileFinalized()  # dropped at once

    monkeypatch.setattr(Stream, "write", write_then_interrupt)
    out = tmp_path / "records.jsonl"
    result = invoke("parse", *ARTICLES[:3], "-o", out, "-j", "1")
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_leaves_no_partial_output_file(jobs: str, tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(400):
        for source in ARTICLES:
            os.link(source, big / f"{copy:03d}-{source.name}")  # cheap: hard links to the fixtures
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "newsparse", "parse", str(big), "-o", str(out), "-j", jobs],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in out.parent.iterdir()):  # the run has started writing
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr
    assert b"Traceback" not in stderr
    assert list(out.parent.iterdir()) == []


def test_a_signal_dropped_in_a_finalizer_prints_no_traceback() -> None:
    """Ctrl-C raised inside an object's `__del__` is dropped by Python, which prints it with its traceback ("Exception
    ignored in: <function SetBase.__del__ …>", one run of the SIGINT test in many): the run notes the signal and
    reports it itself, so that print is left out; any other dropped exception is still printed."""
    code = ("import signal, sys, os\nfrom newsparse.interrupt import interrupt, quiet_unraisable\n"
            "signal.signal(signal.SIGINT, interrupt)\nsys.unraisablehook = quiet_unraisable\n"
            "class Slow:\n    def __del__(self):\n        os.kill(os.getpid(), signal.SIGINT)\n"
            "        for _ in range(10 ** 6):\n            pass\n"
            "class Broken:\n    def __del__(self):\n        raise ValueError('kept')\n"
            "Slow()\nBroken()\nprint('went on')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "went on" in result.stdout and "KeyboardInterrupt" not in result.stderr, result.stderr
    assert "ValueError: kept" in result.stderr


def test_workers_stopped_right_after_their_fork_print_no_traceback() -> None:
    """A Ctrl-C while the workers start: each is stopped before it set its own signal handlers,
    and the one it inherited (SIGTERM raises KeyboardInterrupt, as the CLI sets it) printed a
    traceback from the worker (one run of the SIGINT test in about twelve)."""
    code = ("import signal\nfrom newsparse import batch\n"
            "def interrupt(signum, frame):\n    raise KeyboardInterrupt\n"
            "signal.signal(signal.SIGTERM, interrupt)\n"
            "for _ in range(30):\n"
            "    try:\n"
            "        with batch._Workers(len, 2):\n"
            "            raise KeyboardInterrupt\n"
            "    except KeyboardInterrupt:\n"
            "        pass\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_help_does_not_import_rich_or_the_parser() -> None:
    code = ("import sys\nfrom newsparse.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('rich') or m in ('newsparse.batch', 'yaml')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "rich" not in result.stdout and "newsparse.batch" not in result.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal_and_without_colour_under_no_color(many: Path, tmp_path: Path) -> None:
    primary, secondary = os.openpty()
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen([sys.executable, "-m", "newsparse", "parse", str(many), "-o", str(tmp_path / "o.jsonl")],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary, env=env)
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert process.wait(timeout=60) == 0
    assert f"{len(list(many.iterdir()))} parsed, 0 failed".encode() in seen
    assert b"\x1b[3" not in seen  # no colour codes
    piped = run("parse", str(many), "-o", str(tmp_path / "p.jsonl"), cwd=tmp_path)  # stderr is a pipe: no bar
    assert piped.stderr.decode().splitlines()[-1].startswith("newsparse: ")
    assert b"\x1b[" not in piped.stderr


def test_an_output_that_cannot_be_written_is_exit_2_with_a_message(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    for args in (["-o", str(missing / "x.jsonl")], ["--errors", str(missing / "e.jsonl")],
                 ["--output-dir", str(tmp_path / "file.txt" / "sub")]):
        (tmp_path / "file.txt").write_text("a file where a directory should be")
        result = invoke("parse", str(SEED), *args)
        assert result.exit_code == 2, args
        assert "cannot" in result.stderr and "Traceback" not in result.stderr
    assert invoke("parse", "--from-list", str(missing / "list.txt")).exit_code == 2
    converted = invoke("convert", "-", "-o", str(missing / "x.csv"), input=b'{"id": "x"}\n')
    assert converted.exit_code == 2
