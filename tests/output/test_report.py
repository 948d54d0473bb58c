"""`conflict-events report`: the HTML report and its PNG charts, for the seed build and an empty build."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conflict_events.cli.main import main
from conflict_events.output.report import actor_counts, write_report
from conflict_events.output.report_charts import world_rings
from conflict_events.pipeline import build
from conflict_events.steps import BuildOptions

pytest.importorskip("matplotlib")

SEEDS = Path(__file__).parents[2] / "seeds"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "dataset"
    build([SEEDS], out, options=BuildOptions(jobs=1))
    return out


@pytest.fixture(scope="module")
def empty_build(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("empty-src")
    (src / "quiet.txt").write_text("The weather was mild and the markets were calm all week.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("empty") / "dataset"
    build([src], out, options=BuildOptions(jobs=1))
    return out


def test_seed_report_has_the_summary_charts_actors_and_map(seed_build):
    report = write_report(seed_build)
    page = report.html.read_text(encoding="utf-8")
    assert report.html == seed_build / "report" / "report.html"
    assert [p.name for p in report.images] == ["events_per_month.png", "top_actors.png", "map.png"]
    for image in report.images:
        assert image.read_bytes().startswith(PNG) and image.stat().st_size > 5_000
    assert page.count('src="data:image/png;base64,') == 3  # the same charts, embedded
    assert "Military Forces of Guatemala (2024-)" in page and "Guatemala" in page
    assert re.search(r"<td>Events</td><td class=\"n\">3</td>", page)
    assert "No candidate event was rejected" in page


def test_the_report_is_self_contained(seed_build):
    page = write_report(seed_build).html.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing to fetch
    assert "<script" not in page


def test_an_empty_build_gives_a_report_that_says_so(empty_build, tmp_path):
    report = write_report(empty_build, tmp_path / "r")
    page = report.html.read_text(encoding="utf-8")
    assert "No events in this dataset" in page
    assert '<td>Events</td><td class="n">0</td>' in page
    assert all(p.read_bytes().startswith(PNG) for p in report.images)


def test_rejects_are_listed(seed_build, tmp_path):
    import pandas as pd

    copy = tmp_path / "ds"
    shutil.copytree(seed_build, copy)
    rejects = pd.read_parquet(copy / "rejects.parquet")
    row = {"article_id": "a9", "row": 7, "field": "latitude", "rule": "country_bounds", "message": "outside Guatemala"}
    pd.DataFrame([row], columns=rejects.columns).astype(object).to_parquet(copy / "rejects.parquet")
    page = write_report(copy).html.read_text(encoding="utf-8")
    assert "<td>a9</td><td>country_bounds</td><td>latitude</td><td>outside Guatemala</td>" in page


def test_actor_counts_counts_both_roles(seed_build):
    from conflict_events import load

    counts = actor_counts(load(seed_build))
    assert counts.iloc[0].tolist() == ["Military Forces of Guatemala (2024-)", 3]


def test_world_outlines_cover_the_continents():
    lons = [p[0] for ring in world_rings() for p in ring]
    lats = [p[1] for ring in world_rings() for p in ring]
    assert len(world_rings()) > 200
    assert min(lons) < -170 and max(lons) > 170 and min(lats) < -50 and max(lats) > 80


def test_report_command(seed_build, tmp_path, capsys):
    assert main(["report", str(seed_build), "--output", str(tmp_path / "out")]) == 0
    assert "report.html" in capsys.readouterr().out
    assert main(["report", str(tmp_path / "nothing-here")]) == 2


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_the_report_renders_in_headless_chromium(seed_build, tmp_path):
    html = write_report(seed_build).html
    shot = tmp_path / "shot.png"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={shot}", "--window-size=1100,2400", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert shot.read_bytes().startswith(PNG) and shot.stat().st_size > 20_000


def test_output_may_name_the_page_itself(seed_build, tmp_path):
    report = write_report(seed_build, tmp_path / "site" / "index.html")
    assert report.html == tmp_path / "site" / "index.html" and report.html.is_file()
    assert all(p.parent == report.html.parent and p.read_bytes().startswith(PNG) for p in report.images)


def test_monthly_table_has_every_month_and_fatalities_by_type():
    import pandas as pd

    from conflict_events.output.report_charts import monthly_table

    events = pd.DataFrame(
        {
            "event_date": pd.to_datetime(["2024-01-05", "2024-01-20", "2024-03-02"]),
            "event_type": ["Protests", "Battles", "Battles"],
            "fatalities": [0, 3, 4],
        }
    )
    counts, deaths = monthly_table(events)
    assert [str(p) for p in counts.index] == ["2024-01", "2024-02", "2024-03"]
    assert list(counts.columns) == ["Battles", "Protests"]  # the charts' colour order
    assert counts.loc[pd.Period("2024-02")].sum() == 0
    assert deaths["Battles"].tolist() == [3, 0, 4] and deaths["Protests"].tolist() == [0, 0, 0]


def test_the_map_zooms_to_the_events():
    import pandas as pd

    from conflict_events.output.report_charts import extent

    one_country = pd.DataFrame({"longitude": [-91.5, -89.0], "latitude": [14.6, 15.9]})
    west, east, south, north = extent(one_country)
    assert west < -91.5 and east > -89.0 and 30 <= north - south < 60 and south < 14.6 < 15.9 < north
    assert east - west == pytest.approx(2 * (north - south))
    assert extent(pd.DataFrame({"longitude": [179.0], "latitude": [-89.0]}))[1] == 180.0
    assert extent(one_country.iloc[0:0]) == (-180.0, 180.0, -60.0, 85.0)
