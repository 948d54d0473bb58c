"""Extraction of violence between two armed sides of the same kind (whole pipeline of one article)."""

from datetime import date

from conflict_events.builders.extract import extract
from conflict_events.builders.records import Article
from conflict_events.schema.taxonomy import SubEventType


def test_violence_between_rival_groups_of_one_kind_is_a_clash_with_its_casualties():
    text = "On Monday, four people were wounded in a land dispute between two unknown armed groups in Kandahar."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.ARMED_CLASH
    assert event.actor2 is not None and event.actor2.name != "Civilians (Afghanistan)"
