"""The CI-gate commands: `validate`, `stats` and `explain`, registered on `newsparse.cli.main`.

They read their inputs through the shared `input_options` (same INPUT..., --glob,
--from-list, --input-format, --encoding, --profile, --jobs, --reference-date as `parse`)
and the batch runner; the per-record work (checks, stats facts) runs inside the workers.
rich is imported inside the commands, so `newsparse --help` stays fast.

validate exit codes: 0 the failure rate is at most --max-failure-rate, 1 above it (or no
inputs at all), 2 usage error (bad option, rules file or profile), 130 interrupted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from .cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, binary_stream, input_options, main

if TYPE_CHECKING:
    from .batch import Batch
    from .checks import Rules
    from .explain import Explanation
    from .report import Validation

REPORT_FORMATS = ("text", "json", "junit")  # newsparse.report.REPORT_FORMATS, without importing it
WIDE = 160  # columns for rich tables when the output is not a terminal and COLUMNS is not set (CI logs)


# ---- validate ----

@main.command()
@input_options
@click.option("--rules", "rules_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="YAML rules file; options given on the command line override its keys.")
@click.option("--require", metavar="FIELDS",
              help="Fields that must be present and non-empty, comma-separated ('none' for none). "
                   "[default: headline,date,body]")
@click.option("--date-range", metavar="FROM..TO",
              help="Dates allowed, ISO; an empty TO means the reference date or today. "
                   "[default: 1990-01-01..]")
@click.option("--min-body-chars", type=click.IntRange(min=0), metavar="N",
              help="Shortest body accepted, in characters. [default: 200]")
@click.option("--max-boilerplate-ratio", metavar="RATE",
              help="Largest share of the article's characters in label/boilerplate lines. [default: 0.5]")
@click.option("--allow-unparsed/--no-allow-unparsed", default=None,
              help="Accept lines no rule claimed. [default: no]")
@click.option("--skip", metavar="CHECKS", help="Checks to turn off, comma-separated (e.g. weekday,unparsed).")
@click.option("--max-failure-rate", metavar="RATE",
              help="Pass when at most this share of inputs fail: 0.02 or 2%. [default: 0]")
@click.option("--report", "report_format", type=click.Choice(REPORT_FORMATS), default="text", show_default=True,
              help="Report format: text (PATH: CHECK: MESSAGE lines), json, or junit (JUnit XML for CI).")
@click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary table on stderr.")
@click.pass_context
def validate(ctx: click.Context, batch: Batch, rules_path: str | None, require: str | None, date_range: str | None,
             min_body_chars: int | None, max_boilerplate_ratio: str | None, allow_unparsed: bool | None,
             skip: str | None, max_failure_rate: str | None, report_format: str, output: str | None,
             quiet: bool) -> None:
    """Check parsed articles against rules: a CI gate for scraped dumps.

    Every input is parsed and checked: required fields, date (understood, in range,
    weekday consistent), body length and boilerplate share, unparsed lines, labels
    leaking into the body, mojibake and U+FFFD, duplicate articles (same id). An input
    that cannot be read or decoded fails too. A summary table goes to stderr, the report
    to stdout or -o FILE.

    Exit status: 0 when the share of failed inputs is at most --max-failure-rate,
    1 when above (or when there are no inputs), 2 on a usage error.

    \b
    Examples:
      newsparse validate dump/
      newsparse validate dump/ --report junit -o validate.xml --max-failure-rate 2%
      newsparse validate dump/ --rules rules.yaml --skip weekday
    """
    from .batch import InputFailure
    from .checks import Checker, read_failure
    from .console import Reporter
    from .report import Validation

    rules = _rules(rules_path, require=require, date_range=date_range, min_body_chars=min_body_chars,
                   max_boilerplate_ratio=max_boilerplate_ratio, allow_unparsed=allow_unparsed, skip=skip,
                   max_failure_rate=max_failure_rate, reference=batch.options.reference)
    validation = Validation(rules, keep_all=report_format == "junit")
    reporter = Reporter(quiet=quiet)
    started = time.monotonic()
    try:
        with _interruptible():
            for path, outcome in _results(batch, Checker(rules, batch.options.profile)):
                if isinstance(outcome, InputFailure):  # unreadable or undecodable
                    validation.add(read_failure(path, outcome.reason))
                    reporter.failure(path, outcome.reason)
                else:
                    reporter.record(len(validation.add(outcome).failures))
            validation.seconds = time.monotonic() - started
            with _quiet_broken_pipe():
                _write_output(output, lambda out: _write_report(validation, report_format, out))
    except KeyboardInterrupt:
        reporter.close(interrupted=True)
        ctx.exit(EXIT_INTERRUPTED)
    reporter.quiet = True  # its "parsed" summary line is replaced by the table below
    reporter.close()
    if not quiet:
        _print_validation(validation)
    ctx.exit(EXIT_OK if validation.ok else EXIT_FAILED)


def _rules(rules_path: str | None, *, reference: date | datetime | None, **options: Any) -> Rules:
    """Rules from defaults, then the rules file, then the options given; errors are usage errors (exit 2)."""
    from .checks import Rules, RulesError, load_rules, parse_date_range, parse_rate, parse_require

    rules = Rules()
    if rules_path:
        try:
            rules = load_rules(rules_path)
        except RulesError as exc:
            raise click.BadParameter(str(exc), param_hint="--rules") from None
    overrides: dict[str, Any] = {}
    try:
        if options["require"] is not None:
            overrides["require"] = parse_require(options["require"])
        if options["date_range"] is not None:
            overrides["date_from"], overrides["date_to"] = parse_date_range(options["date_range"])
        if options["skip"] is not None:
            overrides["skip"] = frozenset(parse_require(options["skip"]))
        for name in ("max_boilerplate_ratio", "max_failure_rate"):
            if options[name] is not None:
                overrides[name] = _rate(options[name], name, parse_rate)
        overrides["min_body_chars"] = options["min_body_chars"]
        overrides["allow_unparsed"] = options["allow_unparsed"]
        rules = rules.with_overrides(**overrides)
        if rules.date_to is None:
            today = reference if reference is not None else date.today()  # the only clock read: here, at the edge
            rules = rules.with_overrides(date_to=today.date() if isinstance(today, datetime) else today)
    except RulesError as exc:
        key, _, message = str(exc).partition(": ")
        raise click.BadParameter(message or str(exc), param_hint=f"--{key.replace('_', '-')}") from None
    return rules


def _rate(text: str, name: str, parse_rate: Any) -> float:
    try:
        return float(parse_rate(text))
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a fraction (0.05) or a percentage (5%)",
                                 param_hint=f"--{name.replace('_', '-')}") from None


def _write_report(validation: Validation, report_format: str, out: BinaryIO) -> None:
    from .report import write_report

    write_report(validation, report_format, out)


def _print_validation(validation: Validation) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console(stderr=True)
    table = Table(title="newsparse validate", title_justify="left", show_lines=False)
    table.add_column("check")
    table.add_column("passed", justify="right")
    table.add_column("failed", justify="right")
    table.add_column("worst examples", overflow="fold")
    for row in validation.check_rows():
        if row["skipped"]:
            table.add_row(row["check"], "-", "-", Text("skipped", style="dim"))
            continue
        examples = "\n".join(f"{example['path']}: {example['message']}" for example in row["examples"])
        failed = Text(str(row["failed"]), style="bold red" if row["failed"] else "green")
        table.add_row(row["check"], str(row["passed"]), failed, examples)
    console.print(table)
    groups = validation.duplicates.groups()
    for group in groups[:5]:
        console.print(f"duplicate id {group['id']}: {', '.join(group['paths'])}", markup=False, highlight=False,
                      soft_wrap=True)
    if len(groups) > 5:
        console.print(f"… and {len(groups) - 5} more duplicate groups (see the report)", markup=False)
    console.print(Text(validation.summary_line(), style="bold green" if validation.ok else "bold red"),
                  soft_wrap=True)  # one line, whatever the width: CI scripts grep for it


# ---- stats ----

@main.command()
@input_options
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as one JSON object.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, metavar="N",
              help="How many top sources, keywords and warnings to show.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def stats(ctx: click.Context, batch: Batch, as_json: bool, top: int, quiet: bool) -> None:
    """Profile a dump: fields present, languages, profiles, encodings, dates, sources,
    keywords, body lengths, duplicates.

    Tables on stdout, or one JSON object with --json. Inputs that cannot be read are
    counted (with their reasons) and named on stderr; the exit status is 0 unless the
    command line is wrong (2) or the run is interrupted (130).

    \b
    Examples:
      newsparse stats dump/
      newsparse stats dump/ --json | jq .fields.date.rate
    """
    import json

    from .batch import InputFailure
    from .console import Reporter
    from .stats import Stats, facts

    summary = Stats(top_n=top)
    reporter = Reporter(quiet=quiet)
    try:
        with _interruptible():
            for path, outcome in _results(batch, facts):
                if isinstance(outcome, InputFailure):
                    summary.add_failure(path, outcome.reason)
                    reporter.failure(path, outcome.reason)
                else:
                    summary.add_facts(outcome)
                    reporter.record(len(outcome.warnings))
    except KeyboardInterrupt:
        reporter.close(interrupted=True)
        ctx.exit(EXIT_INTERRUPTED)
    reporter.quiet = True
    reporter.close()
    data = summary.to_dict()
    with _quiet_broken_pipe():
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print_stats(data)


def _print_stats(data: dict[str, Any]) -> None:
    from rich.columns import Columns
    from rich.table import Table

    console = _console(stderr=False)

    def counts_table(title: str, rows: Any, total: int, first: str) -> Table:
        table = Table(title=title, title_justify="left")
        table.add_column(first, overflow="fold")
        table.add_column("count", justify="right")
        table.add_column("share", justify="right")
        for name, count in rows:
            table.add_row(str(name), f"{count:,}", f"{count / total:.1%}" if total else "-")
        return table

    parsed = data["parsed"]
    console.print(f"[bold]{data['inputs']:,}[/] inputs: [green]{parsed:,} parsed[/], "
                  f"[{'red' if data['failed'] else 'green'}]{data['failed']:,} unreadable[/], "
                  f"{_plural(data['duplicates']['inputs'], 'duplicate')}, "
                  f"{data['warnings']['records']:,} with warnings")
    fields = counts_table("fields present", ((name, item["count"]) for name, item in data["fields"].items()),
                          parsed, "field")
    body = Table(title="body length (characters)", title_justify="left")
    for column in ("min", "median", "p90", "max", "mean"):
        body.add_column(column, justify="right")
    body.add_row(*(_number(data["body_chars"][column]) for column in ("min", "median", "p90", "max", "mean")))
    dates = counts_table("dates by month", data["dates"]["months"].items(), sum(data["dates"]["months"].values()),
                         "month")
    dates.caption = f"{data['dates']['first'] or '-'} .. {data['dates']['last'] or '-'}"
    console.print(Columns([fields, dates]))
    console.print(Columns([counts_table("languages", data["languages"].items(), parsed, "language"),
                           counts_table("profiles", data["profiles"].items(), parsed, "profile"),
                           counts_table("encodings", data["encodings"].items(), parsed, "encoding")]))
    console.print(body)
    for key, title in (("sources", "top sources"), ("keywords", "top keywords")):
        item = data[key]
        approximate = ", approximate" if item["approximate"] else ""
        console.print(counts_table(f"{title} ({item['distinct']:,} distinct{approximate})", item["top"],
                                   parsed, key[:-1]))
    if data["warnings"]["top"]:
        console.print(counts_table("top warnings", data["warnings"]["top"], parsed, "warning"))
    if data["failures"]["top"]:
        console.print(counts_table("unreadable inputs", data["failures"]["top"], data["failed"], "reason"))


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _number(value: Any) -> str:
    return "-" if value is None else f"{value:,}"


# ---- explain ----

ROLE_STYLES = {
    "headline": "bold magenta",
    "date": "bold cyan",
    "time": "cyan",
    "updated": "cyan",
    "byline": "yellow",
    "body": "default",
    "source": "green",
    "keywords": "blue",
    "read-also-label": "bright_black",
    "read-also-headline": "italic bright_blue",
    "read-also-body": "italic bright_black",
    "navigation": "dim",
    "boilerplate": "dim",
    "unparsed": "bold red",
    "blank": "dim",
}


@main.command()
@input_options
@click.option("--json", "as_json", is_flag=True,
              help="Print each input's lines and record as one JSON object per line.")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@click.pass_context
def explain(ctx: click.Context, batch: Batch, as_json: bool, pretty: bool) -> None:
    """Show how an article was read: every line with its role and the profile rule that
    matched, then the resulting record. The tool for writing and debugging profiles.

    Roles: headline, date, time, updated, byline, body, source, keywords,
    read-also-label/-headline/-body, navigation, boilerplate, unparsed (and blank).
    Takes the same inputs as parse (usually one FILE); exit status 1 when an input cannot
    be read.

    \b
    Examples:
      newsparse explain article.txt
      newsparse explain article.txt --profile my-site.yaml
      newsparse explain article.txt --json | jq '.lines[] | select(.role == "unparsed")'
    """
    import json

    from .batch import describe
    from .errors import NewsparseError
    from .explain import explain_bytes, explain_text
    from .inputs import load

    status = EXIT_OK
    first = True
    for item in batch.items():
        try:
            path, content = load(item)
            if isinstance(content, str):
                explanation = explain_text(content, path=path, options=batch.options)
            else:
                explanation = explain_bytes(content, path=path, options=batch.options, encoding=batch.encoding)
        except (OSError, NewsparseError, UnicodeError) as exc:
            click.echo(f"newsparse: {item.path}: {describe(exc)}", err=True)
            status = EXIT_FAILED
            continue
        with _quiet_broken_pipe() as pipe:
            if as_json:
                click.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2 if pretty else None))
            else:
                _print_explanation(explanation, first=first)
        if pipe.closed:
            break
        first = False
    ctx.exit(status)


def _print_explanation(explanation: Explanation, *, first: bool) -> None:
    from rich.json import JSON
    from rich.rule import Rule
    from rich.text import Text

    console = _console(stderr=False)
    if not first:
        console.print()
    console.print(Rule(f"{explanation.path}  profile={explanation.profile}  language={explanation.language}  "
                       f"encoding={explanation.encoding}", align="left"), markup=False)
    role_width = max(len(role) for role in ROLE_STYLES)
    rule_width = min(34, max((len(line.rule) for line in explanation.lines), default=0))
    for line in explanation.lines:
        style = ROLE_STYLES.get(line.role, "default")
        row = Text(f"{line.number:>4} ", style="dim")
        row.append(f"{line.role:<{role_width}} ", style=style)
        rule = line.rule if len(line.rule) <= rule_width else line.rule[: rule_width - 1] + "…"
        row.append(f"{rule:<{rule_width}} ", style="dim")
        text = Text(line.text, style=style)
        if line.span:
            text.stylize("underline", *line.span)
        if line.date and line.date.get("span"):
            text.stylize("reverse", *line.date["span"])
        row.append_text(text)
        if line.date and line.date.get("iso"):
            row.append(f"  → {line.date['iso']}", style="cyan")
        console.print(row, soft_wrap=True)
    console.print(Rule("record", align="left"))
    console.print(JSON.from_data(explanation.record.to_dict(), ensure_ascii=False))


# ---- shared ----

def _results(batch: Batch, transform: Any) -> Iterator[tuple[str, Any]]:
    from contextlib import closing

    with closing(batch.results(transform)) as results:
        yield from results


def _interruptible() -> Any:
    """SIGTERM ends a run like Ctrl-C (the batch CLI's handler), so no partial -o file is left."""
    from .cli import _terminate_as_interrupt

    return _terminate_as_interrupt()


class _Pipe:
    closed = False


@contextmanager
def _quiet_broken_pipe() -> Iterator[_Pipe]:
    """The reader went away (`| head`): stop writing quietly, no traceback."""
    from .cli import _silence_stdout

    pipe = _Pipe()
    try:
        yield pipe
    except BrokenPipeError:
        _silence_stdout()
        pipe.closed = True


def _write_output(output: str | None, write: Any) -> None:
    from .writers import atomic_output

    with ExitStack() as stack:
        if output and output != "-":
            out: BinaryIO = stack.enter_context(atomic_output(output, buffering=-1))
        else:
            out = binary_stream("stdout")
        write(out)
        out.flush()


def _console(*, stderr: bool) -> Any:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if _is_terminal(stream) or os.environ.get("COLUMNS") else WIDE
    return Console(file=stream, width=width, no_color=bool(os.environ.get("NO_COLOR")) or None,
                   soft_wrap=False)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
