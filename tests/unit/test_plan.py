"""The plan model: every rule, each with a message naming its field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from installer_app.domain.plan import DeliveryMode, Dialing, InstallationPlan, PbxModel
from installer_app.domain.plan_problems import PlanInvalid, parse_plan, plan_schema


def stock_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": "stock",
        "company": {"id": "5e0f1a2b3c4d5e6f7a8b9c0d", "name": "Boulangerie Martin"},
        "server_name": "Martin OXO",
        "fleet_ref": "ALE12",
        "installation_ref": "1234.5678.90",
        "dialing": {"country": "FR", "national_prefix": "0", "international_prefix": "00"},
    }
    data.update(changes)
    return data


def problems_of(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(PlanInvalid) as caught:
        parse_plan(data)
    return {p.field: p.message for p in caught.value.problems}


def test_stock_plan_derives_equipment_id_and_activation_code() -> None:
    plan = parse_plan(stock_data(fleet_ref=" ale12 ", installation_ref="1234.5678.90\n"))
    assert plan.fleet_ref == "ALE12"
    assert plan.equipment_id == "ALE12-1234.5678.90"
    assert plan.activation_code == "ALE12-1234.5678.90"
    assert plan.pbx_model is PbxModel.OXO_CONNECT
    assert plan.mode is DeliveryMode.STOCK


def test_btco_plan_has_no_credentials_until_declared() -> None:
    plan = parse_plan(stock_data(mode="btco", fleet_ref=None, installation_ref=None))
    assert plan.equipment_id is None
    assert plan.activation_code is None


def test_btco_refused_for_evolution_names_mode() -> None:
    problems = problems_of(stock_data(mode="btco", pbx_model="oxo-connect-evolution"))
    assert "mode" in problems
    assert "BTCO" in problems["mode"]
    assert "Evolution" in problems["mode"]


def test_stock_needs_both_references() -> None:
    problems = problems_of(stock_data(fleet_ref=None, installation_ref="  "))
    assert problems["fleet_ref"] == "Fleet reference is required in stock mode."
    assert problems["installation_ref"] == "Installation reference is required in stock mode."


def test_badly_shaped_reference_refused_unless_overridden() -> None:
    problems = problems_of(stock_data(installation_ref="12-34"))
    assert "Installation reference" in problems["installation_ref"]
    plan = parse_plan(stock_data(installation_ref="1234.5678", reference_override=True))
    assert plan.equipment_id == "ALE12-1234.5678"


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("national_prefix", "National prefix"),
        ("international_prefix", "International prefix"),
        ("outbound_prefix", "Outbound prefix"),
    ],
)
@pytest.mark.parametrize("bad", ["0 0", "+33", "a1", "０"])
def test_prefixes_are_digits_only(key: str, label: str, bad: str) -> None:
    data = stock_data()
    data["dialing"] = {**data["dialing"], key: bad}
    problems = problems_of(data)
    assert problems[f"dialing.{key}"].startswith(label)
    assert "digits only" in problems[f"dialing.{key}"]


def test_server_name_not_empty_after_trimming() -> None:
    problems = problems_of(stock_data(server_name=" \t "))
    assert "Server name" in problems["server_name"]


@pytest.mark.parametrize("country", ["ZZ", "France", "", "FRA"])
def test_unknown_country(country: str) -> None:
    data = stock_data()
    data["dialing"] = {"country": country}
    problems = problems_of(data)
    assert problems["dialing.country"].startswith("Country")


def test_country_is_normalised_to_upper_case() -> None:
    data = stock_data()
    data["dialing"] = {"country": "de"}
    assert parse_plan(data).dialing.country == "DE"


def test_missing_and_wrong_fields_give_their_path() -> None:
    data = stock_data()
    del data["company"]
    data["pbx_model"] = "oxe"
    data["password"] = "hunter2"
    problems = problems_of(data)
    assert "Customer company" in problems["company"]
    assert "oxe" in problems["pbx_model"]
    assert "not a field" in problems["password"]


def test_unknown_schema_version() -> None:
    problems = problems_of(stock_data(schema_version=7))
    assert "7" in problems["schema_version"]
    assert "update the program" in problems["schema_version"]


def test_not_an_object() -> None:
    with pytest.raises(PlanInvalid, match="JSON object"):
        parse_plan([1, 2])


def test_webrtc_gateway_needs_licence() -> None:
    problems = problems_of(stock_data(webrtc_gateway={"enabled": True}))
    assert "licence" in problems["webrtc_gateway"]


def test_outbound_prefix_ticked_but_missing() -> None:
    data = stock_data()
    data["dialing"] = {"country": "FR", "use_outbound_prefix": True}
    assert "Outbound prefix" in problems_of(data)["dialing"]


def test_invalid_numbering_rule_is_reported_with_its_index() -> None:
    rules = [{"regexp_match": "^0800", "regexp_replace": ""}, {"regexp_match": "([0-9"}]
    problems = problems_of(stock_data(numbering_rules=rules))
    assert "numbering_rules.1" in problems


def test_all_problems_reported_at_once() -> None:
    data = stock_data(mode="btco", pbx_model="oxo-connect-evolution", server_name="")
    data["dialing"] = {"country": "ZZ", "national_prefix": "x"}
    with pytest.raises(PlanInvalid) as caught:
        parse_plan(data)
    fields = {p.field for p in caught.value.problems}
    assert {"server_name", "dialing.country", "dialing.national_prefix"} <= fields


def test_dialing_for_country_fills_prefixes() -> None:
    france = Dialing.for_country("fr")
    assert (france.country, france.national_prefix, france.international_prefix) == (
        "FR",
        "0",
        "00",
    )
    assert Dialing.for_country("US", outbound_prefix="9").outbound_prefix == "9"


def test_round_trip_through_json() -> None:
    plan = parse_plan(stock_data(numbering_rules=[{"regexp_match": "^0800"}]))
    again = parse_plan(copy.deepcopy(plan.model_dump(mode="json")))
    assert again == plan


def test_schema_describes_the_file() -> None:
    schema = plan_schema()
    assert schema["title"] == "Installation file"
    assert {"pbx_model", "mode", "company", "dialing"} <= set(schema["required"])
    assert "password" not in str(schema).lower()


def test_model_has_no_field_for_secrets() -> None:
    names = set(InstallationPlan.model_fields)
    assert not any(word in name for name in names for word in ("password", "secret", "token"))


#: What pydantic writes in its own English (its messages start so), never shown to a technician.
_PYDANTIC_WORDS = ("input should", "field required", "extra inputs", "string should", "value error")


def test_a_hand_edited_value_of_the_wrong_kind_is_described_in_the_program_s_words() -> None:
    from tests.unit.failure_messages import wrong_typed_plans

    kinds: set[str] = set()
    leaked: set[str] = set()
    for data in wrong_typed_plans():
        try:
            parse_plan(data)
        except PlanInvalid as error:
            for problem in error.problems:
                kinds.add(problem.message.split(" ", 2)[-1][:20])
                if any(words in problem.message.lower() for words in _PYDANTIC_WORDS):
                    leaked.add(problem.message)
    assert len(kinds) > 10  # the broken files really met many kinds of mistake
    assert not leaked, "\n".join(sorted(leaked))
    with pytest.raises(PlanInvalid) as raised:
        parse_plan(stock_data(company={"id": 5}, reference_override="perhaps"))
    assert {p.field: p.message for p in raised.value.problems} == {
        "company.id": "Company id must be text, in double quotes.",
        "reference_override": "Reference override must be true or false, without quotes.",
    }
