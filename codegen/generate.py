"""Regenerate `clicksend_async/_generated` from `openapi.yaml` (`make generate`).

Two passes share one parse of the spec by the pinned openapi-python-client:

1. openapi-python-client's own templates write the attrs models (their fields first adjusted by
   `model_fields.py`: secrets, one Python type per value, enums, parameter names) and, through
   our `templates/endpoint_module.py.jinja`, one request/parse module per operation;
2. `resource_tree.py` reads the same parse plus the spec's `x-` extensions (see openapi.yaml's
   header) into the resource tree of `ClickSend` and writes `_generated/resources/` (one module
   per top-level resource, `templates/resources_*.jinja`) and api.md.

`spec_reading.py` holds what all of them read: the spec as plain data, the paths, the errors.

Every file gets a header naming this command, then ruff (pinned) formats the lot, so the output
is byte-for-byte the same on every machine. `--check` regenerates into a scratch folder and
fails if the committed tree differs.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from model_fields import hide_secrets, tidy_parameter_names, type_values
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from resource_tree import methods_of, rule_sets, write_api_reference, write_resources
from spec_reading import API, CODEGEN, HEADER, ROOT, RUFF, SPEC, TARGET, CodegenError, load_spec

# ----------------------------------------------------------------------------- generation


def generate_into(out: Path) -> None:
    """Write the whole generated package into `out` (which must not exist)."""
    spec = load_spec()
    config = Config.from_sources(
        ConfigFile.load_from_path(CODEGEN / "config.yaml"),
        MetaType.NONE,
        SPEC,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise CodegenError(f"{data.header}: {data.detail}")
    problems = list(data.errors) + [
        e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors
    ]
    if problems:
        raise CodegenError("\n".join(f"{p.header}: {p.detail}" for p in problems))
    hide_secrets(data)
    type_values(spec, data)
    tidy_parameter_names(data, config)

    project = Project(openapi=data, config=config, custom_template_path=CODEGEN / "templates")
    # Our templates may extend upstream's of the same name as "upstream/<name>".
    ours = project.env.loader
    if ours is None:
        raise CodegenError("openapi-python-client made no template loader")
    project.env.loader = ChoiceLoader(
        [ours, PrefixLoader({"upstream": PackageLoader("openapi_python_client")})]
    )
    errors = project.build()
    if errors:
        raise CodegenError("\n".join(f"{e.header}: {e.detail}" for e in errors))
    # The generated Client and its errors module serve the default endpoint template only:
    # the handwritten runtime sends every request.
    for unused in ("client.py", "errors.py"):
        (out / unused).unlink()

    resources = methods_of(spec, data)
    write_resources(project, out / "resources", resources, rule_sets(spec, data))
    write_api_reference(project, out.parent / API.name, resources)

    for path in sorted(out.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    config_arg = ["--config", str(ROOT / "pyproject.toml")]
    for command in (
        [str(RUFF), "check", "--fix-only", "--quiet", "--select", "I,F401", *config_arg, str(out)],
        [str(RUFF), "format", "--quiet", *config_arg, str(out)],
    ):
        subprocess.run(command, check=True, cwd=ROOT)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check(out: Path) -> int:
    """Compare a fresh generation with the committed tree; print what differs."""
    fresh, committed = _tree(out), _tree(TARGET) if TARGET.exists() else {}
    fresh[f"../{API.name}"] = (out.parent / API.name).read_bytes()
    committed[f"../{API.name}"] = API.read_bytes() if API.exists() else b""
    if fresh == committed:
        print(f"{TARGET.relative_to(ROOT)} and {API.name} match openapi.yaml")
        return 0
    for name in sorted(fresh.keys() | committed.keys()):
        a = committed.get(name, b"").decode().splitlines(keepends=True)
        b = fresh.get(name, b"").decode().splitlines(keepends=True)
        if a != b:
            sys.stdout.writelines(difflib.unified_diff(a, b, f"committed/{name}", f"fresh/{name}"))
    print(
        f"\n{TARGET.relative_to(ROOT)} or {API.name} is stale: "
        "run `make generate` and commit the result."
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run the generator; with --check, only compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed code is stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clicksend-codegen-") as scratch:
        out = Path(scratch) / "_generated"
        try:
            generate_into(out)
        except CodegenError as error:
            print(f"openapi.yaml cannot be generated from:\n{error}", file=sys.stderr)
            return 2
        if args.check:
            return check(out)
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(out, TARGET)
        shutil.copyfile(out.parent / API.name, API)
        print(f"wrote {TARGET.relative_to(ROOT)} and {API.name} from {SPEC.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
