"""An aiohttp backend that shares one ClickSend client, opened and closed with the app.

    python -m aiohttp.web -P 8080 examples.aiohttp_app:make_app    # with CLICKSEND_* set

aiohttp runs on asyncio, and so does the SDK there: one client per app, created in a
cleanup context so it is closed when the app stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from clicksend_async import ClickSend, NotFoundError

CLICKSEND = web.AppKey("clicksend", ClickSend)


async def clicksend_context(app: web.Application) -> AsyncIterator[None]:
    async with ClickSend() as clicksend:  # credentials and base URL from CLICKSEND_*
        app[CLICKSEND] = clicksend
        yield


async def list_summary(request: web.Request) -> web.Response:
    cs = request.app[CLICKSEND]
    try:
        found = await cs.lists.get(int(request.match_info["list_id"]))
    except NotFoundError:
        raise web.HTTPNotFound(text="no such list") from None
    return web.json_response({"list_id": found.list_id, "name": found.list_name})


async def countries(request: web.Request) -> web.Response:
    cs = request.app[CLICKSEND]
    return web.json_response([c.code for c in await cs.countries.list()])


def make_app(argv: list[str] | None = None) -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(clicksend_context)
    app.router.add_get("/lists/{list_id}", list_summary)
    app.router.add_get("/countries", countries)
    return app
