import itertools
from dataclasses import replace
from datetime import date

from conflict_events.builders.dedupe import deduplicate, same_event
from conflict_events.builders.records import Actor, CandidateEvent, Mention, Place
from conflict_events.schema.taxonomy import ActorType, GeoPrecision, SubEventType, TimePrecision

ARMY = Actor("Military Forces of Guatemala (2024-)", ActorType.STATE_FORCES)
GUNMEN = Actor("Unidentified Armed Group (Mexico)", ActorType.POLITICAL_MILITIA)
SAN_MARCOS = Place("Guatemala", "San Marcos", "San Marcos", None, "San Marcos", 14.9639, -91.7944, GeoPrecision.TOWN)
NEARBY = replace(SAN_MARCOS, location="San Pedro Sacatepequez", latitude=14.9667, longitude=-91.7667)
FAR = replace(SAN_MARCOS, admin1="Huehuetenango", location="Huehuetenango", latitude=15.3197, longitude=-91.4709)


def report(article: str, fatalities: int, source: str, scale: str, place: Place = SAN_MARCOS, **kw) -> tuple:
    ev = CandidateEvent(
        article_id=article,
        sub_event_type=kw.pop("sub", SubEventType.ARMED_CLASH),
        event_date=kw.pop("day", date(2025, 12, 8)),
        time_precision=TimePrecision.DAY,
        actor1=ARMY,
        actor2=GUNMEN,
        place=place,
        fatalities=fatalities,
        notes="",
        source=source,
        source_scale=scale,
        mentions=(Mention(article, "s", 0, 1, "test", 0.9),),
        **kw,
    )
    return (f"key-{article}", ev)


THREE = [
    report("a", 3, "Prensa Libre", "National"),
    report("b", 5, "Reuters", "International", sub=SubEventType.SHELLING),
    report("c", 4, "Twitter", "New media", place=NEARBY),
]


def test_three_reports_of_one_clash_give_one_event_with_three_sources_and_the_lowest_figure():
    [(key, ev, members)] = deduplicate(THREE)
    assert key == "key-a" and members == ("key-a", "key-b", "key-c")
    assert ev.sub_event_type == SubEventType.ARMED_CLASH
    assert ev.fatalities == 3
    assert ev.source == "Prensa Libre; Reuters; Twitter"
    assert ev.source_scale == "New media-National-International"
    assert {m.article_id for m in ev.mentions} == {"a", "b", "c"}
    assert "coded as 3" in ev.notes


def test_input_order_does_not_change_the_output():
    outputs = {repr(deduplicate(list(p))) for p in itertools.permutations(THREE)}
    assert len(outputs) == 1


def test_clashes_in_different_towns_or_days_stay_separate():
    other_town = report("d", 1, "Reuters", "International", place=FAR)
    other_day = report("e", 1, "Reuters", "International", day=date(2025, 12, 9))
    assert len(deduplicate([THREE[0], other_town, other_day])) == 3


def test_events_of_one_article_are_never_merged():
    a, b = THREE[0], ("key-a2", replace(THREE[0][1], fatalities=9))
    assert not same_event(a[1], b[1])
    assert len(deduplicate([a, b])) == 2


def test_incompatible_types_or_actors_stay_separate():
    protest = report("f", 0, "Reuters", "International", sub=SubEventType.PEACEFUL_PROTEST)
    assert not same_event(THREE[0][1], protest[1])
    sinaloa = Actor("Sinaloa Cartel", ActorType.POLITICAL_MILITIA)
    cjng = Actor("CJNG: Jalisco New Generation Cartel", ActorType.POLITICAL_MILITIA)
    one = replace(THREE[0][1], actor2=sinaloa)
    other = replace(THREE[1][1], article_id="g", actor2=cjng)
    assert not same_event(one, other)
    assert same_event(one, replace(other, actor2=GUNMEN))  # one outlet's gunmen are another's named cartel


def test_a_merge_marked_wrong_is_kept_apart():
    assert len(deduplicate(THREE, keep_apart=frozenset({"key-b"}))) == 3


def test_a_merged_event_takes_its_actors_from_a_report_of_the_chosen_type():
    civilians = Actor("Civilians (Guatemala)", ActorType.CIVILIANS)
    # the attack report is more specific (named place, day) but the merged type is the clash
    attack = report("a", 1, "Prensa Libre", "National", sub=SubEventType.ATTACK, civilian_targeting=True)
    attack = (attack[0], replace(attack[1], actor2=civilians))
    clash = report("b", 2, "Reuters", "International", place=NEARBY)
    [(_, merged, _)] = deduplicate([attack, clash])
    assert merged.sub_event_type == SubEventType.ARMED_CLASH
    assert merged.actor2 == GUNMEN and not merged.civilian_targeting
