# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.mms` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import unix_time_in as unix_time
from ..api.mms import mms_cancel as _mms_cancel
from ..api.mms import mms_cancel_all as _mms_cancel_all
from ..api.mms import mms_history_export as _mms_history_export
from ..api.mms import mms_history_list as _mms_history_list
from ..api.mms import mms_price as _mms_price
from ..api.mms import mms_receipts_get as _mms_receipts_get
from ..api.mms import mms_receipts_list as _mms_receipts_list
from ..api.mms import mms_receipts_mark_read as _mms_receipts_mark_read
from ..api.mms import mms_send as _mms_send
from ..models import (
    MmsHistoryItem,
    MmsMessage,
    MmsReceipt,
    MmsSendRequest,
    MmsSendResult,
    SearchOperator,
    SmsCancelled,
    SmsExport,
    SmsMarkReadRequest,
)
from ._rules import (
    _MMS_MESSAGE_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_MMS_HISTORY_LIST: Operation[Page[MmsHistoryItem]] = Operation(
    name="mms_history_list",
    label="mms.history.list",
    http="GET /mms/history",
    request=_mms_history_list.request,
    parse=lambda payload: Page.of(_mms_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "date_from": Arg("query", (int, datetime), convert=unix_time),
        "date_to": Arg("query", (int, datetime), convert=unix_time),
        "search": Arg("query", (Search,)),
    },
    paging=Paging("page", "limit"),
)
_MMS_HISTORY_EXPORT: Operation[SmsExport] = Operation(
    name="mms_history_export",
    label="mms.history.export",
    http="GET /mms/history/export",
    request=_mms_history_export.request,
    parse=lambda payload: _mms_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "date_from": Arg("query", (int, datetime), convert=unix_time),
        "date_to": Arg("query", (int, datetime), convert=unix_time),
        "search": Arg("query", (Search,)),
    },
)
_MMS_RECEIPTS_LIST: Operation[Page[MmsReceipt]] = Operation(
    name="mms_receipts_list",
    label="mms.receipts.list",
    http="GET /mms/receipts",
    request=_mms_receipts_list.request,
    parse=lambda payload: Page.of(_mms_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_MMS_RECEIPTS_MARK_READ: Operation[None] = Operation(
    name="mms_receipts_mark_read",
    label="mms.receipts.mark_read",
    http="PUT /mms/receipts-read",
    request=_mms_receipts_mark_read.request,
    parse=lambda payload: discard(_mms_receipts_mark_read.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=SmsMarkReadRequest,
)
_MMS_RECEIPTS_GET: Operation[MmsHistoryItem] = Operation(
    name="mms_receipts_get",
    label="mms.receipts.get",
    http="GET /mms/receipts/{message_id}",
    request=_mms_receipts_get.request,
    parse=lambda payload: _mms_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_MMS_SEND: Operation[MmsSendResult] = Operation(
    name="mms_send",
    label="mms.send",
    http="POST /mms/send",
    request=_mms_send.request,
    parse=lambda payload: _mms_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(MmsMessage,),
            rules=_MMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=MmsSendRequest,
)
_MMS_PRICE: Operation[MmsSendResult] = Operation(
    name="mms_price",
    label="mms.price",
    http="POST /mms/price",
    request=_mms_price.request,
    parse=lambda payload: _mms_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(MmsMessage,),
            rules=_MMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=MmsSendRequest,
)
_MMS_CANCEL_ALL: Operation[SmsCancelled] = Operation(
    name="mms_cancel_all",
    label="mms.cancel_all",
    http="PUT /mms/cancel-all",
    request=_mms_cancel_all.request,
    parse=lambda payload: _mms_cancel_all.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_MMS_CANCEL: Operation[None] = Operation(
    name="mms_cancel",
    label="mms.cancel",
    http="PUT /mms/{message_id}/cancel",
    request=_mms_cancel.request,
    parse=lambda payload: discard(_mms_cancel.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)


class MmsHistoryResource(Resource):
    """The MMS sent from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[MmsHistoryItem]:
        """View MMS history.

        `GET /mms/history`: The MMS sent by the account, optionally within a period
        (`date_from`, `date_to`) and filtered with `q`.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Start of the period (Unix time).
            date_to: End of the period (Unix time).
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of messages.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_HISTORY_LIST,
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
    ) -> AsyncPaginator[MmsHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Start of the period (Unix time).
            date_to: End of the period (Unix time).
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _MMS_HISTORY_LIST,
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
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> SmsExport:
        """Export MMS history.

        `GET /mms/history/export`: Export the MMS history as a CSV file; the answer is the URL
        to download it from.

        Args:
            filename: Name of the CSV file to produce.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Start of the period (Unix time).
            date_to: End of the period (Unix time).
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            Where to download the file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_HISTORY_EXPORT,
            {
                "filename": filename,
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
        )


class MmsReceiptsResource(Resource):
    """Delivery receipts of MMS"""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[MmsReceipt]:
        """View MMS delivery receipts.

        `GET /mms/receipts`: The MMS delivery receipts ClickSend keeps for polling. Mark them
        read with `mark_read` once handled.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of delivery receipts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[MmsReceipt]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _MMS_RECEIPTS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def mark_read(
        self,
        *,
        date_before: int | datetime | None = None,
    ) -> None:
        """Mark MMS delivery receipts as read.

        `PUT /mms/receipts-read`: Mark the polled MMS delivery receipts as read: all of them, or
        those before `date_before`.

        Args:
            date_before: Mark read what came before this Unix time; leave out to mark
                everything.

        Returns:
            The receipts were marked read.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_RECEIPTS_MARK_READ,
            {
                "date_before": date_before,
            },
        )

    async def get(
        self,
        message_id: str,
    ) -> MmsHistoryItem:
        """Get the receipt of one MMS.

        `GET /mms/receipts/{message_id}`: The delivery state of one MMS, by the message id the
        send call answered.

        Args:
            message_id: The message id the send call answered.

        Returns:
            The MMS with its delivery state.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_RECEIPTS_GET,
            {
                "message_id": message_id,
            },
        )


class MmsResource(Resource):
    """Sending MMS: one media file (jpg or gif, up to 250 kB) for up to 1,000 messages, each
    with a subject of up to 20 characters; pricing, history and delivery receipts."""

    __slots__ = (
        "history",
        "receipts",
    )

    history: MmsHistoryResource
    receipts: MmsReceiptsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = MmsHistoryResource(client)
        self.receipts = MmsReceiptsResource(client)

    async def send(
        self,
        *,
        media_file: str,
        messages: Sequence[MmsMessage],
    ) -> MmsSendResult:
        """Send MMS.

        `POST /mms/send`: Send one media file with up to 1,000 messages (the contacts of a
        `list_id` count). The file (jpg or gif, up to 250 kB; jpeg, png and bmp go through `POST
        /uploads?convert=mms` first) is given once, at the top of the body, by its public URL.
        Each message needs a subject of up to 20 characters; the text is up to 1,500 characters
        (500 if Unicode). The answer is 200 even when ClickSend refuses some messages: each
        carries its own `status`.

        Args:
            media_file: Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and
                bmp through `POST /uploads?convert=mms` first).
            messages: The messages (up to 1,000, the contacts of a list counting).

        Returns:
            The messages, each with its status, and the totals.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _MMS_SEND,
            {
                "media_file": media_file,
                "messages": messages,
            },
        )

    async def price(
        self,
        *,
        media_file: str,
        messages: Sequence[MmsMessage],
    ) -> MmsSendResult:
        """Calculate MMS price.

        `POST /mms/price`: Price the messages a `send` with the same body would send, without
        sending.

        Args:
            media_file: Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and
                bmp through `POST /uploads?convert=mms` first).
            messages: The messages (up to 1,000, the contacts of a list counting).

        Returns:
            The price of each message and the totals (the shape of the send answer).

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _MMS_PRICE,
            {
                "media_file": media_file,
                "messages": messages,
            },
        )

    async def cancel_all(
        self,
    ) -> SmsCancelled:
        """Cancel all scheduled MMS.

        `PUT /mms/cancel-all`: Cancel every scheduled MMS not sent yet. The answer counts the
        cancelled messages.

        Returns:
            How many messages were cancelled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_MMS_CANCEL_ALL, {})

    async def cancel(
        self,
        message_id: str,
    ) -> None:
        """Cancel a scheduled MMS.

        `PUT /mms/{message_id}/cancel`: Cancel one scheduled MMS that has not been sent yet.

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
            _MMS_CANCEL,
            {
                "message_id": message_id,
            },
        )
