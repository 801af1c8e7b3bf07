"""The generated models' fields that say more than openapi-python-client does by itself.

Secrets left out of reprs (`format: password`), one Python type per value format (money,
unix-time, flag, integer), plain values welcome in the enum fields of request models, and
bracketed query parameters named as words. Each wraps or renames a parsed property before the
templates render it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode
from spec_reading import operations, resolve, snake

# ------------------------------------------------------------------------- secrets in repr


class _SecretProperty:
    """Wraps a generated property so its attrs field is declared with `repr=False`.

    Properties the spec marks `format: password` (API keys, passwords, card numbers) must not
    show in a model's repr, hence in logs or tracebacks.
    """

    def __init__(self, prop: Any) -> None:
        self._prop = prop

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prop, name)

    def to_string(self) -> PythonCode:
        prop = self._prop
        annotation = prop.get_type_string().as_unembedded_code()
        default = "" if prop.required else ", default=UNSET"
        return PythonCode(f"{prop.python_name}: {annotation} = _attrs_field(repr=False{default})")


def hide_secrets(data: GeneratorData) -> None:
    """Swap every `format: password` property of every model for a `_SecretProperty`."""
    for model in data.models:
        raw_properties = model.data.properties or {}
        for attr in ("required_properties", "optional_properties"):
            props = getattr(model, attr) or []
            for i, prop in enumerate(props):
                raw = raw_properties.get(prop.name)
                if raw is not None and getattr(raw, "schema_format", None) == "password":
                    props[i] = _SecretProperty(prop)


# ----------------------------------------------------------------- one Python type per field


@dataclass(frozen=True)
class ValueFormat:
    """How the models hold a field of one `format` of openapi.yaml's value schemas.

    Attributes:
        python: The field's one Python type.
        reader: The function of clicksend_async._values that reads every JSON spelling.
        writer: The converter of request models' fields (the friendly input types), same module.
        inputs: What a request model's field (and a resource argument) takes.
        json: How the value is written back to JSON ("{}" stands for the value).
    """

    python: str
    reader: str
    writer: str
    inputs: tuple[str, ...]
    json: str = "{}"


VALUE_FORMATS = {
    "money": ValueFormat(
        "Decimal", "money", "money_in", ("Decimal", "int", "str"), "format({}, 'f')"
    ),
    "unix-time": ValueFormat("int", "unix_time", "unix_time_in", ("int", "datetime")),
    "flag": ValueFormat("bool", "flag", "flag_in", ("bool", "int"), "int({})"),
    "integer": ValueFormat("int", "integer", "integer_in", ("int", "str")),
}


def value_format(spec: Mapping[str, Any], raw: Any) -> tuple[ValueFormat, bool] | None:
    """The value format of a raw property schema (a `$ref` is followed), and if it is nullable."""
    ref = getattr(raw, "ref", None)
    if ref is not None:
        node: Mapping[str, Any] = resolve(spec, {"$ref": ref.get_untrusted_value()})
        fmt, types = node.get("format"), node.get("type")
    elif isinstance(raw, Mapping):
        node = resolve(spec, raw)
        fmt, types = node.get("format"), node.get("type")
    else:
        fmt, types = getattr(raw, "schema_format", None), getattr(raw, "type", None)
        if isinstance(types, list):
            types = [str(getattr(t, "value", t)) for t in types]
        elif types is not None:
            types = str(getattr(types, "value", types))
    if fmt is None and types in ("integer", ["integer", "null"]):
        # A plain integer is read like `Integer` too: a digit string passes, a word fails.
        fmt = "integer"
    if fmt not in VALUE_FORMATS:
        return None
    return VALUE_FORMATS[fmt], isinstance(types, list) and "null" in types


class _ValueProperty:
    """A generated property of a value format, with its one Python type.

    It is read and written by clicksend_async._values (see
    templates/property_templates/value_property.py.jinja).

    In models users build for requests (`request=True`) the attrs field also gets a converter,
    so `SmsMessage(schedule=datetime(..., tzinfo=...))` holds Unix seconds.
    """

    template = "value_property.py.jinja"

    def __init__(
        self, prop: Any, fmt: ValueFormat, nullable: bool, where: str, request: bool
    ) -> None:
        self._prop = prop
        self.fmt = fmt
        self.nullable = nullable
        self.where = where
        self.request = request and not nullable
        self.reader = ("nullable_" if nullable else "") + fmt.reader
        model = where.split(".", 1)[0]
        self.shadows_model = snake(model).lstrip("_") == prop.python_name

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prop, name)

    @property
    def converter(self) -> str:
        """The attrs converter of a request model's field."""
        return ("" if self._prop.required else "optional_") + self.fmt.writer

    def imports(self) -> set[str]:
        """The import lines the model needs for this field."""
        lines = {f"from ..._values import {self.reader}"}
        if self.request:
            lines.add(f"from ..._values import {self.converter}")
        if self.fmt.python == "Decimal":
            lines.add("from decimal import Decimal")
        return lines

    def json_expression(self, source: str) -> str:
        """The JSON form of the value held in `source`."""
        return self.fmt.json.format(source)

    def get_type_string(self, no_optional: bool = False, json: bool = False) -> PythonCode:
        text = self.fmt.python + (" | None" if self.nullable else "")
        if not (no_optional or self._prop.required):
            text += " | Unset"
        return PythonCode(text)

    def get_instance_type_string(self) -> PythonCode:
        return self.get_type_string(no_optional=True)

    def to_string(self) -> PythonCode:
        annotation = self.get_type_string().as_unembedded_code()
        name = self._prop.python_name
        if not self.request:
            default = "" if self._prop.required else " = UNSET"
            return PythonCode(f"{name}: {annotation}{default}")
        default = "" if self._prop.required else "default=UNSET, "
        return PythonCode(
            f"{name}: {annotation} = _attrs_field({default}converter={self.converter})"
        )

    def to_docstring(self) -> str:
        # Upstream's line, "name (type): description...", with our type.
        _, _, about = str(self._prop.to_docstring()).partition("): ")
        return f"{self._prop.python_name} ({self.get_type_string().as_unembedded_code()}): {about}"


class _RequestEnumProperty:
    """An enum field of a model users build for a request: its plain values are welcome too.

    The annotation adds `Literal[...]` of the enum's values; writing the field (our
    enum_property.py.jinja) converts either to the enum's value.
    """

    def __init__(self, prop: Any) -> None:
        self._prop = prop

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prop, name)

    def get_type_string(self, no_optional: bool = False, json: bool = False) -> PythonCode:
        if json:
            return self._prop.get_type_string(no_optional, json)  # type: ignore[no-any-return]
        values = ", ".join(repr(v) for v in self._prop.values.values())
        text = f"{self._prop.class_info.name} | Literal[{values}]"
        if not (no_optional or self._prop.required):
            text += " | Unset"
        return PythonCode(text)

    def to_string(self) -> PythonCode:
        default = "" if self._prop.required else " = UNSET"
        return PythonCode(
            f"{self._prop.python_name}: {self.get_type_string().as_unembedded_code()}{default}"
        )

    def to_docstring(self) -> str:
        _, _, about = str(self._prop.to_docstring()).partition("): ")
        return f"{self._prop.python_name} ({self.get_type_string().as_unembedded_code()}): {about}"


def tidy_parameter_names(data: GeneratorData, config: Config) -> None:
    """Name bracketed query parameters as words: `filter[status]` is `filter_status`.

    openapi-python-client drops the brackets and runs the words together (`filterstatus`).
    """
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for prop in endpoint.query_parameters:
                wire = prop.name.get_untrusted_value()
                if "[" in wire:
                    words = "_".join(part for part in re.split(r"\W+", wire) if part)
                    prop.set_python_name(UntrustedString(words), config)


def request_schemas(spec: Mapping[str, Any]) -> set[str]:
    """The component schemas a request body holds, directly or nested."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    walk(spec["components"]["schemas"][name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _, _, op in operations(spec):
        walk(op.get("requestBody", {}))
    return found


def type_values(spec: Mapping[str, Any], data: GeneratorData) -> None:
    """Swap every property of a value format, in every model, for a `_ValueProperty`."""
    requests = request_schemas(spec)
    for model in data.models:
        raw_properties = model.data.properties or {}
        name = str(model.class_info.name)
        imports: set[str] = set()
        for attr in ("required_properties", "optional_properties"):
            props = getattr(model, attr) or []
            for i, prop in enumerate(props):
                raw = raw_properties.get(prop.name)
                if isinstance(prop, EnumProperty) and name in requests:
                    props[i] = _RequestEnumProperty(prop)
                    imports.add("from typing import Literal")
                    continue
                found = value_format(spec, raw) if raw is not None else None
                if found is None:
                    continue
                wrapped = _ValueProperty(
                    prop, *found, where=f"{name}.{prop.python_name}", request=name in requests
                )
                props[i] = wrapped
                imports |= wrapped.imports()
        if imports:
            model.set_relative_imports((model.relative_imports or set()) | imports)
