# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.fax` and its nested resources: one method per operation of openapi.yaml.

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
from ..api.fax import fax_history_export as _fax_history_export
from ..api.fax import fax_history_list as _fax_history_list
from ..api.fax import fax_price as _fax_price
from ..api.fax import fax_receipts_get as _fax_receipts_get
from ..api.fax import fax_receipts_list as _fax_receipts_list
from ..api.fax import fax_receipts_mark_read as _fax_receipts_mark_read
from ..api.fax import fax_receipts_test as _fax_receipts_test
from ..api.fax import fax_send as _fax_send
from ..models import (
    FaxHistoryItem,
    FaxMessage,
    FaxReceipt,
    FaxReceiptsReadRequest,
    FaxReceiptTestRequest,
    FaxSendRequest,
    FaxSendResult,
    SearchOperator,
    SmsExport,
)
from ._rules import (
    _FAX_MESSAGE_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_FAX_HISTORY_LIST: Operation[Page[FaxHistoryItem]] = Operation(
    name="fax_history_list",
    label="fax.history.list",
    http="GET /fax/history",
    request=_fax_history_list.request,
    parse=lambda payload: Page.of(_fax_history_list.parse(payload).data),
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
_FAX_HISTORY_EXPORT: Operation[SmsExport] = Operation(
    name="fax_history_export",
    label="fax.history.export",
    http="GET /fax/history/export",
    request=_fax_history_export.request,
    parse=lambda payload: _fax_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
    },
)
_FAX_RECEIPTS_LIST: Operation[Page[FaxReceipt]] = Operation(
    name="fax_receipts_list",
    label="fax.receipts.list",
    http="GET /fax/receipts",
    request=_fax_receipts_list.request,
    parse=lambda payload: Page.of(_fax_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_FAX_RECEIPTS_TEST: Operation[FaxReceipt] = Operation(
    name="fax_receipts_test",
    label="fax.receipts.test",
    http="POST /fax/receipts",
    request=_fax_receipts_test.request,
    parse=lambda payload: _fax_receipts_test.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
    body=FaxReceiptTestRequest,
)
_FAX_RECEIPTS_GET: Operation[FaxHistoryItem] = Operation(
    name="fax_receipts_get",
    label="fax.receipts.get",
    http="GET /fax/receipts/{message_id}",
    request=_fax_receipts_get.request,
    parse=lambda payload: _fax_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_FAX_RECEIPTS_MARK_READ: Operation[None] = Operation(
    name="fax_receipts_mark_read",
    label="fax.receipts.mark_read",
    http="PUT /fax/receipts-read",
    request=_fax_receipts_mark_read.request,
    parse=lambda payload: discard(_fax_receipts_mark_read.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=FaxReceiptsReadRequest,
)
_FAX_SEND: Operation[FaxSendResult] = Operation(
    name="fax_send",
    label="fax.send",
    http="POST /fax/send",
    request=_fax_send.request,
    parse=lambda payload: _fax_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "file_url": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(FaxMessage,),
            rules=_FAX_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=FaxSendRequest,
)
_FAX_PRICE: Operation[FaxSendResult] = Operation(
    name="fax_price",
    label="fax.price",
    http="POST /fax/price",
    request=_fax_price.request,
    parse=lambda payload: _fax_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "file_url": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(FaxMessage,),
            rules=_FAX_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=FaxSendRequest,
)


class FaxHistoryResource(Resource):
    """The faxes sent from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[FaxHistoryItem]:
        """Get fax history.

        `GET /fax/history`: The faxes sent, one page at a time, optionally within a period.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Only faxes from this Unix time on.
            date_to: Only faxes up to this Unix time.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of the fax history.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _FAX_HISTORY_LIST,
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
    ) -> AsyncPaginator[FaxHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            date_from: Only faxes from this Unix time on.
            date_to: Only faxes up to this Unix time.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _FAX_HISTORY_LIST,
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
    ) -> SmsExport:
        """Export fax history.

        `GET /fax/history/export`: Export the fax history as a CSV file named `filename`; the
        answer is the URL to download it from.

        Args:
            filename: Name of the CSV file to produce.

        Returns:
            Where to download the file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _FAX_HISTORY_EXPORT,
            {
                "filename": filename,
            },
        )


class FaxReceiptsResource(Resource):
    """Delivery receipts of faxes"""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FaxReceipt]:
        """Get fax delivery receipts.

        `GET /fax/receipts`: The delivery receipts of faxes kept for polling (an automation rule
        with the `poll` action), one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of fax delivery receipts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _FAX_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[FaxReceipt]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _FAX_RECEIPTS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def test(
        self,
        *,
        url: str,
    ) -> FaxReceipt:
        """Add a test fax delivery receipt.

        `POST /fax/receipts`: Make ClickSend deliver a test fax receipt to the given URL, the
        way to try a webhook handler; the answer is the receipt it sent.

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
            _FAX_RECEIPTS_TEST,
            {
                "url": url,
            },
        )

    async def get(
        self,
        message_id: str,
    ) -> FaxHistoryItem:
        """Get the receipt of one fax.

        `GET /fax/receipts/{message_id}`: The delivery state of one fax, by the message id the
        send call answered.

        Args:
            message_id: The message id the send call answered.

        Returns:
            The fax with its delivery state.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _FAX_RECEIPTS_GET,
            {
                "message_id": message_id,
            },
        )

    async def mark_read(
        self,
        *,
        date_before: int | datetime | None = None,
    ) -> None:
        """Mark fax delivery receipts as read.

        `PUT /fax/receipts-read`: Mark the polled fax receipts as read: those before
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
            _FAX_RECEIPTS_MARK_READ,
            {
                "date_before": date_before,
            },
        )


class FaxResource(Resource):
    """Faxes of a public PDF: send and price them, read their history and delivery receipts."""

    __slots__ = (
        "history",
        "receipts",
    )

    history: FaxHistoryResource
    receipts: FaxReceiptsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = FaxHistoryResource(client)
        self.receipts = FaxReceiptsResource(client)

    async def send(
        self,
        *,
        file_url: str,
        messages: Sequence[FaxMessage],
    ) -> FaxSendResult:
        """Send faxes.

        `POST /fax/send`: Fax one document to up to 1000 recipients (the contacts of a `list_id`
        count). The document is `file_url`, a public PDF: docx, doc and rtf go through `POST
        /uploads?convert=fax` first; a private URL fails. Each message of the answer carries its
        own `status`. Test numbers +61261111111, +61262222222 and +61263333333 answer SUCCESS
        without sending or charging.

        Args:
            file_url: Public URL of the PDF to fax (from POST /uploads?convert=fax for docx,
                doc, rtf). A private URL fails.
            messages: The recipients, up to 1000 (the contacts of a list_id count).

        Returns:
            The faxes, each with its own status, pages and price.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _FAX_SEND,
            {
                "file_url": file_url,
                "messages": messages,
            },
        )

    async def price(
        self,
        *,
        file_url: str,
        messages: Sequence[FaxMessage],
    ) -> FaxSendResult:
        """Calculate the price of faxes.

        `POST /fax/price`: Price the same body as a send without faxing anything: the answer has
        the send's shape, each message with its pages and price, and the total.

        Args:
            file_url: Public URL of the PDF to fax (from POST /uploads?convert=fax for docx,
                doc, rtf). A private URL fails.
            messages: The recipients, up to 1000 (the contacts of a list_id count).

        Returns:
            The faxes as they would be sent, with their prices.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _FAX_PRICE,
            {
                "file_url": file_url,
                "messages": messages,
            },
        )
