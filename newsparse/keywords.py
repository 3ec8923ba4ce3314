"""Split a keyword line into tags.

With explicit delimiters (`,` `،` `|` `;` `·` `/`, hashtags) the split is plain. Tags
joined by single spaces (the reference site's "كلمات دلالية:" line) are segmented by a
small dynamic programme over word positions that honours what the profile knows:

* function words (على، في، من …) neither begin nor end a tag, unless the tag is listed;
* known multi-word tags (the profile's lexicon) and phrases that occur in the article
  itself are cheap, unknown multi-word tags grow expensive with their length, so words
  stay apart unless something joins them;
* sites list such tags in alphabetical order, so when the line looks sorted a tag that
  sorts below the one before it costs a break, once: an alphabetical run that breaks is
  usually where machine-added tags start, and those come in no order (each of their
  words costs a little, so the tail starts as late as it can, but no later than the first
  word typed with the profile's `tail_variants`, Persian "ی" where the line wrote "ي");
* an adjective that agrees with the word before it, or a word glued to "و" and the article
  ("والثقافة"), joins the tag before it at a small cost; a phrase of the article counts also
  behind a particle glued to its first word ("لمنظمة …"), but not when it holds a known tag
  beside another name ("في لبنان نجيب ميقاتي").

One table holds the cost of every possible tag (`_TagCosts`); a backward pass over it gives
the cheapest split of every suffix in no order, which is both the split of an unsorted line
and the rest of any path once its order has broken, so the ordered pass only follows paths
that are still in order.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import regex

from .normalize import fold, unique_folded, words_of
from .profile import KeywordRules

_MAX_TAG_WORDS = 6
_CAPITALISED = regex.compile(r"\p{Lu}")  # a Latin or Greek tag's first letter; Arabic has no case
_LOWER_CASE = regex.compile(r"\p{Ll}")
_CAPITALISED_MIN_WORDS = 3  # words opening with a capital, the first among them, before case tells where tags start
# Where a scraper glued two tag links: a word's lower-case end, then a capital opening the next word
# ("Leeds City CouncilWest Yorkshire"); "YouTube" or "McDonald" has fewer lower-case letters before it,
# "LinkedIn" fewer after.
_GLUED = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})")
_GLUED_MIN_POINTS = 2  # "WhatsApp" alone is a name, not two tags
# An article's phrase never runs across a clause's punctuation: the headline "الرئيس تبون: احتياطي الصرف …" holds
# no tag "تبون احتياطي الصرف". A mark that is a word of its own (a letter no article writes) stands between
# the words on either side of it, so that neither a phrase nor a pair of words is found across it.
# not quotes: 'تطبيق "صحتي"' holds the tag "تطبيق صحتي"; a hyphen (or a dash, folded to one) breaks a phrase too: two
# names it joins make one, so "l'axe Butembo-Beni" holds no phrase "Butembo Beni" (two tags: "Butembo", "Beni")
_CLAUSE_BREAK = re.compile(r"[.,;:!?-]+")
_CLAUSE_MARK = " \u01c0 "  # "ǀ", a letter to str.isalnum: words_of keeps it as a word
# A page of more words than this looks pairs of words up in a set (see `ArticlePhrases`).
PAIR_SET_FROM_WORDS = 5000
_KNOWN_COST = 0.5
# A relational adjective that agrees with the word before it adds this to the tag it ends:
# "الجنوب اللبناني" (1.25) is cheaper than two tags (2.0), dearer than a known one.
_ADJECTIVE_COST = 0.25
_YEAR = re.compile(r"(?:1[3-4]|19|20)[0-9]{2}|(?:١[٣-٤]|١٩|٢٠)[٠-٩]{2}")  # Hijri or Gregorian
_FOLDED_FEMININE_ENDING = "ه"  # "ة" folded: "مزمنة" ends no name
_YEH_VARIANTS = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u0640": None})  # ی ى → ي, no tatweel
# A tag heads a function word after it when it costs less than two words apart: known (0.5), or a noun and its
# adjective (1.25), not unknown words that an adjective closes ("البلديات الممرات الرياضية", 2.75).
_HEAD_MAX_COST = 2.0
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


def split_keywords(value: str, rules: KeywordRules, article: ArticleWords | str = "") -> KeywordSplit:
    """Tags of one keyword line, in order, without duplicates. `article` is the page's text, or its
    `ArticleWords` when it has several keyword lines to split."""
    value = value.strip()
    if not value:
        return KeywordSplit((), False)
    if rules.delimiters.search(value):
        parts = [part.strip(" #.") for part in rules.delimiters.split(value)]
        return KeywordSplit(unique_folded(part for part in parts if part), False)
    glued = _GLUED.split(value)
    if len(glued) > _GLUED_MIN_POINTS:  # "Leeds City CouncilWest Yorkshire Combined AuthorityLeedsTransport"
        return KeywordSplit(unique_folded(part.strip() for part in glued), True)
    words = value.split()
    if len(words) == 1:
        return KeywordSplit((words[0],), False)
    folded = _folded_words(words)
    article = article if isinstance(article, ArticleWords) else ArticleWords(article, rules)
    tags = _segment(words, folded, rules, article.phrases(folded), _case_breaks(words, article))
    return KeywordSplit(unique_folded(tags), len(tags) > 1)


@dataclass(frozen=True, slots=True)
class ArticlePhrases:
    """The article's words, folded, as one space-padded string: a phrase is in the article
    when `f" {phrase} "` is in `text`, or in `bare`, the same words where each one that holds a
    tag word behind a particle (the profile's `proclitics`) is followed by a bar and that word:
    "لمنظمة أبحاث الفضاء" holds "منظمة أبحاث الفضاء" (see `ArticleWords.phrases`). Pairs of
    words, asked for most, are looked up in sets of the adjacent words of each (`pairs`,
    `bare_pairs`) when the page is long, in a time that does not grow with it."""

    text: str
    pairs: AbstractSet[tuple[str, str]] | None = None
    bare: str = ""
    bare_pairs: AbstractSet[tuple[str, str]] = frozenset()

    def holds(self, phrase: str) -> bool:
        key = f" {phrase} "
        return key in self.text or (bool(self.bare) and key in self.bare)

    def holds_pair(self, first: str, second: str) -> bool:
        if self.pairs is None:
            return self.holds(f"{first} {second}")
        pair = (first, second)
        return pair in self.pairs or pair in self.bare_pairs


class ArticleWords:
    """The article's words, folded and space-joined, and the words it holds behind a particle: read
    once per page, however many keyword lines the page has (a page of many lines, each with a tag line,
    would otherwise fold its whole text again for each of them)."""

    def __init__(self, text: str, rules: KeywordRules | None = None) -> None:
        self._text = text  # read when a line first asks (a list split by commas never does)
        self._written = ""
        self.joined = ""
        self.pairs: frozenset[tuple[str, str]] | None = None
        self._pattern = rules.proclitic_pattern if rules is not None else None
        self._proclitics = rules.proclitics if rules is not None else {}
        self._behind: dict[str, list[int]] | None = None

    @property
    def text(self) -> str:
        return self._text

    def written(self) -> str:
        """The article's words as written, one space between each: case tells a name from a phrase."""
        if not self._written:
            self._written = " ".join(self._text.split())
        return self._written

    def phrases(self, wanted: Iterable[str] = ()) -> ArticlePhrases:
        """The article's phrases, and those that begin behind a particle glued to a word of `wanted`
        (the tag line's words, folded).

        Each such word is followed by a bar and the word without its particle ("لمعرض القاهرة
        الدولي للكتاب" -> "لمعرض | معرض القاهرة الدولي للكتاب"): a phrase may begin behind a
        particle, then goes on in the words as written, and never runs across one ("للطاقة والنقل
        البحري" holds no "الطاقة النقل")."""
        if not self.joined:
            words = words_of(_CLAUSE_BREAK.sub(_CLAUSE_MARK, fold(self._text)))
            self.joined = f" {' '.join(words)} "
            # searching a page for a pair is cheaper than building the set, up to pages far longer than articles
            self.pairs = frozenset(itertools.pairwise(words)) if len(words) > PAIR_SET_FROM_WORDS else None
        if self._pattern is None:
            return ArticlePhrases(self.joined, self.pairs)
        behind = self._words_behind_particles()
        ends = sorted({(end, word) for word in set(wanted) for end in behind.get(word, ())})
        if not ends:
            return ArticlePhrases(self.joined, self.pairs)
        pieces, bare_pairs, last = [], set(), 0
        for end, word in ends:
            pieces.append(self.joined[last:end])
            pieces.append(f" | {word}")
            last = end
            following = self.joined[end + 1:self.joined.find(" ", end + 1)]
            if following and self.pairs is not None:
                bare_pairs.add((word, following))
        pieces.append(self.joined[last:])
        return ArticlePhrases(self.joined, self.pairs, "".join(pieces), bare_pairs)

    def _words_behind_particles(self) -> dict[str, list[int]]:
        """Each word without its particle -> where the words that hold it end in `joined`."""
        if self._behind is None:
            self._behind = {}
            for match in self._pattern.finditer(self.joined):
                self._behind.setdefault(self._proclitics[match.group(1)] + match.group(2), []).append(match.end())
        return self._behind


def _segment(words: list[str], folded: list[str], rules: KeywordRules, article: ArticlePhrases,
             breaks: frozenset[int] = frozenset()) -> list[str]:
    """The cheapest split of `words` into tags; alphabetical order only counts when the line
    looks sorted (`_sort_keys`), else an unsorted list would be merged into long tags. `breaks`: the
    words that no pair the article holds may join to the word before (`_case_breaks`)."""
    joined = _joining(folded, rules)
    joined = [one or other for one, other in zip(joined, _lower_case_goes_on(words, rules), strict=True)]
    costs = _TagCosts(folded, rules, article, _agreeing_adjectives(words, folded, rules, joined, article), joined,
                      breaks)
    plain = costs.plain_bounds()
    order = _sort_keys(words, folded, plain) if rules.alphabetical and plain is not None else None
    if order is None:
        bounds = plain
    else:
        ordered = costs if order is folded else costs.ordered_by(order)
        bounds = _ordered_bounds(ordered)
        tail_from = _variant_tail_start(words, rules.variant_letters) if bounds is not None else None
        if tail_from is not None and _breaks_late(ordered.break_start(bounds), bounds, tail_from):
            bounds = _ordered_bounds(ordered, tail_from) or bounds
    if bounds is None:
        return [" ".join(words)]
    return [" ".join(words[start:end]) for start, end in bounds]


def _breaks_late(broken_at: int | None, bounds: list[tuple[int, int]], tail_from: int) -> bool:
    """Whether a sorted split breaks its order after the first word of the machine-added tail (`tail_from`), or
    not at all while one of its tags runs from a site's tag into that tail ("مدينة" then "نابلس الحرکة التجاریة",
    in order by chance): either way the tail must begin at that word's tag at the latest. (A break at or before it
    already obeys the rule.)"""
    if broken_at is not None:
        return broken_at > tail_from
    return any(start < tail_from < end for start, end in bounds)


def _sort_keys(words: list[str], folded: list[str], bounds: list[tuple[int, int]]) -> list[str] | None:
    """The words to compare tags by when the line is sorted, or None when it is not: folded
    ("أنقرة" as "انقره", a collation that ignores the hamza), or as written (sorted by code
    point, where "أ" comes before "ا"), whichever the line follows better."""
    by_folded = _upward_steps(folded, bounds)
    by_writing = _upward_steps(words, bounds)
    steps = len(bounds) - 1
    if steps < _SORTED_MIN_STEPS or max(by_folded, by_writing) < _SORTED_SHARE * steps:
        return None
    return folded if by_folded >= by_writing else words


def _variant_tail_start(words: list[str], variants: Mapping[str, str]) -> int | None:
    """The first word written with another script's letter variants (Persian "ی", "ک") when words
    before it write those letters the Arabic way: "… واشنطن الولایات المتحدة لإطلاق النار فی …".
    The reference site's machine-added tags are typed so: when the order breaks, it breaks at that
    word's tag at the latest. None when the line writes the letters one way throughout."""
    plain = "".join(set(variants.values()))
    for index, word in enumerate(words):
        if any(char in variants for char in word):
            return index if index and any(char in plain for char in "".join(words[:index])) else None
    return None


def _upward_steps(keys: list[str], bounds: list[tuple[int, int]]) -> int:
    """How many steps between the tags found without the order rule go upwards: a sorted list
    keeps most of its steps in order (only the words inside unknown multi-word tags and the
    tail of machine-added tags step down), a list in no order steps down about half the time."""
    tags = [" ".join(keys[start:end]) for start, end in bounds]
    return sum(1 for before, after in itertools.pairwise(tags) if after >= before)


class _TagCosts:
    """The cost of every tag a line can hold, words[start:end] for tags of up to
    `_MAX_TAG_WORDS` words, and the cheapest split of each of its suffixes without the order
    rule (`rest`): what a path pays after the order broke, where tags come in no order."""

    def __init__(self, folded: list[str], rules: KeywordRules, article: ArticlePhrases,
                 adjective: list[bool] | None = None, joined: list[bool] | None = None,
                 breaks: frozenset[int] = frozenset()) -> None:
        self.folded, self.rules = folded, rules
        count = self.count = len(folded)
        can_edge = [word not in rules.function_words for word in folded]  # may begin or end a tag
        # may end a tag: "محمد بن" and "آل" end none, "بن سلمان" and "آل ثاني" begin some
        can_end = [edge and word not in rules.name_links for edge, word in zip(can_edge, folded, strict=True)]
        joined = _joining(folded, rules) if joined is None else joined
        # words that join the tag before them at a small cost: agreeing adjectives and conjoined words
        joins = joined if adjective is None else [one or other for one, other in zip(adjective, joined, strict=True)]
        lexicon, starts = rules.lexicon, rules.lexicon_starts
        paired = _paired(folded, article, rules.definite_article, breaks)
        scripts = [_script(word) for word in folded]
        apposed = _name_after_definite(folded, rules, article, joined, scripts)
        mixed = len(set(scripts) - {""}) > 1
        # cost[start] maps each end to (the cost of words[start:end], the tag folded); a
        # missing end is no tag
        self.cost: list[dict[int, tuple[float, str]]] = []
        for start in range(count):
            tag = folded[start]
            opens = can_edge[start] and not joined[start]  # "والثقافة" goes on a tag, never begins one
            # an adjective of the word before: the article's "الدولي كريستالينا" is no evidence of a tag, nor
            # "عربية وأجنبية" after "عروض" (an indefinite masculine one is never read as one: "دميتري" is a name)
            follows = adjective is not None and adjective[start]
            ends: dict[int, tuple[float, str]] = {start + 1: (1.0, tag)} if opens and can_end[start] else {}
            script, reach, known_start = scripts[start], paired[start], tag in starts or tag in rules.construct_heads
            for end in range(start + 2, min(count, start + _MAX_TAG_WORDS) + 1):
                tag = f"{tag} {folded[end - 1]}"
                if mixed:
                    # "البرازيل G20": a change of script ends a tag, unless the article holds it whole ("دوري نجوم QNB")
                    if scripts[end - 1] and script and scripts[end - 1] != script and tag not in lexicon \
                            and not article.holds(tag):
                        break
                    script = script or scripts[end - 1]
                size = end - start
                edges = opens and can_end[end - 1]
                in_article = reach >= size - 1
                if not (in_article or known_start):
                    if edges:
                        ends[end] = (_UNKNOWN_COST[size], tag)
                    continue
                in_lexicon = tag in lexicon
                if not (edges or in_lexicon):
                    continue  # a function word at an edge only in a known tag: "علي خامنئي"
                known = in_lexicon or (in_article and (size == 2 or article.holds(tag)) and not follows
                                       and True not in apposed[start:end - 1] and not (
                    size > 2 and (_ends_with_known(folded, start, end, rules)
                                  or _begins_with_known(folded, start, end, rules, joins)))) \
                    or (_construct(folded[start], folded[start + 1], rules) and all(joined[start + 2:end])) \
                    or (size == 3 and paired[start + 1] > 0 and _construct_chain(folded[start:end], rules))
                ends[end] = (_KNOWN_COST if known else _UNKNOWN_COST[size], tag)
            self._join_heads_and_adjectives(ends, start, joins, can_edge)
            self.cost.append(ends)
        # rest[i]: the cheapest split of words[i:] in no order; rest_end[i]: the end of its first tag
        self.rest = [math.inf] * count + [0.0]
        self.rest_end = [0] * (count + 1)
        for start in range(count - 1, -1, -1):
            for end, (tag_cost, _) in self.cost[start].items():
                total = tag_cost + self.rest[end]
                if total < self.rest[start] or (total == self.rest[start] and end < self.rest_end[start]):
                    self.rest[start], self.rest_end[start] = total, end

    def _join_heads_and_adjectives(self, ends: dict[int, tuple[float, str]], start: int, joins: list[bool],
                                   can_edge: list[bool]) -> None:
        """Two ways words join the tag before them, in one pass over the tags from `start`, shortest first:

        * a tag that ends with an adjective agreeing with the noun before it, or with a conjoined word, costs the tag
          without it plus `_ADJECTIVE_COST`: "الجنوب" + "اللبناني", "التعليم العالي" + "والبحث";
        * a function word right after a tag of two words or more that something joins (known, or an adjective's)
          has that tag as its head, which counts as one word of the longer tag: "تعويض المزارعين" + "في الشمال",
          "التراث الوطني" + "في المملكة", not "التراث" + "الوطني في المملكة"."""
        folded, head = self.folded, 0
        for end in range(start + 2, min(self.count, start + _MAX_TAG_WORDS) + 1):
            if head and end in ends and not can_edge[head]:
                headed = _UNKNOWN_COST[1 + end - head]
                if headed < ends[end][0]:
                    ends[end] = (headed, ends[end][1])
            if joins[end - 1] and end - 1 in ends \
                    and not (end - start > 2 and _ends_with_known(folded, start, end, self.rules)):
                # (not "لبنان نجيب" + "ميقاتي": the name is a known tag)
                cost = ends[end - 1][0] + _ADJECTIVE_COST
                if end not in ends or cost < ends[end][0]:
                    ends[end] = (cost, f"{ends[end - 1][1]} {folded[end - 1]}")
            if end in ends and ends[end][0] < _HEAD_MAX_COST:  # known, or a noun and its adjective
                head = end

    def ordered_by(self, keys: list[str]) -> _TagCosts:
        """The same costs, with each tag compared by `keys` (the words as written) in the order rule."""
        other = object.__new__(_TagCosts)
        other.folded, other.count, other.rest, other.rest_end = self.folded, self.count, self.rest, self.rest_end
        other.rules = self.rules
        other.cost = [{end: (cost, " ".join(keys[start:end])) for end, (cost, _) in ends.items()}
                      for start, ends in enumerate(self.cost)]
        return other

    def break_start(self, bounds: list[tuple[int, int]]) -> int | None:
        """Where the first tag of the split that sorts below the one before it begins, or None."""
        tags = [self.cost[start][end][1] for start, end in bounds]
        return next((bounds[index][0] for index in range(1, len(tags)) if tags[index] < tags[index - 1]), None)

    def rest_bounds(self, start: int) -> list[tuple[int, int]]:
        bounds = []
        while start < self.count:
            end = self.rest_end[start]
            bounds.append((start, end))
            start = end
        return bounds

    def plain_bounds(self) -> list[tuple[int, int]] | None:
        """The cheapest split of the whole line in no order, or None when there is none."""
        return self.rest_bounds(0) if self.rest[0] < math.inf else None


def _cheapest_unordered_split(folded: list[str], rules: KeywordRules,
                              article: ArticlePhrases) -> list[tuple[int, int]] | None:
    return _TagCosts(folded, rules, article).plain_bounds()


def _cheapest_split(folded: list[str], rules: KeywordRules, article: ArticlePhrases,
                    alphabetical: bool, tail_from: int | None = None) -> list[tuple[int, int]] | None:
    """(start, end) of each tag of the cheapest split of `folded`, with the order rule or
    without it (the costs are in the module docstring), or None when there is none."""
    costs = _TagCosts(folded, rules, article)
    return _ordered_bounds(costs, tail_from) if alphabetical else costs.plain_bounds()


# An entry of the ordered programme: (total cost, start of the tag before, start, this tag folded).
_Entry = tuple[float, int, int, str]


def _ordered_bounds(costs: _TagCosts, tail_from: int | None = None) -> list[tuple[int, int]] | None:
    """The cheapest split in alphabetical order, which may break once (at a tag that begins at
    `tail_from` or before it, when given: words[tail_from:] are in the tail, and a tag that
    begins there, or holds that word, breaks the order even when it sorts above the one before).

    best[end] lists the cheapest ways, still in order, to split words[:end], one per start of
    their last tag (kept for the order check). A tag that sorts below the one before it is
    the break: it costs `_BREAK_COST`, and from it on the tags come in no order and each of
    their words costs `_TAIL_WORD_COST`, so the rest of the path is known at once:
    `costs.rest` plus the tail. The cheapest path so far (`found`) bounds the search: an
    entry that cannot beat it even with the rest in no order and free is dropped, and so is
    one dearer than the cheapest entry by more than a break and a whole tail.
    """
    count, rest = costs.count, costs.rest
    in_order_to = count if tail_from is None else tail_from  # the last end of a tag before the break
    best: list[list[_Entry]] = [[] for _ in range(count + 1)]
    found = math.inf
    found_at: tuple[int, int, int] | None = None  # (start before the break, start, end) of the breaking tag
    for start in range(count):
        if start and not best[start]:
            continue
        for end, (tag_cost, tag) in costs.cost[start].items():
            if not start:
                if end <= in_order_to:
                    best[end].append((tag_cost, -1, 0, tag))
                continue
            kept: _Entry | None = None
            for previous_total, _, previous_start, previous_tag in best[start]:
                total = previous_total + tag_cost
                # the break: the rest of the path is in no order; a tag that begins at the first word typed
                # as the tail is (`tail_from`) breaks it too, whatever its order ("مركز محمد بن راشد للفضاء",
                # then "مستکشف قمری"), and so does one that holds it ("مدغشقر", then "ملعب کاسارانی")
                if tag < previous_tag or start == tail_from or (tail_from is not None and start < tail_from < end):
                    if start > in_order_to:
                        break
                    final = total + _BREAK_COST + _TAIL_WORD_COST * (count - start) + rest[end]
                    if final < found:
                        found, found_at = final, (previous_start, start, end)
                elif end <= in_order_to and (kept is None or total < kept[0]):
                    kept = (total, previous_start, start, tag)
            if kept is not None:
                best[end].append(kept)
        if start + 1 <= count:
            _prune(best, start + 1, found, rest, _BREAK_COST + _TAIL_WORD_COST * (count - start - 1))
    finals = best[count]
    if finals:
        total, before, start, _ = min(finals, key=lambda entry: (entry[0], entry[1], entry[2]))
        if total <= found:
            return _prefix_bounds(best, count, start, before)
    if found_at is None:
        return None
    before, start, end = found_at  # a break needs a tag before it: start > 0
    return [*_prefix_bounds(best, start, before, _start_of(best, start, before)), (start, end),
            *costs.rest_bounds(end)]


def _prune(best: list[list[_Entry]], end: int, found: float, rest: list[float], slack: float) -> None:
    """Drop the entries of best[end] that cannot lead to the cheapest split (`_ordered_bounds`)."""
    entries = best[end]
    if not entries:
        return
    cheapest = min(entry[0] for entry in entries)
    limit = min(cheapest + slack, found - rest[end])
    best[end] = [entry for entry in entries if entry[0] <= limit]


def _start_of(best: list[list[_Entry]], end: int, start: int) -> int:
    """The start of the tag before words[start:end] on the kept path."""
    return next(entry[1] for entry in best[end] if entry[2] == start)


def _prefix_bounds(best: list[list[_Entry]], end: int, start: int, before: int) -> list[tuple[int, int]]:
    """(start, end) of each tag of the kept path whose last tag is words[start:end]."""
    bounds: list[tuple[int, int]] = []
    while True:
        bounds.append((start, end))
        if start == 0:
            break
        end, start = start, before
        before = _start_of(best, end, start)
    bounds.reverse()
    return bounds


def _agreeing_adjectives(words: list[str], folded: list[str], rules: KeywordRules,
                         conjoined: list[bool], article: ArticlePhrases | None = None) -> list[bool] | None:
    """adjective[i]: word i is a relational adjective that agrees with word i - 1, a noun: in
    having the definite article or not ("الجنوب اللبناني"; not "إيران الإسرائيلية"), and in
    gender where its class says so ("الانتخابات الرئاسية"; not "الجيش" then "العملية"). Endings
    are read as written: folding makes "الجنيه" (the pound) end like "المصرية". After a construct, or for a
    definite word, the article's own words overrule the shape: a word it holds with the next one and never
    after the one before heads the next tag ("وزارة المالية" then "الولايات المتأثرة بالحرب"; "الأمراض المزمنة"
    then "المستشفيات الحكومية": plural nouns)."""
    endings, definite_article = rules.adjective_endings, rules.definite_article
    if not endings:
        return None
    written = [word.translate(_YEH_VARIANTS) for word in words]
    all_endings = tuple(ending for group, _, _ in endings for ending in group)
    adjective = [False] * len(folded)
    for index in range(1, len(folded)):
        word, before = folded[index], folded[index - 1]
        if len(word) < 4 or word in rules.not_adjectives or before in rules.function_words:
            continue
        # after a construct, the adjective agrees with its head: "وزارة المالية" then "العراقية", and
        # after a known one: "كرة القدم" then "الإفريقية"
        construct = index >= 2 and bool(definite_article) and before.startswith(definite_article) and (
            folded[index - 2] in rules.construct_heads
            or not folded[index - 2].startswith(definite_article) and f"{folded[index - 2]} {before}" in rules.lexicon)
        noun = index - 2 if construct else index - 1
        if written[index - 1].endswith(all_endings) and before not in rules.adjective_shaped_nouns and not construct \
                and not (index >= 2 and adjective[index - 1] and folded[index - 2] in rules.pair_heads):
            # the word before ends like an adjective itself: "الرئاسية" then "الجمهورية", "الإسماعيلي"
            # then "الدوري" are two tags each (whether the first is an adjective or a noun), unless a
            # noun so shaped ("الجالية الجزائرية"); a noun of two parties takes two: "العلاقات الجزائرية الفرنسية"
            continue
        found = next(((after, only_definite) for group, after, only_definite in endings
                      if written[index].endswith(group)), None)
        if found is None:
            continue
        needed, only_definite = found
        if needed and not written[noun].endswith(needed) and folded[noun] not in rules.broken_plurals:
            continue  # (a broken plural is as feminine as its adjective: "الحدود الأردنية", "التجارب الصاروخية")
        if definite_article:
            definite = word.startswith(definite_article)
            if only_definite and not definite:
                continue  # "سانتياغو فوزي": a name, where the class is read only with the article
            before_definite = before.startswith(definite_article) or conjoined[index - 1]  # "والبحث العلمي"
            if definite != before_definite or (definite and len(word) <= len(definite_article) + 2):
                continue
        if article is not None and index + 1 < len(folded) and (construct or word.startswith(definite_article)) \
                and article.holds_pair(word, folded[index + 1]) and not article.holds_pair(before, word):
            continue
        adjective[index] = True
    return adjective


def _ends_with_known(folded: list[str], start: int, end: int, rules: KeywordRules) -> bool:
    """A known tag of two words or more ends words[start:end] and begins after `start`: the
    article's "في لبنان نجيب ميقاتي" holds the tags "لبنان" and "نجيب ميقاتي" side by side. Not
    when the word before governs it, indefinite before definite ("معاهدة عدم انتشار الأسلحة النووية"),
    is a preposition ("لإطلاق النار في قطاع غزة"), or is the tag's first word and a title ("الشيخ تميم بن
    حمد آل ثاني") or a noun that heads a construct ("بلدية خان يونس", the profile's `construct_heads`)."""
    article = rules.definite_article
    return any(" ".join(folded[cut:end]) in rules.lexicon and folded[cut - 1] not in rules.function_words
               and not (article and folded[cut].startswith(article) and not folded[cut - 1].startswith(article))
               and not (cut == start + 1 and (folded[start] in rules.titles or folded[start] in rules.construct_heads))
               for cut in range(start + 1, end - 1))


def _begins_with_known(folded: list[str], start: int, end: int, rules: KeywordRules, joins: list[bool]) -> bool:
    """A known tag begins words[start:end], and another name follows it, two words or more
    ("صندوق النقد الدولي كريستالينا غورغييفا"); not one word that qualifies it ("وزارة الخارجية
    القطرية", "كأس العالم للشباب") nor more (`_qualifier`), words joined to it, nor a name's next
    part ("محمد بن راشد آل مكتوم")."""
    for cut in range(start + 2, end - 1):
        if " ".join(folded[start:cut]) in rules.lexicon and not all(joins[cut:end]) \
                and folded[cut] not in rules.name_links and folded[cut] not in rules.function_words \
                and not _qualifier(folded[cut], folded[cut + 1], rules):
            return True
    return False


def _qualifier(word: str, following: str, rules: KeywordRules) -> bool:
    """Words after a known tag that qualify it, as a name would not: a definite adjective ("دوري روشن"
    then "السعودي للمحترفين"), or a particle's noun before a definite one ("المفوضية السامية" then
    "لشؤون اللاجئين", "وزارة الصحة" then "ووقاية المجتمع")."""
    article = rules.definite_article
    if not article:
        return False
    return word.startswith(article) or following.startswith(article) and word.startswith(tuple(rules.proclitics))


def _name_after_definite(folded: list[str], rules: KeywordRules, article: ArticlePhrases, joined: list[bool],
                         scripts: list[str]) -> list[bool]:
    """apposed[i]: word i is definite and two words without the article follow it, as they do
    in the article ("مدرب الهلال جورجي جيسوس", "الأمم المتحدة أنطونيو غوتيريش"): the article sets
    a name beside a noun, and a phrase of it that runs across them is no evidence of one tag. A
    noun after a definite word governs one ("الدولي لكرة القدم"), one word after it may be a
    name's second part ("العياشي زمال", then the next tag), a feminine word is an adjective
    ("المصابين بأمراض مزمنة"), and a title heads the name ("ملعب الأمير مولاي عبد الله", the
    profile's `titles`)."""
    article_word = rules.definite_article
    apposed = [False] * len(folded)
    if not article_word:
        return apposed
    # the article, or a particle that holds it ("للشغل": "لل" is "ل" and "ال"), or a word glued to "و" (`_conjoined`)
    openings = (article_word, *(particle for particle, replacement in rules.proclitics.items()
                                if replacement.startswith(article_word)))
    definite = [word.startswith(openings) and len(word) > len(article_word) + 1 or one
                for word, one in zip(folded, joined, strict=True)]
    in_line = set(folded)

    def bare(index: int) -> bool:  # a word of a name ("جيسوس"); a feminine one is an adjective ("مزمنة")
        word = folded[index]
        return scripts[index] == "other" and not (
            definite[index] or word in rules.function_words or word.endswith(_FOLDED_FEMININE_ENDING)
            or _behind_a_particle(word, in_line, rules))

    for index in range(len(folded) - 2):
        apposed[index] = definite[index] and folded[index] not in rules.titles and bare(index + 1) \
            and bare(index + 2) and article.holds(" ".join(folded[index:index + 3]))
    return apposed


def _behind_a_particle(word: str, in_line: set[str], rules: KeywordRules) -> bool:
    """A word of the line glued to a particle ("بكأس" beside "كأس أمم إفريقيا"): a preposition's
    phrase, which a noun governs ("التتويج بكأس أمم إفريقيا"), no name ("بنيامين")."""
    return any(word.startswith(particle) and replacement + word[len(particle):] in in_line
               for particle, replacement in rules.proclitics.items())


def _joining(folded: list[str], rules: KeywordRules) -> list[bool]:
    """joining[i]: word i goes on the tag before it and begins none: a conjoined word (`_conjoined`),
    or a year after the line's first word ("موسم الحج 1445", "كأس العالم 2030")."""
    joined = _conjoined(folded, rules)
    for index in range(1, len(folded)):
        joined[index] = joined[index] or _YEAR.fullmatch(folded[index]) is not None
    return joined


def _lower_case_goes_on(words: list[str], rules: KeywordRules) -> list[bool]:
    """goes_on[i]: in a line of tags that each open with a capital ("Railways Infrastructure Budget cuts
    Transport ministry"), a word in lower case goes on the tag before it ("Budget cuts"); a function word
    may stand inside a name ("Val de Saône") and is left to the other rules. Tags in lower case may come
    first ("inflation GUS NBP Interest rates"): the rule holds from the first capital on."""
    capitals = [index for index, word in enumerate(words) if _CAPITALISED.match(word)]
    if len(capitals) < _CAPITALISED_MIN_WORDS:
        return [False] * len(words)
    return [index > capitals[0] and _LOWER_CASE.match(word) is not None and fold(word) not in rules.function_words
            for index, word in enumerate(words)]


def _conjoined(folded: list[str], rules: KeywordRules) -> list[bool]:
    """conjoined[i]: word i is "and" glued to a definite word ("والثقافة"), or to an adjective of a
    class read without the article ("عروض عربية وأجنبية"), which goes on the tag before it (the
    profile's `conjunction`; "والي", a governor, is a word of its own)."""
    if not rules.conjunction:
        return [False] * len(folded)
    prefix = rules.conjunction + rules.definite_article
    endings = tuple(fold(ending) for group, _, only_definite in rules.adjective_endings if not only_definite
                    for ending in group)
    return [word.startswith(prefix) and len(word) > len(prefix) + 2
            or bool(endings) and word.startswith(rules.conjunction) and len(word) > len(rules.conjunction) + 4
            and word.endswith(endings) for word in folded]


def _construct_chain(words: list[str], rules: KeywordRules) -> bool:
    """A head of the profile's `construct_heads`, then a noun without the article that governs a
    definite word: "هيئة مكافحة الفساد" (when the article holds the last two, "مكافحة الفساد")."""
    head, middle, last = words
    article = rules.definite_article
    return head in rules.construct_heads and bool(article) and not middle.startswith(article) \
        and last.startswith(article) and len(last) > len(article) + 1


def _construct(head: str, word: str, rules: KeywordRules) -> bool:
    """A noun that heads a construct and a definite word after it: "وزارة الدفاع", "عجز الميزانية"
    (the profile's `construct_heads`; "قطر الدوحة" are two tags, a name heads none); words joined
    to it by "و" go on it ("وزارة الشباب والثقافة والتواصل", `_conjoined`)."""
    article = rules.definite_article
    return head in rules.construct_heads and bool(article) and word.startswith(article) and len(word) > len(article) + 1


def _script(word: str) -> str:
    """"latin" or "other" for a word with letters ("G20" is Latin), "" for digits and signs alone."""
    for char in word:
        if char.isalpha():
            return "latin" if char < "\u0250" else "other"
    return ""


def _paired(folded: list[str], article: ArticlePhrases, definite: str = "",
            breaks: frozenset[int] = frozenset()) -> list[int]:
    """A phrase is in the article only if each pair of adjacent words in it is: paired[i] is
    how many pairs in a row, from words i and i + 1 on, the article holds. A pair of words
    without the `definite` article is held also as the article has it with it: the tag "منخفض
    جوي" for the article's "المنخفض الجوي". A word of `breaks` pairs with none before it."""
    paired = [0] * len(folded)
    for index in range(len(folded) - 2, -1, -1):
        first, second = folded[index], folded[index + 1]
        if index + 1 in breaks:
            continue
        if article.holds_pair(first, second) or definite and not first.startswith(definite) \
                and not second.startswith(definite) and article.holds_pair(definite + first, definite + second):
            paired[index] = paired[index + 1] + 1
    return paired


def _case_breaks(words: list[str], article: ArticleWords) -> frozenset[int]:
    """In a tag line whose tags open with capitals, the words that open with one where the article does not write
    the pair with the word before as the line does: "Islamabad Metro bus Fare increase" against the headline's
    "Islamabad metro bus fare", "Cyprus Inflation" against "Cyprus inflation": the capital opens a tag there, and
    the article's pair in lower case is no evidence of one tag."""
    if not _CAPITALISED.match(words[0]) or not article.text:
        return frozenset()
    text = article.written()
    return frozenset(index for index in range(1, len(words))
                     if words[index][:1].isupper() and f"{words[index - 1]} {words[index]}" not in text)


def _folded_words(words: list[str]) -> list[str]:
    """`fold` of each word, in one pass when folding leaves every word non-empty."""
    folded = fold(" ".join(words)).split(" ")
    return folded if len(folded) == len(words) and all(folded) else [fold(word) for word in words]
