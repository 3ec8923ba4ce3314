"""What the CLI tells people on stderr: failures, a progress bar, a one-line summary.

Part of the command-line layer (the library never prints). rich is imported only when a
progress bar is actually shown, so `newsparse --help` stays fast.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

# A progress bar appears only once this many inputs are done and the run has lasted a moment:
# a handful of files finish before a bar would be readable.
PROGRESS_AFTER_ITEMS = 5
PROGRESS_AFTER_SECONDS = 0.3


NO_INPUTS = "newsparse: no inputs: the directories, archives or lists named held nothing matching --glob"


class Reporter:
    """Counts outcomes, prints failures as they come, shows progress, prints the summary."""

    def __init__(self, *, quiet: bool = False, progress: bool | None = None, stream: TextIO | None = None,
                 total: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.parsed = 0
        self.failed = 0
        self.with_warnings = 0
        self.started = time.monotonic()
        self.total = total
        if progress is None:
            progress = not quiet and _is_terminal(self.stream)
        self._want_progress = progress
        self._bar: Any = None
        self._task: Any = None

    def record(self, warnings: int) -> None:
        self.parsed += 1
        if warnings:
            self.with_warnings += 1
        self._advance()

    def failure(self, path: str, reason: str) -> None:
        self.failed += 1
        self.line(f"newsparse: {path}: {reason}")
        self._advance()

    def line(self, text: str) -> None:
        """One line on stderr (above the progress bar when there is one)."""
        text = " ".join(text.splitlines())
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=self.stream, flush=True)

    @property
    def wants_progress(self) -> bool:
        return self._want_progress

    def set_total(self, total: int | None) -> None:
        """The number of inputs, once known (may be called from another thread)."""
        self.total = total
        bar = self._bar
        if bar is not None and total is not None:
            bar.update(self._task, total=total)

    def close(self, *, interrupted: bool = False) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        if interrupted:
            print("newsparse: interrupted", file=self.stream, flush=True)
            return
        if not self.parsed and not self.failed:  # said even when quiet: a run that read nothing is a surprise
            print(NO_INPUTS, file=self.stream, flush=True)
        if not self.quiet:
            print(self.summary(), file=self.stream, flush=True)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        return (f"newsparse: {self.parsed} parsed, {self.failed} failed, {self.with_warnings} with warnings "
                f"({seconds:.1f} s)")

    def _advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)
        elif self._want_progress and self.parsed + self.failed >= PROGRESS_AFTER_ITEMS \
                and time.monotonic() - self.started >= PROGRESS_AFTER_SECONDS:
            self._start_bar()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(f"{task.speed or 0:,.0f} files/s", style="progress.data.speed")

        console = Console(file=self.stream, no_color=bool(os.environ.get("NO_COLOR")) or None)
        self._bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                             TimeRemainingColumn(), console=console, transient=True, refresh_per_second=8)
        self._task = self._bar.add_task("parse", total=self.total, completed=self.parsed + self.failed)
        self._bar.start()
        self._want_progress = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
