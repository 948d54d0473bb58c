"""Fixtures of the output tests: the canonical tables written as a dataset."""

from pathlib import Path

import pytest
from output_fixtures import two_countries, write_dataset


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """A dataset of two events (Guatemala 2025, Côte d'Ivoire 2024), written once per module."""
    return write_dataset(tmp_path_factory.mktemp("out") / "ds", two_countries())
