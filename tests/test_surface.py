"""The whole surface, one operation at a time, on the wire.

For every operation of openapi.yaml: its resource method, called with the arguments of the
docs' request example (path and query parameters from the spec's examples), sends exactly the
documented request (method, path, query, JSON body, login) and reads the docs' example answer
into the typed value the method promises. And the surface is whole: every operation of
ClickSend's v3 catalog (209) is reachable by its (method, path), and no two
operations of one resource share a method name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest
import yaml

from clicksend_async import ClickSend
from clicksend_async._generated.resources import OPERATIONS
from clicksend_async._operation import Arg, Operation
from clicksend_async._pagination import CursorPage, Page, dig
from clicksend_async._values import money_in

from .scripted import API_KEY, USERNAME
from .test_spec import validator

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
# The 209 operations of ClickSend's v3 catalog (group, method, path, title), copied from the
# facts catalog the spec was written from (shared/seed/v3/operations.json).
CATALOG = json.loads((Path(__file__).parent / "catalog_operations.json").read_text("utf-8"))
BASE = "https://rest.clicksend.com/v3"
BY_NAME = {operation.name: operation for operation in OPERATIONS}
# A path parameter without an example in the spec gets one of these, by its schema.
SAMPLE_PATH_VALUES = {"year": "2024", "month": "4"}


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                yield path, method, item[method]


def parameters(path: str, op: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The parameters of an operation, its path item's included."""
    shared = SPEC["paths"][path].get("parameters", [])
    return [resolve(p) for p in [*shared, *op.get("parameters", [])]]


def media_schema(op: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema of an operation's 200 answer."""
    schema: Mapping[str, Any] = resolve(op["responses"]["200"])["content"]["application/json"][
        "schema"
    ]
    return schema


def first_example(media: Mapping[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


def sample(parameter: Mapping[str, Any]) -> Any:
    """A value for a parameter: its example, else one its schema takes."""
    if "example" in parameter:
        return parameter["example"]
    schema = resolve(parameter["schema"])
    if parameter["name"] in SAMPLE_PATH_VALUES:
        return SAMPLE_PATH_VALUES[parameter["name"]]
    if "enum" in schema:
        return schema["enum"][0]
    types = schema.get("type")
    if types == "integer" or (isinstance(types, list) and "integer" in types):
        return 42
    return "abc123"


def argument(arg: Arg, value: Any) -> Any:
    """The Python value a user passes for a JSON value of the docs' example."""
    model = next((t for t in arg.items or arg.types if attrs.has(t)), None)
    if model is not None:
        if isinstance(value, list):
            return [model.from_dict(item) for item in value]
        return model.from_dict(value)
    if arg.convert is money_in and isinstance(value, float):
        return Decimal(str(value))
    return value


CASES = [
    pytest.param(path, method, op, id=op["operationId"]) for path, method, op in spec_operations()
]


def call_of(operation: Operation[Any], path: str, op: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the resource method for the docs' example request."""
    python = {arg.wire or name: name for name, arg in operation.args.items()}
    values: dict[str, Any] = {}
    for parameter in parameters(path, op):
        name = parameter["name"]
        if name in ("q", "operator", "order_by") and not parameter.get("required"):
            continue
        if parameter["in"] == "path" or parameter.get("required") or "example" in parameter:
            values[python[name]] = argument(operation.args[python[name]], sample(parameter))
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        for key, value in first_example(content).items():
            values[python[key]] = argument(operation.args[python[key]], value)
    return values


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "method", "op"), CASES)
async def test_each_operation_sends_the_documented_request_and_reads_the_documented_answer(
    path: str, method: str, op: dict[str, Any]
) -> None:
    operation = BY_NAME[op["operationId"]]
    values = call_of(operation, path, op)
    answer = first_example(resolve(op["responses"]["200"])["content"]["application/json"])
    seen: list[httpx.Request] = []

    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    http = httpx.AsyncClient(transport=httpx.MockTransport(serve))
    async with ClickSend(USERNAME, API_KEY, http_client=http, max_retries=0) as cs:
        *where, name = operation.label.split(".")
        resource: Any = cs
        for attribute in where:
            resource = getattr(resource, attribute)
        positional = [values.pop(n) for n, a in operation.args.items() if a.location == "path"]
        # A call a handwritten method wraps (x-sdk-private) is checked in its generated form.
        call = getattr(resource, "_" + name, None) or getattr(resource, name)
        result = await call(*positional, **values)

    (request,) = seen
    assert request.method == method.upper()
    path_values = {p["name"]: sample(p) for p in parameters(path, op) if p["in"] == "path"}
    expected_path = path.format(**{k: quote(str(v), safe="") for k, v in path_values.items()})
    assert str(request.url).split("?")[0] == BASE + expected_path
    for parameter in parameters(path, op):
        if parameter["in"] == "query" and parameter["name"] in request.url.params:
            assert request.url.params[parameter["name"]] != ""
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        assert operation.body is not None
        expected = operation.body.from_dict(first_example(content)).to_dict()
        sent = json.loads(request.content)
        assert sent == expected
        # And what goes on the wire is what openapi.yaml lets ClickSend take (money as a plain
        # decimal, flags as 0/1, ...), not only what the model writes.
        assert [e.message for e in validator(content["schema"]).iter_errors(sent)] == []
    else:
        assert request.content == b""
    assert ("authorization" in request.headers) == operation.requires_auth
    if resolve(media_schema(op)).get("x-sdk-empty"):
        assert result is None
    elif op.get("x-paginated") == "cursor":
        assert isinstance(result, CursorPage)
        inside = (
            answer if resolve(media_schema(op)).get("x-sdk-envelope") is False else answer["data"]
        )
        items = dig(inside, tuple(op["x-cursor"]["items"].split(".")))
        assert isinstance(items, list)
        assert len(result.items) == len(items)
        assert result.has_next == bool(dig(inside, tuple(op["x-cursor"]["next"].split("."))))
    elif op.get("x-paginated"):
        assert isinstance(result, Page)
        assert len(result.items) == len(answer["data"]["data"])
    else:
        assert result == operation.parse(answer)
        assert type(result) is type(operation.parse(answer))
        # Never a raw dict or a JSON string: a model, or a list of models.
        items = result if isinstance(result, list) else [result]
        # A bare string only where the docs' `data` is one (a URL) or holds them (timezones).
        assert all(
            attrs.has(type(item))
            or answer["data"] == item
            or (isinstance(answer["data"], list) and item in answer["data"])
            for item in items
        )


def test_no_two_operations_of_a_resource_share_a_method_name() -> None:
    names: dict[str, list[str]] = {}
    for _, _, op in spec_operations():
        tag = next(t for t in SPEC["tags"] if t["name"] == op["tags"][0])
        resource = op.get("x-sdk-resource", tag["x-sdk-resource"])
        names.setdefault(resource, []).append(op["x-sdk-method"])
        if op.get("x-paginated"):
            name = op["x-sdk-method"]
            names[resource].append(
                "iter" + name.removeprefix("list") if name.startswith("list") else f"iter_{name}"
            )
    for resource, methods in names.items():
        assert len(methods) == len(set(methods)), resource
    # A nested resource's attribute never hides a method of its parent.
    for resource in names:
        if "." in resource:
            parent, attribute = resource.rsplit(".", 1)
            assert attribute not in names.get(parent, []), resource


def _normal(path: str) -> str:
    parts = [("{}" if p.startswith("{") else p) for p in path.strip("/").split("/")]
    return "/" + "/".join(parts)


def test_every_catalog_operation_is_reachable() -> None:
    served = {(m.upper(), _normal(p)) for p, m, _ in spec_operations()}
    catalog = {(entry["method"], _normal(entry["path"])) for entry in CATALOG}
    assert len(catalog) == 209
    assert sorted(catalog - served) == []
    # And each of them is a method of a client, found by its label (cs.sms.receipts.list).
    cs = ClickSend("u", "k")
    assert {op["operationId"] for _, _, op in spec_operations()} == set(BY_NAME)
    for operation in OPERATIONS:
        *where, name = operation.label.split(".")
        resource: Any = cs
        for attribute in where:
            resource = getattr(resource, attribute)
        assert callable(getattr(resource, name, None) or getattr(resource, "_" + name))
