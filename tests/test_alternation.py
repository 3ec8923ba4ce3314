"""`Alternation` answers exactly as the whole alternation would, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.alternation import Alternation, _edge_classes
from newsparse.profile import load_profile

# Shapes the edge reader must get right, or give up on (None): anchors, look-arounds,
# optional parts, branches, classes (negated too), categories, inline flags, `regex` syntax.
PATTERNS = [
    r"^\d+\s*(?:min|minutes?) read$",
    r"^(?:(?:جميع|كافه) )?(?:الحقوق|حقوق النشر) محفوظه.{0,150}$",
    r"^.{0,150}\bcontributed (?:to )?(?:this|the) report\.?$",
    r"^(?=.*\)$).{0,250}\((?:photo|afp)\)$",
    r"^(?=.*/).{0,250}\b(?:reuters|afp)\s*/\s*[^\W\d_]+$",
    r"^(?:[^\s,]+ ){0,4}(?:correspondent|editor)s?(?:, [^\s,]+)?$",
    r"^[\W\d_]*$",
    r"^.{2,150}\s(?:→|->)$",
    r"a$|b$",
    r"(?x) k e l v i n",
    r"(?i:s)ign up",
    r"^[\p{L}.'\-]+ / [\p{L}]+$",
    r"^partager(?: sur)?$",
    r"^كتب",
    r"^ıstanbul$",
    r"^(?!x)y",
    r"^x?",
]

# Texts built from pieces of the patterns, in either case, with the letters whose other case
# is not what `str.lower` says (the Kelvin sign, the long s, the Turkish i's).
_PIECES = ["partager", "PARTAGER", "Partager", " sur", " SUR", "3", "12", " min", " MIN", " read", " Read",
           "sign up", "SIGN UP", "ſign up", "kelvin", "\u212aelvin", "istanbul", "İstanbul", "ıstanbul",
           "كتب", "الحقوق", " محفوظه", "جميع ", "contributed to this report", "(photo)", "(AFP)", "afp", "x", "y",
           "reuters / ", "John", " ", "/", "→", " ->", "editor", "s", ", ", "a", "b", ".", "-", "é"]
TEXT = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=30))
def test_matches_as_the_whole_alternation_does(texts: list[str]) -> None:
    alternation = Alternation(PATTERNS, re.IGNORECASE)
    for text in texts + [t + "\n" for t in texts]:
        expected = alternation.whole.match(text)
        found = alternation.match(text)
        assert (found is None) == (expected is None), text
        if found is not None and expected is not None:
            assert found.span() == expected.span(), text


@pytest.mark.parametrize("name", ["ar", "en", "fr"])
def test_builtin_boilerplate_answers_as_one_alternation(name: str) -> None:
    """Real chrome lines and body lines from the fixtures, against every built-in pattern."""
    from pathlib import Path

    from newsparse.normalize import fold

    alternation = load_profile(name).boilerplate_pattern
    assert alternation is not None
    lines = [fold(line.strip()) for path in sorted(Path(__file__).parent.parent.joinpath("fixtures", "corpus")
                                                   .glob("*.txt"))
             for line in path.read_bytes().decode("utf-8", "replace").splitlines() if line.strip()]
    lines += ["© reuters", "3 min read", "اعلان - شركة", "(photo afp)", "credit: ap photo / john smith", "→"]
    for line in lines:
        expected = alternation.whole.match(line)
        found = alternation.match(line)
        assert (found is None) == (expected is None), line
        if found is not None and expected is not None:
            assert found.span() == expected.span(), line


@pytest.mark.parametrize(
    ("pattern", "first", "last"),
    [
        (r"^\d+ min read$", r"\d", r"\U00000064"),
        (r"^(?=.*\)$).{0,9}x", None, r"\U00000029"),
        (r"^(?:a|b)?c", r"\U00000061|\U00000062|\U00000063", None),
        (r"^[^\W\d_]+ / x$", r"[^\W\d\U0000005f]", r"\U00000078"),
        (r"^x*$", None, None),  # matches an empty text: any character may begin or end it
        (r"(?x) a", None, None),  # an inline flag changes what the pattern means
        (r"^\p{L}", None, None),  # `regex` syntax: not read, always tried
    ],
)
def test_edge_classes(pattern: str, first: str | None, last: str | None) -> None:
    assert _edge_classes(pattern, re.IGNORECASE) == (first, last)
