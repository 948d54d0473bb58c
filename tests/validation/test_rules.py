import pandas as pd
import pytest
from canonical import canonical_event_row

from conflict_events.validation.rules import Rule
from conflict_events.validation.validate import rejects_table, validate_events


def frame(**changes) -> pd.DataFrame:
    return pd.DataFrame([{**canonical_event_row(), **changes}])


def rules_of(df: pd.DataFrame) -> set[str]:
    return set(validate_events(df).failures["rule"])


def test_the_canonical_row_is_valid():
    assert validate_events(frame()).ok


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"event_type": "Battles"}, Rule.EVENT_HIERARCHY),
        ({"disorder_type": "Demonstrations"}, Rule.EVENT_HIERARCHY),
        ({"interaction": "State forces-Civilians"}, Rule.INTERACTION),
        ({"inter2": None}, Rule.ACTOR2_INTER2),
        (
            {
                "sub_event_type": "Attack",
                "event_type": "Violence against civilians",
                "inter2": "State forces",
                "interaction": "State forces-Political militia",
            },
            Rule.VAC_CIVILIANS,
        ),
        (
            {"sub_event_type": "Attack", "event_type": "Violence against civilians", "civilian_targeting": None},
            Rule.CIVILIAN_TARGETING,
        ),
        (
            {
                "sub_event_type": "Looting/property destruction",
                "event_type": "Strategic developments",
                "disorder_type": "Strategic developments",
            },
            Rule.CIVILIAN_TARGETING,
        ),
        (
            {
                "sub_event_type": "Armed clash",
                "event_type": "Battles",
                "civilian_targeting": None,
                "actor2": None,
                "inter2": None,
                "interaction": "Political militia only",
                "assoc_actor_2": None,
            },
            Rule.ONE_SIDED,
        ),
        ({"year": 2024}, Rule.YEAR),
        ({"iso": 484}, Rule.COUNTRY_TABLE),
        ({"event_id_cnty": "MEX1"}, Rule.EVENT_ID_PREFIX),
        ({"source_scale": "International-National"}, Rule.SOURCE_SCALE),
        ({"event_type": "Fighting"}, Rule.VOCABULARY),
        ({"time_precision": 4}, Rule.VOCABULARY),
        ({"latitude": 123.0}, Rule.RANGE),
        ({"fatalities": -1}, Rule.RANGE),
        ({"event_id_cnty": "gtm-1"}, Rule.FORMAT),
        ({"actor1": None}, Rule.NOT_NULL),
    ],
)
def test_each_rule_rejects_the_row_that_breaks_it(changes, rule):
    assert rule.value in rules_of(frame(**changes))


def test_duplicate_ids_are_rejected_and_every_failure_is_collected():
    df = pd.concat([frame(), frame(year=2024)], ignore_index=True)
    result = validate_events(df)
    assert {"unique", "year"} <= set(result.failures["rule"]) and result.valid.empty


def test_rejects_table_keeps_the_fields_and_the_rule():
    df = frame(year=2024)
    result = validate_events(df)
    rejects = rejects_table(df, result.failures, pd.Series(["a1"]))
    row = rejects.iloc[0]
    assert (row["article_id"], row["rule"], row["field"], row["year"]) == ("a1", "year", "year", "2024")
