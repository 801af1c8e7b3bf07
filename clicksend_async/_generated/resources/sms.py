# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.sms` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import unix_time_in as unix_time
from ..api.sms import sms_cancel as _sms_cancel
from ..api.sms import sms_cancel_all as _sms_cancel_all
from ..api.sms import sms_history_export as _sms_history_export
from ..api.sms import sms_history_list as _sms_history_list
from ..api.sms import sms_inbound_get as _sms_inbound_get
from ..api.sms import sms_inbound_list as _sms_inbound_list
from ..api.sms import sms_inbound_mark_read as _sms_inbound_mark_read
from ..api.sms import sms_inbound_mark_read_one as _sms_inbound_mark_read_one
from ..api.sms import sms_inbound_test as _sms_inbound_test
from ..api.sms import sms_price as _sms_price
from ..api.sms import sms_receipts_get as _sms_receipts_get
from ..api.sms import sms_receipts_list as _sms_receipts_list
from ..api.sms import sms_receipts_mark_read as _sms_receipts_mark_read
from ..api.sms import sms_receipts_test as _sms_receipts_test
from ..api.sms import sms_send as _sms_send
from ..api.sms_templates import sms_templates_create as _sms_templates_create
from ..api.sms_templates import sms_templates_delete as _sms_templates_delete
from ..api.sms_templates import sms_templates_get as _sms_templates_get
from ..api.sms_templates import sms_templates_list as _sms_templates_list
from ..api.sms_templates import sms_templates_update as _sms_templates_update
from ..models import (
    InboundSms,
    SearchOperator,
    SmsCancelAllRequest,
    SmsCancelled,
    SmsExport,
    SmsHistoryItem,
    SmsInboundTestRequest,
    SmsInboundTestRequestWebhookType,
    SmsMarkReadRequest,
    SmsMessage,
    SmsReceipt,
    SmsReceiptTestRequest,
    SmsSender,
    SmsSendRequest,
    SmsSendResult,
    SmsTemplate,
    SmsTemplateFields,
)
from ._rules import (
    _SMS_MESSAGE_RULES,
    _SMS_SENDER_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_SMS_HISTORY_LIST: Operation[Page[SmsHistoryItem]] = Operation(
    name="sms_history_list",
    label="sms.history.list",
    http="GET /sms/history",
    request=_sms_history_list.request,
    parse=lambda payload: Page.of(_sms_history_list.parse(payload).data),
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
_SMS_HISTORY_EXPORT: Operation[SmsExport] = Operation(
    name="sms_history_export",
    label="sms.history.export",
    http="GET /sms/history/export",
    request=_sms_history_export.request,
    parse=lambda payload: _sms_history_export.parse(payload).data,
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
_SMS_RECEIPTS_LIST: Operation[Page[SmsReceipt]] = Operation(
    name="sms_receipts_list",
    label="sms.receipts.list",
    http="GET /sms/receipts",
    request=_sms_receipts_list.request,
    parse=lambda payload: Page.of(_sms_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_SMS_RECEIPTS_TEST: Operation[SmsReceipt] = Operation(
    name="sms_receipts_test",
    label="sms.receipts.test",
    http="POST /sms/receipts",
    request=_sms_receipts_test.request,
    parse=lambda payload: _sms_receipts_test.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
    body=SmsReceiptTestRequest,
)
_SMS_RECEIPTS_GET: Operation[SmsReceipt] = Operation(
    name="sms_receipts_get",
    label="sms.receipts.get",
    http="GET /sms/receipts/{message_id}",
    request=_sms_receipts_get.request,
    parse=lambda payload: _sms_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SMS_RECEIPTS_MARK_READ: Operation[None] = Operation(
    name="sms_receipts_mark_read",
    label="sms.receipts.mark_read",
    http="PUT /sms/receipts-read",
    request=_sms_receipts_mark_read.request,
    parse=lambda payload: discard(_sms_receipts_mark_read.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=SmsMarkReadRequest,
)
_SMS_INBOUND_LIST: Operation[Page[InboundSms]] = Operation(
    name="sms_inbound_list",
    label="sms.inbound.list",
    http="GET /sms/inbound",
    request=_sms_inbound_list.request,
    parse=lambda payload: Page.of(_sms_inbound_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    paging=Paging("page", "limit"),
)
_SMS_INBOUND_TEST: Operation[InboundSms] = Operation(
    name="sms_inbound_test",
    label="sms.inbound.test",
    http="POST /sms/inbound",
    request=_sms_inbound_test.request,
    parse=lambda payload: _sms_inbound_test.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "url": Arg("body", (str,), required=True, min_length=1),
        "webhook_type": Arg("body", (str,), convert=SmsInboundTestRequestWebhookType),
    },
    body=SmsInboundTestRequest,
)
_SMS_INBOUND_GET: Operation[InboundSms] = Operation(
    name="sms_inbound_get",
    label="sms.inbound.get",
    http="GET /sms/inbound/{original_message_id}",
    request=_sms_inbound_get.request,
    parse=lambda payload: _sms_inbound_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "original_message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SMS_INBOUND_MARK_READ: Operation[None] = Operation(
    name="sms_inbound_mark_read",
    label="sms.inbound.mark_read",
    http="PUT /sms/inbound-read",
    request=_sms_inbound_mark_read.request,
    parse=lambda payload: discard(_sms_inbound_mark_read.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=SmsMarkReadRequest,
)
_SMS_INBOUND_MARK_READ_ONE: Operation[None] = Operation(
    name="sms_inbound_mark_read_one",
    label="sms.inbound.mark_read_one",
    http="PUT /sms/inbound-read/{message_id}",
    request=_sms_inbound_mark_read_one.request,
    parse=lambda payload: discard(_sms_inbound_mark_read_one.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SMS_TEMPLATES_LIST: Operation[Page[SmsTemplate]] = Operation(
    name="sms_templates_list",
    label="sms.templates.list",
    http="GET /sms/templates",
    request=_sms_templates_list.request,
    parse=lambda payload: Page.of(_sms_templates_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "search": Arg("query", (Search,)),
    },
    crud=("sms_templates", "template_id"),
    paging=Paging("page", "limit"),
)
_SMS_TEMPLATES_CREATE: Operation[SmsTemplate] = Operation(
    name="sms_templates_create",
    label="sms.templates.create",
    http="POST /sms/templates",
    request=_sms_templates_create.request,
    parse=lambda payload: _sms_templates_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "template_name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
    },
    body=SmsTemplateFields,
    crud=("sms_templates", "template_id"),
)
_SMS_TEMPLATES_GET: Operation[SmsTemplate] = Operation(
    name="sms_templates_get",
    label="sms.templates.get",
    http="GET /sms/templates/{template_id}",
    request=_sms_templates_get.request,
    parse=lambda payload: _sms_templates_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
    },
    crud=("sms_templates", "template_id"),
)
_SMS_TEMPLATES_UPDATE: Operation[SmsTemplate] = Operation(
    name="sms_templates_update",
    label="sms.templates.update",
    http="PUT /sms/templates/{template_id}",
    request=_sms_templates_update.request,
    parse=lambda payload: _sms_templates_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
        "template_name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
    },
    body=SmsTemplateFields,
    crud=("sms_templates", "template_id"),
)
_SMS_TEMPLATES_DELETE: Operation[None] = Operation(
    name="sms_templates_delete",
    label="sms.templates.delete",
    http="DELETE /sms/templates/{template_id}",
    request=_sms_templates_delete.request,
    parse=lambda payload: discard(_sms_templates_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
    },
    crud=("sms_templates", "template_id"),
)
_SMS_SEND: Operation[SmsSendResult] = Operation(
    name="sms_send",
    label="sms.send",
    http="POST /sms/send",
    request=_sms_send.request,
    parse=lambda payload: _sms_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(SmsMessage,),
            rules=_SMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "shorten_urls": Arg("body", (bool,)),
    },
    body=SmsSendRequest,
)
_SMS_PRICE: Operation[SmsSendResult] = Operation(
    name="sms_price",
    label="sms.price",
    http="POST /sms/price",
    request=_sms_price.request,
    parse=lambda payload: _sms_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(SmsMessage,),
            rules=_SMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "shorten_urls": Arg("body", (bool,)),
    },
    body=SmsSendRequest,
)
_SMS_CANCEL: Operation[None] = Operation(
    name="sms_cancel",
    label="sms.cancel",
    http="PUT /sms/{message_id}/cancel",
    request=_sms_cancel.request,
    parse=lambda payload: discard(_sms_cancel.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "message_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SMS_CANCEL_ALL: Operation[SmsCancelled] = Operation(
    name="sms_cancel_all",
    label="sms.cancel_all",
    http="PUT /sms/cancel-all",
    request=_sms_cancel_all.request,
    parse=lambda payload: _sms_cancel_all.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "custom_string": Arg("body", (str,), min_length=1),
    },
    body=SmsCancelAllRequest,
)


class SmsHistoryResource(Resource):
    """The SMS sent from the account: every message, its status and price."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[SmsHistoryItem]:
        """View SMS history.

        `GET /sms/history`: The messages sent (and received) by the account, newest first,
        optionally within a period (`date_from`, `date_to`) and filtered with `q`.
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
            _SMS_HISTORY_LIST,
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
    ) -> AsyncPaginator[SmsHistoryItem]:
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
            _SMS_HISTORY_LIST,
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
        """Export SMS history.

        `GET /sms/history/export`: Export the SMS history as a CSV file: the answer is the URL
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
            _SMS_HISTORY_EXPORT,
            {
                "filename": filename,
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
        )


class SmsReceiptsResource(Resource):
    """Delivery receipts of SMS, kept by ClickSend for polling when no automation rule posts
    them to a URL; `test` makes ClickSend post a test receipt to a URL."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SmsReceipt]:
        """View SMS delivery receipts.

        `GET /sms/receipts`: The delivery receipts ClickSend keeps for polling (an SMS receipt
        automation rule with the `poll` action). Mark them read with `mark_read` once handled.
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
            _SMS_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[SmsReceipt]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SMS_RECEIPTS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def test(
        self,
        *,
        url: str,
    ) -> SmsReceipt:
        """Create a test SMS delivery receipt.

        `POST /sms/receipts`: Make ClickSend call `url` once with a test delivery receipt, to
        check a webhook handler; `url` = `poll` keeps the receipt for `GET /sms/receipts`
        instead.

        Args:
            url: The URL ClickSend calls with the test receipt ('poll' keeps it for GET
                /sms/receipts).

        Returns:
            The test receipt that was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SMS_RECEIPTS_TEST,
            {
                "url": url,
            },
        )

    async def get(
        self,
        message_id: str,
    ) -> SmsReceipt:
        """View a specific SMS delivery receipt.

        `GET /sms/receipts/{message_id}`: The delivery receipt of one message, by the message id
        the send call gave.

        Args:
            message_id: The message id the send call gave (a UUID).

        Returns:
            The receipt.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_RECEIPTS_GET,
            {
                "message_id": message_id,
            },
        )

    async def mark_read(
        self,
        *,
        date_before: int | datetime | None = None,
    ) -> None:
        """Mark SMS delivery receipts as read.

        `PUT /sms/receipts-read`: Mark the polled delivery receipts as read: all of them, or
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
            _SMS_RECEIPTS_MARK_READ,
            {
                "date_before": date_before,
            },
        )


class SmsInboundResource(Resource):
    """SMS received on the account's numbers (replies), kept for polling when no automation
    rule posts them to a URL; `test` makes ClickSend post a test message to a URL."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[InboundSms]:
        """View inbound SMS.

        `GET /sms/inbound`: The inbound messages (replies) ClickSend keeps for polling (an
        inbound SMS automation rule with the `poll` action). Mark them read with `mark_read`
        once handled.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of inbound messages.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_INBOUND_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[InboundSms]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SMS_INBOUND_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def test(
        self,
        *,
        url: str,
        webhook_type: Literal["post", "get", "json"] | None = None,
    ) -> InboundSms:
        """Create a test inbound SMS.

        `POST /sms/inbound`: Make ClickSend call `url` once with a test inbound message, to
        check a webhook handler; `url` = `poll` keeps it for `GET /sms/inbound` instead.

        Args:
            url: The URL ClickSend calls with the test message ('poll' keeps it for GET
                /sms/inbound).
            webhook_type: post (form fields, the default), get (query string) or json.

        Returns:
            The test message that was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SMS_INBOUND_TEST,
            {
                "url": url,
                "webhook_type": webhook_type,
            },
        )

    async def get(
        self,
        original_message_id: str,
    ) -> InboundSms:
        """View a specific inbound SMS.

        `GET /sms/inbound/{original_message_id}`: The inbound reply to one of your messages, by
        the id of that outbound message.

        Args:
            original_message_id: The id of your outbound message that the inbound message
                replies to.

        Returns:
            The inbound message.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_INBOUND_GET,
            {
                "original_message_id": original_message_id,
            },
        )

    async def mark_read(
        self,
        *,
        date_before: int | datetime | None = None,
    ) -> None:
        """Mark inbound SMS as read.

        `PUT /sms/inbound-read`: Mark the polled inbound messages as read: all of them, or those
        before `date_before`.

        Args:
            date_before: Mark read what came before this Unix time; leave out to mark
                everything.

        Returns:
            The messages were marked read.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_INBOUND_MARK_READ,
            {
                "date_before": date_before,
            },
        )

    async def mark_read_one(
        self,
        message_id: str,
    ) -> None:
        """Mark one inbound SMS as read.

        `PUT /sms/inbound-read/{message_id}`: Mark one polled inbound message as read, by its
        message id.

        Args:
            message_id: The message id the send call gave (a UUID).

        Returns:
            The message was marked read.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_INBOUND_MARK_READ_ONE,
            {
                "message_id": message_id,
            },
        )


class SmsTemplatesResource(Resource):
    """Stored SMS texts."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[SmsTemplate]:
        """View SMS templates.

        `GET /sms/templates`: The account's SMS templates.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of templates.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_TEMPLATES_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[SmsTemplate]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SMS_TEMPLATES_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        template_name: str,
        body: str,
    ) -> SmsTemplate:
        """Create an SMS template.

        `POST /sms/templates`: Store a new SMS template.

        Args:
            template_name: Name of the template.
            body: Text of the template.

        Returns:
            The new template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SMS_TEMPLATES_CREATE,
            {
                "template_name": template_name,
                "body": body,
            },
        )

    async def get(
        self,
        template_id: int,
    ) -> SmsTemplate:
        """View a specific SMS template.

        `GET /sms/templates/{template_id}`: One SMS template, by id.

        Args:
            template_id: Template ID

        Returns:
            The template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_TEMPLATES_GET,
            {
                "template_id": template_id,
            },
        )

    async def update(
        self,
        template_id: int,
        *,
        template_name: str,
        body: str,
    ) -> SmsTemplate:
        """Update an SMS template.

        `PUT /sms/templates/{template_id}`: Replace the name and text of an SMS template.

        Args:
            template_id: Template ID
            template_name: Name of the template.
            body: Text of the template.

        Returns:
            The updated template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_TEMPLATES_UPDATE,
            {
                "template_id": template_id,
                "template_name": template_name,
                "body": body,
            },
        )

    async def delete(
        self,
        template_id: int,
    ) -> None:
        """Delete an SMS template.

        `DELETE /sms/templates/{template_id}`.

        Args:
            template_id: Template ID

        Returns:
            The template was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_TEMPLATES_DELETE,
            {
                "template_id": template_id,
            },
        )


class SmsResource(Resource):
    """Sending SMS (up to 1,000 messages per request, each with its own status in the answer),
    pricing them, cancelling scheduled ones, and reading the history, the delivery receipts
    and the inbound replies (kept by ClickSend for polling when an automation rule says
    `poll`, or pushed to a webhook URL)."""

    __slots__ = (
        "history",
        "receipts",
        "inbound",
        "templates",
    )

    history: SmsHistoryResource
    receipts: SmsReceiptsResource
    inbound: SmsInboundResource
    templates: SmsTemplatesResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = SmsHistoryResource(client)
        self.receipts = SmsReceiptsResource(client)
        self.inbound = SmsInboundResource(client)
        self.templates = SmsTemplatesResource(client)

    async def send(
        self,
        *,
        messages: Sequence[SmsMessage],
        senders: Sequence[SmsSender] | None = None,
        shorten_urls: bool | None = None,
    ) -> SmsSendResult:
        """Send SMS.

        `POST /sms/send`: Send one or more SMS messages: up to 1,000 in one request, the
        contacts of a `list_id` counting towards the 1,000. The answer is 200 even when
        ClickSend refuses some messages: each message of `data.messages` carries its own
        `status` (SUCCESS, INVALID_RECIPIENT, ...). Long messages are billed per part (160 GSM-7
        or 70 Unicode characters in one part, 153 or 67 per part when split). The test numbers
        (+61411111111, +61422222222, +61433333333, +61444444444, +14055555555, +14055555666,
        +447777777777, +8615555555555) succeed without sending or charging.

        Args:
            messages: The messages (up to 1,000, the contacts of a list counting).
            senders: Per-country senders (Smart Assign, beta; py6 and mcp only).
            shorten_urls: true to replace one URL in each message with a tracked short link.

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
            _SMS_SEND,
            {
                "messages": messages,
                "senders": senders,
                "shorten_urls": shorten_urls,
            },
        )

    async def price(
        self,
        *,
        messages: Sequence[SmsMessage],
        senders: Sequence[SmsSender] | None = None,
        shorten_urls: bool | None = None,
    ) -> SmsSendResult:
        """Calculate SMS price.

        `POST /sms/price`: Price the messages a `send` with the same body would send, without
        sending anything. `messages[].show_summary` adds a per-country summary (`_summary`) to
        the answer.

        Args:
            messages: The messages (up to 1,000, the contacts of a list counting).
            senders: Per-country senders (Smart Assign, beta; py6 and mcp only).
            shorten_urls: true to replace one URL in each message with a tracked short link.

        Returns:
            The price of each message and the totals (the shape of the send answer).

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_PRICE,
            {
                "messages": messages,
                "senders": senders,
                "shorten_urls": shorten_urls,
            },
        )

    async def cancel(
        self,
        message_id: str,
    ) -> None:
        """Cancel a scheduled SMS.

        `PUT /sms/{message_id}/cancel`: Cancel one scheduled message that has not been sent yet.

        Args:
            message_id: The message id the send call gave (a UUID).

        Returns:
            The message was cancelled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_CANCEL,
            {
                "message_id": message_id,
            },
        )

    async def cancel_all(
        self,
        *,
        custom_string: str | None = None,
    ) -> SmsCancelled:
        """Cancel all scheduled SMS.

        `PUT /sms/cancel-all`: Cancel every scheduled message not sent yet, or only those
        carrying a given `custom_string`. The answer counts the cancelled messages.

        Args:
            custom_string: Cancel only the scheduled messages carrying this custom_string.

        Returns:
            How many messages were cancelled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SMS_CANCEL_ALL,
            {
                "custom_string": custom_string,
            },
        )
