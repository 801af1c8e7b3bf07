"""A small scripted ClickSend for `send_many`: SMS send, price and a searchable history.

An `httpx.MockTransport` handler. Each send may be scripted to fail: "lost" (done, then the
connection drops), "5xx" (a 500 before anything is done), "429", "malformed" (done, answered
with a body that is not JSON), "credit" (403 INSUFFICIENT_CREDIT). The history shows a message
`lag` seconds after it was sent, and searches `custom_string` by a part of it ("part"), only
whole values ("whole"), or never finds anything ("nothing").
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, Literal

import anyio
import anyio.lowlevel
import httpx

from clicksend_async import ClickSend

from .scripted import API_KEY, USERNAME, answer, page_of


class FakeMessaging:
    """SMS sending with a history; counts every message it queues, by recipient and marker."""

    def __init__(
        self,
        *,
        script: list[str] | None = None,
        lag: float = 0.0,
        search: Literal["part", "whole", "nothing"] = "part",
        refuse: frozenset[str] = frozenset({"+61400000000"}),
        delay: float = 0.0,
        slow: frozenset[str] = frozenset(),
        history_fails: bool = False,
        after_send: Callable[[int], object] | None = None,
        send_delay: float = 0.0,
    ) -> None:
        self.script = list(script or [])
        self.lag = lag
        self.search = search
        self.refuse = refuse
        self.delay = delay
        self.history_fails = history_fails
        self.send_delay = send_delay  # seconds a send takes (on top of `delay`)
        self.after_send = after_send  # called with the send's number once it was done
        self.slow = slow  # recipients shown in the history only after `lag` (others at once)
        self.history: list[dict[str, Any]] = []
        self.queued: Counter[str] = Counter()  # custom_string -> times queued
        self.requests: Counter[str] = Counter()  # "send", "price", "history"
        self.events: list[str] = []  # "send", "history", ... in order
        self.next_id = 0
        self.sent_bodies: list[bytes] = []
        self.searches: list[str] = []  # the `q` of each history request ("" for none)

    def client(self, **options: Any) -> ClickSend:
        options.setdefault("max_retries", 2)
        return ClickSend(
            USERNAME,
            API_KEY,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self.handle)),
            **options,
        )

    async def handle(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            await anyio.sleep(self.delay)
        path = request.url.path.removeprefix("/v3")
        if path in ("/sms/send", "/mms/send"):
            if self.send_delay:
                await anyio.sleep(self.send_delay)
            response = self.send(request)
            if self.after_send is not None:
                self.after_send(self.requests["send"])
                await anyio.lowlevel.checkpoint()  # where a cancellation asked for lands
            return response
        if path in ("/sms/price", "/mms/price"):
            self.requests["price"] += 1
            self.events.append("price")
            return answer(200, self.results(json.loads(request.content)["messages"], apply=False))
        if path in ("/sms/history", "/mms/history"):
            return self.list_history(request)
        return answer(404, [])

    def results(self, messages: list[dict[str, Any]], *, apply: bool) -> dict[str, Any]:
        out = []
        for message in messages:
            marker = (message.get("custom_string") or "").strip()
            status = "INVALID_RECIPIENT" if message.get("to") in self.refuse else "SUCCESS"
            result = {"status": status, "to": message.get("to"), "custom_string": marker}
            if status == "SUCCESS":
                result |= {"message_parts": 1, "message_price": "0.0770"}
                if apply:
                    self.next_id += 1
                    result["message_id"] = f"id-{self.next_id}"
                    self.queued[marker] += 1
                    self.history.append(
                        {
                            "message_id": result["message_id"],
                            "direction": "out",
                            "date": int(time.time()),
                            "shown_at": time.monotonic()
                            + (self.lag if not self.slow or message.get("to") in self.slow else 0),
                            "to": message.get("to"),
                            "body": message.get("body"),
                            "status": "Queued",
                            "custom_string": marker,
                            "message_parts": "1.00",
                            "message_price": "0.0770",
                        }
                    )
            out.append(result)
        return {"messages": out, "total_count": len(out), "queued_count": len(out)}

    def send(self, request: httpx.Request) -> httpx.Response:
        self.requests["send"] += 1
        self.sent_bodies.append(request.content)
        self.events.append("send")
        fault = self.script.pop(0) if self.script else "ok"
        if fault == "5xx":
            return answer(500, [])
        if fault == "429":
            return answer(429, [], headers={"Retry-After": "0"})
        if fault == "credit":
            return answer(403, [], code="INSUFFICIENT_CREDIT")
        data = self.results(json.loads(request.content)["messages"], apply=True)
        if fault == "lost":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if fault == "malformed":
            return httpx.Response(200, content=b'{"http_code": 200, "data": {"mess')
        return answer(200, data)

    def list_history(self, request: httpx.Request) -> httpx.Response:
        self.requests["history"] += 1
        self.events.append("history")
        if self.history_fails:
            return answer(500, [])
        params = request.url.params
        now = time.monotonic()
        low = int(params.get("date_from", "0"))
        high = int(params.get("date_to", str(2**40)))
        items = [
            item
            for item in reversed(self.history)
            if item["shown_at"] <= now and low <= item["date"] <= high
        ]
        q = params.get("q")
        self.searches.append(q or "")
        if q:
            field, _, value = q.partition(":")
            assert field == "custom_string"
            if self.search == "part":
                items = [i for i in items if value.lower() in i["custom_string"].lower()]
            elif self.search == "whole":
                items = [i for i in items if value.lower() == i["custom_string"].lower()]
            else:
                items = []
        page = int(params.get("page", "1"))
        limit = int(params.get("limit", "15"))
        shown = [{k: v for k, v in i.items() if k != "shown_at"} for i in items]
        chunk = shown[(page - 1) * limit : page * limit]
        return answer(200, page_of(chunk, page, limit, len(shown)))
