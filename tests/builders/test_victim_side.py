"""Victims who belonged to an armed side make an attack an armed clash with that side."""

from datetime import date

import pytest

from conflict_events.builders.extract import extract
from conflict_events.builders.records import Article
from conflict_events.builders.victim_side import armed_victim
from conflict_events.schema.taxonomy import SubEventType


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The victim was a known drug dealer in the neighbourhood.", "gang"),
        ("Police said the dead man was a member of a local gang.", "gang"),
        ("The victim was involved in drug trafficking activities.", "gang"),
        ("The victim had a police record for several crimes, including drug trafficking.", "gang"),
        ("The victim was a teacher at the local school.", None),
        ("It is unknown if the man was a member of a gang.", None),  # left in doubt
    ],
)
def test_who_the_victim_was(text: str, kind: str | None) -> None:
    found = armed_victim(text)
    assert (found[0] if found else None) == kind


def test_a_drug_dealer_shot_by_gunmen_is_a_clash_with_an_unidentified_gang() -> None:
    text = "On Monday, gunmen shot and killed a man in Cadereyta, Nuevo Leon, Mexico. The victim was a drug dealer."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.ARMED_CLASH
    assert event.actor2 is not None and event.actor2.name == "Unidentified Gang (Mexico)"


def test_a_teacher_shot_by_gunmen_stays_an_attack_on_civilians() -> None:
    text = "On Monday, gunmen shot and killed a man in Cadereyta, Nuevo Leon, Mexico. The victim was a teacher."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.ATTACK
