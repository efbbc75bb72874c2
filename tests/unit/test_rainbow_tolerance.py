"""The shapes of Rainbow's answers the client tolerates where the public record does not settle
them (found by running the official clients against the sandbox: docs/official-clients.md).

- ``/systems/countries``: strings or objects carrying an alpha-3 code;
- an application refusal: errorDetailsCode 401501 or words naming the application;
- ``/state`` ``timestamp``: Unix seconds, Unix milliseconds (number or digits) or ISO text;
- ``is_bp_admin``: told by ``roles`` only (the SDK's adminType values never name a partner).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from installer_app.rainbow import ApplicationAuthError, AuthenticationError
from installer_app.rainbow._models import Session, country_code, state_from_api
from installer_app.rainbow.errors import api_error_from_response
from tests.unit.test_rainbow_client import ADMIN, TOKEN, FakeRainbow, signed_in

MOMENT = datetime(2026, 12, 3, 13, 0, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "item",
    ["FRA", {"alpha3Code": "FRA", "name": "France"}, {"alpha3": "fra"}, {"code": "FRA"},
     {"iso3": "FRA", "code": "FR"}, {"country": "FRA"}],
)  # fmt: skip
def test_a_country_is_a_string_or_an_object_with_an_alpha3_code(item: object) -> None:
    assert country_code(item) == "FRA"


@pytest.mark.parametrize("item", [{"code": "FR"}, {"name": "France"}, 250, None, ["FRA"]])
def test_a_country_without_an_alpha3_code_is_skipped(item: object) -> None:
    assert country_code(item) is None


@pytest.mark.asyncio
async def test_list_system_countries_reads_objects_too() -> None:
    fake = FakeRainbow(TOKEN)
    answer = {"data": [{"alpha3Code": "DEU", "name": "Germany"}, "FRA", {"name": "?"}]}
    fake.on("GET", f"{ADMIN}/systems/countries", answer)
    async with await signed_in(fake) as client:
        assert await client.list_system_countries() == ["DEU", "FRA"]


def _refusal(details: Any, code: int | None, msg: str = "Unauthorized") -> Any:
    body = {"errorCode": 401, "errorMsg": msg, "errorDetails": details, "errorDetailsCode": code}
    return api_error_from_response(401, body)


@pytest.mark.parametrize(
    ("details", "code", "msg"),
    [
        ("Invalid application credentials", 401501, "Unauthorized"),
        ("anything", 401501, "Unauthorized"),
        ("Application not found", 401000, "Unauthorized"),
        ("Invalid appId or appSecret", None, "Unauthorized"),
        ("Unauthorized", 401500, "Invalid application"),
    ],
)
def test_an_application_refusal_is_told_by_code_or_words(
    details: str, code: int | None, msg: str
) -> None:
    error = _refusal(details, code, msg)
    assert isinstance(error, ApplicationAuthError)
    assert "application" in error.message


@pytest.mark.parametrize(
    ("details", "code"), [("Invalid credentials", 401500), ("Invalid token", 401001)]
)
def test_a_user_refusal_is_not_an_application_refusal(details: str, code: int) -> None:
    error = _refusal(details, code)
    assert isinstance(error, AuthenticationError)
    assert not isinstance(error, ApplicationAuthError)


@pytest.mark.parametrize(
    "timestamp",
    [
        int(MOMENT.timestamp()),
        int(MOMENT.timestamp() * 1000),
        float(MOMENT.timestamp()),
        str(int(MOMENT.timestamp() * 1000)),
        "2026-12-03T13:00:05+00:00",
        "2026-12-03T13:00:05.000Z",
    ],
)
def test_state_timestamp_as_unix_seconds_milliseconds_or_iso(timestamp: object) -> None:
    report = state_from_api({"timestamp": timestamp, "connection": "connected"})
    assert report.timestamp == MOMENT
    assert report.raw["connection"] == "connected"


@pytest.mark.parametrize("timestamp", [None, True, "yesterday", {"t": 1}, 10**30])
def test_an_unreadable_state_timestamp_is_none(timestamp: object) -> None:
    assert state_from_api({"timestamp": timestamp}).timestamp is None


@pytest.mark.parametrize(
    ("roles", "admin_type", "expected"),
    [
        (("user", "admin", "bp_admin"), "company_admin", True),
        (("user", "admin", "bp_admin"), None, True),
        (("user", "admin"), "bp_admin", False),
        (("user", "admin"), "organization_admin", False),
    ],
)
def test_a_business_partner_admin_is_told_by_roles(
    roles: tuple[str, ...], admin_type: str | None, expected: bool
) -> None:
    session = Session("u", "c", "a@b.example", roles, admin_type, None)
    assert session.is_bp_admin is expected
