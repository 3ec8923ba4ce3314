"""Choose the profile for an article by what its text contains: script, then common words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Line
from .profile import Profile

# bytes.translate deletion tables: each count is one pass in C over the UTF-8 bytes.
_NOT_ARABIC_LEAD = bytes(byte for byte in range(256) if not 0xD8 <= byte <= 0xDB)
_NOT_LATIN_LETTER = bytes(
    byte for byte in range(256) if not (byte < 128 and chr(byte).isalpha() or 0xC3 <= byte <= 0xC9)
)
_WORD = re.compile(r"[^\W\d_]+")
# Words of a case-folded Latin-script text, from its UTF-8 bytes: every byte but a-z and the
# bytes of non-ASCII characters becomes a space, then `split()`. Accented letters stay inside
# their words. A translate and a split in C are several times faster than finding the words
# with a regex (one match object and one string per word).
_LATIN_WORD_BYTES = bytes(byte if 0x61 <= byte <= 0x7A or byte >= 0x80 else 0x20 for byte in range(256))
_SAMPLE_CHARS = 2000  # enough words to tell English from French, cheap to count


def choose_profile(lines: Sequence[Line], profiles: Sequence[Profile]) -> Profile:
    """The profile whose script the text is written in and whose common words it uses most."""
    sample = "\n".join(line.folded for line in lines)[:_SAMPLE_CHARS]
    data = sample.encode("utf-8")
    arabic = _arabic_letters(data)
    script = "arabic" if arabic * 2 >= len(sample) or arabic >= _latin_letters(data) else "latin"
    candidates = [profile for profile in profiles if profile.script == script] or list(profiles)
    if len(candidates) == 1:
        return candidates[0]
    if all(profile.script == "latin" for profile in candidates):
        latin_words = words_of_latin(data)
        return max(candidates, key=lambda profile: sum(map(profile.detect_words_utf8.__contains__, latin_words)))
    words = _WORD.findall(sample)
    return max(candidates, key=lambda profile: sum(map(profile.detect_words.__contains__, words)))


def words_of_latin(data: bytes) -> list[bytes]:
    """The words of a folded Latin-script text's UTF-8 bytes (a symbol other than ASCII
    punctuation, such as "€", counts as part of the word it touches)."""
    return data.translate(_LATIN_WORD_BYTES).split()


def _arabic_letters(data: bytes) -> int:
    """Characters of the Arabic block (U+0600-U+06FF): their UTF-8 lead bytes 0xD8-0xDB."""
    return len(data.translate(None, _NOT_ARABIC_LEAD))


def _latin_letters(data: bytes) -> int:
    """ASCII letters plus accented Latin letters (U+00C0-U+024F: UTF-8 lead bytes 0xC3-0xC9)."""
    return len(data.translate(None, _NOT_LATIN_LETTER))
