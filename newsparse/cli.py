"""The command line: a thin layer of Click options over the library.

Options that several commands share are written once, as decorators: `input_options`
(what to read and how to parse it; the command receives one `Batch`, whose `results()`
yields (path, Record | InputFailure) in input order) and `output_options` (format,
destination). `run_reported` runs a batch command's body with the stderr reporting and
the exit codes every batch command shares. Everything else lives below this module, which
is the only one that imports click; heavy modules are imported inside the commands so
that `newsparse --help` starts fast.

Exit codes: 0 every input parsed, 1 some inputs failed, 2 usage or profile error,
130 interrupted.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

import click

from .errors import NewsparseError
from .interrupt import interrupt, raise_if_interrupted

if TYPE_CHECKING:
    from .batch import Batch
    from .console import Reporter
    from .writers import Writer

OUTPUT_FORMATS = ("jsonl", "json", "yaml", "csv")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
FLUSH_EVERY = 0.05  # seconds: streamed output reaches a pipeline at least this often


class _Main(click.Group):
    """The command group, with Ctrl-C at any moment ending the run with exit code 130 (Click
    itself says "Aborted!" and exits 1 when it comes before a command's own handling)."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _interrupt_exits():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _interrupt_exits():
            return super().invoke(ctx)


@contextmanager
def _interrupt_exits() -> Iterator[None]:
    try:
        yield
    except KeyboardInterrupt:
        click.echo("newsparse: interrupted", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsparse")
def main() -> None:
    """Turn raw scraped news-article text into structured records.

    Exit codes: 0 all inputs parsed, 1 some inputs failed, 2 usage or profile error,
    130 interrupted.
    """


# ---- shared options ----

class ReferenceDate(click.ParamType):
    """An ISO 8601 date or date-time: 2024-02-20, 2024-02-20T12:00, 2024-02-20 12:00:30."""

    name = "DATE[THH:MM]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date | datetime:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is not an ISO 8601 date or date-time (e.g. 2024-02-20 or 2024-02-20T12:00)",
                      param, ctx)
        return parsed.date() if len(text) == 10 else parsed


def binary_stream(name: str) -> BinaryIO:
    """The byte stream under sys.stdout or sys.stdin (also under Click's CliRunner)."""
    return getattr(sys, name).buffer


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """INPUT... and the options that say how to read and parse them; the command gets `batch`."""
    decorators = [
        # not readable=True: an unreadable input is that input's failure, and the batch goes on
        click.argument("inputs", nargs=-1, metavar="[INPUT]...", type=click.Path(allow_dash=True, readable=False)),
        click.option("--glob", default="*.txt", show_default=True, metavar="PATTERN",
                     help="Which files to take from directories and archives (matched against the file name)."),
        click.option("--from-list", metavar="FILE", type=click.Path(exists=True, allow_dash=True, dir_okay=False),
                     help="Read input paths from FILE, one per line ('-' for stdin), e.g. from find."),
        click.option("--input-format", type=click.Choice(["auto", "text", "jsonl"]), default="auto",
                     show_default=True,
                     help="text: one article per file; jsonl: one article per line of a JSON Lines dump; "
                          "auto: jsonl for .jsonl/.ndjson files, text otherwise."),
        click.option("--text-field", default="text", show_default=True, metavar="NAME",
                     help="JSON Lines input: the field holding the article text."),
        click.option("--id-field", default="url", show_default=True, metavar="NAME",
                     help="JSON Lines input: the field used as the record's path (else FILE:LINE)."),
        click.option("--encoding", metavar="NAME",
                     help="Force the input encoding (default: UTF-8/BOM, then Windows-1256, then Windows-1252)."),
        click.option("-p", "--profile", metavar="NAME|FILE",
                     help="Profile name (ar, en, fr) or a profile YAML file; default: chosen per input."),
        click.option("--reference-date", type=ReferenceDate(),
                     help="The 'now' for relative dates (\"yesterday\", \"منذ ساعتين\"); default: today."),
        click.option("--dayfirst/--monthfirst", default=None,
                     help="How to read ambiguous numeric dates like 03/04/2024 (default: per profile)."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
                     help="Worker processes (default 0: one per core; 1: serial)."),
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["batch"] = _make_batch(
            kwargs.pop("inputs"), glob=kwargs.pop("glob"), from_list=kwargs.pop("from_list"),
            input_format=kwargs.pop("input_format"), text_field=kwargs.pop("text_field"),
            id_field=kwargs.pop("id_field"), encoding=kwargs.pop("encoding"), profile=kwargs.pop("profile"),
            reference=kwargs.pop("reference_date"), dayfirst=kwargs.pop("dayfirst"), jobs=kwargs.pop("jobs"))
        return command(*args, **kwargs)

    for decorator in reversed(decorators):
        wrapper = decorator(wrapper)
    return wrapper


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """-f/--format, -o/--output and --pretty, spelled the same by every command that writes records."""
    decorators = [
        click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
                     help="Output format (default: from the -o file's extension, else jsonl)."),
        click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
                     help="Write to FILE (atomically: a temporary file renamed at the end) instead of stdout."),
        click.option("--pretty", is_flag=True, help="Indent JSON output."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _make_batch(inputs: tuple[str, ...], *, glob: str, from_list: str | None, input_format: str,
                text_field: str, id_field: str, encoding: str | None, profile: str | None,
                reference: date | datetime | None, dayfirst: bool | None, jobs: int) -> Batch:
    import codecs

    from .batch import Batch, default_jobs
    from .errors import ProfileError
    from .inputs import InputSpec
    from .pipeline import Options
    from .profile import load_profile

    stdin = binary_stream("stdin")
    if not inputs and from_list is None:
        if _is_terminal(stdin):
            raise click.UsageError("no input: name files, directories or archives, or pipe an article into stdin")
        if not _has_data(stdin):
            raise click.UsageError("no input: stdin is empty; name files, directories or archives to parse")
        inputs = ("-",)
    if from_list == "-" and "-" in inputs:
        raise click.UsageError("stdin cannot hold both an article (-) and the list of inputs (--from-list -)")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
        try:
            b"a".decode(encoding)  # (an empty input is never decoded, so it cannot tell)
        except UnicodeError:
            pass
        except LookupError:  # base64, rot13, zlib…: codecs, but not from bytes to text
            raise click.BadParameter(f"{encoding!r} is not a text encoding", param_hint="--encoding") from None
    try:
        chosen = load_profile(profile) if profile else None
    except ProfileError as exc:
        raise click.BadParameter(str(exc), param_hint="--profile") from None
    spec = InputSpec(sources=tuple(inputs), glob=glob, from_list=from_list, input_format=input_format,
                     text_field=text_field, id_field=id_field or None)
    options = Options(profile=chosen, reference=reference, dayfirst=dayfirst)
    return Batch(spec, options, encoding=encoding or None, jobs=jobs or default_jobs(), stdin=stdin)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _has_data(stream: Any) -> bool:
    """Whether a binary stream has at least one byte, without consuming it (blocks until it knows)."""
    if hasattr(stream, "peek"):
        return bool(stream.peek(1))
    if stream.seekable():
        position = stream.tell()
        data = stream.read(1)
        stream.seek(position)
        return bool(data)
    return True


def _choose_format(fmt: str | None, output: str | None, default: str = "jsonl") -> str:
    from .writers import format_for_path

    return fmt or format_for_path(output) or default


# ---- parse ----

@main.command()
@input_options
@output_options
@click.option("--output-dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Write one file per input under DIR, mirroring the input tree (never outside DIR).")
@click.option("--errors", "errors_path", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Also write the inputs that failed to FILE, as JSON Lines {\"path\", \"error\"} "
                   "('-': stdout, when the records go to -o or --output-dir).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line (failures are still shown).")
@click.pass_context
def parse(ctx: click.Context, batch: Batch, fmt: str | None, output: str | None, pretty: bool,
          output_dir: str | None, errors_path: str | None, quiet: bool) -> None:
    """Parse article files into records.

    INPUT is a file, a directory (searched recursively for --glob), an archive
    (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz; members are named ARCHIVE::MEMBER),
    a JSON Lines dump, or - for one article on stdin. Records are written as they are
    parsed, in input order.

    \b
    Examples:
      newsparse parse article.txt
      newsparse parse dump/ -f csv -o records.csv
      find dump -name '*.txt' | newsparse parse --from-list - -j 4 > records.jsonl
      newsparse parse scraped.jsonl --text-field content --id-field url
    """
    from .writers import make_writer

    if output_dir and output not in (None, "-"):
        raise click.UsageError("use either -o/--output or --output-dir, not both")
    if errors_path == "-" and not output_dir and output in (None, "-"):
        raise click.UsageError("--errors - would mix failures into the records on stdout: name a file, "
                               "or write the records with -o or --output-dir")
    writer = make_writer(_choose_format(fmt, output), pretty=pretty)
    if output_dir:
        run_reported(ctx, batch, lambda reporter: _parse_to_directory(batch, writer, output_dir, errors_path, reporter),
                     quiet=quiet)
    run_reported(ctx, batch, lambda reporter: _parse_to_stream(batch, writer, output, errors_path, reporter),
                 quiet=quiet)


def run_reported(ctx: click.Context, batch: Batch, body: Callable[[Reporter], None], *, quiet: bool) -> NoReturn:
    """Run a batch command's body with a Reporter (failures, progress bar, summary on stderr)
    and end the command with the right exit code: 0 all inputs parsed, 1 some failed,
    130 interrupted (Ctrl-C or SIGTERM; `-o` files are left untouched), and quietly when the
    reader of stdout goes away (`| head`)."""
    from .console import Reporter

    reporter = Reporter(quiet=quiet)
    if reporter.wants_progress:
        _count_in_background(batch, reporter)
    try:
        with _terminate_as_interrupt():
            body(reporter)
            raise_if_interrupted()
    except KeyboardInterrupt:
        reporter.close(interrupted=True)
        ctx.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        reporter.quiet = True
    except OSError as exc:  # writing the output (disk full) or reading a --from-list failed
        reporter.close(interrupted=False)
        raise CannotContinue(_os_error_message(exc)) from None
    except NewsparseError as exc:  # an output that cannot be created
        reporter.close(interrupted=False)
        raise CannotContinue(str(exc)) from None
    reporter.close()
    ctx.exit(EXIT_FAILED if reporter.failed else EXIT_OK)


class CannotContinue(click.ClickException):
    """The run cannot go on as asked (an output that cannot be written, a list that cannot be
    read): exit 2, like a usage error, with a message naming what and why."""

    exit_code = EXIT_USAGE


def _os_error_message(exc: OSError) -> str:
    if exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc.strerror or exc)


def _count_in_background(batch: Batch, reporter: Reporter) -> None:
    """Give the progress bar its total: count the inputs on a thread, unless they come from stdin."""
    if "-" in batch.spec.sources or batch.spec.from_list == "-":
        return

    def count() -> None:
        try:
            total = sum(1 for _ in batch.items())
        except (OSError, ValueError):
            return
        reporter.set_total(total)

    threading.Thread(target=count, name="newsparse-count", daemon=True).start()


def _parse_to_stream(batch: Batch, writer: Writer, output: str | None, errors_path: str | None,
                     reporter: Reporter) -> None:
    from .batch import InputFailure
    from .writers import RecordEncoder, Stream, atomic_output

    with ExitStack() as stack:
        if output and output != "-":
            out: BinaryIO = stack.enter_context(atomic_output(output))
        else:
            out = binary_stream("stdout")
        errors = _errors_file(stack, errors_path)
        flusher = _Flusher(out, always=_is_terminal(out))
        items = batch.items()
        if "-" in batch.spec.sources or batch.spec.from_list == "-":
            # Inputs arrive on a pipe and reading the next one may block: flush what is written first.
            items = _flush_before_each(items, flusher)
        results = stack.enter_context(closing(batch.results(RecordEncoder(writer), items=items,
                                                            on_idle=flusher.flush)))
        stream = Stream(writer, out)
        for _path, outcome in results:
            if isinstance(outcome, InputFailure):
                _report_failure(outcome, reporter, errors)
            else:
                stream.write(outcome.data)
                reporter.record(outcome.warnings)
                flusher.tick()
            raise_if_interrupted()
        stream.close()
        out.flush()


def _parse_to_directory(batch: Batch, writer: Writer, output_dir: str, errors_path: str | None,
                        reporter: Reporter) -> None:
    from .batch import InputFailure
    from .writers import OutputError, RecordEncoder

    try:
        os.makedirs(output_dir, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output directory {output_dir}: {exc.strerror or exc}") from None
    root = os.path.realpath(output_dir)
    pending: deque[str] = deque()  # the relative names of the items handed to the runner, in order
    written: set[int] = set()  # see _write_output_file

    def remembered() -> Iterator[Any]:
        for item in batch.items():
            pending.append(item.relative)
            yield item

    with ExitStack() as stack:
        errors = _errors_file(stack, errors_path)
        results = stack.enter_context(closing(batch.results(RecordEncoder(writer, single=True),
                                                            items=remembered())))
        for index, (path, outcome) in enumerate(results, start=1):
            relative = pending.popleft()
            if isinstance(outcome, InputFailure):
                _report_failure(outcome, reporter, errors)
                continue
            target = _confined_target(root, relative or f"input-{index}", writer.extension)
            problem = (f"output name {relative!r} would leave the output directory" if target is None
                       else _write_output_file(root, target, outcome.data, written))
            if problem:
                _report_failure(InputFailure(path, problem), reporter, errors)
            else:
                reporter.record(outcome.warnings)


def _write_output_file(root: str, target: str, data: bytes, written: set[int]) -> str | None:
    """Write one input's output file under `root`; the reason it was not written, or None.

    `written` holds hash() of each file written so far: two inputs that map to one output
    file (the same relative name under two input directories or archives) must not silently
    overwrite each other. An int per input keeps this small; a false match is a 1 in 2^64
    chance, and costs a report, never data."""
    from .writers import OutputError, atomic_output

    if hash(target) in written:
        return f"not written: an earlier input of this run already wrote {os.path.relpath(target, root)}"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with atomic_output(target, buffering=-1) as handle:
            handle.write(data)
    except OSError as exc:  # this input's file only (a name too long, …)
        return f"cannot write {target}: {exc.strerror}"
    except OutputError as exc:
        return str(exc)
    written.add(hash(target))
    return None


def _confined_target(root: str, relative: str, extension: str) -> str | None:
    """root/relative with its extension replaced, or None when it would resolve outside root."""
    from .inputs import safe_relative

    relative = safe_relative(relative)
    stem, _ = os.path.splitext(relative)
    target = os.path.join(root, f"{stem or relative}.{extension}")
    parent = os.path.realpath(os.path.dirname(target))
    if os.path.commonpath([root, parent]) != root:
        return None
    return target


def _errors_file(stack: ExitStack, errors_path: str | None) -> BinaryIO | None:
    from .writers import atomic_output

    if not errors_path:
        return None
    if errors_path == "-":  # the records go to a file or a directory
        return binary_stream("stdout")
    return stack.enter_context(atomic_output(errors_path, buffering=-1))


def _report_failure(failure: Any, reporter: Reporter, errors: BinaryIO | None) -> None:
    import json

    reporter.failure(failure.path, failure.reason)
    if errors is not None:
        errors.write((json.dumps(failure.to_dict(), ensure_ascii=False) + "\n").encode("utf-8"))


class _Flusher:
    """Flushes streamed output every FLUSH_EVERY seconds (every record on a terminal), and
    whenever the runner is about to wait for a worker: records reach a pipeline while the
    batch runs, without one write system call per record."""

    def __init__(self, out: BinaryIO, *, always: bool) -> None:
        self.out = out
        self.always = always
        self.last = time.monotonic()

    def tick(self) -> None:
        if self.always:
            self.out.flush()
            return
        now = time.monotonic()
        if now - self.last >= FLUSH_EVERY:
            self.out.flush()
            self.last = now

    def flush(self) -> None:
        self.out.flush()
        self.last = time.monotonic()


def _flush_before_each(items: Iterator[Any], flusher: _Flusher) -> Iterator[Any]:
    """Flush before pulling each input. Only from the main thread: when the parallel runner
    pulls inputs on its own thread, it calls `on_idle` from the main thread instead."""
    main_thread = threading.main_thread()
    while True:
        if threading.current_thread() is main_thread:
            flusher.flush()
        item = next(items, None)
        if item is None:
            return
        yield item


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: no partial output file is left behind."""
    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (e.g. a test harness): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """The reader went away (`| head`): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


# ---- convert ----

@main.command()
@click.argument("source", metavar="IN", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-t", "--to", "to_format", type=click.Choice(OUTPUT_FORMATS),
              help="Output format (default: from the -o file's extension, else jsonl).")
@click.option("--from", "from_format", type=click.Choice(OUTPUT_FORMATS),
              help="Input format (default: from IN's extension; sniffed on stdin).")
@click.option("-o", "--output", metavar="OUT", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to OUT (atomically) instead of stdout.")
@click.option("--pretty", is_flag=True, help="Indent JSON output.")
@click.pass_context
def convert(ctx: click.Context, source: str, to_format: str | None, from_format: str | None,
            output: str | None, pretty: bool) -> None:
    """Convert records between json, jsonl, yaml and csv, losslessly.

    IN is a file of records or - for stdin. Lists and read-also objects survive CSV as
    JSON-encoded cells, so jsonl -> csv -> jsonl gives back the same records.

    \b
    Examples:
      newsparse convert records.jsonl -t csv -o records.csv
      newsparse convert records.csv -t yaml
      newsparse parse dump/ | newsparse convert - -t json --pretty
    """
    from itertools import chain

    from .writers import FormatError, OutputError, Stream, atomic_output, format_for_path, make_writer, read_records

    to_format = _choose_format(to_format, output)
    stdin = binary_stream("stdin")
    try:
        with ExitStack() as stack:
            handle = stdin if source == "-" else stack.enter_context(_open_input(source))
            fmt = from_format or format_for_path(source) or _sniff(handle)
            records = read_records(handle, fmt)
            first = next(records, None)
            writer = make_writer(to_format, pretty=pretty, columns=_csv_columns(first))
            if output and output != "-":
                out: BinaryIO = stack.enter_context(atomic_output(output))
            else:
                out = binary_stream("stdout")
            stream = Stream(writer, out)
            for record in chain([first] if first is not None else [], records):
                stream.write(writer.encode(record))
            stream.close()
            out.flush()
    except FormatError as exc:
        raise click.ClickException(f"{source}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{source}: not UTF-8 text ({exc.reason})") from None
    except UnicodeEncodeError as exc:  # "\ud800" in a JSON string: text no UTF-8 output can hold
        bad = exc.object[exc.start:exc.end]
        raise click.ClickException(f"{source}: a record holds {bad!r}, which cannot be written as UTF-8") from None
    except OutputError as exc:
        raise CannotContinue(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("newsparse: interrupted", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:  # writing the output failed (disk full)
        where = output if output and output != "-" else "stdout"
        raise CannotContinue(_os_error_message(exc) if exc.filename else f"{where}: {exc.strerror or exc}") from None


def _csv_columns(first: dict[str, Any] | None) -> list[str] | None:
    """CSV columns: the first record's keys, and every record key it lacks (a dump from an
    older version may start with records without `boilerplate`, and later ones hold it)."""
    from .writers import RECORD_KEYS

    if first is None:
        return None
    columns = list(first)
    if "id" in first:
        columns += [key for key in RECORD_KEYS if key not in first]
    return columns


@contextmanager
def _open_input(path: str) -> Iterator[BinaryIO]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


def _sniff(handle: Any) -> str:
    from .writers import sniff_format

    if hasattr(handle, "peek"):
        head = handle.peek(4096)[:4096]
    else:
        position = handle.tell()
        head = handle.read(4096)
        handle.seek(position)
    return sniff_format(head)


# ---- schema ----

@main.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a record.

    \b
    Example:
      newsparse schema > record.schema.json
    """
    from .schema import schema_json

    click.echo(schema_json(), nl=False)


# The CI-gate commands (validate, stats, explain) register themselves on `main`.
from . import cli_gate  # noqa: E402,F401
