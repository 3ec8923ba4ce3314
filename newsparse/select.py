"""Choose the profile for an article by what its text contains: script, then common words."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .classify import Line
from .profile import Profile

_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
_WORD = regex.compile(r"[\p{L}']+")
_SAMPLE_CHARS = 4000


def choose_profile(lines: Sequence[Line], profiles: Sequence[Profile]) -> Profile:
    """The profile whose script the text is written in and whose common words it uses most."""
    sample = "\n".join(line.folded for line in lines)[:_SAMPLE_CHARS]
    script = "arabic" if len(_ARABIC.findall(sample)) >= len(_LATIN.findall(sample)) else "latin"
    candidates = [profile for profile in profiles if profile.script == script] or list(profiles)
    words = _WORD.findall(sample)
    return max(candidates, key=lambda profile: sum(1 for word in words if word in profile.detect_words))
