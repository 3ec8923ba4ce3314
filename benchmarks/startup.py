"""Start-up time of `newsparse --help`, beside the interpreter's own start-up.

    python benchmarks/startup.py            # 20 runs of each command
    python benchmarks/startup.py --runs 50

The target is `newsparse --help` under 150 ms. The interpreter alone (`python -c pass`)
already takes part of that, and how much depends on the machine and on what the
environment's site-packages load at start-up (`.pth` files), so the script prints it
beside newsparse's figures: the difference is what newsparse's own imports cost (the
CLI imports click and its own small modules; parsing, rich and the writers load lazily).
Each figure is the median wall time of the runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 150


def median_ms(command: list[str], runs: int) -> float:
    """The median wall time of `command`, output discarded, after one warm-up run."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def console_script() -> str:
    """The installed `newsparse` script beside this interpreter (not a shim that wraps it)."""
    beside = Path(sys.executable).parent / "newsparse"
    found = str(beside) if beside.exists() else shutil.which("newsparse")
    if found is None:
        sys.exit("newsparse is not installed: pip install -e .")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    python = sys.executable
    rows = [
        ("python -c pass", [python, "-c", "pass"]),
        ("python -c 'import newsparse.cli'", [python, "-c", "import newsparse.cli"]),
        ("newsparse --help", [console_script(), "--help"]),
        ("python -m newsparse --help", [python, "-m", "newsparse", "--help"]),
    ]
    figures = {name: median_ms(command, args.runs) for name, command in rows}
    print(f"{'command':36} {'median ms':>10}")
    for name, value in figures.items():
        print(f"{name:36} {value:10.1f}")
    bare, script = figures["python -c pass"], figures["newsparse --help"]
    print(f"newsparse's own share of `newsparse --help`: {script - bare:.1f} ms "
          f"(target for the whole command: {TARGET_MS} ms; {'met' if script <= TARGET_MS else 'not met'})")


if __name__ == "__main__":
    main()
