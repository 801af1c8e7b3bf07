"""The README's code and the example programs run, against the embedded ClickSend.

Every ```python block of README.md is executed as it is written (a user's program, with
credentials and base URL from the environment), and every program in examples/ is driven the
way its docstring says it is used, so the guide and the examples cannot rot.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import ModuleType

import anyio
import httpx
import pytest
from fastapi import FastAPI

from clicksend_async import ClickSend
from clicksend_async._resource import Resource
from clicksend_async.testing import EmbeddedClickSend

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [
    (README.count("\n", 0, match.start()) + 2, match.group(1))
    for match in re.finditer(r"```python\n(.*?)```", README, flags=re.DOTALL)
    if "clicksend_async.webhooks" not in match.group(1)  # driven by tests/test_webhooks_docs.py
]


def load_example(name: str) -> ModuleType:
    """Import examples/<name>.py as a module (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@asynccontextmanager
async def serving(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client to a FastAPI app, its lifespan run around it (as uvicorn would)."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            yield http


@pytest.fixture
def embedded() -> EmbeddedClickSend:
    return EmbeddedClickSend({"docs-user": "docs-key"})


def verified_sender(embedded: EmbeddedClickSend) -> None:
    """What an account has once it verified a sender address (as "Sending messages" says)."""

    async def verify() -> None:
        async with embedded.client(username="docs-user", api_key="docs-key") as cs:
            sender = await cs.email.addresses.create(email_address="orders@example.com")
            await cs.email.addresses.send_verification(sender.email_address_id)
            code = embedded.outbox[-1].code
            assert code is not None
            await cs.email.addresses.verify(sender.email_address_id, code)

    anyio.run(verify)


@pytest.fixture
def served(
    embedded: EmbeddedClickSend, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EmbeddedClickSend]:
    """The embedded ClickSend on loopback, named by CLICKSEND_* as a user's shell would."""
    verified_sender(embedded)
    with embedded.serve_in_thread() as base_url:
        monkeypatch.setenv("CLICKSEND_BASE_URL", base_url)
        monkeypatch.setenv("CLICKSEND_USERNAME", "docs-user")
        monkeypatch.setenv("CLICKSEND_API_KEY", "docs-key")
        yield embedded


def test_the_readme_has_the_two_commands_first() -> None:
    first_block = README.index("```")
    assert README.index("make demo") > first_block
    assert README.index("make demo") < README.index("## Install")
    assert README.index("make test") < README.index("## Install")


def resource_tree(resource: object, path: str) -> Iterator[tuple[str, object]]:
    """Each resource of the tree under `resource` (itself included), with its dotted path."""
    yield path, resource
    for name in getattr(type(resource), "__slots__", ()):
        child = getattr(resource, name, None)
        if isinstance(child, Resource):
            yield from resource_tree(child, f"{path}.{name}")


def test_api_md_lists_every_method_of_every_resource_and_the_readme_each_resource() -> None:
    api = (ROOT / "api.md").read_text(encoding="utf-8")
    assert "(api.md)" in README
    covers = README[README.index("## What it covers") : README.index("## Configuration")]
    cs = ClickSend("u", "k")
    tops = [name for name in vars(cs) if isinstance(getattr(cs, name), Resource)]
    assert len(tops) >= 13
    for top in tops:
        assert f"`{top}`" in covers, top
        for path, resource in resource_tree(getattr(cs, top), top):
            section = api[api.index(f"\n## cs.{path}\n") :]
            section = section[: section.find("\n## ", 1) if "\n## " in section[1:] else None]
            listed = set(re.findall(r"^\| `(\w+)`(?: / `(\w+)`)?(?: / `(\w+)`)?", section, re.M))
            names = {n for row in listed for n in row if n}
            generated = {
                name
                for klass in type(resource).__mro__
                if klass.__module__.startswith("clicksend_async._generated")
                for name, value in vars(klass).items()
                if callable(value) and not name.startswith("_")
            }
            assert names == generated, path


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_every_readme_python_block_runs(
    served: EmbeddedClickSend,
    line: int,
    code: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if "REDIS_URL" in code:  # the shared rate limit's block: a real Redis, as its user has
        monkeypatch.setenv("REDIS_URL", request.getfixturevalue("redis_server").url)
    namespace: dict[str, object] = {"__name__": f"readme_line_{line}"}
    exec(compile(code, f"README.md:{line}", "exec"), namespace)  # noqa: S102 (the README's own code)
    app = namespace.get("app")
    if isinstance(app, FastAPI):  # the FastAPI block defines an app: serve a request through it

        async def ask() -> httpx.Response:
            async with serving(app) as http:
                return await http.get("/countries")

        answer = anyio.run(ask)
        assert answer.status_code == 200
        assert "AU" in answer.json()
    assert sum(served.request_counts.values()) > 0 or "EmbeddedClickSend(" in code


@pytest.mark.anyio
async def test_the_fastapi_example(served: EmbeddedClickSend) -> None:
    async with serving(load_example("fastapi_app").app) as http:
        list_id = (await http.post("/lists", params={"name": "FastAPI"})).json()["list_id"]
        for phone, name in (
            ("+61411110001", "Ann"),
            ("+61411110002", "Bob"),
            ("+61411110003", "Ann"),
        ):
            added = await http.post(
                f"/lists/{list_id}/contacts", json={"phone_number": phone, "first_name": name}
            )
            assert added.status_code == 200
        found = (await http.get(f"/lists/{list_id}/contacts", params={"first_name": "ann"})).json()
        missing = await http.post("/lists/999999/contacts", json={"phone_number": "+61411110009"})
    assert [c["phone_number"] for c in found] == ["+61411110001", "+61411110003"]
    assert missing.status_code == 404
    assert len(served.contacts(list_id, account="docs-user")) == 3


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # aiohttp runs on asyncio only
@pytest.mark.anyio
async def test_the_aiohttp_example(served: EmbeddedClickSend) -> None:
    from aiohttp.test_utils import TestClient as AiohttpClient
    from aiohttp.test_utils import TestServer

    list_id = served.add_list("aiohttp", account="docs-user")
    async with AiohttpClient(TestServer(load_example("aiohttp_app").make_app())) as http:
        found = await (await http.get(f"/lists/{list_id}")).json()
        missing = await http.get("/lists/999999")
        codes = await (await http.get("/countries")).json()
    assert found == {"list_id": list_id, "name": "aiohttp"}
    assert missing.status == 404
    assert "AU" in codes


def test_the_trio_example(served: EmbeddedClickSend) -> None:
    import trio

    counts = trio.run(load_example("trio_script").main)
    assert counts == {"trio-0": 5, "trio-1": 5, "trio-2": 5}
    assert served.lists(account="docs-user") == [], "the script cleans up after itself"


@pytest.mark.anyio
async def test_the_incremental_sync_example_pulls_only_what_changed(tmp_path: Path) -> None:
    now = [1_700_000_000.0]
    embedded = EmbeddedClickSend(clock=lambda: now[0])
    list_id = embedded.add_list("Sync", contacts=150)
    sync = load_example("incremental_sync").sync
    store = tmp_path / "state.json"
    async with embedded.client() as cs:
        now[0] += 10
        late = await cs.contacts.create(list_id, phone_number="+61499999999")
        first = await sync(cs, list_id, store)
        now[0] += 3600
        some = embedded.contacts(list_id)[:5]
        for contact in some:
            await cs.contacts.update(
                list_id,
                contact["contact_id"],
                phone_number=contact["phone_number"],
                first_name="Changed",
            )
        second = await sync(cs, list_id, store)
        third = await sync(cs, list_id, store)
    saved = json.loads(store.read_text())
    assert first == {"pulled": 151, "stored": 151, "high_water_mark": 1_700_000_010}
    # The 5 updated, and the contact of the mark's own second: re-read, harmlessly (upserted).
    assert second == {"pulled": 6, "stored": 151, "high_water_mark": 1_700_003_610}
    assert third == {"pulled": 5, "stored": 151, "high_water_mark": 1_700_003_610}
    assert saved["contacts"][str(late.contact_id)]["phone_number"] == "+61499999999"
    assert {saved["contacts"][str(c["contact_id"])]["first_name"] for c in some} == {"Changed"}


@pytest.mark.anyio
async def test_the_demo_runs_its_whole_story() -> None:
    demo = load_example("demo")
    embedded = EmbeddedClickSend(seed=4)
    demo.CONTACTS = 400  # the demo's size, made small: the story is the same
    async with embedded.client() as cs:
        summary = await demo.run(cs, embedded)
    assert summary["contacts created"] == 400
    assert summary["errors surfaced"] == 0
    assert summary["429s absorbed"] > 0
    assert embedded.lists() == [], "the demo cleans up"


@pytest.mark.anyio
async def test_the_demo_messaging_act_sends_receives_receipts_and_answers_a_reply() -> None:
    demo = load_example("demo")
    embedded = EmbeddedClickSend(seed=4)
    try:
        async with embedded.client() as cs:
            summary = await demo.messaging(cs, embedded)
    finally:
        embedded.close()
    assert summary == {
        "SMS queued": 5,  # four of the batch, and the answer to the reply
        "SMS refused": 1,
        "receipts received": 4,
        "receipts missing": 0,
        "replies answered": 1,
    }
    bodies = [m["body"] for m in embedded.sms()]
    assert bodies[-1] == "Will do: it goes at the door."
