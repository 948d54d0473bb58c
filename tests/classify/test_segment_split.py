"""Sentence segmentation: abbreviations, quotes, bullets and paragraphs, and offsets into the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.segment import split_sentences


def texts(article: str) -> list[str]:
    return [s.text for s in split_sentences(article)]


def test_abbreviations_do_not_end_a_sentence() -> None:
    article = "On Dec. 3, Gen. Musa met U.S. envoys at No. 4 Main St. in the capital. Talks failed."
    assert texts(article) == [
        "On Dec. 3, Gen. Musa met U.S. envoys at No. 4 Main St. in the capital.",
        "Talks failed.",
    ]


def test_initials_and_dates_with_abbreviated_months() -> None:
    assert texts("Col. J. Okoro said on 3 Jan. 2024 that two died. Dr. Lee agreed.") == [
        "Col. J. Okoro said on 3 Jan. 2024 that two died.",
        "Dr. Lee agreed.",
    ]


def test_quotes_exclamations_questions_and_ellipses() -> None:
    article = '"They shelled us!" a farmer said. Who fired first? Nobody knows… Police came at 9.'
    assert texts(article) == [
        '"They shelled us!" a farmer said.',
        "Who fired first?",
        "Nobody knows…",
        "Police came at 9.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert texts('He said: "We will return." Then he left.') == ['He said: "We will return."', "Then he left."]


def test_bullets_headlines_and_paragraphs_end_sentences() -> None:
    article = (
        "Unrest in the north\n\n- Gunmen attacked a bus\n- Two passengers were killed\n* Police fled\n1. Shops closed"
    )
    assert texts(article) == [
        "Unrest in the north",
        "- Gunmen attacked a bus",
        "- Two passengers were killed",
        "* Police fled",
        "1. Shops closed",
    ]


def test_lower_case_after_a_stop_does_not_split() -> None:
    assert texts("The vote was 5 vs. 4 in favour. e.g. the north.") == [
        "The vote was 5 vs. 4 in favour. e.g. the north."
    ]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == [] and split_sentences(" \n\n\t ") == []


_WORDS = st.sampled_from(
    ["Police", "fired.", "Gen.", "U.S.", "the", "crowd!", "“Why?”", "\n", "\n\n", "- ", "No.", "3", " "]
)


@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_sentences_are_ordered_stripped_slices_of_the_article(article: str) -> None:
    previous_end = 0
    for s in split_sentences(article):
        assert article[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end
    covered = "".join("".join(s.text.split()) for s in split_sentences(article))
    assert covered == "".join(article.split())  # nothing but white space is lost


@given(st.text(max_size=300))
def test_any_text_splits_into_slices(article: str) -> None:
    for s in split_sentences(article):
        assert article[s.start : s.end] == s.text
