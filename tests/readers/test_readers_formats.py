"""One test per input format, plus the field rules every format shares (ids, dates, languages, text)."""

import json
from datetime import date

import pytest

from conflict_events.builders.readers import parse_published, read_file, read_inputs
from conflict_events.builders.readers.fields import content_id
from conflict_events.builders.records import Article, ReadFailure


def read(*paths, **limits):
    return list(read_inputs(paths, **limits))


def test_markdown_front_matter_fills_the_fields(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(
        "---\nid: 0012\ntitle: Market attack\npublished: 2025-12-10\nsource: Daily Courier\n"
        "url: https://example.org/a\nlanguage: EN-GB\n---\nGunmen attacked a market in the north.\n"
    )
    [a] = read(f)
    assert isinstance(a, Article)
    assert (a.id, a.title, a.published, a.source, a.url, a.language, a.origin) == (
        "0012",  # kept as written: front matter values are text, not YAML numbers
        "Market attack",
        date(2025, 12, 10),
        "Daily Courier",
        "https://example.org/a",
        "en",
        str(f),
    )
    assert a.text == "Gunmen attacked a market in the north."


def test_front_matter_with_windows_line_ends_and_a_byte_order_mark(tmp_path):
    f = tmp_path / "a.md"
    f.write_bytes(
        "\ufeff---\r\ntitle: Curfew\r\npublished: 2025-03-04T06:00:00Z\r\n---\r\nA curfew began.\r\n".encode()
    )
    [a] = read(f)
    assert (a.title, a.published, a.text) == ("Curfew", date(2025, 3, 4), "A curfew began.")


def test_plain_text_is_one_article_with_a_content_id(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"Protesters marched in the capital.\r\nPolice watched.\r\n")
    [a] = read(f)
    assert a.text == "Protesters marched in the capital.\nPolice watched."
    assert a.id == content_id(a.text) and a.id.startswith("a") and len(a.id) == 17
    assert (a.title, a.published, a.language) == ("", None, "en")


def test_same_text_same_id_other_text_other_id(tmp_path):
    for name, text in [
        ("a.txt", "Troops shelled the town."),
        ("b.md", "Troops shelled the town.\n"),
        ("c.txt", "x"),
    ]:
        (tmp_path / name).write_text(text)
    a, b, c = read(tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "c.txt")
    assert a.id == b.id != c.id


def test_json_object(tmp_path):
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"text": "A bomb exploded.", "published": "2025-12-10T23:30:00-05:00", "extra": [1]}))
    [a] = read(f)
    assert (a.text, a.published, a.origin) == ("A bomb exploded.", date(2025, 12, 10), str(f))


def test_json_list_gives_each_item_the_line_it_starts_on(tmp_path):
    f = tmp_path / "many.json"
    f.write_text(json.dumps([{"id": "1", "text": "a"}, {"id": "2", "text": "b"}, {"text": ""}], indent=2))
    first, second, empty = read(f)
    assert [first.id, second.id] == ["1", "2"]
    assert (first.origin, second.origin, empty.origin) == (f"{f}:2", f"{f}:6", f"{f}:10")
    assert isinstance(empty, ReadFailure) and empty.message.startswith(f"{f}:10: item 3: no text")


def test_empty_json_list_is_zero_articles_and_no_failure(tmp_path):
    f = tmp_path / "none.json"
    f.write_text(" [ ] \n")
    assert read(f) == []


def test_jsonl_one_article_per_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "1", "text": "a"}\n\n{"id": "3", "text": "c", "published": "2025-01-02"}\n')
    a, c = read(f)
    assert (a.id, a.origin, c.id, c.origin, c.published) == ("1", f"{f}:1", "3", f"{f}:3", date(2025, 1, 2))


def test_csv_rows_any_column_order_and_quoted_newlines(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('Published,TEXT,id,other\n2025-01-02,"Riot in the port, 3 dead",r1,x\n,"Two lines\nof text",r2,y\n')
    first, second = read(f)
    assert (first.id, first.text, first.published, first.origin) == (
        "r1",
        "Riot in the port, 3 dead",
        date(2025, 1, 2),
        f"{f}:2",
    )
    assert (second.text, second.origin, second.published) == ("Two lines\nof text", f"{f}:3", None)


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_csv_other_separators_are_recognised_by_the_header(tmp_path, sep):
    f = tmp_path / "a.csv"
    f.write_text(f"id{sep}text\n7{sep}Shelling, then calm\n")
    [a] = read(f)
    assert (a.id, a.text) == ("7", "Shelling, then calm")


def test_csv_header_only_is_zero_articles(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,text\n")
    assert read(f) == []


def test_html_visible_text_title_and_metadata(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(
        '<!doctype html><html lang="fr-FR"><head><title>Clash &amp; curfew</title>'
        '<meta property="article:published_time" content="2025-12-09T10:00:00Z">'
        '<link rel="canonical" href="https://example.org/p"><style>p {color: red}</style></head>'
        "<body><nav>Home | World</nav><script>var x = 'alert';</script>"
        "<article><h1>Clash</h1><p>Troops clashed&nbsp;with rebels.</p><div hidden>Subscribe</div></article>"
        "<aside>Other stories: riots elsewhere</aside><footer>(c) 2025</footer></body></html>"
    )
    [a] = read(f)
    assert (a.title, a.published, a.url, a.language) == (
        "Clash & curfew",
        date(2025, 12, 9),
        "https://example.org/p",
        "fr",
    )
    assert a.text == "Clash\n\nTroops clashed with rebels."


def test_html_without_closing_head_keeps_the_body(tmp_path):
    f = tmp_path / "p.htm"
    f.write_text("<html><head><title>T</title><meta charset=utf-8><p>Police fired tear gas.<p>Two hurt.")
    [a] = read(f)
    assert (a.title, a.text) == ("T", "Police fired tear gas.\n\nTwo hurt.")


def test_html_meta_date_that_does_not_parse_is_left_out(tmp_path):
    f = tmp_path / "p.html"
    f.write_text('<meta name="date" content="Tuesday"><p>Shots were fired.</p>')
    [a] = read(f)
    assert (a.text, a.published) == ("Shots were fired.", None)


def test_html_in_a_text_field_is_reduced_to_visible_text(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "<p>Rebels seized <b>two</b> towns.</p><script>track()</script>"}) + "\n")
    [a] = read(f)
    assert a.text == "Rebels seized two towns."


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{"text": "bad \\ud800 char, good \\ud83d\\ude00", "title": "\\udfff"}')
    [a] = read(f)
    assert (a.text, a.title) == ("bad \ufffd char, good \U0001f600", "\ufffd")
    a.text.encode("utf-8")


def test_text_with_angle_brackets_is_not_markup(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Casualties < 5 and > 2, officials said.")
    [a] = read(f)
    assert a.text == "Casualties < 5 and > 2, officials said."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-10", date(2025, 12, 10)),
        ("2025-12-10T08:00:00Z", date(2025, 12, 10)),
        ("2025-12-10 23:59:59+05:30", date(2025, 12, 10)),
        ("  2025-12-10  ", date(2025, 12, 10)),
        ("", None),
        (None, None),
        (date(2024, 2, 29), date(2024, 2, 29)),
    ],
)
def test_parse_published_accepts_iso_dates_and_datetimes(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2025-13-01", "10/12/2025", "yesterday", "2025-02-30", 20251210, ["2025-12-10"]])
def test_parse_published_rejects_everything_else_with_a_value_error(value):
    with pytest.raises(ValueError, match="published date"):
        parse_published(value)


@pytest.mark.parametrize(("given", "expected"), [("EN", "en"), ("pt_BR", "pt"), ("", "en"), ("English", "english")])
def test_language_is_a_lower_case_primary_subtag(tmp_path, given, expected):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "x", "language": given}) + "\n")
    [a] = read(f)
    assert a.language == expected


def test_read_file_accepts_a_string_path(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Clashes resumed.")
    [a] = read_file(str(f))
    assert a.text == "Clashes resumed."


def test_utf16_with_byte_order_mark_and_utf8_bom_csv(tmp_path):
    txt, csv_file = tmp_path / "a.txt", tmp_path / "b.csv"
    txt.write_bytes("Émeute à Dakar".encode("utf-16"))
    csv_file.write_bytes("text,id\nGrève générale,1\n".encode("utf-8-sig"))
    a, b = read(txt, csv_file)
    assert (a.text, b.text, b.id) == ("Émeute à Dakar", "Grève générale", "1")
