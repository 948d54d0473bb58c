"""Properties of find_actors over arbitrary text: valid spans in text order, never a crash."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.builders.actors import assign_roles, find_actors
from conflict_events.schema.taxonomy import SubEventType

WORDS = ["Mexican", "cartel", "gunmen", "soldiers", "police", "CJNG", "IS", "Taliban", "believed to be", "civilian",
         "infrastructure", "and", "Russian", "forces", "of", "the", "Tribal", "militia", "protesters", "by", ".", ","]  # fmt: skip
TEXTS = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, country=st.sampled_from([None, "Mexico", "Guatemala", "Afghanistan", "Atlantis"]))
def test_mentions_are_valid_spans_in_text_order(text, country):
    found = find_actors(text, country=country, on=date(2024, 1, 1))
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        assert m.actor.name and 1 <= int(m.actor.actor_type) <= 8


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, sub=st.sampled_from(list(SubEventType)))
def test_roles_always_have_an_actor1_and_civilians_for_violence_against_civilians(text, sub):
    found = find_actors(text, country="Mexico", on=date(2024, 1, 1))
    roles = assign_roles(text, sub, found, country="Mexico", on=date(2024, 1, 1))
    assert roles.actor1.name
    if sub in (SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.SEXUAL_VIOLENCE):
        assert roles.actor2 is not None and roles.actor2.name == "Civilians (Mexico)"
