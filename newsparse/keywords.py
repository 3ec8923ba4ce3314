"""Split a keyword line into tags.

With explicit delimiters (`,` `،` `|` `;` `·` `/`, hashtags) the split is plain. Tags
joined by single spaces (the reference site's "كلمات دلالية:" line) are segmented by a
small dynamic programme over word positions that honours what the profile knows:

* function words (على، في، من …) neither begin nor end a tag;
* known multi-word tags (the profile's lexicon) and phrases that occur in the article
  itself are cheap, unknown multi-word tags grow expensive with their length, so words
  stay apart unless something joins them;
* sites list such tags in alphabetical order, so a tag that sorts below the one before it
  costs a break; an alphabetical run that breaks is usually where machine-added tags start.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .normalize import fold, unique_folded, words_of
from .profile import KeywordRules

_MAX_TAG_WORDS = 6
_KNOWN_COST = 0.5
_BREAK_COST = 3.0
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
    """The cheapest split of `words` into tags (the costs are in the module docstring).

    best[end] lists the cheapest segmentations of words[:end], one per start of their last
    tag, as (total cost, start of the tag before, start, folded tag); the last tag is kept
    for the ordering check. A break costs at most `_BREAK_COST`, so an entry dearer than
    the cheapest by more than that can never be extended into a winner and is dropped.
    """
    folded = _folded_words(words)
    count = len(words)
    can_edge = [word not in rules.function_words for word in folded]  # may begin or end a tag
    # A phrase is in the article only if each pair of adjacent words in it is: paired[i] is
    # how many pairs in a row, from words i and i + 1 on, the article holds.
    text, lexicon, alphabetical = article.text, rules.lexicon, rules.alphabetical
    paired = [0] * count
    for index in range(count - 2, -1, -1):
        if f" {folded[index]} {folded[index + 1]} " in text:
            paired[index] = paired[index + 1] + 1
    best: list[list[tuple[float, int, int, str]]] = [[] for _ in range(count + 1)]
    cheapest_to = [0.0] + [math.inf] * count  # cheapest total of best[end]
    for end in range(1, count + 1):
        if not can_edge[end - 1]:
            continue
        entries: list[tuple[float, int, int, str]] = []
        cheapest = math.inf
        # Shortest tags first: they set `cheapest` early, so a long unknown tag that cannot
        # come within `_BREAK_COST` of it is skipped before any work is done on it.
        for start in range(end - 1, max(0, end - _MAX_TAG_WORDS) - 1, -1):
            if not can_edge[start] or cheapest_to[start] == math.inf:
                continue
            size = end - start
            if size == 1:
                tag, tag_cost = folded[start], 1.0
            else:
                in_article = paired[start] >= size - 1
                surely_unknown = not in_article and folded[start] not in rules.lexicon_starts
                if surely_unknown and cheapest_to[start] + _UNKNOWN_COST[size] > cheapest + _BREAK_COST:
                    continue
                tag = " ".join(folded[start:end])
                known = tag in lexicon or (in_article and (size == 2 or f" {tag} " in text))
                tag_cost = _KNOWN_COST if known else _UNKNOWN_COST[size]
            if start == 0:
                total, before = tag_cost, -1
            else:
                total, before = math.inf, -1
                for previous_total, _, previous_start, previous_tag in best[start]:
                    candidate = previous_total + tag_cost
                    if alphabetical and tag < previous_tag:
                        candidate += _BREAK_COST
                    if candidate < total or (candidate == total and previous_start < before):
                        total, before = candidate, previous_start
            entries.append((total, before, start, tag))
            if total < cheapest:
                cheapest = total
        limit = cheapest + _BREAK_COST
        best[end] = [entry for entry in entries if entry[0] <= limit] if len(entries) > 1 else entries
        cheapest_to[end] = cheapest
    if not best[count]:
        return [" ".join(words)]
    return [" ".join(words[start:end]) for start, end in _bounds(best, count)]


def _bounds(best: list[list[tuple[float, int, int, str]]], count: int) -> list[tuple[int, int]]:
    """(start, end) of each tag of the cheapest split, read back from `best`.

    The cheapest last tag wins, by (total, start of the tag before); on a tie, the earliest start.
    """
    bounds: list[tuple[int, int]] = []
    end = count
    _, before, start, _ = min(best[end], key=lambda entry: (entry[0], entry[1], entry[2]))
    while True:
        bounds.append((start, end))
        if start == 0:
            break
        end, start = start, before
        before = next(entry[1] for entry in best[end] if entry[2] == start)
    bounds.reverse()
    return bounds


def _folded_words(words: list[str]) -> list[str]:
    """`fold` of each word, in one pass when folding leaves every word non-empty."""
    folded = fold(" ".join(words)).split(" ")
    return folded if len(folded) == len(words) and all(folded) else [fold(word) for word in words]
