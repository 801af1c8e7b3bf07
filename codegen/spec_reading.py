"""openapi.yaml as plain data, read the way openapi-python-client reads it (codegen's base)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CODEGEN = ROOT / "codegen"
TARGET = ROOT / "clicksend_async" / "_generated"
API = ROOT / "api.md"
HEADER = "# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.\n"
RUFF = Path(sys.executable).parent / "ruff"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class CodegenError(Exception):
    """The spec cannot be generated from as it is; the message says where."""


# --------------------------------------------------------------------------------- the spec


def load_spec() -> dict[str, Any]:
    """The spec as plain data, read the way openapi-python-client reads it."""
    data: dict[str, Any] = YAML(typ="safe").load(SPEC.read_bytes())
    return data


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local `$ref` (one level is all openapi.yaml uses)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return resolve(spec, target)


def with_siblings(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """A property's schema: its `$ref` followed, the keywords written beside it on top.

    OpenAPI 3.1 lets a property add to a shared schema (`$ref: Money` with its own
    `description` or `minimum`); those win.
    """
    return {**resolve(spec, node), **{k: v for k, v in node.items() if k != "$ref"}}


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Each (path, method, operation) of the spec, in file order."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


def snake(name: str) -> str:
    """CamelCase as snake_case (`SmsMessage` -> `_sms_message`)."""
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def const(name: str) -> str:
    """The name of a module constant for an operationId or a model (`_SMS_SEND`)."""
    return "_" + name.upper()
