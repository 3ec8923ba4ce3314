"""The exceptions newsparse raises, each with a message a user can act on."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class for every error newsparse raises on purpose."""


class ProfileError(NewsparseError):
    """A profile could not be found, read or validated."""


class InputError(NewsparseError):
    """An input could not be read or decoded; the message names the reason."""
