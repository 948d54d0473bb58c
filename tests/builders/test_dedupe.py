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
    report("b", 5, "Reuters", "International"),
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
    shelling = report("h", 0, "Reuters", "International", sub=SubEventType.SHELLING)
    assert not same_event(THREE[0][1], shelling[1])  # shelling and a clash in one town on one day: two events
    sinaloa = Actor("Sinaloa Cartel", ActorType.POLITICAL_MILITIA)
    cjng = Actor("CJNG: Jalisco New Generation Cartel", ActorType.POLITICAL_MILITIA)
    one = replace(THREE[0][1], actor2=sinaloa)
    other = replace(THREE[1][1], article_id="g", actor2=cjng)
    assert not same_event(one, other)
    assert same_event(one, replace(other, actor2=GUNMEN))  # one outlet's gunmen are another's named cartel


def test_a_merge_marked_wrong_is_kept_apart():
    assert len(deduplicate(THREE, keep_apart=frozenset({"key-b"}))) == 3


def test_a_merged_event_takes_its_actors_from_a_report_of_the_chosen_type():
    police = Actor("Police Forces of Guatemala (2024-)", ActorType.STATE_FORCES)
    protesters = Actor("Protesters (Guatemala)", ActorType.PROTESTERS)
    # the peaceful report comes first, but the merged type is the protest the police intervened in
    calm = report("a", 0, "Prensa Libre", "National", sub=SubEventType.PEACEFUL_PROTEST)
    calm = (calm[0], replace(calm[1], actor1=protesters, actor2=None))
    broken_up = report("b", 0, "Reuters", "International", sub=SubEventType.PROTEST_WITH_INTERVENTION)
    broken_up = (broken_up[0], replace(broken_up[1], actor1=protesters, actor2=police))
    [(_, merged, _)] = deduplicate([calm, broken_up])
    assert merged.sub_event_type == SubEventType.PROTEST_WITH_INTERVENTION
    assert merged.actor2 == police


def test_dates_agree_within_the_more_precise_reports_span():
    def week(article: str, day: date) -> CandidateEvent:
        ev = report(article, 1, "Reuters", "International", day=day)[1]
        return replace(ev, time_precision=TimePrecision.WEEK)

    assert not same_event(THREE[0][1], week("w", date(2025, 12, 10)))  # a day-precise report is not any day
    assert same_event(week("w", date(2025, 12, 10)), week("x", date(2025, 12, 9)))


def test_reports_coded_to_a_regions_capital_merge_only_when_their_texts_share_a_place_name():
    region = replace(SAN_MARCOS, geo_precision=GeoPrecision.REGION)

    def said(article: str, sentence: str) -> CandidateEvent:
        _, ev = report(article, 0, "Reuters", "International", place=region)
        return replace(ev, mentions=(Mention(article, sentence, 0, len(sentence), "test", 0.9),))

    a = said("a", "Gunmen clashed with the army in Tacana, San Marcos on Tuesday.")
    b = said("b", "The army fought gunmen near Tacana in San Marcos on 9 December.")
    c = said("c", "Gunmen clashed with the army in Malacatan, San Marcos on Tuesday.")
    assert same_event(a, b)  # both name Tacana; days and months are no places
    assert not same_event(a, c)  # two villages of the region: two events
    assert same_event(replace(a, place=SAN_MARCOS), replace(c, place=SAN_MARCOS))  # a named town decides alone
