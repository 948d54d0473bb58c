"""Every kind of bad input becomes a ReadFailure whose origin and message name the file (and line)."""

import json
import os
import random

import pytest

from conflict_events.builders.readers import read_inputs
from conflict_events.builders.records import Article, ReadFailure


def read(*paths, **limits):
    return list(read_inputs(paths, **limits))


def only_failure(path, **limits):
    [r] = read(path, **limits)
    assert isinstance(r, ReadFailure), r
    assert r.message.startswith(f"{r.origin}: ") and str(path) in r.origin
    return r


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("empty.csv", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "no text in the file"),
        ("blank.jsonl", b"\n  \n", "only blank lines"),
        ("blank.csv", b"\n\n", "no header"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("controls.md", bytes(range(1, 9)) * 20, "binary"),
        ("binary.jsonl", b'{"text": "a"}\n\x00\x01', "binary"),
        ("front.md", b"---\ntitle: [unclosed\n---\ntext", "front matter is not valid YAML"),
        ("open.md", b"---\ntitle: T\nno closing line\n", "front matter is not closed"),
        ("list.md", b"---\n- a\n- b\n---\ntext", "not a mapping"),
        (
            "python.md",
            b"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\ntext",
            "front matter field",
        ),
        ("date.md", b"---\npublished: 2025-13-45\n---\ntext", "'2025-13-45' is not an ISO date"),
        ("date.json", b'{"text": "x", "published": "next week"}', "'next week' is not an ISO date"),
        ("type.json", b'{"text": ["a", "b"]}', "`text` must be a single text value"),
        ("scalar.json", b'"just a string"', "expected an article object"),
        ("broken.json", b'{"text": "a",\n "id": }', "malformed JSON"),
        ("two.json", b'{"text": "a"}\n{"text": "b"}\n', "one object per line is a .jsonl file"),
        ("digits.json", b'{"text": "a", "id": ' + b"9" * 5000 + b"}", "malformed JSON"),
        ("deep.json", b"[" * 10000 + b"]" * 10000, "nested deeper than 64"),
        ("wide.csv", (",".join(f"c{i}" for i in range(10000)) + ",text\n1\n").encode(), "10,001 columns"),
        ("notext.csv", b"id,body\n1,hello\n", "no `text` column (the header has: id, body)"),
        (
            "script.html",
            b"<html><script>document.write('hi')</script><style>p{}</style></html>",
            "no visible text",
        ),
        ("unknown.docx", b"PK\x03\x04", "unknown file type '.docx'"),
        ("noext", b"Troops clashed.", "unknown file type '(no extension)'"),
    ],
)
def test_bad_file_is_one_failure_naming_it(tmp_path, name, content, expected):
    f = tmp_path / name
    f.write_bytes(content)
    r = only_failure(f)
    assert expected in r.message
    assert r.article_id.startswith("r")
    assert not (tmp_path / "pwned").exists()


def test_nonexistent_path_and_broken_link(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert "no such file or folder" in only_failure(tmp_path / "nope.txt").message
    assert "broken symbolic link" in only_failure(tmp_path / "dangling.txt").message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in only_failure(fifo).message


def test_bad_date_names_file_line_and_value_and_keeps_the_given_id(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        '{"id": "k1", "text": "x", "published": "2025-12-10"}\n{"id": "k2", "text": "y", "published": "12/10/25"}\n'
    )
    good, bad = read(f)
    assert isinstance(good, Article) and isinstance(bad, ReadFailure)
    assert (bad.article_id, bad.origin) == ("k2", f"{f}:2")
    assert bad.message.startswith(f"{f}:2: ") and "'12/10/25'" in bad.message


def test_malformed_jsonl_line_costs_only_that_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        '{"id": "1", "text": "a"}\n{broken\n[{"text": "list"}]\n' + "[" * 500 + "\n" + '{"id": "5", "text": "e"}\n'
    )
    a, broken, listed, deep, e = read(f)
    assert (a.id, e.id) == ("1", "5")
    assert (broken.origin, listed.origin, deep.origin) == (f"{f}:2", f"{f}:3", f"{f}:4")
    assert "malformed JSON" in broken.message and "got a list" in listed.message and "nested deeper" in deep.message
    assert len({broken.article_id, listed.article_id, deep.article_id}) == 3


def test_truncated_json_list_keeps_the_items_before_the_break(tmp_path):
    f = tmp_path / "cut.json"
    f.write_text('[\n{"id": "1", "text": "a"},\n{"id": "2", "text": "b"},\n{"id": "3", "te')
    one, two, cut = read(f)
    assert (one.id, two.id, one.origin, two.origin) == ("1", "2", f"{f}:2", f"{f}:3")
    assert isinstance(cut, ReadFailure) and cut.origin == f"{f}:4" and "malformed JSON" in cut.message
    assert "the items after it are not read" in cut.message


def test_items_of_a_one_line_list_are_told_apart(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('[{"text": ""}, 5, {"text": "ok"}]')
    first, second, ok = read(f)
    assert first.origin == second.origin == ok.origin == f"{f}:1"
    assert "item 1:" in first.message and "item 2:" in second.message and first.article_id != second.article_id


def test_csv_row_problems_cost_only_their_row(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,text,published\n1,fine,\n2,,\n3,cut, at a comma,\n4,bad date,2025-99-01\n5,also fine,\n")
    one, empty, cut, date_, five = read(f)
    assert (one.id, five.id) == ("1", "5")
    assert (empty.origin, empty.article_id) == (f"{f}:3", "2") and "no text" in empty.message
    assert cut.origin == f"{f}:4" and "4 cells" in cut.message
    assert date_.origin == f"{f}:5" and "'2025-99-01'" in date_.message


def test_csv_runaway_quote_stops_with_the_line_it_began_on(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('id,text\n1,ok\n2,"never closed\n' + "more words\n" * 200)
    ok, runaway = read(f, max_file_bytes=1000)
    assert ok.id == "1"
    assert runaway.origin == f"{f}:3" and "unclosed quote" in runaway.message


def test_windows_1252_and_latin_1_are_decoded(tmp_path):
    for name, encoding in [("w.txt", "cp1252"), ("l.md", "latin-1")]:
        (tmp_path / name).write_bytes("Manifestation au café, 3 blessés".encode(encoding))
    (tmp_path / "short.txt").write_bytes("café".encode("cp1252"))
    (tmp_path / "quotes.txt").write_bytes("“Protest” – 5 €".encode("cp1252"))
    texts = [
        r.text for r in read(tmp_path / "w.txt", tmp_path / "l.md", tmp_path / "short.txt", tmp_path / "quotes.txt")
    ]
    assert texts == ["Manifestation au café, 3 blessés"] * 2 + ["café", "“Protest” – 5 €"]


def test_windows_1252_line_in_a_utf8_jsonl_and_csv(tmp_path):
    j, c = tmp_path / "a.jsonl", tmp_path / "a.csv"
    j.write_bytes(b'{"text": "caf\xc3\xa9"}\n{"text": "caf\xe9"}\n')
    c.write_bytes(b"text\ncaf\xe9 in M\xfcnchen\n")
    assert [r.text for r in read(j, c)] == ["café", "café", "café in München"]


def test_utf16_file_broken_part_way_keeps_the_lines_before(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes('{"text": "first"}\n{"text": "second"}\n'.encode("utf-16") + b"\x00\xd8\x00")  # a lone surrogate
    first, *rest, broken = read(f)
    assert first.text == "first" and isinstance(broken, ReadFailure)
    assert broken.origin == str(f) and "not valid text in its encoding" in broken.message


def test_undecodable_bytes_are_a_failure(tmp_path):
    f = tmp_path / "a.txt"
    noise = random.Random(1)
    f.write_bytes(bytes(noise.randrange(128, 256) for _ in range(60)))  # no encoding makes text of it
    assert "save the file as UTF-8" in only_failure(f).message


def test_huge_whole_file_is_refused_by_its_size(tmp_path, monkeypatch):
    f = tmp_path / "big.json"
    f.write_bytes(b'{"text": "' + b"a" * 3000 + b'"}')
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("the file was read whole"))
    r = only_failure(f, max_file_bytes=1000)
    assert "3,012 bytes is over the limit of 1,000" in r.message


def test_huge_text_and_huge_line(tmp_path):
    text, lines = tmp_path / "a.txt", tmp_path / "a.jsonl"
    text.write_text("word " * 100)
    lines.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "fine"}) + "\n")
    assert "over the limit of 100" in only_failure(text, max_text_chars=100).message
    long, fine = read(lines, max_file_bytes=1000)
    assert long.origin == f"{lines}:1" and "longer than the limit of 1,000 bytes" in long.message
    assert fine.text == "fine"


def test_text_over_the_character_limit_in_a_row(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,text\nbig," + "y" * 300 + "\nsmall,z\n")
    big, small = read(f, max_text_chars=200)
    assert (big.article_id, big.origin) == ("big", f"{f}:2") and "300 characters" in big.message
    assert small.text == "z"
