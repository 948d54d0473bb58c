"""Property tests: any bytes in any format never crash the readers and are accounted for; an article
written in any format reads back the same; parse_published raises nothing but ValueError."""

import csv
import io
import json
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_events.builders.readers import parse_published, read_file
from conflict_events.builders.records import Article, ReadFailure

FORMATS = [".txt", ".md", ".json", ".jsonl", ".ndjson", ".csv", ".html"]
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


def may_hold_nothing(ext, data):
    """Only an empty JSON list or a CSV header alone may give no record at all."""
    if ext == ".json":
        try:
            return json.loads(data.decode("utf-8-sig")) == []
        except ValueError:
            return False
    lines = [line for line in data.splitlines() if line.strip()]
    return ext == ".csv" and len(lines) == 1 and b"text" in lines[0].lower()


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_OK)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(
                [
                    '{"text": "a"}',
                    '{"text": "\\udc00"}',
                    "[",
                    "]",
                    ",",
                    "\n",
                    '"',
                    "text",
                    "---",
                    "<p>",
                    "\x00",
                ]
            )
        )
        .map("".join)
        .map(str.encode),
    ),
    ext=st.sampled_from(FORMATS),
)
def test_any_bytes_never_crash_and_are_accounted_for(tmp_path, data, ext):
    f = tmp_path / f"x{ext}"
    f.write_bytes(data)
    records = list(read_file(f))
    assert records or may_hold_nothing(ext, data)
    for r in records:
        assert isinstance(r, Article | ReadFailure)
        assert r.origin == str(f) or r.origin.startswith(f"{f}:")
        for value in vars(r).values():
            if isinstance(value, str):
                value.encode("utf-8")  # raises on what Parquet cannot store (lone surrogates)
        if isinstance(r, ReadFailure):
            assert r.message.startswith(f"{r.origin}: ") and r.article_id
        else:
            assert r.text and r.text == r.text.strip() and r.id


@given(st.one_of(st.text(max_size=40), st.from_regex(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?)?")))
def test_parse_published_raises_only_value_error(value):
    try:
        result = parse_published(value)
    except ValueError as exc:
        assert "published date" in str(exc)
    else:
        assert result is None or isinstance(result, date)


ALPHABET = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="<>\r\x85")
words = st.text(ALPHABET, min_size=1, max_size=30).map(str.strip).filter(bool)
articles = st.fixed_dictionaries(
    {"text": st.lists(words, min_size=1, max_size=5).map("\n".join)},
    optional={
        "id": st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True),
        "title": words,
        "source": words,
        "published": st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat),
    },
)


def as_markdown(article):
    meta = {k: v for k, v in article.items() if k != "text"}
    head = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n" if meta else ""
    return head + article["text"]


def as_csv(article):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=sorted(article))
    writer.writeheader()
    writer.writerow(article)
    return out.getvalue()


WRITERS = {
    ".md": as_markdown,
    ".json": lambda a: json.dumps(a, ensure_ascii=False, indent=2),
    ".jsonl": lambda a: json.dumps(a) + "\n",
    ".csv": as_csv,
}


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(article=articles)
def test_an_article_reads_back_the_same_from_every_format(tmp_path, article):
    read = []
    for ext, write in WRITERS.items():
        f = tmp_path / f"a{ext}"
        f.write_text(write(article), encoding="utf-8")
        [r] = read_file(f)
        assert isinstance(r, Article), r
        read.append(r)
    for r in read:
        assert r.text == article["text"]
        assert r.title == article.get("title", "") and r.source == article.get("source", "")
        assert r.published == (date.fromisoformat(article["published"]) if "published" in article else None)
        assert r.id == read[0].id and (r.id == article["id"] if "id" in article else r.id.startswith("a"))
