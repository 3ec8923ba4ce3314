"""Ctrl-C and SIGTERM, noted as well as raised.

Python raises KeyboardInterrupt from a signal handler inside whatever code runs at that
moment. When that code is a finalizer (an object's `__del__`), the exception is printed and
dropped, and the run would go on to the end as if it had never been interrupted: its `-o`
file committed, exit code 0. So the handler also notes the signal, and the run checks the
note before it commits an output and before it reports how it ended.
"""

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
