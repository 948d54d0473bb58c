"""Folders: sorted, recursive, hidden entries and unknown extensions skipped, symlink loops walked once."""

import json
import os
from pathlib import Path

from conflict_events.builders.readers import read_inputs
from conflict_events.builders.records import Article, ReadFailure


def read(*paths):
    return list(read_inputs(paths))


def write_mixed(folder):
    (folder / "a.txt").write_text("from text")
    (folder / "b.md").write_text("---\ntitle: B\n---\nfrom markdown")
    (folder / "c.json").write_text(json.dumps([{"text": "from json 1"}, {"text": "from json 2"}]))
    (folder / "d.jsonl").write_text('{"text": "from jsonl"}\n')
    (folder / "e.csv").write_text("text\nfrom csv\n")
    (folder / "f.html").write_text("<title>F</title><p>from html</p>")
    (folder / "g.HTM").write_text("<p>from htm</p>")
    (folder / "h.ndjson").write_text('{"text": "from ndjson"}\n')


def test_folder_mixing_every_format_reads_in_sorted_order(tmp_path):
    write_mixed(tmp_path)
    records = read(tmp_path)
    assert all(isinstance(r, Article) for r in records)
    assert [r.text for r in records] == [
        "from text",
        "from markdown",
        "from json 1",
        "from json 2",
        "from jsonl",
        "from csv",
        "from html",
        "from htm",
        "from ndjson",
    ]


def test_subfolders_hidden_entries_unknown_extensions_and_odd_names(tmp_path):
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "x y ü'\"quote.txt").write_text("odd name")
    (tmp_path / "b.jsonl").write_text('{"text": "two"}\n')
    (tmp_path / "c.csv").write_text("text\nthree\n")
    (tmp_path / ".hidden.txt").write_text("hidden file")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden folder")
    (tmp_path / "notes.docx").write_text("unknown extension")
    (tmp_path / "README").write_text("no extension")
    records = read(tmp_path)
    assert [r.text for r in records] == ["two", "three", "odd name"]
    assert records[-1].origin == str(tmp_path / "sub dir" / "x y ü'\"quote.txt")


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(tmp_path):
    os.mkdir(tmp_path / "odd")
    with open(os.fsencode(tmp_path / "odd") + b"/caf\xe9.txt", "wb") as f:
        f.write(b"Shots were fired.")
    [a] = read(tmp_path / "odd")
    assert a.origin == f"{tmp_path}/odd/caf\\xe9.txt" and a.origin.encode("utf-8")


def test_named_file_is_read_whatever_its_name_but_unknown_extension_fails(tmp_path):
    (tmp_path / ".hidden.txt").write_text("named hidden file")
    (tmp_path / "notes.docx").write_text("x")
    hidden, unknown = read(tmp_path / ".hidden.txt", tmp_path / "notes.docx")
    assert hidden.text == "named hidden file"
    assert isinstance(unknown, ReadFailure) and unknown.origin == str(tmp_path / "notes.docx")


def test_symlink_loop_is_walked_once_and_each_file_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("one")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "sub", tmp_path / "again")
    os.symlink(tmp_path / "sub" / "a.txt", tmp_path / "link.txt")
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")  # a link to itself
    records = read(tmp_path, tmp_path / "sub", tmp_path / "sub" / "a.txt")
    articles = [r for r in records if isinstance(r, Article)]
    assert [a.text for a in articles] == ["one"]
    [broken] = [r for r in records if isinstance(r, ReadFailure)]
    assert broken.origin == str(tmp_path / "self.txt")


def test_order_is_deterministic_whatever_the_creation_order(tmp_path):
    names = ["b.txt", "A.txt", "a.txt", "10.txt", "9.txt"]
    for name in reversed(names):
        (tmp_path / name).write_text(name)
    assert [r.text for r in read(tmp_path)] == sorted(names)


def test_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x")
    (tmp_path / "z.txt").write_text("after")
    listing = Path.iterdir

    def iterdir(self):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    r, after = read(tmp_path)
    assert isinstance(r, ReadFailure) and r.origin == str(locked)
    assert "cannot be listed (Permission denied)" in r.message and after.text == "after"


def test_read_inputs_is_lazy(tmp_path):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": f"t{i}"}) + "\n" for i in range(1000)))
    records = read_inputs([tmp_path])
    assert next(records).text == "t0"
    records.close()
