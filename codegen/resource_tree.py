"""The resource tree of `ClickSend`, read from openapi.yaml and openapi-python-client's parse.

One `Method` per operation (with its `iter`/bulk siblings and docstrings), nested `Resource`s
from the dotted x-sdk-resource, the `Rules` of request models, and the writers of
`_generated/resources/` and api.md.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model_fields import (
    VALUE_FORMATS,
    _RequestEnumProperty,
    _SecretProperty,
    _ValueProperty,
    request_schemas,
)
from openapi_python_client import Project
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from spec_reading import CodegenError, const, operations, resolve, snake, with_siblings

# The ClickSend query conventions the resource methods expose in typed form ("Searching and
# Sorting" in the docs): `q` + `operator` become one `search: Search`, `order_by` an `OrderBy`.
SEARCH_PARAMS = ("q", "operator")
# Query parameters a cursor listing's next link sets (its `iter` twin sets them itself).
CURSORS = frozenset({"offset", "cursor", "page", "after", "before"})
# Rules of an argument's schema the runtime's `Arg` does not check: refused rather than dropped.
UNCHECKED_KEYWORDS = frozenset(
    {"exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "const", "not"}
    | {"anyOf", "oneOf", "allOf"}
)
# Schema keywords `Arg` checks, by its attribute names.
CHECKED_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
}
# How a resource argument (or a request model's field checked by `Rules`) of a value format is
# taken: (annotation, runtime types, Arg extras). Its bounds are the converter's business.
VALUE_ARGS = {
    "money": ("Decimal | int | str", "(Decimal, int, str)", ", convert=money_in"),
    "unix-time": ("int | datetime", "(int, datetime)", ", convert=unix_time"),
    "flag": ("bool", "(bool, int)", ", convert=flag_number"),
    "integer": ("int", "(int, str)", ", convert=integer_in"),
}


# -------------------------------------------------------------------- the resource methods


@dataclass
class Param:
    """One argument of a resource method."""

    name: str
    annotation: str
    required: bool
    location: str  # path, query or body
    arg: str  # the `Arg(...)` expression the runtime checks it with
    description: str
    hidden: bool = False  # sent, but set through another argument (q and operator: search)


@dataclass
class Method:
    """One operation as a method of its resource class (plus its `iter`/bulk siblings)."""

    name: str
    label: str
    operation_id: str
    const: str
    module: str
    import_from: str
    http: str
    summary: str
    description: str
    params: list[Param]
    uses: set[str]
    returns: str
    returns_doc: str
    op_type: str
    parse: str
    idempotent: bool
    requires_auth: bool
    body: str | None = None
    at_least_one_of: tuple[str, ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    crud: tuple[str, str] | None = None
    when: tuple[tuple[str, str, str, str], ...] = ()
    iter_name: str | None = None
    item: str | None = None
    paging: str = ""  # the `Paging(...)` expression of a listing
    iter_hidden: tuple[str, ...] = ("page", "limit")  # arguments the `iter` sibling sets itself
    bulk_name: str | None = None
    bulk_row_params: tuple[str, ...] = ()
    doc: str = ""
    iter_doc: str = ""
    bulk_doc: str = ""

    @property
    def visible(self) -> list[Param]:
        """The arguments of the method's signature."""
        return [p for p in self.params if not p.hidden]

    @property
    def positional(self) -> list[Param]:
        """Path parameters: positional, in path order."""
        return [p for p in self.visible if p.location == "path"]

    @property
    def keyword(self) -> list[Param]:
        """Query and body arguments: keyword-only."""
        return [p for p in self.visible if p.location != "path"]

    @property
    def iter_keyword(self) -> list[Param]:
        """The keyword arguments of the `iter` sibling (it turns the pages itself)."""
        return [p for p in self.keyword if p.name not in self.iter_hidden]

    @property
    def bulk_shared(self) -> list[Param]:
        """Path parameters the bulk sibling takes once for all rows."""
        return [p for p in self.positional if p.name not in self.bulk_row_params]


_RAISES = """\
Raises:
    TypeError: An argument has the wrong type (nothing is sent).
    ValueError: An argument ClickSend cannot take (nothing is sent).
    APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
    APIConnectionError: No answer came."""
_RAISES_UNSAFE = _RAISES + (
    "\n    InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have"
    "\n        been done; it is not repeated automatically."
)


def _wrap(text: str, indent: str = "", hanging: str = "") -> str:
    return textwrap.fill(text, 88, initial_indent=indent, subsequent_indent=indent + hanging)


def _args_section(entries: list[tuple[str, str]]) -> str:
    if not entries:
        return ""
    lines = ["Args:"] + [_wrap(f"{name}: {text or '-'}", "    ", "    ") for name, text in entries]
    return "\n".join(lines)


def _docstring(*sections: str) -> str:
    return "\n\n".join(s for s in sections if s)


def method_docs(m: Method) -> None:
    """Fill the docstrings of a method and of its `iter`/bulk siblings."""
    about = f"`{m.http}`."
    if m.description and m.description.rstrip(".") != m.summary.rstrip("."):
        about = _wrap(f"`{m.http}`: {m.description}")
    if m.item:
        about += f"\nOne page; `{m.iter_name}()` walks them all."
    m.doc = _docstring(
        f"{m.summary.rstrip('.')}.",
        about,
        _args_section([(p.name, p.description) for p in m.visible]),
        "Returns:\n" + _wrap(m.returns_doc or "-", "    "),
        _RAISES if m.idempotent else _RAISES_UNSAFE,
    )
    if m.iter_name:
        m.iter_doc = _docstring(
            f"Every item of `{m.name}()`, across all pages, in order (`async for`).",
            _wrap(
                "Fetches `limit` items a page (by default the most ClickSend allows) and, once "
                "the first page tells how many pages there are, up to `concurrency` pages at once."
            ),
            _args_section(
                [(p.name, p.description) for p in m.positional + m.iter_keyword]
                + [
                    ("limit", "Items per page."),
                    ("concurrency", "Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY)."),
                ]
            ),
        )
    if m.bulk_name:
        if m.body:
            rows = f"Each row is a mapping of `{m.name}()`'s keyword arguments"
            rows += f" (with {', '.join(m.bulk_row_params)})" if m.bulk_row_params else ""
            rows += f", or a model that has them (a `{m.body}`, or a model read back)."
        else:
            rows = (
                f"Each row is the {', '.join(m.bulk_row_params)}, or a mapping or a model (one "
                "read back, say) that holds it."
            )
        unsafe = (
            ""
            if m.idempotent
            else " A row whose request may have reached ClickSend without an answer is not "
            "repeated: it fails with `outcome_unknown` set (an `APIConnectionError` or an "
            "`InternalServerError`)."
        )
        m.bulk_doc = _docstring(
            f"`{m.name}()` once per row, concurrently; never raises half-way.",
            _wrap(
                f"{rows} Rows that fail the checks of `{m.name}()` are reported without being "
                f"sent; 429s are waited out.{unsafe}"
            ),
            _args_section(
                [(p.name, p.description) for p in m.bulk_shared]
                + [
                    ("rows", "What to send, one call per row."),
                    ("concurrency", "Calls in flight at once (default DEFAULT_BULK_CONCURRENCY)."),
                    ("on_progress", "Called as `on_progress(done, total)` after every row."),
                ]
            ),
            "Returns:\n    One `BulkItem` per row, in input order, with `succeeded` and `failed`.",
        )


@dataclass
class Resource:
    """One resource of the tree (`sms`, `sms.receipts`, ...): its class and its methods.

    Attributes:
        path: Its dotted place in the tree, from `x-sdk-resource`.
        class_name: The generated class.
        description: The class docstring (the tag's, or openapi.yaml's `x-sdk-resources`).
        methods: One per operation.
        children: The nested resources, as attributes.
        custom: A handwritten subclass `ClickSend` uses instead ("module:Class" relative to
            clicksend_async, from `x-sdk-resources`): behaviour that is ClickSend's own.
    """

    path: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    custom: tuple[str, str] | None = None
    descendants: list[Resource] = field(default_factory=list)

    @property
    def public_methods(self) -> list[Method]:
        """Its methods but the private ones a handwritten subclass wraps (x-sdk-private)."""
        return [m for m in self.methods if not m.name.startswith("_")]

    @property
    def attribute(self) -> str:
        """Its attribute name on its parent."""
        return self.path.rsplit(".", 1)[-1]

    @property
    def group(self) -> str:
        """Its top-level resource: the generated module it lives in."""
        return self.path.split(".", 1)[0]

    @property
    def instance_class(self) -> str:
        """The class instantiated for it: the handwritten subclass, if any."""
        return self.custom[1] if self.custom else self.class_name


@dataclass
class RuleSet:
    """The `Rules` of one model users build for a request (see clicksend_async._operation)."""

    model: str
    const: str
    params: list[Param]
    at_least_one_of: tuple[str, ...]
    exactly_one_of: tuple[str, ...]
    needs: set[str]


def _rulesconst(model: str) -> str:
    return const(snake(model).lstrip("_")) + "_RULES"


def _kind(prop: Any) -> tuple[str, str, str]:
    """(annotation, runtime types, Arg extras) of a generated property's Python type."""
    if isinstance(prop, _SecretProperty | _RequestEnumProperty):
        return _kind(prop._prop)
    if isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
        return name, f"({name},)", f", rules={_rulesconst(name)}"
    if isinstance(prop, _ValueProperty):
        return VALUE_ARGS[next(k for k, v in VALUE_FORMATS.items() if v is prop.fmt)]
    if isinstance(prop, UnionProperty):
        kinds = [_kind(inner) for inner in prop.inner_properties]
        if any(extras for _, _, extras in kinds):
            raise CodegenError(f"{prop.name.get_untrusted_value()!r}: a union of rich types")
        types = [t for _, inner_types, _ in kinds for t in inner_types.strip("(),").split(", ")]
        return (
            " | ".join(annotation for annotation, _, _ in kinds),
            f"({', '.join(dict.fromkeys(types))},)",
            "",
        )
    if isinstance(prop, BooleanProperty):
        return "bool", "(bool,)", ""
    if isinstance(prop, IntProperty):
        return "int", "(int,)", ""
    if isinstance(prop, FloatProperty):
        return "float", "(int, float)", ""
    if isinstance(prop, StringProperty):
        return "str", "(str,)", ""
    if isinstance(prop, EnumProperty):
        values = ", ".join(repr(v) for v in prop.values.values())
        runtime = "(int,)" if prop.value_type is int else "(str,)"
        return f"Literal[{values}]", runtime, f", convert={prop.class_info.name}"
    if isinstance(prop, ListProperty):
        inner, inner_types, inner_extras = _kind(prop.inner_property)
        rules = inner_extras if inner_extras.startswith(", rules=") else ""
        return f"Sequence[{inner}]", "(list, tuple)", f", items={inner_types}{rules}"
    raise CodegenError(
        f"no resource argument type for {type(prop).__name__} {prop.name.get_untrusted_value()!r}"
    )


def _param(prop: Any, location: str, raw_schema: Mapping[str, Any], description: str) -> Param:
    """A resource method argument for a generated parameter or body property."""
    fmt = raw_schema.get("format")
    # A value format's converter runs first: its bounds apply to the converted value.
    annotation, types, extras = VALUE_ARGS[fmt] if fmt in VALUE_ARGS else _kind(prop)
    for keyword, attribute in CHECKED_KEYWORDS.items():
        if keyword in raw_schema:
            extras += f", {attribute}={raw_schema[keyword]!r}"
    unchecked = raw_schema.keys() & UNCHECKED_KEYWORDS
    if unchecked:
        raise CodegenError(
            f"{prop.name}: {', '.join(sorted(unchecked))} would not be checked by the SDK; "
            "teach Arg (clicksend_async/_operation.py) and _param to check it first"
        )
    if prop.name != prop.python_name:
        extras += f", wire={prop.name.get_untrusted_value()!r}"
    required = ", required=True" if prop.required else ""
    return Param(
        name=prop.python_name,
        annotation=annotation,
        required=bool(prop.required),
        location=location,
        arg=f'Arg("{location}", {types}{required}{extras})',
        description=" ".join((description or "").split()),
    )


def _data_property(envelope: ModelProperty) -> Any:
    for prop in (envelope.required_properties or []) + (envelope.optional_properties or []):
        if prop.name == "data":
            return prop
    raise CodegenError(f"{envelope.class_info.name} has no `data`")


def methods_of(spec: Mapping[str, Any], data: GeneratorData) -> dict[str, Resource]:
    """Every operation as a `Method` of its `Resource`, by the resources' dotted paths."""
    tags = {t["name"]: t for t in spec.get("tags", [])}
    resources: dict[str, Resource] = {}
    endpoints = {
        str(e.name): (tag, e)
        for tag, collection in data.endpoint_collections_by_tag.items()
        for e in collection.endpoints
    }
    for path, method, op in operations(spec):
        op_id = op["operationId"]
        tag_module, endpoint = endpoints[op_id]
        tag = tags[op["tags"][0]]
        attribute = op.get("x-sdk-resource", tag["x-sdk-resource"])
        if attribute.split(".", 1)[0] != tag["x-sdk-resource"]:
            raise CodegenError(
                f"{op_id}: x-sdk-resource {attribute} is not under its tag's "
                f"{tag['x-sdk-resource']}"
            )
        resource = resources.get(attribute) or _resource(
            spec, resources, attribute, tag.get("description", "")
        )
        raw_params = {
            p["name"]: p for p in (resolve(spec, p) for p in op.get("parameters", []))
        } | {
            p["name"]: p
            for p in (resolve(spec, p) for p in spec["paths"][path].get("parameters", []))
        }
        params: list[Param] = []
        uses: set[str] = set()
        for prop in endpoint.path_parameters + endpoint.query_parameters:
            raw = raw_params[prop.name]
            location = raw["in"]
            if prop.name in SEARCH_PARAMS and all(n in raw_params for n in SEARCH_PARAMS):
                hidden = _param(prop, location, resolve(spec, raw["schema"]), "")
                hidden.hidden = True
                params.append(hidden)
                uses |= _classes(prop)
                continue
            if prop.name == "order_by":
                params.append(
                    Param(
                        "order_by",
                        "OrderBy",
                        False,
                        "query",
                        'Arg("query", (OrderBy,))',
                        raw.get("description", ""),
                    )
                )
                continue
            uses |= _classes(prop)
            params.append(
                _param(prop, location, resolve(spec, raw["schema"]), raw.get("description", ""))
            )
        if all(name in raw_params for name in SEARCH_PARAMS):
            params.append(
                Param(
                    "search",
                    "Search",
                    False,
                    "query",
                    'Arg("query", (Search,))',
                    raw_params["q"]["description"],
                )
            )

        body_model = None
        raw_body: Mapping[str, Any] = {}
        if endpoint.bodies:
            body_prop: Any = endpoint.bodies[0].prop  # a ModelProperty: bodies are objects
            body_model = str(body_prop.class_info.name)
            uses.add(body_model)
            raw_body = resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
            raw_props = raw_body.get("properties", {})
            for prop in (body_prop.required_properties or []) + (
                body_prop.optional_properties or []
            ):
                raw = with_siblings(spec, raw_props[prop.name])
                uses |= _classes(prop)
                params.append(_param(prop, "body", raw, raw.get("description", "")))

        success = next(r for r in endpoint.responses.patterns if r.status_code.pattern == "200")
        envelope: Any = success.prop  # a ModelProperty: an envelope, or a bare answer
        raw_envelope = resolve(
            spec, op["responses"]["200"]["content"]["application/json"]["schema"]
        )
        # x-sdk-envelope: false marks an answer without the envelope: the model is all of it.
        bare = raw_envelope.get("x-sdk-envelope") is False
        data_prop = envelope if bare else _data_property(envelope)
        unwrap = "" if bare else ".data"
        module = f"_{op_id}"
        m = Method(
            # x-sdk-private: a handwritten subclass wraps the call under its public name.
            name=("_" if op.get("x-sdk-private") else "") + op["x-sdk-method"],
            label=f"{attribute}.{op['x-sdk-method']}",
            operation_id=op_id,
            const=const(op_id),
            module=module,
            import_from=f".api.{tag_module}",
            http=f"{method.upper()} {path}",
            summary=" ".join(op.get("summary", "").split()),
            description=" ".join(op.get("description", "").split()),
            params=params,
            uses=uses,
            returns="",
            returns_doc=" ".join(op["responses"]["200"].get("description", "").split()),
            op_type="",
            parse="",
            idempotent=bool(op["x-idempotent"]),
            requires_auth=op.get("security", spec.get("security")) != [],
            body=body_model,
            at_least_one_of=tuple(raw_body.get("x-at-least-one-of", ())),
            exactly_one_of=tuple(raw_body.get("x-exactly-one-of", ())),
            crud=(op["x-crud"]["collection"], op["x-crud"]["id"]) if "x-crud" in op else None,
            when=tuple(
                (field, value, target, pattern)
                for rule in raw_body.get("x-when", ())
                for field, value in rule["if"].items()
                for target, pattern in rule["then"].items()
            ),
        )
        if raw_envelope.get("x-sdk-empty"):
            m.returns = m.op_type = "None"
            m.parse = f"lambda payload: discard({module}.parse(payload))"
        else:
            m.returns = m.op_type = _in_class_scope(
                data_prop.get_type_string().as_unembedded_code()
            )
            m.uses |= _classes(data_prop)
            m.parse = f"lambda payload: {module}.parse(payload){unwrap}"
        paginated = op.get("x-paginated")
        if paginated is True or paginated == "page":
            item = _data_property(data_prop).inner_property
            m.item = item.get_type_string().as_unembedded_code()
            m.uses |= _classes(item)
            m.returns = m.op_type = f"Page[{m.item}]"
            m.parse = f"lambda payload: Page.of({module}.parse(payload).data)"
            m.paging = 'Paging("page", "limit")'
        elif paginated == "cursor":
            cursor = op["x-cursor"]
            attributes, items = _walk(data_prop, cursor["items"])
            item = items.inner_property
            m.item = item.get_type_string().as_unembedded_code()
            m.uses |= _classes(item)
            m.returns = m.op_type = f"CursorPage[{m.item}]"
            raw = ("" if bare else "data.") + cursor["next"]
            total = cursor.get("total")
            total_arg = ""
            if total:
                total_arg = (
                    f", dig(payload, {tuple((('' if bare else 'data.') + total).split('.'))!r})"
                )
            m.parse = (
                f"lambda payload: CursorPage.of({module}.parse(payload){unwrap}.{attributes}, "
                f"dig(payload, {tuple(raw.split('.'))!r}){total_arg})"
            )
            size = next(p.name for p in params if p.name == cursor["limit"])
            steer = tuple(p.name for p in params if p.location == "query" and p.name in CURSORS)
            m.paging = f'Paging("cursor", "{size}", {steer!r})'
            m.iter_hidden = (size, *steer)
        elif paginated:
            raise CodegenError(f"{op_id}: x-paginated must be true, page or cursor")
        if m.paging:
            # list -> iter, list_transactions -> iter_transactions, search -> iter_search
            m.iter_name = (
                "iter" + m.name.removeprefix("list")
                if m.name.startswith("list")
                else f"iter_{m.name}"
            )
        if "x-sdk-bulk" in op:
            m.bulk_name = op["x-sdk-bulk"]["method"]
            m.bulk_row_params = tuple(op["x-sdk-bulk"].get("row", ()))
        method_docs(m)
        resource.methods.append(m)
    return resources


def _resource(
    spec: Mapping[str, Any], resources: dict[str, Resource], path: str, description: str = ""
) -> Resource:
    """The resource at `path`, made (with its parents) if new."""
    facts = spec.get("x-sdk-resources", {}).get(path, {})
    custom = facts.get("class")
    resource = Resource(
        path=path,
        class_name="".join(p.title() for p in path.replace(".", "_").split("_")) + "Resource",
        description=" ".join((facts.get("description") or description).split())
        or f"The `{path}` calls.",
        custom=tuple(custom.split(":", 1)) if custom else None,
    )
    resources[path] = resource
    if "." in path:
        parent_path = path.rsplit(".", 1)[0]
        parent = resources.get(parent_path) or _resource(spec, resources, parent_path)
        parent.children.append(resource)
    return resource


def rule_sets(spec: Mapping[str, Any], data: GeneratorData) -> list[RuleSet]:
    """The `Rules` of every model of a request body, each after the ones it uses."""
    requests = request_schemas(spec)
    found: dict[str, RuleSet] = {}
    for model in data.models:
        name = str(model.class_info.name)
        if name not in requests:
            continue
        raw_schema = spec["components"]["schemas"].get(name, {})
        raw_props = raw_schema.get("properties", {})
        params, needs = [], set()
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            raw = with_siblings(spec, raw_props.get(prop.name, {}))
            params.append(_param(prop, "body", raw, ""))
            needs |= _classes(prop)
        found[name] = RuleSet(
            model=name,
            const=_rulesconst(name),
            params=params,
            at_least_one_of=tuple(raw_schema.get("x-at-least-one-of", ())),
            exactly_one_of=tuple(raw_schema.get("x-exactly-one-of", ())),
            needs=needs,
        )
    ordered: list[RuleSet] = []

    def place(rule_set: RuleSet) -> None:
        if rule_set in ordered:
            return
        for used in sorted(rule_set.needs):
            if used in found and used != rule_set.model:
                place(found[used])
        ordered.append(rule_set)

    for name in sorted(found):
        place(found[name])
    return ordered


def _walk(model: Any, path: str) -> tuple[str, Any]:
    """The Python attribute chain and the property at a dotted JSON path inside a model."""
    attributes, prop = [], model
    for name in path.split("."):
        props = (prop.required_properties or []) + (prop.optional_properties or [])
        found = next((p for p in props if p.name == name), None)
        if found is None:
            raise CodegenError(f"{path}: no property {name!r} in {prop.class_info.name}")
        attributes.append(found.python_name)
        prop = found
    return ".".join(attributes), prop


def _classes(prop: Any) -> set[str]:
    """The generated model and enum classes a property's type names."""
    if isinstance(prop, _SecretProperty | _RequestEnumProperty):
        return _classes(prop._prop)
    if isinstance(prop, ModelProperty | EnumProperty):
        return {str(prop.class_info.name)}
    if isinstance(prop, ListProperty):
        return _classes(prop.inner_property)
    return set()


def _in_class_scope(annotation: str) -> str:
    """An annotation that stays right inside a class that has a method named `list`."""
    return annotation.replace("list[", "builtins.list[")


# ------------------------------------------------------------------------- writing them


def write_resources(
    project: Project, folder: Path, resources: dict[str, Resource], rules: list[RuleSet]
) -> None:
    """Write `resources/`: one module per top-level resource, the model rules, the root."""
    folder.mkdir()
    env = project.env
    rule_models = {r.model for r in rules}
    (folder / "_rules.py").write_text(
        env.get_template("resources_rules.py.jinja").render(
            rules=rules,
            models=sorted(rule_models | {n for r in rules for n in r.needs}),
        ),
        encoding="utf-8",
    )
    groups: dict[str, list[Resource]] = {}
    for resource in resources.values():
        groups.setdefault(resource.group, []).append(resource)
    for group, members in groups.items():
        # Children before parents: a parent's __init__ names its children's classes.
        members.sort(key=lambda r: -r.path.count("."))
        methods = [m for r in members for m in r.methods]
        uses = {name for m in methods for name in m.uses}
        (folder / f"{group}.py").write_text(
            env.get_template("resources_group.py.jinja").render(
                group=group,
                resources=members,
                methods=methods,
                models=sorted(uses),
                rules=sorted(r.const for r in rules if r.model in uses),
                customs=sorted({c.custom for r in members for c in r.children if c.custom}),
            ),
            encoding="utf-8",
        )
    tops = [r for r in resources.values() if "." not in r.path]
    (folder / "__init__.py").write_text(
        env.get_template("resources_init.py.jinja").render(
            tops=tops,
            groups=list(groups),
            customs=sorted({r.custom for r in tops if r.custom}),
        ),
        encoding="utf-8",
    )


def write_api_reference(project: Project, path: Path, resources: dict[str, Resource]) -> None:
    """Write api.md: every resource and method, its HTTP call, arguments and return type."""
    ordered: list[Resource] = []

    def walk(resource: Resource) -> None:
        ordered.append(resource)
        for child in resource.children:
            walk(child)

    tops = [r for r in resources.values() if "." not in r.path]
    for top in tops:
        walk(top)
    for top in tops:
        top.descendants = [r for r in ordered if r.path.startswith(top.path + ".")]
    text = project.env.get_template("api.md.jinja").render(tops=tops, resources=ordered)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
