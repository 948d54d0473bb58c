"""Every rule code: a row that breaks it gets exactly that code; the canonical row passes."""

import pandas as pd
import pytest
from canonical import canonical_event_row

from conflict_events.validation.rules import Rule, country_bounds_table
from conflict_events.validation.validate import analyst_rejects, rejects_table, validate_events

VAC = {
    "sub_event_type": "Attack",
    "event_type": "Violence against civilians",
    "disorder_type": "Political violence",
}
LOOTING = {
    "sub_event_type": "Looting/property destruction",
    "event_type": "Strategic developments",
    "disorder_type": "Strategic developments",
}
CLASH = {"sub_event_type": "Armed clash", "event_type": "Battles", "disorder_type": "Political violence"}


def frame(**changes: object) -> pd.DataFrame:
    return pd.DataFrame([{**canonical_event_row(), **changes}])


def rules_of(df: pd.DataFrame) -> set[str]:
    return set(validate_events(df).failures["rule"])


BROKEN: list[tuple[str, dict[str, object], Rule]] = [
    ("wrong type", {"fatalities": "two"}, Rule.COLUMN_TYPE),
    ("unparseable date", {"event_date": "someday"}, Rule.COLUMN_TYPE),
    ("no actor1", {"actor1": None}, Rule.NOT_NULL),
    ("blank source", {"source": ""}, Rule.NOT_NULL),
    ("unknown event type", {"event_type": "Fighting"}, Rule.VOCABULARY),
    ("unknown inter label", {"inter1": "Terrorists"}, Rule.VOCABULARY),
    ("unknown region", {"region": "Atlantis"}, Rule.VOCABULARY),
    ("lower-case id", {"event_id_cnty": "gtm-1"}, Rule.EVENT_ID_FORMAT),
    ("id without number", {"event_id_cnty": "GTM"}, Rule.EVENT_ID_FORMAT),
    ("id of another country", {"event_id_cnty": "MEX1"}, Rule.EVENT_ID_PREFIX),
    ("disorder of another sub-event", {"disorder_type": "Demonstrations"}, Rule.EVENT_HIERARCHY),
    ("event type of another sub-event", {"event_type": "Riots"}, Rule.EVENT_HIERARCHY),
    ("interaction of other types", {"interaction": "State forces-Civilians"}, Rule.INTERACTION),
    ("78 coded with the label of 37", {"inter1": "External/Other forces"}, Rule.INTERACTION),
    ("78 written 7-first", {"inter1": "External/Other forces", "interaction": "Civilians-External/Other forces"},
     Rule.VOCABULARY),
    ("inter2 without actor2", {"inter2": None}, Rule.ACTOR2_INTER2),
    ("actor2 without inter2", {"actor2": None, "assoc_actor_2": None, "interaction": "Political militia only"},
     Rule.ACTOR2_INTER2),
    ("violence against the police", {**VAC, "inter2": "State forces", "interaction": "State forces-Political militia",
                                     "actor2": "Police Forces of Guatemala (2024-)"}, Rule.VAC_CIVILIANS),
    ("violence against civilians not flagged", {**VAC, "civilian_targeting": None}, Rule.CIVILIAN_TARGETING),
    ("strategic development flagged", LOOTING, Rule.CIVILIAN_TARGETING),
    ("unknown flag", {"civilian_targeting": "yes"}, Rule.CIVILIAN_TARGETING),
    ("battle without a second side", {**CLASH, "civilian_targeting": None, "actor2": None, "inter2": None,
                                      "assoc_actor_2": None, "interaction": "Political militia only"}, Rule.ONE_SIDED),
    ("year of another date", {"year": 2024}, Rule.YEAR),
    ("year out of range", {"year": 1850}, Rule.YEAR),
    ("time precision 4", {"time_precision": 4}, Rule.PRECISION),
    ("geo precision 0", {"geo_precision": 0}, Rule.PRECISION),
    ("latitude beyond the pole", {"latitude": 123.0}, Rule.COORDINATES),
    ("longitude beyond 180", {"longitude": -191.5}, Rule.COORDINATES),
    ("longitude sign flipped", {"longitude": 91.7949}, Rule.COUNTRY_BOUNDS),
    ("a point in Mexico City", {"latitude": 19.43, "longitude": -99.13}, Rule.COUNTRY_BOUNDS),
    ("negative fatalities", {"fatalities": -1}, Rule.FATALITIES),
    ("scales out of order", {"source_scale": "International-National"}, Rule.SOURCE_SCALE),
    ("scale repeated", {"source_scale": "National-National"}, Rule.SOURCE_SCALE),
    ("unknown scale", {"source_scale": "Blog"}, Rule.SOURCE_SCALE),
    ("iso of another country", {"iso": 484}, Rule.COUNTRY_TABLE),
    ("region of another country", {"region": "Europe"}, Rule.COUNTRY_TABLE),
    ("unknown country", {"country": "Atlantis"}, Rule.COUNTRY_TABLE),
]  # fmt: skip


def test_the_canonical_row_is_valid():
    result = validate_events(frame())
    assert result.ok and len(result.valid) == 1


@pytest.mark.parametrize(("case", "changes", "rule"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_row_breaking_one_rule_gets_exactly_that_code(case, changes, rule):
    result = validate_events(frame(**changes))
    assert set(result.failures["rule"]) == {rule.value}, case
    assert result.valid.empty and set(result.failures["row"]) == {0}


def test_the_78_interaction_is_written_8_first():
    assert validate_events(frame(inter1="External/Other forces", interaction="External/Other forces-Civilians")).ok


def test_duplicate_ids_are_reported_on_both_rows():
    result = validate_events(pd.concat([frame(), frame()], ignore_index=True))
    assert set(result.failures["rule"]) == {Rule.EVENT_ID_UNIQUE.value}
    assert sorted(result.failures["row"]) == [0, 1] and result.valid.empty


def test_missing_and_extra_columns_fail_the_whole_table():
    missing = validate_events(frame().drop(columns=["tags"]))
    assert missing.failures[["field", "rule"]].values.tolist() == [["tags", "columns"]]
    extra = validate_events(frame(comment="x"))
    assert extra.failures[["field", "rule"]].values.tolist() == [["comment", "columns"]] and extra.valid.empty


def test_every_rule_code_is_exercised_here():
    tested = {rule for *_, rule in BROKEN} | {Rule.EVENT_ID_UNIQUE, Rule.COLUMNS, Rule.ANALYST_REJECT}
    assert tested == set(Rule)


def test_every_failure_of_every_row_is_collected_and_good_rows_kept():
    df = pd.concat(
        [frame(), frame(event_id_cnty="GTM2", year=2024, fatalities=-1), frame(event_id_cnty="GTM3", iso=1)],
        ignore_index=True,
    )
    result = validate_events(df)
    assert sorted(zip(result.failures["row"], result.failures["rule"], strict=True)) == [
        (1, "fatalities"), (1, "year"), (2, "country_table")]  # fmt: skip
    assert result.valid["event_id_cnty"].tolist() == ["GTM1"]
    assert result.valid.dtypes.equals(df.dtypes)


def test_a_mistyped_cell_does_not_hide_other_rows_failures():
    df = pd.concat([frame(fatalities="two"), frame(event_id_cnty="GTM2", fatalities=-3)], ignore_index=True)
    failures = validate_events(df).failures
    assert sorted(zip(failures["row"], failures["rule"], strict=True)) == [(0, "column_type"), (1, "fatalities")]


def test_a_waived_rule_is_not_applied():
    df = frame(**VAC, civilian_targeting=None)
    assert validate_events(df, waive={Rule.CIVILIAN_TARGETING}).ok


def test_rejects_table_keeps_the_article_the_position_and_the_fields_as_text():
    df = pd.concat([frame(), frame(event_id_cnty="GTM2", year=2024)], ignore_index=True)
    df.index = [10, 20]
    result = validate_events(df)
    rejects = rejects_table(df, result.failures, pd.Series(["a1", "a2"]))
    assert len(rejects) == 1
    row = rejects.iloc[0]
    assert (row["article_id"], row["row"], row["rule"], row["field"]) == ("a2", 1, "year", "year")
    assert (row["year"], row["event_date"], row["latitude"], row["admin3"]) == (
        "2024",
        "2025-12-08",
        "14.9644",
        "Aldea Uno",
    )


def test_rejects_table_of_a_table_level_failure_has_no_row():
    df = frame().drop(columns=["tags"])
    rejects = rejects_table(df, validate_events(df).failures)
    assert rejects["row"].tolist() == [-1] and rejects["article_id"].isna().all() and rejects["tags"].isna().all()


def test_analyst_rejects_carry_their_own_code():
    rejects = analyst_rejects(frame())
    assert rejects["rule"].tolist() == ["analyst_reject"] and rejects["event_id_cnty"].tolist() == ["GTM1"]


def test_every_country_of_the_table_has_a_box_that_contains_its_capital_region():
    table = country_bounds_table()
    assert (table["min_lat"] < table["max_lat"]).all() and (table["min_lon"] < table["max_lon"]).all()
    gtm = table.loc["Guatemala"]
    assert gtm["min_lat"] < 14.6 < gtm["max_lat"] and gtm["min_lon"] < -90.5 < gtm["max_lon"]


def test_ten_thousand_rows_validate_with_every_failure_found():
    # speed is measured by benchmarks, never asserted in tests
    df = pd.concat([frame()] * 10_000, ignore_index=True)
    df["event_id_cnty"] = [f"GTM{i}" for i in range(len(df))]
    df.loc[::7, "year"] = 2020
    result = validate_events(df)
    assert len(result.failures) == len(range(0, 10_000, 7))
