"""openapi.yaml: valid, complete for the 37 documented operations, and its examples hold.

Every example embedded in the spec (request bodies and answers, printed in the ClickSend docs;
one `example` or an `examples` map keyed by source) must validate against its own schema, and
every example answer must go through the generated models and come back whole: no documented
field may be dropped by the SDK, and each value keeps its meaning in its one Python type.
"""

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")

DOCUMENTED = {
    # The groups of the seed document (the cut-off Email-to-SMS group completed from the seed
    # README): 8 + 6 + 8 + 7 + 1 + 7 = 37.
    "Account": 8 + 1,  # + update (docs only)
    "Account Recharge": 6,
    "Contact": 8,
    "Contact List": 7 + 3,  # + export, import preview, import fields (docs only)
    "Countries": 1,
    "Email to SMS": 7 + 3,  # + get, update, delete an allowed address (docs only)
    # The messaging groups of the v3 catalog (shared/seed/v3): 78.
    "SMS": 15,
    "SMS Templates": 5,
    "MMS": 6 + 3,  # + cancel, cancel all, a receipt (docs only)
    "Voice": 10 + 1,  # + a receipt (docs only)
    "Fax": 7 + 1,  # + history export (docs only)
    "Post Letters": 5,
    "Post Postcards": 4,
    "Post Return Addresses": 5,
    "Transactional Email": 4 + 1,  # + test receipt (docs only)
    "Email Addresses": 6,
    "Email Templates": 5 + 1,  # + image upload (docs only)
    "Email Master Templates": 5,
    "Uploads": 1,
    # Part 2 of the v3 catalog: campaigns, automations, accounts and senders.
    "Inbound Automations": 10,
    "Receipt Automations": 20,
    "SMS Campaigns": 6 + 3,  # + link statistics, tracking and export (docs only)
    "MMS Campaigns": 6,
    "Email Campaigns": 8,
    "Direct Mail": 4,  # docs only
    "Numbers": 4,
    "Alpha Tags": 4,
    "Own Numbers": 6,
    "Default Senders": 6,
    "Short URLs": 2,
    "Subaccounts": 6,
    "Statistics": 2,
    "Timezones": 1,
    "Search": 1,
    "Delivery Issues": 2,
    "Global Sending": 4,
    "Referral": 1,
    "Reseller": 5 + 4,  # + get, update, public create, by subdomain (docs only)
    "Pricing": 1,  # docs only
}


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


OPERATIONS = list(operations())
IDS = [op["operationId"] for _, _, op in OPERATIONS]
REGISTRY = Registry().with_resource("spec", Resource.opaque(SPEC))


def validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator for a schema of the spec, its `#/components/...` refs resolved."""
    wrapped = {"$ref": "spec#"} if not schema else {**schema}
    resolved = _rebase(wrapped)
    return Draft202012Validator(resolved, registry=REGISTRY)


def _rebase(node: Any) -> Any:
    """Point the spec's local refs (`#/components/...`) at the registered document."""
    if isinstance(node, dict):
        return {
            k: ("spec" + v if k == "$ref" and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def sdk_rules_broken(schema: Mapping[str, Any], body: Mapping[str, Any]) -> list[str]:
    """The spec's own x- rules (which stand in for anyOf/oneOf of required lists)."""
    schema = resolve(schema)
    broken = []
    given = [f for f in schema.get("x-at-least-one-of", ()) if f in body]
    if schema.get("x-at-least-one-of") and not given:
        broken.append("x-at-least-one-of")
    given = [f for f in schema.get("x-exactly-one-of", ()) if f in body]
    if schema.get("x-exactly-one-of") and len(given) != 1:
        broken.append("x-exactly-one-of")
    return broken


def media_examples(media: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(name, value) of a media type's examples: its `example`, then its `examples` map."""
    found = [("example", media["example"])] if "example" in media else []
    return found + [(name, e["value"]) for name, e in media.get("examples", {}).items()]


def examples() -> Iterator[tuple[str, str, Mapping[str, Any], Any]]:
    """(operationId, where, schema, example) for every example of the spec."""
    for _, _, op in OPERATIONS:
        content = op.get("requestBody", {}).get("content", {}).get("application/json")
        if content:
            for _, example in media_examples(content):
                yield op["operationId"], "request", content["schema"], example
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json", {})
            for _, example in media_examples(media):
                yield op["operationId"], status, media["schema"], example


EXAMPLES = list(examples())
EXAMPLE_IDS = [f"{e[0]}-{e[1]}-{i}" for i, e in enumerate(EXAMPLES)]


def test_the_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_it_has_the_documented_operations_in_their_groups() -> None:
    assert len(OPERATIONS) == sum(DOCUMENTED.values())
    by_tag: dict[str, int] = {}
    for _, _, op in OPERATIONS:
        by_tag[op["tags"][0]] = by_tag.get(op["tags"][0], 0) + 1
    assert by_tag == DOCUMENTED


def test_operation_ids_are_unique_snake_case() -> None:
    assert len(set(IDS)) == len(IDS)
    assert all(i.isidentifier() and i == i.lower() for i in IDS)


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=IDS)
def test_every_operation_states_the_facts_the_sdk_needs(
    path: str, method: str, op: dict[str, Any]
) -> None:
    assert isinstance(op["x-idempotent"], bool)
    assert op["x-sdk-method"].isidentifier()
    assert op["summary"]
    assert op["description"]
    assert {"200", "429", "5XX"} <= set(op["responses"])
    if method == "get":
        assert op["x-idempotent"] is True, "a GET is always safe to repeat"
    if op.get("x-paginated") == "cursor":
        # Each page links the next: the page size is an argument, the cursor comes from links.
        names = {resolve(p)["name"] for p in op["parameters"]}
        assert {"items", "next", "limit"} <= set(op["x-cursor"])
        assert op["x-cursor"]["limit"] in names
    elif op.get("x-paginated"):
        names = {resolve(p)["name"] for p in op["parameters"]}
        assert {"page", "limit"} <= names
        # Search and sort come as a pair of features, where the docs list them.
        # A required `q` alone is a keyword, not the search (GET /search/contacts-lists).
        keyword = any(
            resolve(p)["name"] == "q" and resolve(p).get("required") for p in op["parameters"]
        )
        assert {"q", "operator"} <= names or not names & {"q", "operator"} or keyword


def test_no_login_is_needed_only_where_the_docs_send_no_credentials() -> None:
    public = {op["operationId"] for _, _, op in OPERATIONS if op.get("security") == []}
    assert public == {
        "account_create",
        "account_forgot_username",
        "account_forgot_password",
        "account_forgot_password_verify",
        "countries_list",
    }
    assert SPEC["security"] == [{"BasicAuth": []}]
    assert SPEC["components"]["securitySchemes"]["BasicAuth"] == {
        **SPEC["components"]["securitySchemes"]["BasicAuth"],
        "type": "http",
        "scheme": "basic",
    }


def test_puts_that_do_something_each_time_are_not_idempotent() -> None:
    # DESIGN.md: purchasing a package, copying a contact, sending a verification code are PUTs.
    unsafe = {op["operationId"] for _, _, op in OPERATIONS if not op["x-idempotent"]}
    assert {"recharge_purchase", "contacts_copy", "account_verify_send"} <= unsafe
    assert {"contacts_create", "lists_create", "lists_import_contacts"} <= unsafe


def test_the_envelope_and_the_page_object_are_shared_components() -> None:
    schemas = SPEC["components"]["schemas"]
    assert set(schemas["Envelope"]["required"]) == {"http_code", "response_code", "response_msg"}
    assert {
        "total",
        "per_page",
        "current_page",
        "last_page",
        "next_page_url",
        "prev_page_url",
        "from",
        "to",
    } <= set(schemas["Page"]["properties"])
    for _, _, op in OPERATIONS:
        for status, response in op["responses"].items():
            schema = resolve(resolve(response)["content"]["application/json"]["schema"])
            if schema.get("x-sdk-envelope") is False:
                # The newer resources answer without the envelope; their errors still have it.
                assert status == "200", (op["operationId"], status)
                continue
            refs = [part.get("$ref") for part in schema.get("allOf", [])]
            assert "#/components/schemas/Envelope" in refs, (op["operationId"], status)


def test_there_is_an_example_for_every_operation_request_and_success() -> None:
    with_success = {op_id for op_id, where, _, _ in EXAMPLES if where == "200"}
    assert with_success == set(IDS)
    with_body = {op["operationId"] for _, _, op in OPERATIONS if "requestBody" in op}
    assert {op_id for op_id, where, _, _ in EXAMPLES if where == "request"} == with_body


def test_examples_are_read_from_both_example_and_examples() -> None:
    media = {"example": {"a": 1}, "examples": {"seed": {"value": {"b": 2}}}}
    assert media_examples(media) == [("example", {"a": 1}), ("seed", {"b": 2})]
    # An operation with several docs examples (seed and apiary) yields each of them.
    packages = [
        e for op_id, where, _, e in EXAMPLES if (op_id, where) == ("recharge_packages_list", "200")
    ]
    assert len(packages) == 2
    assert "_currency" in packages[0]["data"]
    assert "currency" in packages[1]["data"]


@pytest.mark.parametrize(("op_id", "where", "schema", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_every_example_validates_against_its_schema(
    op_id: str, where: str, schema: Any, example: Any
) -> None:
    errors = [e.message for e in validator(schema).iter_errors(example)]
    assert errors == []
    if where == "request":
        assert sdk_rules_broken(schema, example) == []


def test_a_body_breaking_the_sdk_rules_is_caught_by_the_example_check() -> None:
    fields = SPEC["components"]["schemas"]["ContactFields"]
    assert sdk_rules_broken(fields, {"first_name": "Ellen"}) == ["x-at-least-one-of"]
    forgot = SPEC["components"]["schemas"]["ForgotUsername"]
    assert sdk_rules_broken(forgot, {"country": "US"}) == ["x-at-least-one-of"]
    assert sdk_rules_broken(forgot, {"email": "a@b.c", "phone_number": "1"}) == []
    one = {"x-exactly-one-of": ["email", "phone_number"]}
    assert sdk_rules_broken(one, {"email": "a@b.c", "phone_number": "1"}) == ["x-exactly-one-of"]
    assert [
        e.message
        for e in validator({"$ref": "#/components/schemas/Contact"}).iter_errors(
            {"contact_id": "x"}
        )
    ]


def _generated_parse(op_id: str) -> Any:
    """The generated parser of an operation's answer (one module per operation, by tag)."""
    api = importlib.import_module("clicksend_async._generated.api")
    for tag in pkgutil.iter_modules(api.__path__):
        try:
            module = importlib.import_module(f"{api.__name__}.{tag.name}.{op_id}")
        except ModuleNotFoundError:
            continue
        return module.parse
    raise AssertionError(f"no generated module for {op_id}")


def _value_format(schema: Mapping[str, Any]) -> str | None:
    """The value format of a schema (Money, Timestamp, Flag, Integer, or a plain integer)."""
    schema = resolve(schema)
    types = schema.get("type")
    if schema.get("format") in ("money", "unix-time", "flag", "integer"):
        return str(schema["format"])
    if types in ("integer", ["integer", "null"]):
        return "integer"
    return None


def _properties(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, its allOf parts merged."""
    schema = resolve(schema)
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found |= _properties(part)
    return found


def normalised(schema: Mapping[str, Any], value: Any) -> Any:
    """A JSON value with every value-format field in its one Python type, by the schema.

    Money becomes a Decimal, Unix times and whole numbers an int, flags a bool, whichever
    JSON spelling they came in: an answer and its model's `to_dict()` agree once both are
    normalised, though the models write `"0.099"` for `0.099` and `1` for `true`.
    """
    kind = _value_format(schema)
    if value is None or (value == "" and kind is not None):
        return None  # a nullable value field reads "" as "none" (schedule: "" in MMS answers)
    if kind == "money":
        return Decimal(str(value))
    if kind in ("unix-time", "integer"):
        return int(value)
    if kind == "flag":
        return value in (1, "1", True)
    if isinstance(value, list):
        items = resolve(schema).get("items", {})
        return [normalised(items, v) for v in value]
    if isinstance(value, dict):
        props = _properties(schema)
        return {k: normalised(props.get(k, {}), v) for k, v in value.items()}
    return value


def test_normalising_gives_each_kind_its_one_type() -> None:
    money = {"$ref": "#/components/schemas/Money"}
    assert normalised(money, "4.998000") == normalised(money, 4.998) == Decimal("4.998")
    flag = {"$ref": "#/components/schemas/Flag"}
    assert [normalised(flag, v) for v in (1, "1", True, 0, "0", False)] == [True] * 3 + [False] * 3
    time = {"$ref": "#/components/schemas/Timestamp"}
    assert normalised(time, "1436932983") == normalised(time, 1436932983) == 1436932983
    assert normalised({"$ref": "#/components/schemas/Account"}, {"balance": "1.50", "x": "1"}) == {
        "balance": Decimal("1.50"),
        "x": "1",
    }


@pytest.mark.parametrize(
    ("op_id", "schema", "example"),
    [(op_id, schema, example) for op_id, where, schema, example in EXAMPLES if where == "200"],
    ids=[i for i, e in zip(EXAMPLE_IDS, EXAMPLES, strict=True) if e[1] == "200"],
)
def test_every_example_answer_round_trips_through_the_generated_models(
    op_id: str, schema: Any, example: Any
) -> None:
    model = _generated_parse(op_id)(example)
    assert normalised(schema, model.to_dict()) == normalised(schema, example)


def test_secret_fields_stay_out_of_model_reprs() -> None:
    from clicksend_async.models import Account

    example = next(
        e for op_id, where, _, e in EXAMPLES if op_id == "account_get" and where == "200"
    )
    account = Account.from_dict(example["data"])
    key = example["data"]["_subaccount"]["api_key"]
    assert account.subaccount.api_key == key
    assert key not in repr(account)
