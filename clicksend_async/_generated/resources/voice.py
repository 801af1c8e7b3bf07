# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.voice` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import unix_time_in as unix_time
from ..api.voice import voice_cancel as _voice_cancel
from ..api.voice import voice_cancel_all as _voice_cancel_all
from ..api.voice import voice_history_export as _voice_history_export
from ..api.voice import voice_history_list as _voice_history_list
from ..api.voice import voice_languages as _voice_languages
from ..api.voice import voice_price as _voice_price
from ..api.voice import voice_receipts_get as _voice_receipts_get
from ..api.voice import voice_receipts_list as _voice_receipts_list
from ..api.voice import voice_receipts_mark_read as _voice_receipts_mark_read
from ..api.voice import voice_receipts_test as _voice_receipts_test
from ..api.voice import voice_send as _voice_send
from ..models import (
    SearchOperator,
    VoiceCancelAll,
    VoiceHistoryExport,
    VoiceHistoryItem,
    VoiceLanguage,
    VoiceMessage,
    VoiceReceipt,
    VoiceReceiptsReadRequest,
    VoiceReceiptTestRequest,
    VoiceSendRequest,
    VoiceSendResult,
)
from ._rules import (
    _VOICE_MESSAGE_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_VOICE_HISTORY_LIST: Operation[Page[VoiceHistoryItem]] = Operation(
    name="voice_history_list",
    label="voice.history.list",
    http="GET /voice/history",
    request=_voice_history_list.request,
    parse=lambda payload: Page.of(_voice_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "search": Arg("query", (Search,)),
    },
    paging=Paging("page", "limit"),
)
_VOICE_HISTORY_EXPORT: Operation[VoiceHistoryExport] = Operation(
    name="voice_history_export",
    label="voice.history.export",
    http="GET /voice/history/export",
    request=_voice_history_export.request,
    parse=lambda payload: _voice_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "order_by": Arg("query", (OrderBy,)),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
    },
)
_VOICE_RECEIPTS_LIST: Operation[Page[VoiceReceipt]] = Operation(
    name="voice_receipts_list",
    label="voice.receipts.list",
    http="GET /voice/receipts",
    request=_voice_receipts_list.request,
    parse=lambda payload: Page.of(_voice_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_VOICE_RECEIPTS_TEST: Operation[VoiceReceipt] = Operation(
    name="voice_receipts_test",
    label="voice.receipts.test",
    http="POST /voice/receipts",
    request=_voice_receipts_test.request,
    parse=lambda payload: _voice_receipts_test.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
    body=VoiceReceiptTestRequest,
)
_VOICE_RECEIPTS_MARK_READ: Operation[None] = Operation(
    name="voice_receipts_mark_read",
    label="voice.receipts.mark_read",
    http="PUT /voice/receipts-read",
    request=_voice_receipts_mark_read.request,
    parse=lambda payload: discard(_voice_receipts_mark_read.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=VoiceReceiptsReadRequest,
)
_VOICE_RECEIPTS_GET: Operation[VoiceReceipt] = Operation(
    name="voice_receipts_get",
    label="voice.receipts.get",
    http="GET /voice/receipts/{message_id}",
    request=_voice_receipts_get.request,
    parse=lambda payload: _voice_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_VOICE_SEND: Operation[VoiceSendResult] = Operation(
    name="voice_send",
    label="voice.send",
    http="POST /voice/send",
    request=_voice_send.request,
    parse=lambda payload: _voice_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(VoiceMessage,),
            rules=_VOICE_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=VoiceSendRequest,
)
_VOICE_PRICE: Operation[VoiceSendResult] = Operation(
    name="voice_price",
    label="voice.price",
    http="POST /voice/price",
    request=_voice_price.request,
    parse=lambda payload: _voice_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(VoiceMessage,),
            rules=_VOICE_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=VoiceSendRequest,
)
_VOICE_CANCEL: Operation[None] = Operation(
    name="voice_cancel",
    label="voice.cancel",
    http="PUT /voice/{message_id}/cancel",
    request=_voice_cancel.request,
    parse=lambda payload: discard(_voice_cancel.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_VOICE_CANCEL_ALL: Operation[VoiceCancelAll] = Operation(
    name="voice_cancel_all",
    label="voice.cancel_all",
    http="PUT /voice/cancel-all",
    request=_voice_cancel_all.request,
    parse=lambda payload: _voice_cancel_all.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_VOICE_LANGUAGES: Operation[builtins.list[VoiceLanguage]] = Operation(
    name="voice_languages",
    label="voice.languages",
    http="GET /voice/lang",
    request=_voice_languages.request,
    parse=lambda payload: _voice_languages.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)


class VoiceHistoryResource(Resource):
    """The voice calls made from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[VoiceHistoryItem]:
        """Get voice history.

        `GET /voice/history`: The voice messages sent, one page at a time, optionally within a
        period.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Only messages from this Unix time on.
            date_to: Only messages up to this Unix time.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of the voice history.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_HISTORY_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[VoiceHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Only messages from this Unix time on.
            date_to: Only messages up to this Unix time.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _VOICE_HISTORY_LIST,
            {
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def export(
        self,
        *,
        filename: str,
        q: str | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
    ) -> VoiceHistoryExport:
        """Export voice history.

        `GET /voice/history/export`: Export the voice history to a CSV file; the answer is the
        URL to download it from.

        Args:
            filename: Name of the CSV file to produce, e.g. export.csv.
            q: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Only messages from this Unix time on.
            date_to: Only messages up to this Unix time.

        Returns:
            Where to download the CSV file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_HISTORY_EXPORT,
            {
                "filename": filename,
                "q": q,
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
            },
        )


class VoiceReceiptsResource(Resource):
    """Delivery receipts of voice calls (with the keys pressed), kept for polling."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[VoiceReceipt]:
        """Get voice delivery receipts.

        `GET /voice/receipts`: The delivery receipts of voice messages kept for polling (an
        automation rule with the `poll` action), one page at a time; `digits` holds the keys the
        person called pressed.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of voice delivery receipts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[VoiceReceipt]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _VOICE_RECEIPTS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def test(
        self,
        *,
        url: str,
    ) -> VoiceReceipt:
        """Add a test voice delivery receipt.

        `POST /voice/receipts`: Make ClickSend deliver a test voice receipt to the given URL,
        the way to try a webhook handler; the answer is the receipt it sent.

        Args:
            url: The URL that receives the test receipt.

        Returns:
            The test receipt that was delivered.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _VOICE_RECEIPTS_TEST,
            {
                "url": url,
            },
        )

    async def mark_read(
        self,
        *,
        date_before: int | datetime | None = None,
    ) -> None:
        """Mark voice delivery receipts as read.

        `PUT /voice/receipts-read`: Mark the polled voice receipts as read: those before
        `date_before`, or all of them when it is left out.

        Args:
            date_before: Mark the receipts before this Unix time; leave out to mark all.

        Returns:
            The receipts were marked as read.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_RECEIPTS_MARK_READ,
            {
                "date_before": date_before,
            },
        )

    async def get(
        self,
        message_id: str,
    ) -> VoiceReceipt:
        """Get the receipt of one voice call.

        `GET /voice/receipts/{message_id}`: The delivery receipt of one voice message (with the
        keys pressed), by its message id.

        Args:
            message_id: The message id the send call answered.

        Returns:
            The receipt.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_RECEIPTS_GET,
            {
                "message_id": message_id,
            },
        )


class VoiceResource(Resource):
    """Text-to-speech voice calls: send and price them, cancel scheduled ones, read their
    history and delivery receipts (with the keys the person called pressed), list the
    languages."""

    __slots__ = (
        "history",
        "receipts",
    )

    history: VoiceHistoryResource
    receipts: VoiceReceiptsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = VoiceHistoryResource(client)
        self.receipts = VoiceReceiptsResource(client)

    async def send(
        self,
        *,
        messages: Sequence[VoiceMessage],
    ) -> VoiceSendResult:
        """Send voice messages.

        `POST /voice/send`: Send text-to-speech voice calls: up to 1000 messages in one request
        (the contacts of a `list_id` count as recipients). Text beyond 4 parts (300 GSM / 150
        Unicode characters per credit) is cut. Each message of the answer carries its own
        `status`; the HTTP code is 200 even when some recipients were refused. Test numbers such
        as +61411111111 answer SUCCESS without calling or charging.

        Args:
            messages: The calls to make, up to 1000 (the contacts of a list_id count).

        Returns:
            The messages, each with its own status and price.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _VOICE_SEND,
            {
                "messages": messages,
            },
        )

    async def price(
        self,
        *,
        messages: Sequence[VoiceMessage],
    ) -> VoiceSendResult:
        """Calculate the price of voice messages.

        `POST /voice/price`: Price the same body as a send without calling anyone: the answer
        has the send's shape, each message with its parts and price, and the total.

        Args:
            messages: The calls to make, up to 1000 (the contacts of a list_id count).

        Returns:
            The messages as they would be sent, with their prices.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_PRICE,
            {
                "messages": messages,
            },
        )

    async def cancel(
        self,
        message_id: str,
    ) -> None:
        """Cancel a scheduled voice message.

        `PUT /voice/{message_id}/cancel`: Cancel one voice message that is scheduled and not yet
        sent.

        Args:
            message_id: The message id the send call answered.

        Returns:
            The message was cancelled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _VOICE_CANCEL,
            {
                "message_id": message_id,
            },
        )

    async def cancel_all(
        self,
    ) -> VoiceCancelAll:
        """Cancel all scheduled voice messages.

        `PUT /voice/cancel-all`: Cancel every voice message that is scheduled and not yet sent.

        Returns:
            How many messages were cancelled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_VOICE_CANCEL_ALL, {})

    async def languages(
        self,
    ) -> builtins.list[VoiceLanguage]:
        """List the voice languages.

        `GET /voice/lang`: The languages (`lang` codes) a voice message can be read in, each
        with the voices (female, male) it has.

        Returns:
            Every language, with its voices.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_VOICE_LANGUAGES, {})
