"""The keyword scan that lets extraction skip sentences no trigger rule can match: keywords are found at
word starts only, however short, and skipping a sentence never hides a trigger."""

from __future__ import annotations

from itertools import combinations

import pytest

from conflict_events.builders.classify import classify_sentence, may_report, reporting_sentences
from conflict_events.builders.prefilter import WordStarts, keywords
from conflict_events.builders.segment import split_sentences
from conflict_events.schema.taxonomy import ActorType

ARTICLE = (
    "The council met on Monday to discuss the budget for the new school year. "
    "Gunmen attacked a bus near the market, killing four passengers. "
    "Residents said the road had been closed for repairs since March. "
    "A shell hit the roof of the clinic; nobody was hurt. "
    "Traders demonstrated outside the town hall over higher taxes. "
    "The mayor plans to attend a football match in the capital next week."
)


def test_keywords_of_any_length_when_asked() -> None:
    assert keywords(r"a\s+shell|shelled") is None  # "a" is too short by default
    assert keywords(r"a\s+shell|shelled", shortest=1) == {"a", "shelled"}


def test_word_starts_only() -> None:
    scan = WordStarts([[r"rock(?:et|s)\b"], [r"a\s+shell"], [r"riot"]])
    hits = scan.hits("Rockets hit a shelter; patriots rioted.")
    assert [(at, sorted(ids)) for at, ids in hits or []] == [(0, [0]), (12, [1]), (32, [2])]


def test_hyphenated_keywords_and_rules_searched_in_full() -> None:
    scan = WordStarts([[r"rocket-propelled\s+grenade"], [r"\d+\s+killed"], [r"-free"]])
    assert scan.always == frozenset({1, 2})  # no literal start, or one that is not a word character
    assert [at for at, _ in scan.hits("a rocket-propelled grenade") or []] == [2]


def test_offsets_that_move_when_lower_cased_are_not_shared() -> None:
    assert WordStarts([[r"istanbul"]]).hits("İstanbul riot") is None


def test_reporting_sentences_are_the_ones_that_may_report() -> None:
    sentences = split_sentences(ARTICLE)
    found = reporting_sentences(ARTICLE, sentences)
    assert found == [s for s in sentences if may_report(s)]
    assert [s.text.split()[0] for s in found] == ["Gunmen", "A", "Traders"]


@pytest.mark.parametrize("text", [ARTICLE, "İzmir: " + ARTICLE, "x" + ARTICLE.replace(". ", ".x ")])
def test_the_one_pass_agrees_with_sentence_by_sentence(text: str) -> None:
    sentences = split_sentences(text)
    assert reporting_sentences(text, sentences) == [s for s in sentences if may_report(s)]


def test_a_skipped_sentence_has_no_trigger_whatever_its_actors() -> None:
    kinds = list(ActorType)
    sets = [frozenset(c) for n in (0, 1, 2) for c in combinations(kinds, n)]
    for s in split_sentences(ARTICLE):
        if not may_report(s):
            assert all(not classify_sentence(s, actor_types=t, armed_sides=n) for t in sets for n in (0, 2))
