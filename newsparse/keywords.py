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

from .normalize import WORD, fold, unique_folded
from .profile import KeywordRules

_MAX_TAG_WORDS = 6
_KNOWN_COST = 0.5
_BREAK_COST = 3.0


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


def article_phrases(text: str) -> str:
    """The article's words, folded, space-separated and space-padded for phrase look-ups."""
    return f" {' '.join(WORD.findall(fold(text)))} "


def _segment(words: list[str], rules: KeywordRules, article: str) -> list[str]:
    folded = [fold(word) for word in words]
    # A phrase can only be in the article if each of its words is: a cheap test first.
    in_article = [f" {word} " in article for word in folded]
    count = len(words)
    # phrase[start][size - 1]: the folded tag words[start:start + size], built once.
    phrase = [[" ".join(folded[start : start + size]) for size in range(1, min(_MAX_TAG_WORDS, count - start) + 1)]
              for start in range(count)]

    def cost(start: int, end: int) -> float:
        if folded[start] in rules.function_words or folded[end - 1] in rules.function_words:
            return math.inf
        size = end - start
        if size == 1:
            return 1.0
        tag = phrase[start][size - 1]
        if tag in rules.lexicon or (all(in_article[start:end]) and f" {tag} " in article):
            return _KNOWN_COST
        return size + 0.5 * (size - 1) ** 2

    # best[end][start] = (total cost, previous start) of a segmentation of words[:end]
    # whose last tag is words[start:end]; the last tag is kept for the ordering check:
    # a tag that sorts below the one before it breaks the alphabetical run.
    best: list[dict[int, tuple[float, int]]] = [{} for _ in range(count + 1)]
    for end in range(1, count + 1):
        for start in range(max(0, end - _MAX_TAG_WORDS), end):
            tag_cost = cost(start, end)
            if tag_cost == math.inf:
                continue
            if start == 0:
                best[end][0] = (tag_cost, -1)
                continue
            tag = phrase[start][end - start - 1]
            choice: tuple[float, int] | None = None
            for prev, (total, _) in best[start].items():
                total += tag_cost
                if rules.alphabetical and tag < phrase[prev][start - prev - 1]:
                    total += _BREAK_COST
                if choice is None or (total, prev) < choice:
                    choice = (total, prev)
            if choice is not None:
                best[end][start] = choice
    if not best[count]:
        return [" ".join(words)]
    start = min(best[count], key=lambda s: best[count][s])
    bounds = [(start, count)]
    end = count
    while start > 0:
        end, start = start, best[end][start][1]
        bounds.append((start, end))
    bounds.reverse()
    return [" ".join(words[a:b]) for a, b in bounds]
