"""Many patterns matched at the start of a line as one, trying only those its two ends allow.

A profile's boilerplate is a hundred patterns or more, each a whole short line. Joined by
"|", the `re` engine tries every one in turn at the start of a line, even those whose first
character rules them out at once, and those opening with ".{0,150}" walk the whole line:
about 12 µs a line for the built-in profiles. But most patterns open with a literal or a
small class ("^المزيد من …", "^\\d+ min read") and end at "$" after one ("… report\\.?$",
"(?=.*\\)$)"), so `Alternation` reads from each pattern's parsed form (`re`'s own parser) the
characters a matching line can begin and end with, and tries a line against only the patterns
its first and last characters allow, in their order: about half the time. A pattern whose
edges it cannot read (a dot, an inline flag, a `regex`-only escape) is always tried. The
answer is the one the joined alternation gives: a pattern left out cannot match that line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants as sre  # the parser's opcodes; the parser is re's own, used read-only
from re import _parser as sre_parse
from typing import Any, TypeAlias

import regex

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
Match: TypeAlias = "re.Match[str] | regex.Match[str]"

# How many pairs of first and last characters get their own entry; beyond that (a dump in a
# script with thousands of letters) a line falls back to the whole alternation, so memory
# stays bounded.
_MAX_ENDS = 8192

_CATEGORY_CLASSES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_END_ANCHORS = (sre.AT_END, sre.AT_END_STRING)


class Alternation:
    """`"|".join(patterns)`, for `.match` at the start of a text.

    The patterns run on the standard `re` engine when all of them compile there (it is the
    faster), else all on `regex` (which reads \\p{L} and more): one engine, so that a letter's
    other case is the same for every pattern and for the tests of their edges.
    """

    def __init__(self, patterns: Sequence[str], flags: int) -> None:
        self._patterns = tuple(patterns)
        self._flags = flags
        standard = [_standard_compile(pattern, flags) for pattern in self._patterns]
        self._standard = None not in standard
        self._compiled = tuple(standard) if self._standard else \
            tuple(regex.compile(pattern, flags) for pattern in self._patterns)
        self._edges = [_edge_classes(pattern, flags) for pattern in self._patterns]
        self._by_ends: dict[tuple[str, str], tuple[Pattern, ...]] = {}
        self._tests: dict[str, Pattern] = {}

    @property
    def _engine(self) -> Any:
        return re if self._standard else regex

    @property
    def pattern(self) -> str:
        return _joined(self._patterns)

    @property
    def whole(self) -> Pattern:
        """The one alternation this stands for, compiled by the same engine (for tests)."""
        return self._engine.compile(self.pattern, self._flags)

    def match(self, text: str) -> Match | None:
        """The match of the first pattern, in their order, that matches at the start of `text`:
        what the one alternation gives, as nothing follows it."""
        if not text or text[-1] == "\n":  # "$" may match before a final line break
            chosen = self._compiled
        else:
            ends = (text[0], text[-1])
            try:
                chosen = self._by_ends[ends]
            except KeyError:
                chosen = self._for_ends(ends)
        for pattern in chosen:
            found = pattern.match(text)
            if found is not None:
                return found
        return None

    def _for_ends(self, ends: tuple[str, str]) -> tuple[Pattern, ...]:
        if len(self._by_ends) >= _MAX_ENDS:
            return self._compiled
        first, last = ends
        chosen = tuple(pattern for pattern, (start, end) in zip(self._compiled, self._edges, strict=True)
                       if (start is None or self._test(start).fullmatch(first))
                       and (end is None or self._test(end).fullmatch(last)))
        self._by_ends[ends] = chosen
        return chosen

    def _test(self, edge: str) -> Pattern:
        """An edge's pattern of one character, compiled once."""
        test = self._tests.get(edge)
        if test is None:
            test = self._tests[edge] = self._engine.compile(edge, self._flags)
        return test


def _standard_compile(pattern: str, flags: int) -> re.Pattern[str] | None:
    """`pattern` compiled by `re`, or None when only `regex` reads it."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return None


def _joined(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


def _edge_classes(pattern: str, flags: int) -> tuple[str | None, str | None]:
    """Patterns of one character ("a|[c-e]|\\d") matching every character a match of `pattern` at the start
    of a text can begin with, and every character the text can end with; None for either
    when it cannot be read (an alternative is then tried whatever that character is)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags != sre_parse.parse("", flags).state.flags:
            return None, None  # an inline flag ("(?x)") changes what the characters mean
    except re.error:
        return None, None  # `regex`-only syntax
    sequence = list(parsed)
    return _as_class(lambda: _edge_items(sequence, last=False)), _as_class(lambda: _end_items(sequence))


def _as_class(read: Callable[[], tuple[list[str], bool]]) -> str | None:
    try:
        items, nullable = read()
    except (_Unreadable, RecursionError):
        return None
    if nullable or not items:
        return None  # the edge may be an empty match: any character may stand there
    return "|".join(sorted(set(items)))


class _Unreadable(Exception):
    """A construct whose edge characters this reader does not work out."""


def _end_items(sequence: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The last characters of a text that a pattern matches from its start: read before a
    final "$", or a look-ahead's "$" ("(?=.*\\)$)"); a pattern that does not reach the end
    says nothing about it."""
    if sequence and sequence[-1][0] is sre.AT and sequence[-1][1] in _END_ANCHORS:
        return _edge_items(sequence[:-1], last=True)
    if len(sequence) == 1 and sequence[0][0] in (sre.BRANCH, sre.SUBPATTERN):
        opcode, argument = sequence[0]
        if opcode is sre.SUBPATTERN:
            if argument[1] or argument[2]:
                raise _Unreadable
            return _end_items(list(argument[3]))
        items: list[str] = []
        for branch in argument[1]:
            found, nullable = _end_items(list(branch))
            if nullable:
                return [], True
            items.extend(found)
        return items, False
    for opcode, argument in sequence:
        if opcode is sre.ASSERT and argument[0] == 1:  # a look-ahead at the start
            return _end_items(list(argument[1]))
        if opcode is not sre.AT:
            break
    raise _Unreadable


def _edge_items(sequence: list[tuple[Any, Any]], last: bool) -> tuple[list[str], bool]:
    """Class items for the first (or last) characters of a parsed sequence, and whether it can match empty."""
    items: list[str] = []
    for opcode, argument in reversed(sequence) if last else sequence:
        found, nullable = _edge_of(opcode, argument, last)
        items.extend(found)
        if not nullable:
            return items, False
    return items, True


def _edge_of(opcode: Any, argument: Any, last: bool) -> tuple[list[str], bool]:
    if opcode is sre.LITERAL:
        return [_escaped(argument)], False
    if opcode is sre.IN:
        return _class_items(argument), False
    if opcode in _ZERO_WIDTH:
        return [], True  # "^", "\\b", a look-ahead: they add no character
    if opcode is sre.SUBPATTERN:
        _group, add_flags, del_flags, sequence = argument
        if add_flags or del_flags:
            raise _Unreadable
        return _edge_items(list(sequence), last)
    if opcode is sre.BRANCH:
        items: list[str] = []
        nullable = False
        for branch in argument[1]:
            found, empty = _edge_items(list(branch), last)
            items.extend(found)
            nullable = nullable or empty
        return items, nullable
    if opcode in _REPEATS:
        low, _high, sequence = argument
        found, empty = _edge_items(list(sequence), last)
        return found, empty or low == 0
    raise _Unreadable


def _class_items(members: list[tuple[Any, Any]]) -> list[str]:
    """A parsed class as pieces that each match one character ("\\d", "[a-c]", "[^\\W\\d_]")."""
    pieces = []
    for opcode, argument in members:
        if opcode is sre.LITERAL:
            pieces.append(_escaped(argument))
        elif opcode is sre.RANGE:
            pieces.append(f"[{_escaped(argument[0])}-{_escaped(argument[1])}]")
        elif opcode is sre.CATEGORY and argument in _CATEGORY_CLASSES:
            pieces.append(_CATEGORY_CLASSES[argument])
        elif opcode is sre.NEGATE:
            return ["[^" + "".join(piece.strip("[]") for piece in _class_items(members[1:])) + "]"]
        else:  # a category this reader does not map
            raise _Unreadable
    return pieces


def _escaped(code: int) -> str:
    return f"\\U{code:08x}"  # safe inside a class, in both engines
