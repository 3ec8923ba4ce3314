"""Batch throughput of `newsparse parse` against a floor, with peak memory.

    python benchmarks/throughput.py                 # 20,000 files
    python benchmarks/throughput.py --files 200000
    python benchmarks/throughput.py --repeat 3      # three rounds, each run's fastest (noisy machines)
    python benchmarks/throughput.py --profile       # also cProfile the serial batch path

Generates N article files from the corpus fixtures (spread over subdirectories of 1,000,
each with a unique last line so no two files are identical), then runs, each as a
subprocess writing to a file:

  floor     a plain Python loop: walk, read, decode, write each file as one JSON line
  batch-only the same newsparse command with the parse core stubbed out (decode + a record
            holding the text): the cost of the batch layer alone, serial and parallel
  jobs=1    newsparse parse DIR -f jsonl --jobs 1
  jobs=N    newsparse parse DIR -f jsonl (default jobs: one per core)

after byte-compiling newsparse (as `pip install` does), and prints wall and CPU seconds
(CPU: user + system of the whole process tree, less sensitive than wall time to other load
on the machine), files/s, MB/s (input bytes), peak RSS (the whole process tree, summed,
sampled from /proc every 20 ms; and the largest single process) and the ratio of each
run's wall time to the floor's. With `--repeat N` it runs N rounds, each running every
command once (so a slow or fast spell of the machine touches all of them), and prints each
run's fastest time, its ratio to the fastest floor (× floor), and the median over the rounds
of its ratio to the same round's floor (median ×), the steadier of the two on a noisy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "corpus"

FLOOR = r"""
import json, os, sys
out = open(sys.argv[2], "w", encoding="utf-8")
def walk(top):
    entries = sorted(os.scandir(top), key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir():
            yield from walk(entry.path)
        elif entry.name.endswith(".txt"):
            yield entry.path
for path in walk(sys.argv[1]):
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1256")
    out.write(json.dumps({"path": path, "text": text}, ensure_ascii=False) + "\n")
out.close()
"""

# The batch machinery alone: newsparse's CLI with the parse core replaced by decode + a
# record holding the text, to show what the batch layer costs apart from parsing.
BATCH_ONLY = r"""
import sys
import newsparse.batch
from newsparse.decode import decode
from newsparse.record import Record, content_id

def parse_bytes(data, *, path, options, encoding=None):
    decoded = decode(data, encoding)
    return Record(id=content_id(decoded.text), path=path, language=None, profile="none", body=decoded.text)

newsparse.batch.parse_bytes = parse_bytes
from newsparse.cli import main
main(sys.argv[1:], prog_name="newsparse")
"""


def generate(directory: Path, count: int) -> int:
    sources = [path.read_bytes() for path in sorted(FIXTURES.glob("*.txt"))]
    if not sources:
        sys.exit(f"no fixtures in {FIXTURES}")
    total = 0
    for index in range(count):
        sub = directory / f"{index // 1000:04d}"
        if index % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = sources[index % len(sources)]
        # A unique last line, in the file's own encoding family (ASCII is safe in all of them
        # except UTF-16, which the fixtures do not use).
        data = data + f"\n\nRef {index}\n".encode("ascii")
        (sub / f"{index:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def tree_rss(pid: int) -> tuple[int, int]:
    """(sum, max) of VmRSS in bytes over pid and its descendants."""
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    total = largest = 0
    for current in pids:
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) * 1024
                        total += rss
                        largest = max(largest, rss)
                        break
        except OSError:
            continue
    return total, largest


def measure(command: list[str], stdout_path: Path | None = None) -> tuple[float, float, int, int]:
    """Wall time, CPU time (user + system, the whole process tree) and peak (summed, largest) RSS."""
    peak = [0, 0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL  # noqa: SIM115
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total, largest = tree_rss(process.pid)
            peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if stdout_path:
        out.close()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr.decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, peak[0], peak[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--workdir", help="where to generate the files (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--profile", action="store_true", help="cProfile the serial batch path too")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run everything N times and keep each run's fastest (default 1)")
    args = parser.parse_args()

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    articles = workdir / "articles"
    try:
        started = time.perf_counter()
        size = generate(articles, args.files)
        os.sync()  # the first run must not pay for writing the generated files back
        print(f"generated {args.files:,} files, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s "
              f"({os.cpu_count()} cores)")
        byte_compile_newsparse()
        python = sys.executable
        runs = [
            ("floor", [python, "-c", FLOOR, str(articles), str(workdir / "floor.jsonl")], None),
            ("batch-only j1", [python, "-c", BATCH_ONLY, "parse", str(articles), "-q", "-j", "1"],
             workdir / "batch1.jsonl"),
            ("batch-only jN", [python, "-c", BATCH_ONLY, "parse", str(articles), "-q"], workdir / "batchN.jsonl"),
            ("jobs=1", [python, "-m", "newsparse", "parse", str(articles), "-f", "jsonl", "-q", "--jobs", "1"],
             workdir / "serial.jsonl"),
            ("jobs=default", [python, "-m", "newsparse", "parse", str(articles), "-f", "jsonl", "-q"],
             workdir / "parallel.jsonl"),
        ]
        # Rounds, each running every command once: a slow or fast spell of the machine then
        # touches every run alike, instead of all the repeats of one.
        measured: dict[str, list[tuple[float, float, int, int]]] = {name: [] for name, _, _ in runs}
        for _ in range(args.repeat):
            for name, command, stdout_path in runs:
                measured[name].append(measure(command, stdout_path))
        floors = [wall for wall, *_ in measured["floor"]]
        print(f"{'run':<14}{'wall s':>8}{'cpu s':>8}{'files/s':>10}{'MB/s':>8}{'RSS sum MB':>12}"
              f"{'RSS max MB':>12}{'× floor':>9}{'median ×':>10}")
        for name, _, _ in runs:
            walls = [wall for wall, *_ in measured[name]]
            elapsed, cpu = min(walls), min(cpu for _, cpu, _, _ in measured[name])
            rss_sum, rss_max = (max(rss for *_, rss, _ in measured[name]), max(rss for *_, rss in measured[name]))
            # × floor: fastest against fastest. median ×: each round against its own floor run.
            ratio, paired = elapsed / min(floors), statistics.median(w / f for w, f in zip(walls, floors, strict=True))
            print(f"{name:<14}{elapsed:>8.2f}{cpu:>8.2f}{args.files / elapsed:>10,.0f}{size / 1e6 / elapsed:>8.1f}"
                  f"{rss_sum / 1e6:>12.1f}{rss_max / 1e6:>12.1f}{ratio:>9.2f}{paired:>10.2f}", flush=True)
        same = (workdir / "serial.jsonl").read_bytes() == (workdir / "parallel.jsonl").read_bytes()
        print(f"jobs=1 and default jobs byte-identical: {same}")
        if args.profile:
            profile_serial(articles, workdir)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def byte_compile_newsparse() -> None:
    """Write newsparse's .pyc files, as `pip install` does, so that no run pays for compiling
    the sources at start-up (an editable install with PYTHONDONTWRITEBYTECODE set would)."""
    import compileall

    import newsparse

    compileall.compile_dir(Path(newsparse.__file__).parent, quiet=1)


def profile_serial(articles: Path, workdir: Path) -> None:
    """Where the serial batch path spends its time (cumulative, top entries)."""
    stats = workdir / "serial.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "newsparse", "parse",
                    str(articles), "-q", "-j", "1", "-o", str(workdir / "profiled.jsonl")], check=True)
    import pstats

    pstats.Stats(str(stats)).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
