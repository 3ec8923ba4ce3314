"""What must hold for any input: no crash, no lost line, the same bytes out every time."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.classify import make_line, make_lines
from newsparse.layout import Role
from newsparse.normalize import clean_line, clean_lines, fold, normalise_text, split_lines
from newsparse.pipeline import Options, read_lines
from newsparse.profile import key_of_folded

from .conftest import corpus_cases

_REAL_LINES = sorted({line for case in corpus_cases()
                      for line in case.read_bytes().decode("utf-8", "replace").splitlines() if line.strip()})
_LABELS = ["المصدر:", "كلمات دلالية:", "إقرأ أيضاً:", "تاريخ النشر:", "Source:", "Read more:", "Tags:",
           "Lire aussi :", "Publié le", "By", "كتب", "#", "Published:", "Previous Story", "&quot;", "&nbsp;"]
_line = st.one_of(
    st.sampled_from(_REAL_LINES),
    st.text(max_size=80),
    st.builds(lambda label, rest: f"{label} {rest}", st.sampled_from(_LABELS), st.text(max_size=40)),
    st.sampled_from(_LABELS),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويیکأإآةى ٠١٢٣٤٥٦٧٨٩:،.-/0123456789", max_size=60),
)
_article = st.builds(lambda lines, sep: sep.join(lines), st.lists(_line, max_size=25),
                     st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
_settings = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Roles whose line text is kept verbatim in a text field of the record.
_VERBATIM = {Role.HEADLINE: "headline", Role.BODY: "body", Role.DECK: "deck", Role.UNPARSED: "unparsed",
             Role.BOILERPLATE: "boilerplate", Role.NAVIGATION: "boilerplate",
             Role.READ_ALSO_HEADLINE: "read_also", Role.READ_ALSO_BODY: "read_also"}


@_settings
@given(_article)
def test_any_text_parses_without_error(text: str) -> None:
    record = parse_text(text).to_dict()
    assert isinstance(record["body"], str)
    assert all(isinstance(item, str) for item in record["warnings"])


@_settings
@given(_article)
@example("آلمصدر\n0ة\n0ه")  # two sources the same once folded: the record keeps one
@example("Published: Jun 4, 2023\n01:27")  # the time line below completes the date: "Jun 4, 2023 01:27"
def test_every_non_empty_line_is_accounted_for(text: str) -> None:
    normalised = normalise_text(text)
    lines = [clean_line(raw) for raw in split_lines(normalised)]
    reading = read_lines(normalised, Options())
    assert [claim.line.text for claim in reading.claims] == [line for line in lines if line]
    record = parse_text(text).to_dict()
    related = [item["headline"] for item in record["read_also"]] + [
        paragraph for item in record["read_also"] for paragraph in item["body"].split("\n\n")]
    fields = {
        "headline": [record["headline"]],
        "body": record["body"].split("\n\n"),
        "deck": (record["deck"] or "").split("\n\n"),
        "unparsed": record["unparsed"],
        "boilerplate": record["boilerplate"],
        "read_also": related,
    }
    # what a line gives a field of values: its date, names, sources, tags, a related title after its label
    # (compared folded: two values that fold the same, "مكة" and "مكه", are one, and the record keeps the first)
    values = [fold(value) for value in (record["date_raw"] or "", *record["authors"], *record["sources"],
                                        *record["keywords"], *(item["headline"] for item in record["read_also"]))]
    kept_whole = {line for texts in fields.values() for line in texts}
    for claim in reading.claims:
        text = claim.line.text
        if claim.role in _VERBATIM:
            kept = fields[_VERBATIM[claim.role]]
            assert text in kept or claim.value in kept, (claim.role, text)
        else:
            folded, given = fold(text), fold(claim.value or "")
            # the line, or what it gave, is among the values: its date completed by a time line below is the
            # record's date_raw, "Jun 4, 2023 01:27", which the line "Published: Jun 4, 2023" does not hold whole
            assert text in kept_whole or any(value and (value in folded or folded in value or given and given in value)
                                             for value in values), claim


@_settings
@given(_article)
def test_same_input_gives_byte_identical_output(text: str) -> None:
    first = json.dumps(parse_text(text, path="x").to_dict(), ensure_ascii=False)
    second = json.dumps(parse_text(text, path="x").to_dict(), ensure_ascii=False)
    assert first == second


@_settings
@given(_article)
def test_line_endings_and_bom_do_not_change_the_record(text: str) -> None:
    unix = parse_text(text.replace("\r\n", "\n").replace("\r", "\n"), path="x").to_dict()
    dos = parse_text("\ufeff" + text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n"),
                     path="x").to_dict()
    assert unix == dos


def test_first_line_of_a_read_also_section_is_a_headline_even_after_hashtags() -> None:
    record = parse_text("إقرأ أيضاً: \n#COP28 #Climate\nنفت روسيا صحة تقرير صحفي عربي زعم وجود أزمة.")
    assert [item.headline for item in record.read_also] == ["نفت روسيا صحة تقرير صحفي عربي زعم وجود أزمة."]
    assert record.keywords == ("COP28", "Climate")


_messy_line = st.one_of(
    _line,
    st.text(alphabet=" \t\u00a0\u2009\u200b\u200c\u200f\u2060\u061c\ufeff\x07&;amp#x27ـًابةیكA", max_size=30),
)


@_settings
@given(st.lists(_messy_line, max_size=12))
def test_whole_text_cleaning_equals_line_by_line_cleaning(lines: list[str]) -> None:
    normalised = normalise_text("\n".join(lines))
    assert clean_lines(normalised) == [clean_line(raw) for raw in normalised.split("\n")]


def test_every_character_cleaning_changes_is_unprintable() -> None:
    """`clean_lines` skips its search when every line is printable: this is why that is safe."""
    from newsparse.normalize import _UNCLEAN_CHARACTER

    assert not [hex(code) for code in range(0x110000)
                if _UNCLEAN_CHARACTER.match(chr(code)) and chr(code).isprintable()]


@_settings
@given(st.lists(_messy_line, max_size=12))
def test_lines_folded_together_equal_lines_folded_one_by_one(lines: list[str]) -> None:
    cleaned = clean_lines(normalise_text("\n".join(lines)))
    expected = [make_line(number, text) for number, text in enumerate(cleaned, start=1) if text]
    assert make_lines(cleaned) == expected
    assert all(line.key == (key_of_folded(line.folded) if line.may_be_chrome else "") for line in expected)


# Keyword segmentation: the dynamic programme (which drops hopeless partial splits) must
# find a split as cheap as the cheapest of all splits, found here by brute force.
_TAG_WORDS = ["الأمم", "المتحدة", "البيت", "الأبيض", "الحرب", "على", "غزة", "في", "حماس", "تل", "أبيب", "قطاع",
              "عبد", "بن", "والبيت", "الهلال", "جورجي", "جيسوس", "بيت", "أبيض"]


def _apposed(folded: list[str], after: list[str], line: set[str], rules, article) -> bool:
    """A definite word, then two words of a name without the article, inside the tag (the second
    may be the word after it), the three as the article has them: "الهلال جورجي جيسوس"."""
    def definite(word: str) -> bool:
        return word.startswith("ال") and len(word) > 3 or word.startswith("لل") \
            or word.startswith("وال") and len(word) > 5

    def bare(word: str) -> bool:
        behind = any(word.startswith(particle) and replacement + word[len(particle):] in line
                     for particle, replacement in rules.proclitics.items())
        return not (definite(word) or word in rules.function_words or behind or word.endswith("ه"))

    words = folded + after[:1]
    return any(definite(words[index]) and words[index] not in rules.titles and bare(words[index + 1])
               and bare(words[index + 2]) and article.holds(" ".join(words[index:index + 3]))
               for index in range(min(len(folded) - 1, len(words) - 2)))


def _tag_cost(folded: list[str], rules, article, after: list[str] = (), line: set[str] = frozenset()) -> float:
    """One tag's cost, as the module docstring of newsparse.keywords gives it (`after`: the words of the
    line after the tag; `line`: all its words)."""
    from newsparse.keywords import _ADJECTIVE_COST, _HEAD_MAX_COST, _KNOWN_COST, _MAX_TAG_WORDS

    phrase = " ".join(folded)
    conjoined = [word.startswith("وال") and len(word) > 5 for word in folded]  # "والبيت" begins no tag
    at_edges = folded[0] in rules.function_words or folded[-1] in rules.function_words \
        or folded[-1] in rules.name_links or conjoined[0]  # "عبد" begins a name's part, ends no tag
    if len(folded) > _MAX_TAG_WORDS:
        return float("inf")
    def ends_with_known() -> bool:  # "لبنان نجيب ميقاتي", not "عدم انتشار الأسلحة النووية"
        return any(" ".join(folded[cut:]) in rules.lexicon and folded[cut - 1] not in rules.function_words
                   and not (folded[cut].startswith("ال") and not folded[cut - 1].startswith("ال"))
                   # "الشيخ تميم بن حمد آل ثاني", "بلدية خان يونس"
                   and not (cut == 1 and (folded[0] in rules.titles or folded[0] in rules.construct_heads))
                   for cut in range(1, len(folded) - 1))

    def begins_with_known() -> bool:  # "صندوق النقد الدولي كريستالينا غورغييفا", not "دوري روشن السعودي للمحترفين"
        return any(" ".join(folded[:cut]) in rules.lexicon and not all(conjoined[cut:])
                   and folded[cut] not in rules.name_links and folded[cut] not in rules.function_words
                   and not (folded[cut].startswith("ال") or folded[cut + 1].startswith("ال")
                            and folded[cut].startswith(tuple(rules.proclitics)))
                   for cut in range(2, len(folded) - 1))

    # a pair of words without the article, as the article has them with it ("منخفض جوي": "المنخفض الجوي")
    held = article.holds(phrase) or len(folded) == 2 and not any(word.startswith("ال") for word in folded) \
        and article.holds(" ".join("ال" + word for word in folded))
    in_article = held and not _apposed(folded, list(after), line, rules, article) \
        and (len(folded) < 3 or not (ends_with_known() or begins_with_known()))
    if at_edges and phrase not in rules.lexicon:
        cost = float("inf")
    elif len(folded) == 1:
        cost = 1.0
    elif phrase in rules.lexicon or in_article or (
            folded[0] in rules.construct_heads and folded[1].startswith(rules.definite_article)
            and len(folded[1]) > len(rules.definite_article) + 1 and all(conjoined[2:])) or (  # "قطاع البيت والبيت"
            len(folded) == 3 and folded[0] in rules.construct_heads and not folded[1].startswith("ال")
            and folded[2].startswith("ال") and len(folded[2]) > 3  # a chain: "هيئة مكافحة الفساد"
            and article.holds(f"{folded[1]} {folded[2]}")):
        cost = _KNOWN_COST
    else:
        cost = len(folded) + 0.5 * (len(folded) - 1) ** 2
        # a tag that something joins (known, or a noun and its adjective) opening it, then a function word: that tag
        # counts as one word ("تعويض المزارعين في الشمال", "التراث الوطني في المملكة")
        headed = next((cut for cut in range(len(folded) - 1, 1, -1) if _tag_cost(
            folded[:cut], rules, article, [*folded[cut:], *after], line) < _HEAD_MAX_COST), None)
        if headed is not None and folded[headed] in rules.function_words:
            size = 1 + len(folded) - headed
            cost = min(cost, size + 0.5 * (size - 1) ** 2)
    if len(folded) > 1 and conjoined[-1] and not (len(folded) > 2 and ends_with_known()):  # it joins the tag before
        cost = min(cost, _tag_cost(folded[:-1], rules, article, folded[-1:], line) + _ADJECTIVE_COST)
    return cost


def _split_cost(tags: list[list[str]], rules, article, alphabetical: bool, tail_from: int | None = None) -> float:
    """With `tail_from`, words[tail_from:] must be in the tail: the order breaks at a tag that
    begins there or holds that word (in order or not), or before."""
    from newsparse.keywords import _BREAK_COST, _TAIL_WORD_COST
    from newsparse.normalize import fold

    total, previous, broken, start = 0.0, None, False, 0
    line = [fold(word) for tag in tags for word in tag]
    for tag in tags:
        end = start + len(tag)
        folded = [fold(word) for word in tag]
        phrase = " ".join(folded)
        total += _tag_cost(folded, rules, article, line[end:], set(line))
        if total == float("inf"):
            return total
        if broken:
            total += _TAIL_WORD_COST * len(tag)  # each word of the machine-added tail
        elif alphabetical and previous is not None and (
                phrase < previous or tail_from is not None and start <= tail_from < end):
            if tail_from is not None and start > tail_from:
                return float("inf")
            total, broken = total + _BREAK_COST + _TAIL_WORD_COST * len(tag), True  # the order breaks once
        elif tail_from is not None and end > tail_from:
            return float("inf")  # in order past the tail's first word
        previous, start = phrase, end
    return total


def _all_splits(words: list[str]):
    if not words:
        yield []
        return
    for size in range(1, len(words) + 1):
        for rest in _all_splits(words[size:]):
            yield [words[:size], *rest]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TAG_WORDS), min_size=2, max_size=9), st.booleans(), st.booleans(),
       st.none() | st.integers(min_value=1, max_value=8))
# phrases of the article that begin or end with a known tag, and a conjoined word after one
@example(["الحرب", "على", "غزة", "في", "قطاع", "غزة"], False, False, None)
@example(["حماس", "البيت", "الأبيض", "والبيت"], False, True, None)
@example(["تل", "أبيب", "قطاع", "غزة", "والبيت"], True, True, 3)
@example(["البيت", "الأبيض", "حماس", "قطاع", "غزة"], True, True, 3)  # the tail's first word sorts above: a break
@example(["الهلال", "جورجي", "جيسوس"], False, False, None)  # a club beside its coach's name, as the article has them
@example(["الهلال", "جورجي", "جيسوس", "حماس"], False, True, None)
@example(["حماس", "بيت", "أبيض"], False, False, None)  # a pair without the article, as the article has it with it
@example(["البيت", "الأبيض", "تل", "أبيب", "حماس"], True, True, 4)  # the tail's first word inside a tag
@example(["قطاع", "حماس", "البيت"], False, False, None)  # a construct chain whose last two the article holds
@example(["على", "غزة", "الهلال", "جورجي"], True, False, None)  # a function word after a known tag: its head
def test_keyword_split_is_as_cheap_as_the_cheapest_split(words: list[str], in_order: bool,
                                                        alphabetical: bool, tail_from: int | None) -> None:
    from newsparse.keywords import ArticleWords, _cheapest_split, _cheapest_unordered_split, _folded_words
    from newsparse.profile import load_profile

    words = sorted(words) if in_order else words
    rules = load_profile("ar").keywords
    article = ArticleWords("الحرب على غزة في قطاع غزة. قال حماس البيت الأبيض والبيت تل أبيب قطاع غزة. "
                           "قال مدرب الهلال جورجي جيسوس").phrases()
    tail_from = tail_from if alphabetical and tail_from is not None and tail_from < len(words) else None
    cheapest = min(_split_cost(split, rules, article, alphabetical, tail_from) for split in _all_splits(words))
    folded = _folded_words(words)
    bounds = _cheapest_split(folded, rules, article, alphabetical, tail_from)
    if not alphabetical:  # the plain programme, used when the line is in no order, agrees
        plain = _cheapest_unordered_split(folded, rules, article)
        assert (plain is None) == (bounds is None)
        if plain is not None:
            cost_of = [words[start:end] for start, end in plain]
            assert _split_cost(cost_of, rules, article, False) == _split_cost(
                [words[start:end] for start, end in bounds], rules, article, False)
    if cheapest == float("inf"):
        assert bounds is None
    else:
        chosen = [words[start:end] for start, end in bounds]
        assert _split_cost(chosen, rules, article, alphabetical, tail_from) == cheapest


@_settings
@given(st.one_of(_article, st.text(max_size=200)))
def test_fast_word_split_equals_the_word_pattern(text: str) -> None:
    from newsparse.normalize import WORD, fold, words_of

    assert words_of(text) == WORD.findall(text)
    assert words_of(fold(text)) == WORD.findall(fold(text))


@_settings
@given(st.lists(st.one_of(_line, st.sampled_from(["", "a\nb", "A\nB", "أحمد", "احمد", "RT", "rt"])), max_size=12))
def test_unique_folded_keeps_the_first_of_each_folded_form(items: list[str]) -> None:
    from newsparse.normalize import fold, unique_folded

    expected: dict[str, str] = {}
    for item in items:
        if item:
            expected.setdefault(" ".join(fold(item).split()), item)
    assert unique_folded(items) == tuple(expected.values())


@_settings
@given(st.text(alphabet=st.characters(codec="ascii") | st.sampled_from("àâçéèêëîïôûùüÿœæßñÀÉÇŒ’‘«»“”–—"),
               max_size=200))
def test_latin_word_bytes_are_the_words_of_a_latin_text(text: str) -> None:
    import re

    from newsparse.normalize import fold
    from newsparse.select import words_of_latin

    folded = fold(text)
    latin_word = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
    assert words_of_latin(folded.encode("utf-8")) == [word.encode("utf-8") for word in latin_word.findall(folded)]


@_settings
@given(st.one_of(_line, st.text(max_size=40)), st.integers(min_value=0, max_value=6))
def test_has_words_agrees_with_counting_words(text: str, count: int) -> None:
    from newsparse.classify import has_words, word_count

    assert has_words(text, count) == (word_count(text) >= count)


_VARIANT_CLASSES = ["اأإآٱ", "يىیېۍےئ", "كکڪ", "هةۀە", "وؤ"]


@_settings
@given(st.lists(st.sampled_from(list("ابتكيهوأإآىیکةؤئ لمن")), min_size=1, max_size=20), st.randoms())
def test_a_letter_variant_pattern_matches_every_spelling(letters: list[str], random) -> None:
    """A byline pattern written with one spelling matches the text in any other (Persian ی,
    ک, hamza forms, ة/ه), and what it matches folds like what was written."""
    import re

    from newsparse.normalize import fold, letter_variant_pattern

    written = "".join(letters)
    respelled = "".join(
        random.choice(next((group for group in _VARIANT_CLASSES if char in group), char)) for char in written
    )
    assert re.fullmatch(letter_variant_pattern(re.escape(written)), respelled)
    assert re.fullmatch(letter_variant_pattern(f"[{written}]+"), respelled)  # inside a character class too
    assert fold(respelled) == fold(written)


_PAGE_WORDS = ["معرض", "لمعرض", "القاهرة", "بالقاهرة", "الدولي", "للكتاب", "الكتاب", "والنقل", "النقل", "للطاقة",
               "الطاقة", "غزة", "بغزة"]


@_settings
@given(st.lists(st.sampled_from(_PAGE_WORDS), max_size=40), st.sets(st.sampled_from(_PAGE_WORDS)))
@example(["لمعرض", "القاهرة", "الدولي"], {"معرض"})  # a phrase that begins behind a particle
@example(["لمعرض", "بالقاهرة", "الدولي"], {"معرض", "القاهرة"})  # never one that runs across another
def test_a_long_pages_set_of_word_pairs_agrees_with_searching_its_text(page: list[str], wanted: set[str]) -> None:
    """A long page looks pairs of words up in a set, a short one searches its text: the same answers."""
    from newsparse import keywords
    from newsparse.keywords import ArticleWords
    from newsparse.profile import load_profile

    rules = load_profile("ar").keywords
    searched = ArticleWords(" ".join(page), rules).phrases(wanted)
    original = keywords.PAIR_SET_FROM_WORDS
    keywords.PAIR_SET_FROM_WORDS = -1
    try:
        indexed = ArticleWords(" ".join(page), rules).phrases(wanted)
    finally:
        keywords.PAIR_SET_FROM_WORDS = original
    assert searched.pairs is None and indexed.pairs is not None
    for first in _PAGE_WORDS:
        for second in _PAGE_WORDS:
            assert searched.holds_pair(first, second) == indexed.holds_pair(first, second), (first, second)
