"""Choose the profile for an article by what its text contains: script, then common words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Line
from .profile import Profile

_NOT_ASCII_LETTERS = bytes(byte for byte in range(256) if not (byte < 128 and chr(byte).isalpha()))
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 2000  # enough words to tell English from French, cheap to count


def choose_profile(lines: Sequence[Line], profiles: Sequence[Profile]) -> Profile:
    """The profile whose script the text is written in and whose common words it uses most."""
    sample = "\n".join(line.folded for line in lines)[:_SAMPLE_CHARS]
    arabic = _arabic_letters(sample)
    script = "arabic" if arabic * 2 >= len(sample) or arabic >= _latin_letters(sample) else "latin"
    candidates = [profile for profile in profiles if profile.script == script] or list(profiles)
    if len(candidates) == 1:
        return candidates[0]
    words = _WORD.findall(sample)
    return max(candidates, key=lambda profile: sum(1 for word in words if word in profile.detect_words))


def _arabic_letters(text: str) -> int:
    """Characters of the Arabic block (U+0600-U+06FF): UTF-8 lead bytes 0xD8-0xDB, counted in C."""
    data = text.encode("utf-8")
    return sum(data.count(lead) for lead in (b"\xd8", b"\xd9", b"\xda", b"\xdb"))


def _latin_letters(text: str) -> int:
    """ASCII letters plus accented Latin letters (U+00C0-U+024F: UTF-8 lead bytes 0xC3-0xC9)."""
    data = text.encode("utf-8")
    ascii_letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    accented = sum(data.count(lead) for lead in (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8", b"\xc9"))
    return ascii_letters + accented
