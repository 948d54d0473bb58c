"""ACLED exports: numeric codes, date styles and spellings are mapped to our conventions, then validated."""

from datetime import date

import pandas as pd
import pytest
from canonical import canonical_event_row
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.schema.taxonomy import all_interactions
from conflict_events.validation.exports import normalise_export, waived_rules
from conflict_events.validation.rules import Rule
from conflict_events.validation.validate import validate_events

#: The codebook's 44 interaction codes (section 3), transcribed independently of the taxonomy.
TYPES = ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
         "Civilians", "External/Other forces"]  # fmt: skip
CODEBOOK_INTERACTIONS = {
    **{10 * a: f"{TYPES[a - 1]} only" for a in range(1, 9)},
    **{10 * a + b: f"{TYPES[a - 1]}-{TYPES[b - 1]}" for a in range(1, 9) for b in range(a, 9) if (a, b) != (7, 8)},
    78: "External/Other forces-Civilians",
}


def export_row(**changes: str) -> dict[str, str]:
    """The canonical event as an ACLED CSV export carries it: text cells, numeric codes, long dates."""
    row = {k: "" if v is None else str(v) for k, v in canonical_event_row().items()}
    row |= {"event_date": "08 December 2025", "inter1": "3", "inter2": "7", "interaction": "37"}
    return row | changes


def check(*rows: dict[str, str]) -> pd.DataFrame:
    return validate_events(normalise_export(pd.DataFrame(list(rows)))).failures


def test_the_codebook_lists_exactly_our_44_interactions():
    assert all_interactions() == dict(sorted(CODEBOOK_INTERACTIONS.items()))


@pytest.mark.parametrize(("code", "label"), sorted(CODEBOOK_INTERACTIONS.items()))
def test_every_interaction_code_is_accepted_numeric_and_as_text(code, label):
    a, b = divmod(code, 10)
    two = {"actor2": "Civilians (Guatemala)", "assoc_actor_2": ""} if b else {"actor2": "", "assoc_actor_2": ""}
    numeric = export_row(inter1=str(a), inter2=str(b), interaction=str(code), **two)
    text = export_row(inter1=TYPES[a - 1], inter2=TYPES[b - 1] if b else "", interaction=label, event_id_cnty="GTM2",
                      **two)  # fmt: skip
    swapped = export_row(inter1=str(b), inter2=str(a), interaction=str(code), event_id_cnty="GTM3", **two)
    if not b:
        swapped = export_row(inter1=str(a), inter2="", interaction=f"{code}.0", event_id_cnty="GTM3", **two)
    assert check(numeric, text, swapped).empty
    assert normalise_export(pd.DataFrame([numeric]))["interaction"].tolist() == [label]


@pytest.mark.parametrize("wrong", ["13", "State forces-Civilians", "Political militia only"])
def test_an_interaction_that_does_not_follow_from_the_codes_is_rejected(wrong):
    assert check(export_row(interaction=wrong))["rule"].tolist() == [Rule.INTERACTION.value]


def test_codebook_and_export_variants_are_mapped():
    row = export_row(civilian_targeting="Civilians targeted", event_date="2025-12-08", timestamp="1.7652e+09")
    other = export_row(inter1="Political Militias", interaction="37.0", event_id_cnty="GTM2")
    frame = normalise_export(pd.DataFrame([row, other]))
    assert frame["civilian_targeting"].iloc[0] == "Civilian targeting"
    assert frame["event_date"].tolist() == [pd.Timestamp("2025-12-08")] * 2
    assert frame["inter1"].tolist() == ["Political militia"] * 2 and frame["timestamp"].iloc[0] == 1765200000
    assert validate_events(frame).ok


def test_legacy_disorder_types_of_demonstrations():
    protest = {"sub_event_type": "Peaceful protest", "event_type": "Protests", "disorder_type": "Demostrations",
               "inter1": "6", "actor1": "Protesters (Guatemala)", "actor2": "", "assoc_actor_2": "", "inter2": "0",
               "interaction": "60", "civilian_targeting": ""}  # fmt: skip
    excessive = protest | {"sub_event_type": "Excessive force against protesters", "actor2": "Protesters (Guatemala)",
                           "inter1": "1", "actor1": "Police Forces of Guatemala (2024-)", "inter2": "6",
                           "interaction": "16", "event_id_cnty": "GTM2"}  # fmt: skip
    frame = normalise_export(pd.DataFrame([export_row(**protest), export_row(**excessive)]))
    assert frame["disorder_type"].tolist() == ["Demonstrations", "Political violence; Demonstrations"]
    assert validate_events(frame).ok


def test_optional_export_columns_are_dropped_and_missing_ones_reported():
    frame = pd.DataFrame([export_row() | {"population_best": "1200"}])
    assert check(*frame.to_dict("records")).empty
    missing = validate_events(normalise_export(frame.drop(columns=["tags"]))).failures
    assert missing[["field", "rule"]].values.tolist() == [["tags", "columns"]]


def test_a_fractional_count_is_a_type_error_not_rounded():
    failures = check(export_row(), export_row(event_id_cnty="GTM2", fatalities="2.5"))
    assert failures[["row", "field", "rule"]].values.tolist() == [[1, "fatalities", "column_type"]]


def test_civilian_targeting_is_waived_only_for_exports_that_predate_the_column():
    attack = {"sub_event_type": "Attack", "event_type": "Violence against civilians", "civilian_targeting": ""}
    old = normalise_export(pd.DataFrame([export_row(**attack, event_date="2022-05-01", year="2022")]))
    new = normalise_export(pd.DataFrame([export_row(**attack)]))
    assert waived_rules(old) == {Rule.CIVILIAN_TARGETING} and validate_events(old, waive=waived_rules(old)).ok
    assert waived_rules(new) == frozenset()
    assert validate_events(new, waive=waived_rules(new)).failures["rule"].tolist() == ["civilian_targeting"]


@given(st.dates(min_value=date(1997, 1, 1), max_value=date(2099, 12, 31)))
def test_both_date_styles_parse_to_the_same_day(day):
    frame = normalise_export(pd.DataFrame({"event_date": [day.isoformat(), day.strftime("%d %B %Y")]}))
    assert frame["event_date"].tolist() == [pd.Timestamp(day)] * 2


@given(st.lists(st.sampled_from(["1", "2", "3", "4", "5", "6", "7", "8", "0", "", "Rebel Groups", "Protestors"]),
                min_size=1, max_size=20))  # fmt: skip
def test_inter_codes_parse_to_labels_or_none(values):
    out = normalise_export(pd.DataFrame({"inter1": values}))["inter1"].tolist()
    for value, label in zip(values, out, strict=True):
        assert label is None if value in ("0", "") else label in TYPES
