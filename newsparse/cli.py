"""The command line: a thin layer of Click options over the library."""

from __future__ import annotations

import json
import sys

import click

from .errors import NewsparseError, ProfileError
from .pipeline import parse_file
from .profile import load_profile


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsparse")
def main() -> None:
    """Turn raw scraped news-article text into structured records."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format.")
@click.option("-p", "--profile", help="Profile name (ar, en, fr) or a profile YAML file; default: chosen per file.")
def parse(inputs: tuple[str, ...], fmt: str, profile: str | None) -> None:
    """Parse article files into records."""
    try:
        chosen = load_profile(profile) if profile else None
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from None
    failed = 0
    for path in inputs:
        try:
            record = parse_file(path, profile=chosen)
        except (OSError, NewsparseError) as exc:
            click.echo(f"newsparse: {path}: {exc}", err=True)
            failed += 1
            continue
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    sys.exit(1 if failed else 0)
