"""Ctrl-C and SIGTERM, noted as well as raised.

Python raises KeyboardInterrupt from a signal handler inside whatever code runs at that
moment. When that code is a finalizer (an object's `__del__`), the exception is printed and
dropped, and the run would go on to the end as if it had never been interrupted: its `-o`
file committed, exit code 0. So the handler also notes the signal, and the run checks the
note before it commits an output and before it reports how it ended. Python prints such a
dropped exception with its traceback ("Exception ignored in: …"); `quiet_unraisable` keeps
that one off stderr, since the run reports the interruption itself.
"""

import sys
from typing import Any, NoReturn

_received = False


def interrupt(signum: int, frame: Any) -> NoReturn:
    """The handler for SIGINT (and, during a run, SIGTERM)."""
    global _received
    _received = True
    raise KeyboardInterrupt


def raise_if_interrupted() -> None:
    """Raise KeyboardInterrupt again if a signal's was swallowed on its way up."""
    if _received:
        raise KeyboardInterrupt


def quiet_unraisable(unraisable: Any) -> None:
    """`sys.unraisablehook`: our own KeyboardInterrupt dropped in a finalizer is not printed (it is noted, and
    raised again by `raise_if_interrupted`); any other exception goes to Python's default hook."""
    if _received and isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)
