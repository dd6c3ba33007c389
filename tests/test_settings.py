"""--set NAME=VALUE: Settings fields by type, stage parameters into extra, mistakes named."""

from __future__ import annotations

import json

import pytest

from compare.errors import SettingsError
from compare.settings import Settings, parse_overrides


@pytest.mark.parametrize(("pairs", "expected"), [
    (["cluster_window_days=5"], {"cluster_window_days": 5}),
    (["page_size=50", "engine=dask"], {"page_size": 50, "engine": "dask"}),
    (["languages=en,id"], {"languages": ("en", "id")}),
    (["cluster_threshold=0.2"], {"extra": {"cluster_threshold": 0.2}}),
    (["subset_threshold=85", "min_evidence=3"], {"min_evidence": 3, "extra": {"subset_threshold": 85.0}}),
])
def test_overrides_are_typed(pairs, expected):
    assert parse_overrides(pairs) == expected


@pytest.mark.parametrize(("pairs", "message"), [
    (["nope=1"], "unknown setting"),
    (["page_size"], "NAME=VALUE"),
    (["page_size=many"], "not a int"),
    (["cluster_threshold=high"], "not a float"),
])
def test_bad_overrides_say_what_is_wrong(pairs, message):
    with pytest.raises(SettingsError, match=message):
        parse_overrides(pairs)


def test_a_run_records_every_setting_it_used():
    settings = Settings().replace(**parse_overrides(["cluster_window_days=4", "cluster_threshold=0.2"]))
    recorded = json.loads(settings.to_json())
    assert recorded["cluster_window_days"] == 4
    assert recorded["extra"] == {"cluster_threshold": 0.2}
