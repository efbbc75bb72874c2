"""The support log of the exchange: what it keeps, how much, and that no secret survives it."""

from __future__ import annotations

import json
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from installer_app.rainbow import RainbowClient
from installer_app.rainbow.exchange_log import (
    MAX_BODY_CHARS,
    SESSION_LOG,
    ExchangeLog,
    hidden_in_path,
    loggable_path,
    mask_body,
    record,
)
from installer_app.storage.logs import (
    EXCHANGE_LOG_FILE_NAME,
    EXCHANGE_LOGGER,
    MASK,
    configure_logging,
    forget_secrets,
    register_secret,
)

STOCK_CODE = "ALE12-1234.5678.90"


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    configure_logging(tmp_path)
    try:
        yield tmp_path
    finally:
        forget_secrets()
        for logger in (root, logging.getLogger(EXCHANGE_LOGGER)):
            for handler in list(logger.handlers):
                if isinstance(handler, logging.handlers.RotatingFileHandler):
                    logger.removeHandler(handler)
                    handler.close()
        root.setLevel(level)


def test_secret_keys_and_equal_values_are_masked() -> None:
    body = {
        "name": "Martin OXO",
        "pbxId": STOCK_CODE,
        "activationCode": STOCK_CODE,
        "nested": [{"jid_pbxagent_password": "hash", "token": "eyJabc.def.ghi"}],
        "country": "FRA",
    }
    masked = mask_body(body)
    assert masked == {
        "name": "Martin OXO",
        "pbxId": MASK,  # in stock mode the equipment id is the activation code
        "activationCode": MASK,
        "nested": [{"jid_pbxagent_password": MASK, "token": MASK}],
        "country": "FRA",
    }
    assert body["pbxId"] == STOCK_CODE, "the body itself is left alone"


def test_registered_secrets_are_masked_anywhere() -> None:
    register_secret("hunter2-typed")
    try:
        assert mask_body({"note": "said hunter2-typed"}) == {"note": f"said {MASK}"}
        assert mask_body("password=abc123 plain") == f"password={MASK} plain"
    finally:
        forget_secrets()


def test_only_the_last_exchanges_are_kept() -> None:
    log = ExchangeLog(size=3)
    for n in range(5):
        record("GET", f"/p/{n}", status=200, duration_ms=1.0, log=log)
    assert [e.path for e in log.entries()] == ["/p/2", "/p/3", "/p/4"]


def test_request_id_duration_and_long_bodies() -> None:
    log = ExchangeLog()
    content = json.dumps({"data": "x" * (MAX_BODY_CHARS + 50)}).encode()
    kept = record(
        "GET", "/s", status=200, duration_ms=12.345, response_content=content,
        headers={"x-request-id": "req-42"}, log=log,
    )  # fmt: skip
    assert kept.request_id == "req-42"
    assert kept.to_json()["duration_ms"] == 12.3
    assert isinstance(kept.response_body, str) and kept.response_body.endswith("characters cut]")


@pytest.mark.asyncio
async def test_the_http_layer_records_every_exchange_on_disk(log_folder: Path) -> None:
    """Through the real client: sign-in answer (token), a create (stock code) and an error."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            user = {"id": "u1", "companyId": "bp", "loginEmail": "a@b.c", "roles": ["bp_admin"],
                    "adminType": "bp_admin"}  # fmt: skip
            return httpx.Response(
                200, json={"token": "eyJhbGciOi.payload12.sig", "loggedInUser": user}
            )
        if request.method == "POST":
            system = {"id": "s1", "name": "n", "pbxId": STOCK_CODE, "status": "created",
                      "jid_pbxagent_password": STOCK_CODE}  # fmt: skip
            return httpx.Response(200, json={"data": system}, headers={"x-request-id": "r-7"})
        return httpx.Response(404, json={"errorCode": 404, "errorDetails": "not found"})

    SESSION_LOG.clear()
    from installer_app.rainbow import SystemRequest

    async with RainbowClient("https://rainbow.test", transport=httpx.MockTransport(answer)) as c:
        await c.sign_in("a@b.c", "Sup3r-secret!")
        await c.create_system(
            SystemRequest("n", "site", "FRA", pbx_id=STOCK_CODE, activation_code=STOCK_CODE)
        )
        assert await c.find_system_by_pbx_id(STOCK_CODE) is None
    kept = SESSION_LOG.entries()
    methods = [(e.method, e.path, e.status) for e in kept]
    assert ("POST", "/api/rainbow/admin/v1.0/systems", 200) in methods
    assert ("GET", "/systems/pbxid/{}", 404) in methods, "the equipment id stays out of paths"
    post = next(e for e in kept if e.method == "POST")
    assert post.request_id == "r-7"
    assert post.request_body["activationCode"] == MASK
    on_disk = (log_folder / EXCHANGE_LOG_FILE_NAME).read_text("utf-8")
    assert len(on_disk.splitlines()) == len(kept)
    everything = on_disk + json.dumps([e.to_json() for e in kept])
    for secret in ("Sup3r-secret!", "eyJhbGciOi", STOCK_CODE):
        assert secret not in everything


def test_the_diagnostics_zip_holds_the_exchanges(log_folder: Path, tmp_path: Path) -> None:
    from installer_app.services.diagnostics import read_bundle, write_bundle

    log = ExchangeLog()
    record("POST", "/x", status=201, duration_ms=3.0, request_body={"password": "pw-123456"},
           log=log)  # fmt: skip
    for handler in logging.getLogger(EXCHANGE_LOGGER).handlers:
        handler.flush()
    bundle = read_bundle(
        write_bundle(tmp_path / "d.zip", summary={}, log_folder=log_folder, exchanges=log)
    )
    assert json.loads(bundle["exchanges.json"])[0]["request_body"] == {"password": MASK}
    assert f"logs/{EXCHANGE_LOG_FILE_NAME}" in bundle
    assert "pw-123456" not in json.dumps(bundle)


def test_the_looked_up_equipment_id_is_masked_in_an_error_message() -> None:
    """A 404 on /systems/pbxid/{} names the equipment id (in stock mode the activation code)."""
    log = ExchangeLog()
    content = json.dumps({"errorDetails": f"No system with pbxId {STOCK_CODE}"}).encode()
    path = f"/api/rainbow/admin/v1.0/systems/pbxid/{STOCK_CODE}"
    route = "/systems/pbxid/{}"
    kept = record(
        "GET", loggable_path(path, route), status=404, duration_ms=1.0,
        response_content=content, hidden=hidden_in_path(path, route), log=log,
    )  # fmt: skip
    assert kept.path == route
    assert kept.response_body == {"errorDetails": f"No system with pbxId {MASK}"}
    assert mask_body({"pbxId": "OXO-BTCO-1", "name": "n"}) == {"pbxId": MASK, "name": "n"}
