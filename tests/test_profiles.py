"""Profiles are data: built-ins load, a user file extends one, a bad file fails with a clear message."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import newsparse
from newsparse import ProfileError, load_profile, parse_text
from newsparse.profile import BUILTIN_NAMES


@pytest.mark.parametrize("name", BUILTIN_NAMES)
def test_builtin_profiles_load_and_pickle(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name and profile.language == name
    assert pickle.loads(pickle.dumps(profile)).label_kinds == profile.label_kinds


def _write(tmp_path: Path, text: str, name: str = "site.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_user_profile_extends_a_builtin_and_adds_labels(tmp_path: Path) -> None:
    path = _write(tmp_path, "extends: ar\nlabels:\n  source: [نقلاً عن موقع]\n"
                            "boilerplate:\n  lines: [تابع آخر الأخبار]\n")
    profile = load_profile(path)
    assert profile.name == "site" and profile.language == "ar"
    record = parse_text("عنوان الخبر هنا اليوم\nتابع آخر الأخبار\nنص الخبر الأول هنا، وفيه كلام كثير عن الموضوع.\n"
                        "نقلاً عن موقع: الجزيرة نت", profile=profile)
    assert record.sources == ("الجزيرة نت",)
    assert record.boilerplate == ("تابع آخر الأخبار",)
    assert "المصدر" in "".join(load_profile("ar").label_kinds)  # the parent's labels are kept


def test_replace_drops_the_parents_list(tmp_path: Path) -> None:
    path = _write(tmp_path, "extends: en\nreplace: [labels.read_also]\nlabels:\n  read_also: [More from us]\n")
    profile = load_profile(path)
    kinds = {kind for kind in profile.label_kinds.values()}
    assert "read_also" in kinds
    assert "read more" not in profile.label_kinds and "more from us" in profile.label_kinds


def test_profile_can_extend_a_profile_file_next_to_it(tmp_path: Path) -> None:
    _write(tmp_path, "extends: fr\nboilerplate:\n  lines: [Partagez cet article]\n", "regional.yaml")
    path = _write(tmp_path, "extends: regional.yaml\nname: mysite\n", "mysite.yaml")
    profile = load_profile(path)
    assert profile.name == "mysite" and "partagez cet article" in profile.boilerplate_lines


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("extends: ar\nlabelz: {}\n", "unknown key 'labelz'"),
        ("extends: ar\nlabels:\n  source: RT\n", "key 'labels.source': expected list"),
        ("extends: ar\nlabels:\n  colour: [x]\n", "unknown key 'labels.colour'"),
        ("extends: ar\nboilerplate:\n  patterns: ['(unclosed']\n", "bad regular expression"),
        ("extends: ar\nkeywords:\n  lexicon: [1, 2]\n", "every item must be a non-empty string"),
        ("extends: nowhere.yaml\n", "no such profile"),
        ("- just\n- a list\n", "a profile is a mapping"),
        ("labels: [unclosed\n", "not valid YAML"),
        ("extends: en\nlanguage: english\n", "two-letter ISO 639-1 code"),  # the record's language
        ("extends: ar\nkeywords:\n  adjective_endings: [ي, ية]\n", "every item must be {endings: [...], after: [...]"),
        ("extends: ar\nkeywords:\n  adjective_endings: [{endings: [ي], definite: 'yes'}]\n", "definite: true|false"),
        ("extends: ar\nkeywords:\n  proclitics: {ب: 1}\n", "key 'keywords.proclitics': expected particles"),
        ("extends: ar\nkeywords:\n  tail_variants: {یی: ي}\n", "key 'keywords.tail_variants': expected single letters"),
        ("extends: ar\nkeywords:\n  tail_variants: [ی]\n", "key 'keywords.tail_variants': expected dict"),
        ("extends: en\noutlets:\n  credit_sentences: ['^by (.+) only$']\n", "has no group named 'outlet'"),
    ],
)
def test_bad_profile_fails_at_load_naming_file_key_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert message in str(caught.value)
    assert "site.yaml" in str(caught.value) or "nowhere.yaml" in str(caught.value)


def test_extends_loop_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "extends: b.yaml\n", "a.yaml")
    _write(tmp_path, "extends: a.yaml\n", "b.yaml")
    with pytest.raises(ProfileError, match="loops back"):
        load_profile(tmp_path / "a.yaml")


def test_unknown_profile_name_lists_the_builtins() -> None:
    with pytest.raises(ProfileError, match="built-in profiles: ar, en, fr"):
        load_profile("klingon")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("البيت الأبيض: الوقت لم يحن بعد\nصرح منسق الاتصالات في البيت الأبيض اليوم الثلاثاء بأن الإدارة ترى", "ar"),
        ("Oil production to drop\nOil-producing countries have agreed to continued cuts in the production", "en"),
        ("Sénégal: la France appelle\nLe président du Sénégal a annoncé le report de l'élection présidentielle", "fr"),
    ],
)
def test_profile_is_chosen_by_what_the_text_contains(text: str, language: str) -> None:
    assert parse_text(text).language == language


def test_the_readme_example_profile_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    example = readme.split("# mysite.yaml\n", 1)[1].split("```", 1)[0]
    profile = load_profile(_write(tmp_path, example, "mysite.yaml"))
    assert profile.name == "mysite" and "نقلا عن موقع" in profile.label_kinds


def test_profile_dates_key_adds_month_spellings(tmp_path: Path) -> None:
    path = _write(tmp_path, "extends: ar\ndates:\n  months:\n    2: [فبرايير]\n")
    record = parse_text("عنوان الخبر هنا\nتاريخ النشر: 3 فبرايير 2024\nنص الخبر الأول هنا، وفيه كلام كثير عن الموضوع.",
                        profile=load_profile(path))
    assert record.date == "2024-02-03"


@pytest.mark.parametrize("name", ["ar", "en", "fr"])
def test_builtin_chrome_patterns_run_on_the_standard_engine(name: str) -> None:
    """The standard `re` engine is several times faster than `regex` on these alternations, and
    takes them only when no pattern needs `regex`'s extras (\\p{L} and the like): keep it so."""
    import re

    profile = load_profile(name)
    assert isinstance(profile.boilerplate_pattern.whole, re.Pattern)
    assert isinstance(profile.author_noise, re.Pattern)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("© 2024 Middle East Monitor. All rights reserved.", True),
        ("Copyright 2024 The National — All Rights Reserved", True),
        ("للاشتراك في النشرة البريدية اضغط هنا", True),
        # a sentence of prose is never chrome
        ("He said all rights reserved for the people had been ignored for decades by the government.", False),
        ("The company said the brand name stood for all rightsreserved.", False),  # not as whole words
    ],
)
def test_contains_phrases_mark_a_short_line_as_chrome(line: str, chrome: bool) -> None:
    from newsparse.classify import Cue, classify, make_line

    profile = load_profile("ar" if "اضغط" in line else "en")
    assert (classify(make_line(1, line), profile).cue is Cue.BOILERPLATE) is chrome


@pytest.mark.parametrize("path", sorted((Path(newsparse.__file__).parent / "profiles").rglob("*.yaml")),
                         ids=lambda path: path.name)
def test_builtin_profiles_read_the_same_without_libyaml(path: Path) -> None:
    """PyYAML without its C extension (a source build, some platforms) must read the built-in profiles,
    and read them as libyaml does: "How does this make you feel?," in a flow list needs quotes there."""
    import yaml

    text = path.read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert pure == fast
