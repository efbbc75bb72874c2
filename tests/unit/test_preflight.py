"""Preflight's reading of Rainbow's country list, whatever its shape."""

from __future__ import annotations

from installer_app.services.preflight import country_codes


def test_countries_as_strings_or_objects() -> None:
    assert country_codes(["FRA", " deu "]) == {"FRA", "DEU"}
    assert country_codes([{"alpha3": "ITA", "name": "Italy"}, {"code": "esp"}]) == {"ITA", "ESP"}
    assert country_codes([{"name": "Nowhere"}, 42, None]) == set()
