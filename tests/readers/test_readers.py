import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.builders.readers import parse_published, read_inputs
from conflict_events.builders.records import Article, ReadFailure


def read(*paths: Path) -> list:
    return list(read_inputs(paths))


def test_text_with_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\nid: x1\ntitle: T\npublished: 2025-12-10\nsource: Reuters\n---\nGunmen attacked a village.\n")
    [a] = read(f)
    assert isinstance(a, Article)
    assert (a.id, a.title, a.published, a.source, a.text) == (
        "x1",
        "T",
        date(2025, 12, 10),
        "Reuters",
        "Gunmen attacked a village.",
    )


def test_plain_text_gets_a_stable_content_id(tmp_path):
    (tmp_path / "a.txt").write_text("Protesters marched in Lima.")
    (tmp_path / "b.txt").write_text("Protesters marched in Lima.")
    a, b = read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.id == b.id and a.id.startswith("a") and a.published is None


def test_json_object_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "x happened", "published": "2025-12-10T08:00:00Z"}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "1", "text": "a"}, {"id": "2", "text": "b"}]))
    one, *many = read(tmp_path / "one.json", tmp_path / "many.json")
    assert one.published == date(2025, 12, 10)
    assert [m.id for m in many] == ["1", "2"] and many[1].origin.endswith("many.json:2")


def test_jsonl_malformed_line_is_rejected_and_the_rest_read(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "1", "text": "a"}\n{broken\n{"id": "3", "text": "c"}\n')
    a, bad, c = read(f)
    assert (a.id, c.id) == ("1", "3")
    assert isinstance(bad, ReadFailure) and bad.origin == f"{f}:2" and "malformed JSON" in bad.message


def test_csv_rows_and_missing_text_column(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text('id,title,text,published\n1,T,"Riot in Dhaka, 3 dead",2025-01-02\n2,U,,\n')
    first, empty = read(good)
    assert first.text == "Riot in Dhaka, 3 dead" and first.published == date(2025, 1, 2)
    assert isinstance(empty, ReadFailure) and empty.origin == f"{good}:3" and "no text" in empty.message
    bad = tmp_path / "b.csv"
    bad.write_text("id,body\n1,hello\n")
    [f] = read(bad)
    assert isinstance(f, ReadFailure) and "no `text` column" in f.message and str(bad) in f.message


def test_html_keeps_visible_text_only(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(
        "<html><head><title>Clash</title><script>alert('x')</script></head><body><p>Troops clashed.</p></body></html>"
    )
    [a] = read(f)
    assert a.title == "Clash" and a.text == "Troops clashed." and "alert" not in a.text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02abc", "binary"),
        ("date.json", b'{"text": "x", "published": "yesterday-ish"}', "not an ISO date"),
        ("front.md", b"---\ntitle: [unclosed\n---\ntext", "front matter"),
        ("python.md", b"---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\ntext", "front matter"),
        ("deep.json", b"[" * 10000 + b"]" * 10000, "nested deeper"),
        ("wide.csv", (",".join(f"c{i}" for i in range(10000)) + ",text\n").encode(), "columns"),
    ],
)
def test_bad_input_becomes_a_rejected_record_naming_the_file(tmp_path, name, content, expected):
    f = tmp_path / name
    f.write_bytes(content)
    [r] = read(f)
    assert isinstance(r, ReadFailure) and expected in r.message and str(f) in r.message


def test_windows_1252_is_decoded(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Manifestación en el café de Bogotá".encode("cp1252"))
    [a] = read(f)
    assert a.text == "Manifestación en el café de Bogotá"


def test_huge_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 2_000_001)
    [r] = list(read_inputs([f], max_file_bytes=2_000_000))
    assert isinstance(r, ReadFailure) and "over the limit" in r.message


def test_folder_mixing_formats_symlink_loop_hidden_files_and_odd_names(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x y ü'.txt").write_text("one")
    (tmp_path / "b.jsonl").write_text('{"text": "two"}\n')
    (tmp_path / "c.csv").write_text("text\nthree\n")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_text("ignored")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    texts = [r.text for r in read(tmp_path)]
    assert texts == ["two", "three", "one"]


def test_missing_path_is_reported(tmp_path):
    [r] = read(tmp_path / "nope.txt")
    assert isinstance(r, ReadFailure) and "no such file" in r.message


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300), ext=st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".md", ".html"]))
def test_any_bytes_never_crash_and_are_accounted_for(tmp_path_factory, data, ext):
    f = tmp_path_factory.mktemp("fuzz") / f"x{ext}"
    f.write_bytes(data)
    records = read(f)
    assert all(isinstance(r, Article | ReadFailure) for r in records)
    if data.strip() and ext not in (".jsonl", ".csv", ".json"):
        assert len(records) == 1


@given(st.text(max_size=40))
def test_parse_published_raises_only_value_error(value):
    try:
        parse_published(value)
    except ValueError:
        pass
