"""A FastAPI backend that shares one ClickSend client, opened and closed with the app.

Run it against the embedded ClickSend (or the real one, with CLICKSEND_* set):

    python -m clicksend_async.testing --port 8765 &      # prints the variables to export
    CLICKSEND_BASE_URL=... CLICKSEND_USERNAME=... CLICKSEND_API_KEY=... \\
        uvicorn examples.fastapi_app:app

One client per process: it holds the connection pool, and every request handler uses it
concurrently. ClickSend's errors become HTTP answers of the app, without their details
(ClickSend's `response_msg` may name a list id, never a credential).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

from clicksend_async import APIStatusError, ClickSend, NotFoundError, OrderBy, Search


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with ClickSend() as clicksend:  # credentials and base URL from CLICKSEND_*
        app.state.clicksend = clicksend
        yield


app = FastAPI(lifespan=lifespan)


def get_clicksend(request: Request) -> ClickSend:
    client: ClickSend = request.app.state.clicksend
    return client


CS = Annotated[ClickSend, Depends(get_clicksend)]


class NewContact(BaseModel):
    phone_number: str
    first_name: str | None = None


@app.post("/lists")
async def create_list(name: str, cs: CS) -> dict[str, object]:
    created = await cs.lists.create(list_name=name)
    return {"list_id": created.list_id, "name": created.list_name}


@app.post("/lists/{list_id}/contacts")
async def add_contact(list_id: int, contact: NewContact, cs: CS) -> dict[str, object]:
    try:
        created = await cs.contacts.create(
            list_id, phone_number=contact.phone_number, first_name=contact.first_name
        )
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"no list {list_id}") from None
    except APIStatusError as error:
        raise HTTPException(
            status_code=502, detail=error.response_code or "ClickSend failed"
        ) from None
    return {"contact_id": created.contact_id}


@app.get("/lists/{list_id}/contacts")
async def find_contacts(list_id: int, first_name: str, cs: CS) -> list[dict[str, object]]:
    return [
        {"contact_id": c.contact_id, "phone_number": c.phone_number}
        async for c in cs.contacts.iter(
            list_id, search=Search(first_name=first_name), order_by=OrderBy.asc("contact_id")
        )
    ]
