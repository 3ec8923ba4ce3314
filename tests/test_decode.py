"""Decoding the bytes scrapers really write: BOMs, Windows-1256, and what must be refused."""

from __future__ import annotations

import pytest

from newsparse import InputError, parse_file
from newsparse.decode import decode

from .conftest import CORPUS

SEED_TEXT = (CORPUS / "000-seed-rt-gaza.txt").read_text("utf-8")
FRENCH = "Le président du Sénégal a annoncé le report de l'élection présidentielle, une décision rare."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SEED_TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"), "utf-8-sig"),
        (SEED_TEXT.encode("utf-16"), "utf-16"),
        (SEED_TEXT.encode("utf-32"), "utf-32"),  # its mark begins with UTF-16's
        (SEED_TEXT.encode("utf-32-be").join([b"\x00\x00\xfe\xff", b""]), "utf-32"),
        (SEED_TEXT.encode("cp1256", "ignore"), "cp1256"),
    ],
)
def test_automatic_decoding(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").startswith("البيت الأبيض")


def test_windows_1256_corpus_file_reads_as_arabic() -> None:
    record = parse_file(CORPUS / "063-cp1256-lebanon24-cbe-widget-junk.txt")
    assert record.headline == "المركزي المصري يثبّت الفائدة"
    assert "decoded as cp1256" in record.warnings


def test_latin1_french_is_read_as_windows_1252_not_1256() -> None:
    decoded = decode(FRENCH.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (FRENCH, "cp1252")
    assert decode(FRENCH.encode("latin-1"), "latin-1").text == FRENCH


@pytest.mark.parametrize(
    "text",
    ["El presidente anunció mañana una reunión en Málaga con el alcalde.",
     "O governo português anunciou ontem a reunião com os ministros.",
     "Il ministro è arrivato già in città per la riunione."],
)
def test_latin1_text_with_letters_on_arabic_bytes_is_not_taken_for_windows_1256(text: str) -> None:
    """á í ó ú ñ sit on Arabic letters' bytes in Windows-1256, but one at a time inside Latin words."""
    assert decode(text.encode("latin-1")).encoding == "cp1252"


def test_a_french_page_in_windows_1252_reads_with_its_typography(tmp_path) -> None:
    """French pages in their legacy encoding: ’ … Œ € on 0x80-0x9F, where Latin-1 has control characters,
    and capitals with accents, which Windows-1256 reads as Arabic letters."""
    text = "Écouter l’article… « Île-à-Vache » : l’État ouvre l’Œuvre sociale — 12 € par ménage"
    decoded = decode(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode("cp1252"))
    assert "decoded as cp1252" in parse_file(page).warnings


def test_a_french_page_in_latin_9_reads_its_oe_and_euro() -> None:
    """ISO-8859-15 puts œ, Œ and € where Windows-1252 has ½, ¼ and ¤ ("c½ur", "12 ¤"), and has no ’ or … there."""
    text = "Le cœur de la ville : 12 € le billet pour l'Œuvre des pupilles"
    decoded = decode(text.encode("iso8859-15"))
    assert (decoded.text, decoded.encoding) == (text, "iso8859-15")
    assert decode("Un verre de ½ litre".encode("latin-1")).encoding == "cp1252"  # "½" beside a space: a half


@pytest.mark.parametrize(
    "data",
    ["Привет, как дела у вас сегодня в Москве".encode("cp1251"),  # runs of letters beyond ASCII: no Latin text
     "Καλημέρα σε όλους από την Αθήνα".encode("cp1253"),
     # UTF-8 text with a line pasted in from a Windows-1252 page: its characters would read as "Ã©"
     "L’été à Québec, très chaud et très long cette année.\n".encode() + "Prix : £12\n".encode("cp1252")],
)
def test_other_code_pages_and_mixed_encodings_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="not Windows-1252 Latin text"):
        decode(data)


@pytest.mark.parametrize(
    "text",
    [  # Kassataya (Mauritania): a French page in Windows-1256, its menu's link to the Arabic edition
        "Accueil\nActualités\nSociété\nالنسخة العربية\nNouakchott : Taazour lance des transferts monétaires",
        "La Délégation générale à la solidarité nationale, plus connue sous son nom arabe de Taazour (تآزر), a lancé "
        "lundi à Nouakchott une nouvelle vague de transferts « monétaires » au profit de 25 000 ménages.",
    ],
)
def test_windows_1256_french_with_arabic_words_in_it_reads_as_both(text: str) -> None:
    decoded = decode(text.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (text, "cp1256")


def test_latin1_french_with_a_few_accented_capitals_is_windows_1252() -> None:
    """É È À sit on Arabic letters' bytes, one at a time: no Arabic word, so no Windows-1256."""
    assert decode("ÉCOLE : À Québec, l'État et la Ville s'entendent.".encode("latin-1")).encoding == "cp1252"


def test_windows_1256_arabic_with_latin_names_in_it_stays_arabic() -> None:
    text = "بيروت - Lebanon 24: أعلن مصرف لبنان عن إجراءات جديدة، ونقلت RT عن مصادر أن الاجتماع سيعقد غداً."
    decoded = decode(text.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (text, "cp1256")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty input"), (b"  \n\r\n", "empty input"), (b"GIF89a\x00\x01\x02", "binary data"),
     (b"\xef\xbb\xbf", "empty input"), (b"\xff\xfe", "empty input"), (b"\xef\xbb\xbf\r\n \r\n", "empty input"),
     (b"\x01\x02\x03\x08", "no letter or digit"), (b"--- | ---\n***", "no letter or digit")],
)
def test_unreadable_inputs_are_errors_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_forced_encoding_must_exist_and_fit() -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", "klingon-8")
    with pytest.raises(InputError, match="cannot decode as utf-8"):
        decode("é".encode("latin-1"), "utf-8")


def test_utf8_cut_inside_its_last_character_drops_that_character_with_a_note() -> None:
    text = "عنوان الخبر\nنص الخبر الذي يكون طويلا"
    data = text.encode("utf-8")[:-1]  # a byte-capped scrape: half of the last letter
    for forced in (None, "utf-8"):
        decoded = decode(data, forced)
        assert decoded.text.rstrip("\ufeff") == text[:-1]
        assert "middle of a character" in decoded.note


def test_a_bad_byte_before_the_end_is_still_an_error() -> None:
    data = "نص الخبر".encode()
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(data[:3] + b"\xa0" + data[3:])
    with pytest.raises(InputError):
        decode("café".encode("latin-1"), "utf-8")  # no UTF-8 before the cut to go by
