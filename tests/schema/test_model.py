import pandas as pd
from canonical import canonical_event_row

from conflict_events.schema.model import GOLDEN, events_schema, golden_yaml


def test_pandera_model_matches_its_committed_golden_file():
    assert GOLDEN.read_text(encoding="utf-8") == golden_yaml(), "run: python -m conflict_events.schema.model"


def test_the_canonical_row_passes_the_model():
    events_schema().validate(pd.DataFrame([canonical_event_row()]), lazy=True)
