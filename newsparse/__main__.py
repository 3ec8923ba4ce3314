"""The `newsparse` command (and `python -m newsparse`).

Ctrl-C while Python is still importing the command ends it like Ctrl-C later on: exit code
130 and no traceback (the run itself handles it from then on, see `cli.run_reported`).
"""

import contextlib
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    sys.stderr.write("newsparse: interrupted\n")
    raise SystemExit(130)


def run() -> None:
    with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    from .cli import main
    from .interrupt import interrupt, quiet_unraisable

    signal.signal(signal.SIGINT, interrupt)
    sys.unraisablehook = quiet_unraisable
    main(prog_name="newsparse")


if __name__ == "__main__":
    run()
