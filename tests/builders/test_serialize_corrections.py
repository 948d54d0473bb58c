from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from conflict_events.builders.corrections import Action, CorrectionsError, apply_corrections, read_corrections
from conflict_events.builders.records import Actor, CandidateEvent, Mention, Place
from conflict_events.builders.serialize import from_dict, to_dict
from conflict_events.schema.taxonomy import ActorType, GeoPrecision, SubEventType, TimePrecision

EVENT = CandidateEvent(
    article_id="a1",
    sub_event_type=SubEventType.ATTACK,
    event_date=date(2025, 12, 8),
    time_precision=TimePrecision.WEEK,
    actor1=Actor("Unidentified Armed Group (Mexico)", ActorType.POLITICAL_MILITIA),
    actor2=Actor("Civilians (Mexico)", ActorType.CIVILIANS),
    place=Place("Mexico", "Sinaloa", "Culiacan", None, "Culiacan", 24.8, -107.39, GeoPrecision.AREA, "a note"),
    fatalities=3,
    notes="On 8 December 2025, ...",
    assoc_actor_2=("Journalists (Mexico)",),
    civilian_targeting=True,
    tags=("crowd size=no report",),
    source="Reuters",
    source_scale="International",
    mentions=(Mention("a1", "Gunmen killed three.", 0, 20, "rules-en/0.1", 0.8),),
)


def test_candidate_events_round_trip_through_json_dicts():
    assert from_dict(to_dict(EVENT)) == EVENT


def _events() -> pd.DataFrame:
    row = {
        "event_id_cnty": "MEX1", "event_date": pd.Timestamp("2025-12-08"), "year": 2025, "time_precision": 1,
        "disorder_type": "Political violence", "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Mexico)", "assoc_actor_1": None, "inter1": "Political militia",
        "actor2": "Civilians (Mexico)", "assoc_actor_2": None, "inter2": "Civilians",
        "interaction": "Political militia-Civilians", "civilian_targeting": "Civilian targeting", "iso": 484,
        "region": "North America", "country": "Mexico", "admin1": "Sinaloa", "admin2": "Culiacan", "admin3": None,
        "location": "Culiacan", "latitude": 24.8, "longitude": -107.39, "geo_precision": 1, "source": "Reuters",
        "source_scale": "International", "notes": "n", "fatalities": 3, "tags": None, "timestamp": 1,
    }  # fmt: skip
    return pd.DataFrame([row, {**row, "event_id_cnty": "MEX2"}])


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "corrections.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_correction_edits_fields_and_rederives_the_dependent_ones(tmp_path):
    path = _write(tmp_path, "event_id_cnty,action,sub_event_type,fatalities,admin2\nMEX1,,Armed clash,5,(none)\n")
    applied = apply_corrections(_events(), read_corrections(path))
    row = applied.events.set_index("event_id_cnty").loc["MEX1"]
    assert row["sub_event_type"] == "Armed clash" and row["event_type"] == "Battles"
    assert row["fatalities"] == 5 and pd.isna(row["admin2"])
    assert applied.events.set_index("event_id_cnty").loc["MEX2", "fatalities"] == 3


def test_rejections_and_stale_corrections_are_reported(tmp_path):
    path = _write(tmp_path, "event_id_cnty,action\nMEX2,reject\nMEX99,\nMEX1,unmerge\n")
    corrections = read_corrections(path)
    assert [c.action for c in corrections] == [Action.REJECT, Action.KEEP, Action.UNMERGE]
    applied = apply_corrections(_events(), corrections)
    assert list(applied.events["event_id_cnty"]) == ["MEX1"]
    assert list(applied.rejected["event_id_cnty"]) == ["MEX2"]
    assert [(c.event_id, c.origin) for c in applied.stale] == [("MEX99", f"{path}:3")]


def test_a_bad_corrections_file_names_the_file_and_line(tmp_path):
    with pytest.raises(CorrectionsError, match="corrections.csv:3: action 'delete'"):
        read_corrections(_write(tmp_path, "event_id_cnty,action\nMEX1,reject\nMEX2,delete\n"))
    with pytest.raises(CorrectionsError, match="no event_id_cnty column"):
        read_corrections(_write(tmp_path, "id,action\nMEX1,reject\n"))
