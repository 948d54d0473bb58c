"""No event where there is none: hypothetical, planned, threatened, denied, anniversaries, background,
disasters, diplomacy, court cases and statements; and the reasons `non_event_reason` gives."""

from __future__ import annotations

import pytest

from conflict_events.builders.classify import classify_text, non_event_reason
from conflict_events.builders.segment import split_sentences
from conflict_events.schema.taxonomy import SubEventType

NO_EVENT = [
    "If the talks fail, the rebels could attack the capital.",
    "Unions plan to strike next Monday over unpaid wages.",
    "The opposition is expected to rally in the capital on Friday.",
    "The group threatened to bomb the pipeline unless its demands are met.",
    "The ministry denied that soldiers had shelled the camp.",
    "There were no clashes in the city overnight.",
    "A powerful earthquake killed 40 people and destroyed hundreds of homes.",
    "Two buses collided on the highway, killing nine passengers.",
    "A judge sentenced the former commander to life in prison for the massacre.",
    "The court acquitted four officers charged with the killing of a student.",
    "Thursday marks the fifth anniversary of the attack on the cathedral.",
    "The region has seen repeated attacks by armed groups over the past decade.",
    "The foreign minister held talks with his counterpart on border security.",
    "Rights groups condemned the abductions and called for an independent investigation.",
    "The blogger had published posts praising the protests by students.",  # a mention of protests
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(text: str) -> None:
    assert classify_text(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Floods swept away houses and killed twelve people in the valley.", "disaster"),
        ("A tribunal convicted the militia leader of ordering the killings.", "court"),
        ("The region has suffered years of violence since 2014.", "background"),
        ("Saturday marks the anniversary of the massacre in the village.", "anniversary"),
        ("The embassy said the ambassador met with local leaders.", "diplomacy"),
        ("The governor condemned the attack and expressed condolences.", "statement"),
        ("Gunmen attacked a village on Sunday.", None),
    ],
)
def test_non_event_reason(text: str, reason: str | None) -> None:
    [sentence] = split_sentences(text)
    assert non_event_reason(sentence) == reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same cue words near a real event do not cancel it
        ("Residents marched on Sunday despite heavy rains, demanding clean water.", SubEventType.PEACEFUL_PROTEST),
        ("Relatives protested outside the court where the trial of the officers began.", SubEventType.PEACEFUL_PROTEST),
        ("On 3 May, gunmen killed a teacher who had fled the town in 2019.", SubEventType.ATTACK),
        ("Protesters marched to mark the anniversary of the massacre.", SubEventType.PEACEFUL_PROTEST),
        ("Rebels attacked the base, but no soldiers were killed.", SubEventType.ATTACK),
    ],
)
def test_cue_words_near_a_real_event_keep_it(text: str, expected: SubEventType) -> None:
    trigger = classify_text(text)
    assert trigger is not None and trigger.sub_event_type == expected


def test_a_denied_and_a_reported_event_in_one_text() -> None:
    trigger = classify_text("The army denied shelling the town. Rebels said they clashed with soldiers nearby.")
    assert trigger is not None and trigger.sub_event_type == SubEventType.ARMED_CLASH
