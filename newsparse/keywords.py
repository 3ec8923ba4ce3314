"""Split a keyword line into tags.

With explicit delimiters (`,` `،` `|` `;` `·` `/`, hashtags) the split is plain. Tags
joined by single spaces (the reference site's "كلمات دلالية:" line) are segmented by a
small dynamic programme over word positions that honours what the profile knows:

* function words (على، في، من …) neither begin nor end a tag;
* known multi-word tags (the profile's lexicon) and phrases that occur in the article
  itself are cheap, unknown multi-word tags grow expensive with their length, so words
  stay apart unless something joins them;
* sites list such tags in alphabetical order, so when the line looks sorted a tag that
  sorts below the one before it costs a break, once: an alphabetical run that breaks is
  usually where machine-added tags start, and those come in no order.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from .normalize import fold, unique_folded, words_of
from .profile import KeywordRules

_MAX_TAG_WORDS = 6
_KNOWN_COST = 0.5
_BREAK_COST = 3.0
# Each word after the break, so that the machine-added tail starts as late as it can: less
# than an unknown tag's extra word (0.5), and a sum of powers of two, so costs add up exactly.
_TAIL_WORD_COST = 0.375
# A line is taken as sorted when this share of the steps between its tags (found without the
# order rule) go upwards, over at least this many steps.
_SORTED_SHARE = 0.6
_SORTED_MIN_STEPS = 4
# An unknown tag of n words costs n + (n - 1)² / 2: words stay apart unless something joins them.
_UNKNOWN_COST = [size + 0.5 * (size - 1) ** 2 for size in range(_MAX_TAG_WORDS + 1)]


@dataclass(frozen=True, slots=True)
class KeywordSplit:
    tags: tuple[str, ...]
    guessed: bool  # True when a space-joined line was split by rule rather than by delimiters


def split_keywords(value: str, rules: KeywordRules, article_text: str = "") -> KeywordSplit:
    """Tags of one keyword line, in order, without duplicates."""
    value = value.strip()
    if not value:
        return KeywordSplit((), False)
    if rules.delimiters.search(value):
        parts = [part.strip(" #.") for part in rules.delimiters.split(value)]
        return KeywordSplit(unique_folded(part for part in parts if part), False)
    words = value.split()
    if len(words) == 1:
        return KeywordSplit((words[0],), False)
    tags = _segment(words, rules, article_phrases(article_text))
    return KeywordSplit(unique_folded(tags), len(tags) > 1)


@dataclass(frozen=True, slots=True)
class ArticlePhrases:
    """The article's words, folded, as one space-padded string: a phrase is in the article
    when `f" {phrase} "` is in `text`."""

    text: str


def article_phrases(text: str) -> ArticlePhrases:
    return ArticlePhrases(f" {' '.join(words_of(fold(text)))} ")


def _segment(words: list[str], rules: KeywordRules, article: ArticlePhrases) -> list[str]:
    """The cheapest split of `words` into tags; alphabetical order only counts when the line
    looks sorted (`_looks_sorted`), else an unsorted list would be merged into long tags."""
    folded = _folded_words(words)
    paired = _paired(folded, article)
    plain = _cheapest_unordered_split(folded, rules, article, paired)
    if rules.alphabetical and plain is not None and _looks_sorted(folded, plain):
        bounds = _cheapest_split(folded, rules, article, alphabetical=True, paired=paired)
    else:
        bounds = plain
    if bounds is None:
        return [" ".join(words)]
    return [" ".join(words[start:end]) for start, end in bounds]


def _looks_sorted(folded: list[str], bounds: list[tuple[int, int]]) -> bool:
    """Whether the tags found without the order rule mostly sort upwards: a sorted list keeps
    most of its steps in order (only the words inside unknown multi-word tags and the tail of
    machine-added tags step down), a list in no order steps down about half the time."""
    tags = [" ".join(folded[start:end]) for start, end in bounds]
    steps = len(tags) - 1
    if steps < _SORTED_MIN_STEPS:
        return False
    upwards = sum(1 for before, after in itertools.pairwise(tags) if after >= before)
    return upwards >= _SORTED_SHARE * steps


def _cheapest_unordered_split(folded: list[str], rules: KeywordRules, article: ArticlePhrases,
                              paired: list[int] | None = None) -> list[tuple[int, int]] | None:
    """`_cheapest_split` without the order rule, where a tag's cost does not depend on the tag
    before it: the plain programme over ends, one best start each."""
    count = len(folded)
    can_edge = [word not in rules.function_words for word in folded]
    text, lexicon = article.text, rules.lexicon
    paired = paired if paired is not None else _paired(folded, article)
    cost = [0.0] + [math.inf] * count
    start_of = [0] * (count + 1)
    for end in range(1, count + 1):
        for start in range(end - 1, max(0, end - _MAX_TAG_WORDS) - 1, -1):
            if cost[start] == math.inf:
                continue
            size = end - start
            edges = can_edge[start] and can_edge[end - 1]
            if size == 1:
                if not edges:
                    continue
                tag_cost = 1.0
            else:
                in_article = paired[start] >= size - 1
                if not in_article and folded[start] not in rules.lexicon_starts:
                    if not edges:
                        continue
                    tag_cost = _UNKNOWN_COST[size]
                else:
                    tag = " ".join(folded[start:end])
                    in_lexicon = tag in lexicon
                    if not (edges or in_lexicon):
                        continue  # a function word at an edge only in a known tag: "علي خامنئي"
                    known = in_lexicon or (in_article and (size == 2 or f" {tag} " in text))
                    tag_cost = _KNOWN_COST if known else _UNKNOWN_COST[size]
            total = cost[start] + tag_cost
            if total < cost[end]:
                cost[end], start_of[end] = total, start
    if cost[count] == math.inf:
        return None
    bounds, end = [], count
    while end > 0:
        bounds.append((start_of[end], end))
        end = start_of[end]
    bounds.reverse()
    return bounds


# An entry of the programme: (total cost, start of the tag before, whether the order broke
# before, start of this tag, whether the order has broken, this tag folded).
_Entry = tuple[float, int, bool, int, bool, str]


def _cheapest_split(folded: list[str], rules: KeywordRules, article: ArticlePhrases,
                    alphabetical: bool, paired: list[int] | None = None) -> list[tuple[int, int]] | None:
    """(start, end) of each tag of the cheapest split of `folded` (the costs are in the module
    docstring), or None when no split lets function words stay inside tags.

    best[end] lists the cheapest segmentations of words[:end], per start of their last tag
    and per whether the order broke already (it costs a break once: after it come the
    machine-added tags, in no order, and each of their words costs `_TAIL_WORD_COST`, so the
    tail starts as late as it can). Entries that can no longer lead to the cheapest split are
    dropped as the programme goes (`_worth_keeping`).
    """
    count = len(folded)
    can_edge = [word not in rules.function_words for word in folded]  # may begin or end a tag
    text, lexicon = article.text, rules.lexicon
    paired = paired if paired is not None else _paired(folded, article)
    best: list[list[_Entry]] = [[] for _ in range(count + 1)]
    cheapest_to = [0.0] + [math.inf] * count  # cheapest total of best[end]
    for end in range(1, count + 1):
        entries: list[_Entry] = []
        cheapest = least_broken = math.inf
        # Shortest tags first: they set the cheapest totals early, so a long unknown tag that
        # cannot come within reach of them (see `_worth_keeping`) is skipped before any work.
        tail = _TAIL_WORD_COST * (count - end) if alphabetical else 0.0
        for start in range(end - 1, max(0, end - _MAX_TAG_WORDS) - 1, -1):
            if cheapest_to[start] == math.inf:
                continue
            size = end - start
            edges = can_edge[start] and can_edge[end - 1]
            if size == 1:
                if not edges:
                    continue
                tag, tag_cost = folded[start], 1.0
            else:
                in_article = paired[start] >= size - 1
                surely_unknown = not in_article and folded[start] not in rules.lexicon_starts
                reach = min(least_broken, cheapest + _BREAK_COST) + tail
                if surely_unknown and (not edges or cheapest_to[start] + _UNKNOWN_COST[size] > reach):
                    continue
                tag = " ".join(folded[start:end])
                in_lexicon = tag in lexicon
                if not (edges or in_lexicon):
                    continue  # a function word at an edge only in a known tag: "علي خامنئي"
                known = in_lexicon or (in_article and (size == 2 or f" {tag} " in text))
                tag_cost = _KNOWN_COST if known else _UNKNOWN_COST[size]
            if start == 0:
                entries.append((tag_cost, -1, False, start, False, tag))
                if tag_cost < cheapest:
                    cheapest = tag_cost
                continue
            # The cheapest way here with the order still unbroken, and with it broken.
            unbroken: _Entry | None = None
            broken_entry: _Entry | None = None
            for previous_total, _, _, previous_start, previous_broken, previous_tag in best[start]:
                candidate, broken = previous_total + tag_cost, previous_broken
                if broken:
                    candidate += _TAIL_WORD_COST * size
                elif alphabetical and tag < previous_tag:
                    candidate, broken = candidate + _BREAK_COST + _TAIL_WORD_COST * size, True
                held = broken_entry if broken else unbroken
                if held is None or candidate < held[0] or (candidate == held[0] and previous_start < held[1]):
                    entry = (candidate, previous_start, previous_broken, start, broken, tag)
                    if broken:
                        broken_entry = entry
                    else:
                        unbroken = entry
            for entry in (unbroken, broken_entry):
                if entry is not None:
                    entries.append(entry)
                    if entry[0] < cheapest:
                        cheapest = entry[0]
                    if entry[4] and entry[0] < least_broken:
                        least_broken = entry[0]
        best[end] = _worth_keeping(entries, _TAIL_WORD_COST * (count - end)) if alphabetical else [
            entry for entry in entries if entry[0] <= cheapest]
        cheapest_to[end] = cheapest
    if not best[count]:
        return None
    return _bounds(best, count)


def _worth_keeping(entries: list[_Entry], tail: float) -> list[_Entry]:
    """The entries that may still lead to the cheapest split. From here on, a broken path pays
    the plain cost of its tags plus `tail` (its remaining words, all in the tail); an unbroken
    one pays between the plain cost and that plus a break. So a broken entry is worth keeping
    while it is the cheapest broken one and within a break of the cheapest unbroken one; an
    unbroken entry, while within `tail` of the cheapest broken one and a break plus `tail` of
    the cheapest unbroken one."""
    least_broken = least_unbroken = math.inf
    for entry in entries:
        if entry[4]:
            if entry[0] < least_broken:
                least_broken = entry[0]
        elif entry[0] < least_unbroken:
            least_unbroken = entry[0]
    keep_broken = min(least_broken, least_unbroken + _BREAK_COST)
    keep_unbroken = min(least_broken + tail, least_unbroken + _BREAK_COST + tail)
    return [entry for entry in entries if entry[0] <= (keep_broken if entry[4] else keep_unbroken)]


def _paired(folded: list[str], article: ArticlePhrases) -> list[int]:
    """A phrase is in the article only if each pair of adjacent words in it is: paired[i] is
    how many pairs in a row, from words i and i + 1 on, the article holds."""
    paired = [0] * len(folded)
    for index in range(len(folded) - 2, -1, -1):
        if f" {folded[index]} {folded[index + 1]} " in article.text:
            paired[index] = paired[index + 1] + 1
    return paired


def _bounds(best: list[list[_Entry]], count: int) -> list[tuple[int, int]]:
    """(start, end) of each tag of the cheapest split, read back from `best`.

    The cheapest last tag wins, by (total, start of the tag before); on a tie, the earliest start.
    """
    bounds: list[tuple[int, int]] = []
    end = count
    _, before, before_broken, start, _, _ = min(best[end], key=lambda entry: (entry[0], entry[1], entry[3]))
    while True:
        bounds.append((start, end))
        if start == 0:
            break
        end, start, broken = start, before, before_broken
        _, before, before_broken, *_ = next(entry for entry in best[end] if entry[3] == start and entry[4] == broken)
    bounds.reverse()
    return bounds


def _folded_words(words: list[str]) -> list[str]:
    """`fold` of each word, in one pass when folding leaves every word non-empty."""
    folded = fold(" ".join(words)).split(" ")
    return folded if len(folded) == len(words) and all(folded) else [fold(word) for word in words]
