"""The batch runner: parse a stream of input items, serially or on a pool of processes.

    for path, outcome in run(items, options, jobs=4):
        ...  # outcome is a Record, or an InputFailure naming why that input was not parsed

Results come back in input order, whatever `jobs` is, so the output of a parallel run is
byte-identical to a serial one. Memory stays flat in the number of inputs: items are
pulled from the iterator only as workers free up (at most a few chunks in flight), and
results are handed on as soon as their chunk is done.

A failure is a value, not an exception: an unreadable, undecodable, empty or binary input
gives `InputFailure(path, reason)` and the batch goes on.

`transform`, a picklable callable applied to each Record inside the worker, lets a caller
do its per-record work in parallel too (the `parse` command encodes each record to its
output bytes there, so the parent process only writes bytes).
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import threading
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, BinaryIO

from .decode import require_text
from .errors import NewsparseError
from .inputs import BYTES, InputItem, InputSpec, expand, load
from .normalize import normalise_text
from .pipeline import Options, parse_bytes, parse_normalised
from .profile import builtin_profiles

# The first inputs are parsed in-process: for a handful of inputs a pool costs more than it saves.
SERIAL_FIRST = 8
MAX_CHUNK = 64  # items per task sent to a worker, once the run is going
CHUNKS_PER_WORKER = 3  # chunks sent or waiting for their turn, per worker: bounds memory

# The errors that mean "this input cannot be read or decoded"; anything else is a bug.
_INPUT_ERRORS = (OSError, NewsparseError, zipfile.BadZipFile, zlib.error, EOFError, UnicodeError)


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that was not parsed, and why (one line, for people)."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.reason}


Outcome = tuple[str, Any]  # (path, Record or transform(Record) or InputFailure)


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker does with one item: read it, parse it, optionally transform the record."""

    options: Options
    encoding: str | None = None
    transform: Callable[[Any], Any] | None = None

    def __call__(self, item: InputItem) -> Outcome:
        try:
            path, content = load(item)
            if isinstance(content, str):  # a JSON Lines row's text
                require_text(content)
                record = parse_normalised(normalise_text(content), path=path, options=self.options)
            else:
                record = parse_bytes(content, path=path, options=self.options, encoding=self.encoding)
        except _INPUT_ERRORS as exc:
            return item.path, InputFailure(item.path, describe(exc))
        except Exception as exc:  # noqa: BLE001 - a parser bug on one input must not lose a 100k-file batch:
            # it is reported for that input (type and message, so it can be filed) and counted as failed.
            return item.path, InputFailure(item.path, f"internal error: {type(exc).__name__}: {exc}")
        return path, (self.transform(record) if self.transform else record)


def describe(exc: BaseException) -> str:
    """A one-line reason for a failed input."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def run(items: Iterable[InputItem], options: Options, *, encoding: str | None = None, jobs: int = 1,
        transform: Callable[[Any], Any] | None = None,
        on_idle: Callable[[], None] | None = None) -> Iterator[Outcome]:
    """Parse every item; yield (path, outcome) in input order.

    With jobs > 1 the first SERIAL_FIRST items are parsed in this process (a handful of
    inputs never pays for a pool, and the caches they warm are inherited by the forked
    workers); the rest go to the pool. `on_idle` is called when the runner is about to wait
    for a worker (the CLI flushes its output there, so records reach a pipeline while the
    batch runs)."""
    task = Task(options, encoding, transform)
    iterator = iter(items)
    if jobs <= 1:
        for item in iterator:
            yield task(item)
        return
    for item in islice(iterator, SERIAL_FIRST):
        yield task(item)
    first = next(iterator, None)
    if first is not None:
        yield from _parallel(chain([first], iterator), task, jobs, on_idle)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---- the worker processes ----

def _parallel(items: Iterator[InputItem], task: Task, jobs: int,
              on_idle: Callable[[], None] | None) -> Iterator[Outcome]:
    """Chunks of items go to `jobs` forked workers, each chunk to an idle worker; results are
    handed on in input order. At most `jobs * CHUNKS_PER_WORKER` chunks are in flight or
    waiting for their turn, so memory does not grow with the number of inputs."""
    _warm_up(task)
    gc.freeze()  # objects made so far stay shared with the forked workers instead of being copied on write
    try:
        with _Workers(task, jobs) as workers, \
                _Feeder(items, capacity=MAX_CHUNK * jobs * CHUNKS_PER_WORKER) as feeder:
            window = jobs * CHUNKS_PER_WORKER
            order: deque[int] = deque()  # ids of the chunks sent and not yet handed on, in input order
            finished: dict[int, list[Outcome]] = {}
            size = 2  # chunks start small (the first records come out at once) and grow to MAX_CHUNK
            while True:
                while len(order) < window and workers.idle():
                    chunk = feeder.take(size, wait=False)
                    if not chunk and not order and not feeder.done:
                        if on_idle is not None:
                            on_idle()  # about to wait for the next input
                        chunk = feeder.take(size, wait=True)
                    if not chunk:
                        break
                    order.append(workers.send(chunk))
                    size = min(size * 2, MAX_CHUNK)
                if not order:
                    return
                if order[0] in finished:
                    yield from finished.pop(order.popleft())
                    continue
                if on_idle is not None:
                    on_idle()
                # While inputs are still coming, wait a little at a time: items that arrive
                # meanwhile (a slow pipe) go out to idle workers.
                finished.update(workers.receive(timeout=None if feeder.done else 0.02))
    finally:
        gc.unfreeze()


class _Workers:
    """Forked worker processes, each with its own pipe and at most one chunk at a time.

    No helper threads and no shared queue: a chunk is sent to a worker only when it is idle
    (so neither side can block the other on a full pipe), and results are read from
    whichever workers are done. A worker that dies (killed, out of memory) is replaced, and
    the inputs of its chunk are reported as failed."""

    def __init__(self, task: Task, jobs: int) -> None:
        self._task = task
        self._context = _context()
        self._slots: list[Any] = [None] * jobs  # (process, connection) per worker
        self._busy: dict[int, tuple[int, list[InputItem]]] = {}  # worker → (chunk id, its items)
        self._next_id = 0
        try:
            for index in range(jobs):
                self._start(index)
        except BaseException:  # Ctrl-C while starting them: no worker outlives the run
            for slot in self._slots:
                if slot is not None:
                    slot[0].terminate()
            raise

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        for process, connection in self._slots:
            if exc_type is None:
                with suppress(OSError):
                    connection.send(None)  # finish
            else:
                process.terminate()
        for process, connection in self._slots:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
            connection.close()

    def _start(self, index: int) -> None:
        ours, theirs = self._context.Pipe()
        # The worker closes every parent end it inherits, its own included: when the parent dies,
        # however it dies, the worker's next read ends instead of waiting for ever (an orphan
        # worker also held the parent's stdout and stderr open, so `newsparse … | cat` never ended).
        parent_ends = [slot[1] for slot in self._slots if slot is not None] + [ours]
        process = self._context.Process(target=_worker_main, args=(theirs, self._task, parent_ends),
                                        name=f"newsparse-worker-{index}", daemon=True)
        with _stop_signals_blocked():  # the worker starts with them held, until it has its own handlers
            process.start()
        theirs.close()
        self._slots[index] = (process, ours)

    def idle(self) -> bool:
        return len(self._busy) < len(self._slots)

    def send(self, chunk: list[InputItem]) -> int:
        index = next(i for i in range(len(self._slots)) if i not in self._busy)
        chunk_id = self._next_id
        self._next_id += 1
        self._slots[index][1].send(chunk)
        self._busy[index] = (chunk_id, chunk)
        return chunk_id

    def receive(self, timeout: float | None) -> dict[int, list[Outcome]]:
        """The results of the chunks finished within `timeout` (seconds), by chunk id."""
        waiting = {self._slots[index][1]: index for index in self._busy}
        results = {}
        for connection in multiprocessing.connection.wait(list(waiting), timeout):
            index = waiting[connection]
            chunk_id, chunk = self._busy.pop(index)
            try:
                results[chunk_id] = connection.recv()
            except (EOFError, OSError):
                results[chunk_id] = self._died(index, chunk)
        return results

    def _died(self, index: int, chunk: list[InputItem]) -> list[Outcome]:
        process, connection = self._slots[index]
        process.join(timeout=5)
        connection.close()
        reason = f"worker process died (exit code {process.exitcode}) while parsing this chunk"
        self._start(index)
        return [(item.path, InputFailure(item.path, reason)) for item in chunk]


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """SIGINT and SIGTERM held back while a worker is forked. The child inherits the parent's
    handlers (SIGTERM raises KeyboardInterrupt there) until `_worker_main` replaces them: a
    Ctrl-C that reached a worker in that window printed its traceback. Held, they reach the
    child once its own handlers are set, and the parent right after the fork."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on Windows, which spawns
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_main(connection: Any, task: Task, inherited: list[Any]) -> None:
    # Ctrl-C goes to the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent may have turned SIGTERM into an interrupt; a worker just ends when it is stopped.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # held since the fork
    for parent_end in inherited:  # the parent's ends of every worker's pipe, this one's included
        parent_end.close()
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        connection.send([task(item) for item in chunk])


class _Feeder:
    """Pulls input items on a thread into a bounded queue, so the runner never blocks on a
    slow input (a list piped in by `find`) while it has records to hand on, and each chunk
    is formed from the items available at that moment."""

    _END = object()

    def __init__(self, items: Iterator[InputItem], capacity: int) -> None:
        self._items = items
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=capacity)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._pull, name="newsparse-inputs", daemon=True)
        self.done = False

    def __enter__(self) -> _Feeder:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        with suppress(queue.Empty):
            while True:  # unblock a pending put
                self._queue.get_nowait()

    def _pull(self) -> None:
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread, which re-raises it
            self._put(_Raised(exc))
            return
        self._put(self._END)

    def _put(self, value: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def take(self, size: int, *, wait: bool) -> list[InputItem]:
        """Up to `size` items available now; with `wait`, block until there is at least one
        (or the input is exhausted)."""
        chunk: list[InputItem] = []
        while len(chunk) < size and not self.done:
            try:
                value = self._queue.get(block=wait and not chunk)
            except queue.Empty:
                break
            if value is self._END:
                self.done = True
            elif isinstance(value, _Raised):
                self.done = True
                raise value.exc
            else:
                chunk.append(value)
        return chunk


@dataclass(frozen=True, slots=True)
class _Raised:
    exc: BaseException


_WARM_UP_TEXT = (
    "Headline of a sample article for warming up\nPublished: June 4, 2023\nSource: Reuters\n"
    "عنوان الخبر\nتاريخ النشر: 20 فبراير 2024\nPublié le 4 février 2024\nFirst paragraph of the body."
).encode()


def _warm_up(task: Task) -> None:
    """Load and compile what every worker needs before forking (profiles, date vocabularies,
    lazily compiled patterns), so it is done once in the parent, not once per worker."""
    if task.options.profile is None:
        builtin_profiles()
    Task(task.options, None, None)(InputItem("-", BYTES, data=_WARM_UP_TEXT))


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


@dataclass(frozen=True, slots=True)
class Batch:
    """A whole run's inputs and settings, fixed once at the edge (the CLI builds one from its options).

    `results()` is what every batch command iterates: (path, Record | InputFailure), in input order."""

    spec: InputSpec
    options: Options
    encoding: str | None = None
    jobs: int = 1
    stdin: BinaryIO | None = None

    def items(self) -> Iterator[InputItem]:
        return expand(self.spec, self.stdin)

    def results(self, transform: Callable[[Any], Any] | None = None, *,
                items: Iterable[InputItem] | None = None,
                on_idle: Callable[[], None] | None = None) -> Iterator[Outcome]:
        return run(self.items() if items is None else items, self.options, encoding=self.encoding,
                   jobs=self.jobs, transform=transform, on_idle=on_idle)
