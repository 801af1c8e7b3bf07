# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.campaigns` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import flag_number, integer_in
from ..._values import unix_time_in as unix_time
from ..api.email_campaigns import campaigns_email_cancel as _campaigns_email_cancel
from ..api.email_campaigns import campaigns_email_get as _campaigns_email_get
from ..api.email_campaigns import campaigns_email_history_export as _campaigns_email_history_export
from ..api.email_campaigns import campaigns_email_history_list as _campaigns_email_history_list
from ..api.email_campaigns import campaigns_email_list as _campaigns_email_list
from ..api.email_campaigns import campaigns_email_price as _campaigns_email_price
from ..api.email_campaigns import campaigns_email_send as _campaigns_email_send
from ..api.email_campaigns import campaigns_email_update as _campaigns_email_update
from ..api.mms_campaigns import campaigns_mms_cancel as _campaigns_mms_cancel
from ..api.mms_campaigns import campaigns_mms_get as _campaigns_mms_get
from ..api.mms_campaigns import campaigns_mms_list as _campaigns_mms_list
from ..api.mms_campaigns import campaigns_mms_price as _campaigns_mms_price
from ..api.mms_campaigns import campaigns_mms_send as _campaigns_mms_send
from ..api.mms_campaigns import campaigns_mms_update as _campaigns_mms_update
from ..api.sms_campaigns import campaigns_sms_cancel as _campaigns_sms_cancel
from ..api.sms_campaigns import campaigns_sms_get as _campaigns_sms_get
from ..api.sms_campaigns import campaigns_sms_link_export as _campaigns_sms_link_export
from ..api.sms_campaigns import campaigns_sms_link_statistics as _campaigns_sms_link_statistics
from ..api.sms_campaigns import campaigns_sms_link_tracking as _campaigns_sms_link_tracking
from ..api.sms_campaigns import campaigns_sms_list as _campaigns_sms_list
from ..api.sms_campaigns import campaigns_sms_price as _campaigns_sms_price
from ..api.sms_campaigns import campaigns_sms_send as _campaigns_sms_send
from ..api.sms_campaigns import campaigns_sms_update as _campaigns_sms_update
from ..models import (
    EmailCampaign,
    EmailCampaignHistoryItem,
    EmailCampaignPrice,
    EmailCampaignSendRequest,
    EmailCampaignSendResult,
    EmailHistoryExport,
    MmsCampaign,
    MmsCampaignPrice,
    MmsCampaignSendRequest,
    SearchOperator,
    SmsCampaign,
    SmsCampaignLinkStatistics,
    SmsCampaignLinkTrackingItem,
    SmsCampaignPrice,
    SmsCampaignSendRequest,
    SmsExport,
    SmsSender,
)
from ._rules import (
    _SMS_SENDER_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_CAMPAIGNS_EMAIL_HISTORY_LIST: Operation[Page[EmailCampaignHistoryItem]] = Operation(
    name="campaigns_email_history_list",
    label="campaigns.email.history.list",
    http="GET /email-campaigns/{email_campaign_id}/history",
    request=_campaigns_email_history_list.request,
    parse=lambda payload: Page.of(_campaigns_email_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "email_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
    },
    paging=Paging("page", "limit"),
)
_CAMPAIGNS_EMAIL_HISTORY_EXPORT: Operation[EmailHistoryExport] = Operation(
    name="campaigns_email_history_export",
    label="campaigns.email.history.export",
    http="GET /email-campaigns/{email_campaign_id}/history/export",
    request=_campaigns_email_history_export.request,
    parse=lambda payload: _campaigns_email_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
    },
)
_CAMPAIGNS_SMS_LIST: Operation[Page[SmsCampaign]] = Operation(
    name="campaigns_sms_list",
    label="campaigns.sms.list",
    http="GET /sms-campaigns",
    request=_campaigns_sms_list.request,
    parse=lambda payload: Page.of(_campaigns_sms_list.parse(payload).data),
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
_CAMPAIGNS_SMS_SEND: Operation[SmsCampaign] = Operation(
    name="campaigns_sms_send",
    label="campaigns.sms.send",
    http="POST /sms-campaigns/send",
    request=_campaigns_sms_send.request,
    parse=lambda payload: _campaigns_sms_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "source": Arg("body", (str,)),
    },
    body=SmsCampaignSendRequest,
)
_CAMPAIGNS_SMS_PRICE: Operation[SmsCampaignPrice] = Operation(
    name="campaigns_sms_price",
    label="campaigns.sms.price",
    http="POST /sms-campaigns/price",
    request=_campaigns_sms_price.request,
    parse=lambda payload: _campaigns_sms_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "source": Arg("body", (str,)),
    },
    body=SmsCampaignSendRequest,
)
_CAMPAIGNS_SMS_GET: Operation[SmsCampaign] = Operation(
    name="campaigns_sms_get",
    label="campaigns.sms.get",
    http="GET /sms-campaigns/{sms_campaign_id}",
    request=_campaigns_sms_get.request,
    parse=lambda payload: _campaigns_sms_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_SMS_UPDATE: Operation[SmsCampaign] = Operation(
    name="campaigns_sms_update",
    label="campaigns.sms.update",
    http="PUT /sms-campaigns/{sms_campaign_id}",
    request=_campaigns_sms_update.request,
    parse=lambda payload: _campaigns_sms_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "source": Arg("body", (str,)),
    },
    body=SmsCampaignSendRequest,
)
_CAMPAIGNS_SMS_CANCEL: Operation[SmsCampaign] = Operation(
    name="campaigns_sms_cancel",
    label="campaigns.sms.cancel",
    http="PUT /sms-campaigns/{sms_campaign_id}/cancel",
    request=_campaigns_sms_cancel.request,
    parse=lambda payload: _campaigns_sms_cancel.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_SMS_LINK_STATISTICS: Operation[SmsCampaignLinkStatistics] = Operation(
    name="campaigns_sms_link_statistics",
    label="campaigns.sms.link_statistics",
    http="GET /sms-campaigns/{sms_campaign_id}/link-statistics",
    request=_campaigns_sms_link_statistics.request,
    parse=lambda payload: _campaigns_sms_link_statistics.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_SMS_LINK_TRACKING: Operation[Page[SmsCampaignLinkTrackingItem]] = Operation(
    name="campaigns_sms_link_tracking",
    label="campaigns.sms.link_tracking",
    http="GET /sms-campaigns/{sms_campaign_id}/link-tracking",
    request=_campaigns_sms_link_tracking.request,
    parse=lambda payload: Page.of(_campaigns_sms_link_tracking.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_CAMPAIGNS_SMS_LINK_EXPORT: Operation[SmsExport] = Operation(
    name="campaigns_sms_link_export",
    label="campaigns.sms.link_export",
    http="GET /sms-campaigns/{sms_campaign_id}/link-export",
    request=_campaigns_sms_link_export.request,
    parse=lambda payload: _campaigns_sms_link_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "sms_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "filename": Arg("query", (str,), required=True, min_length=1),
    },
)
_CAMPAIGNS_MMS_LIST: Operation[Page[MmsCampaign]] = Operation(
    name="campaigns_mms_list",
    label="campaigns.mms.list",
    http="GET /mms-campaigns",
    request=_campaigns_mms_list.request,
    parse=lambda payload: Page.of(_campaigns_mms_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_CAMPAIGNS_MMS_SEND: Operation[MmsCampaign] = Operation(
    name="campaigns_mms_send",
    label="campaigns.mms.send",
    http="POST /mms-campaigns/send",
    request=_campaigns_mms_send.request,
    parse=lambda payload: _campaigns_mms_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1, max_length=20),
        "body": Arg("body", (str,), required=True, min_length=1, max_length=1500),
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
    },
    body=MmsCampaignSendRequest,
)
_CAMPAIGNS_MMS_PRICE: Operation[MmsCampaignPrice] = Operation(
    name="campaigns_mms_price",
    label="campaigns.mms.price",
    http="POST /mms-campaigns/price",
    request=_campaigns_mms_price.request,
    parse=lambda payload: _campaigns_mms_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1, max_length=20),
        "body": Arg("body", (str,), required=True, min_length=1, max_length=1500),
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
    },
    body=MmsCampaignSendRequest,
)
_CAMPAIGNS_MMS_GET: Operation[MmsCampaign] = Operation(
    name="campaigns_mms_get",
    label="campaigns.mms.get",
    http="GET /mms-campaigns/{mms_campaign_id}",
    request=_campaigns_mms_get.request,
    parse=lambda payload: _campaigns_mms_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "mms_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_MMS_UPDATE: Operation[MmsCampaign] = Operation(
    name="campaigns_mms_update",
    label="campaigns.mms.update",
    http="PUT /mms-campaigns/{mms_campaign_id}",
    request=_campaigns_mms_update.request,
    parse=lambda payload: _campaigns_mms_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "mms_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1, max_length=20),
        "body": Arg("body", (str,), required=True, min_length=1, max_length=1500),
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
    },
    body=MmsCampaignSendRequest,
)
_CAMPAIGNS_MMS_CANCEL: Operation[MmsCampaign] = Operation(
    name="campaigns_mms_cancel",
    label="campaigns.mms.cancel",
    http="PUT /mms-campaigns/{mms_campaign_id}/cancel",
    request=_campaigns_mms_cancel.request,
    parse=lambda payload: _campaigns_mms_cancel.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "mms_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_EMAIL_LIST: Operation[Page[EmailCampaign]] = Operation(
    name="campaigns_email_list",
    label="campaigns.email.list",
    http="GET /email-campaigns",
    request=_campaigns_email_list.request,
    parse=lambda payload: Page.of(_campaigns_email_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_CAMPAIGNS_EMAIL_SEND: Operation[EmailCampaignSendResult] = Operation(
    name="campaigns_email_send",
    label="campaigns.email.send",
    http="POST /email-campaigns/send",
    request=_campaigns_email_send.request,
    parse=lambda payload: _campaigns_email_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_email_address_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "from_name": Arg("body", (str,), required=True, min_length=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "template_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "draft": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "custom_string": Arg("body", (str,)),
    },
    body=EmailCampaignSendRequest,
)
_CAMPAIGNS_EMAIL_PRICE: Operation[EmailCampaignPrice] = Operation(
    name="campaigns_email_price",
    label="campaigns.email.price",
    http="POST /email-campaigns/price",
    request=_campaigns_email_price.request,
    parse=lambda payload: _campaigns_email_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_email_address_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "from_name": Arg("body", (str,), required=True, min_length=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "template_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "draft": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "custom_string": Arg("body", (str,)),
    },
    body=EmailCampaignSendRequest,
)
_CAMPAIGNS_EMAIL_GET: Operation[EmailCampaign] = Operation(
    name="campaigns_email_get",
    label="campaigns.email.get",
    http="GET /email-campaigns/{email_campaign_id}",
    request=_campaigns_email_get.request,
    parse=lambda payload: _campaigns_email_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_CAMPAIGNS_EMAIL_UPDATE: Operation[EmailCampaign] = Operation(
    name="campaigns_email_update",
    label="campaigns.email.update",
    http="PUT /email-campaigns/{email_campaign_id}",
    request=_campaigns_email_update.request,
    parse=lambda payload: _campaigns_email_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_campaign_id": Arg("path", (int,), required=True, minimum=1),
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_email_address_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "from_name": Arg("body", (str,), required=True, min_length=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "template_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "draft": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "custom_string": Arg("body", (str,)),
    },
    body=EmailCampaignSendRequest,
)
_CAMPAIGNS_EMAIL_CANCEL: Operation[EmailCampaign] = Operation(
    name="campaigns_email_cancel",
    label="campaigns.email.cancel",
    http="PUT /email-campaigns/{email_campaign_id}/cancel",
    request=_campaigns_email_cancel.request,
    parse=lambda payload: _campaigns_email_cancel.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_campaign_id": Arg("path", (int,), required=True, minimum=1),
    },
)


class CampaignsEmailHistoryResource(Resource):
    """The emails of one campaign, each with its status."""

    async def list(
        self,
        email_campaign_id: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
    ) -> Page[EmailCampaignHistoryItem]:
        """View the history of an email campaign.

        `GET /email-campaigns/{email_campaign_id}/history`: Each email of a campaign: its
        recipient, status and open, click and bounce counts, optionally within a period
        (`date_from`, `date_to`).
        One page; `iter()` walks them all.

        Args:
            email_campaign_id: Id of the email campaign.
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.

        Returns:
            One page of the campaign's emails.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_HISTORY_LIST,
            {
                "email_campaign_id": email_campaign_id,
                "page": page,
                "limit": limit,
                "date_from": date_from,
                "date_to": date_to,
            },
        )

    def iter(
        self,
        email_campaign_id: int,
        *,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[EmailCampaignHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            email_campaign_id: Id of the email campaign.
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CAMPAIGNS_EMAIL_HISTORY_LIST,
            {
                "email_campaign_id": email_campaign_id,
                "date_from": date_from,
                "date_to": date_to,
                "limit": limit,
            },
            concurrency,
        )

    async def export(
        self,
        email_campaign_id: int,
        *,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
    ) -> EmailHistoryExport:
        """Export the history of an email campaign.

        `GET /email-campaigns/{email_campaign_id}/history/export`: Export the history of a
        campaign (optionally of a period) as a CSV file; the answer is the URL to download it
        from.

        Args:
            email_campaign_id: Id of the email campaign.
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.

        Returns:
            Where to download the file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_HISTORY_EXPORT,
            {
                "email_campaign_id": email_campaign_id,
                "date_from": date_from,
                "date_to": date_to,
            },
        )


class CampaignsSmsResource(Resource):
    """SMS campaigns (up to 20,000 recipients a call): send, price, read, update, cancel, and
    the clicks on their tracked links. Marketing text needs an opt-out ("Reply STOP")."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[SmsCampaign]:
        """View SMS campaigns.

        `GET /sms-campaigns`: The SMS campaigns of the account, newest first, optionally within
        a period (`date_from`, `date_to`), filtered with `q` and sorted with `order_by`.
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
            One page of SMS campaigns.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_LIST,
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
    ) -> AsyncPaginator[SmsCampaign]:
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
            _CAMPAIGNS_SMS_LIST,
            {
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def send(
        self,
        *,
        list_id: int,
        name: str,
        body: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
        senders: Sequence[SmsSender] | None = None,
        source: str | None = None,
    ) -> SmsCampaign:
        """Send an SMS campaign.

        `POST /sms-campaigns/send`: Send `body` to every contact of the list `list_id` (up to
        20,000), now or at `schedule`. Personalise with placeholders such as (First Name); put
        http://smsg.io/xxxxx in the body where the tracked short link of `url_to_shorten` goes.
        Marketing messages must carry an opt-out ("Reply STOP to opt out", or the
        StopMsg.me/xxxxx placeholder).

        Args:
            list_id: The contact list to send to (up to 20,000 contacts).
            name: Name of the campaign.
            body: Text of the message, with placeholders such as (First Name);
                http://smsg.io/xxxxx marks where the short link of `url_to_shorten` goes.
            from_: Sender id: a dedicated number, alpha tag or own number; leave out for a
                shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link (see link_statistics).
            senders: Per-country senders (Smart Assign, beta; py6 only).
            source: Free text naming your application (py6 only).

        Returns:
            The campaign, queued or scheduled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CAMPAIGNS_SMS_SEND,
            {
                "list_id": list_id,
                "name": name,
                "body": body,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
                "senders": senders,
                "source": source,
            },
        )

    async def price(
        self,
        *,
        list_id: int,
        name: str,
        body: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
        senders: Sequence[SmsSender] | None = None,
        source: str | None = None,
    ) -> SmsCampaignPrice:
        """Calculate the price of an SMS campaign.

        `POST /sms-campaigns/price`: Price the campaign a `send` with the same body would send,
        without sending anything: the number of messages, the total price and the account's
        currency.

        Args:
            list_id: The contact list to send to (up to 20,000 contacts).
            name: Name of the campaign.
            body: Text of the message, with placeholders such as (First Name);
                http://smsg.io/xxxxx marks where the short link of `url_to_shorten` goes.
            from_: Sender id: a dedicated number, alpha tag or own number; leave out for a
                shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link (see link_statistics).
            senders: Per-country senders (Smart Assign, beta; py6 only).
            source: Free text naming your application (py6 only).

        Returns:
            The price of the campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_PRICE,
            {
                "list_id": list_id,
                "name": name,
                "body": body,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
                "senders": senders,
                "source": source,
            },
        )

    async def get(
        self,
        sms_campaign_id: int,
    ) -> SmsCampaign:
        """View an SMS campaign.

        `GET /sms-campaigns/{sms_campaign_id}`: One SMS campaign, with its status and the size
        of its list (`_total_count`).

        Args:
            sms_campaign_id: Id of the SMS campaign.

        Returns:
            The campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_GET,
            {
                "sms_campaign_id": sms_campaign_id,
            },
        )

    async def update(
        self,
        sms_campaign_id: int,
        *,
        list_id: int,
        name: str,
        body: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
        senders: Sequence[SmsSender] | None = None,
        source: str | None = None,
    ) -> SmsCampaign:
        """Update an SMS campaign.

        `PUT /sms-campaigns/{sms_campaign_id}`: Change a campaign that has not been sent yet (a
        scheduled one): its list, name, sender, text, schedule or short link. The body is that
        of `send`.

        Args:
            sms_campaign_id: Id of the SMS campaign.
            list_id: The contact list to send to (up to 20,000 contacts).
            name: Name of the campaign.
            body: Text of the message, with placeholders such as (First Name);
                http://smsg.io/xxxxx marks where the short link of `url_to_shorten` goes.
            from_: Sender id: a dedicated number, alpha tag or own number; leave out for a
                shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link (see link_statistics).
            senders: Per-country senders (Smart Assign, beta; py6 only).
            source: Free text naming your application (py6 only).

        Returns:
            The updated campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_UPDATE,
            {
                "sms_campaign_id": sms_campaign_id,
                "list_id": list_id,
                "name": name,
                "body": body,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
                "senders": senders,
                "source": source,
            },
        )

    async def cancel(
        self,
        sms_campaign_id: int,
    ) -> SmsCampaign:
        """Cancel an SMS campaign.

        `PUT /sms-campaigns/{sms_campaign_id}/cancel`: Cancel a scheduled campaign that has not
        been sent yet.

        Args:
            sms_campaign_id: Id of the SMS campaign.

        Returns:
            The cancelled campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_CANCEL,
            {
                "sms_campaign_id": sms_campaign_id,
            },
        )

    async def link_statistics(
        self,
        sms_campaign_id: int,
    ) -> SmsCampaignLinkStatistics:
        """View the link statistics of an SMS campaign.

        `GET /sms-campaigns/{sms_campaign_id}/link-statistics`: How many recipients opened the
        campaign's tracked link, and the browsers, countries, devices and operating systems they
        opened it with.

        Args:
            sms_campaign_id: Id of the SMS campaign.

        Returns:
            The statistics of the link.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_LINK_STATISTICS,
            {
                "sms_campaign_id": sms_campaign_id,
            },
        )

    async def link_tracking(
        self,
        sms_campaign_id: int,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SmsCampaignLinkTrackingItem]:
        """View the link tracking of an SMS campaign.

        `GET /sms-campaigns/{sms_campaign_id}/link-tracking`: Per recipient of the campaign: the
        contact, how often and when the tracked link was opened, and with which browser, device,
        system and from where.
        One page; `iter_link_tracking()` walks them all.

        Args:
            sms_campaign_id: Id of the SMS campaign.
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of recipients and their clicks.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_SMS_LINK_TRACKING,
            {
                "sms_campaign_id": sms_campaign_id,
                "page": page,
                "limit": limit,
            },
        )

    def iter_link_tracking(
        self,
        sms_campaign_id: int,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[SmsCampaignLinkTrackingItem]:
        """Every item of `link_tracking()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            sms_campaign_id: Id of the SMS campaign.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CAMPAIGNS_SMS_LINK_TRACKING,
            {
                "sms_campaign_id": sms_campaign_id,
                "limit": limit,
            },
            concurrency,
        )

    async def link_export(
        self,
        sms_campaign_id: int,
        *,
        filename: str,
    ) -> SmsExport:
        """Export the link tracking of an SMS campaign.

        `GET /sms-campaigns/{sms_campaign_id}/link-export`: Export the link tracking of a
        campaign as a CSV file named `filename`; the answer is the URL to download it from.

        Args:
            sms_campaign_id: Id of the SMS campaign.
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
            _CAMPAIGNS_SMS_LINK_EXPORT,
            {
                "sms_campaign_id": sms_campaign_id,
                "filename": filename,
            },
        )


class CampaignsMmsResource(Resource):
    """MMS campaigns: send, price, read, update, cancel."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[MmsCampaign]:
        """View MMS campaigns.

        `GET /mms-campaigns`: The MMS campaigns of the account, newest first.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of MMS campaigns.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_MMS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[MmsCampaign]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CAMPAIGNS_MMS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def send(
        self,
        *,
        list_id: int,
        name: str,
        subject: str,
        body: str,
        media_file: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
    ) -> MmsCampaign:
        """Send an MMS campaign.

        `POST /mms-campaigns/send`: Send `media_file` with `subject` and `body` to every contact
        of the list `list_id`, now or at `schedule`. Marketing messages must carry an opt-out
        ("Reply STOP to opt out").

        Args:
            list_id: The contact list to send to.
            name: Name of the campaign.
            subject: Subject (up to 20 characters).
            body: Text of the message, with placeholders such as (First Name).
            media_file: Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and
                bmp through `POST /uploads?convert=mms` first).
            from_: Your sender id; leave out for a shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link placed at
                http://smsg.io/xxxxx in the body.

        Returns:
            The campaign, queued or scheduled.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CAMPAIGNS_MMS_SEND,
            {
                "list_id": list_id,
                "name": name,
                "subject": subject,
                "body": body,
                "media_file": media_file,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
        )

    async def price(
        self,
        *,
        list_id: int,
        name: str,
        subject: str,
        body: str,
        media_file: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
    ) -> MmsCampaignPrice:
        """Calculate the price of an MMS campaign.

        `POST /mms-campaigns/price`: Price the campaign a `send` with the same body would send,
        without sending anything.

        Args:
            list_id: The contact list to send to.
            name: Name of the campaign.
            subject: Subject (up to 20 characters).
            body: Text of the message, with placeholders such as (First Name).
            media_file: Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and
                bmp through `POST /uploads?convert=mms` first).
            from_: Your sender id; leave out for a shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link placed at
                http://smsg.io/xxxxx in the body.

        Returns:
            The price of the campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_MMS_PRICE,
            {
                "list_id": list_id,
                "name": name,
                "subject": subject,
                "body": body,
                "media_file": media_file,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
        )

    async def get(
        self,
        mms_campaign_id: int,
    ) -> MmsCampaign:
        """View an MMS campaign.

        `GET /mms-campaigns/{mms_campaign_id}`: One MMS campaign, with its status, its media
        file and the size of its list.

        Args:
            mms_campaign_id: Id of the MMS campaign.

        Returns:
            The campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_MMS_GET,
            {
                "mms_campaign_id": mms_campaign_id,
            },
        )

    async def update(
        self,
        mms_campaign_id: int,
        *,
        list_id: int,
        name: str,
        subject: str,
        body: str,
        media_file: str,
        from_: str | None = None,
        schedule: int | datetime | None = None,
        url_to_shorten: str | None = None,
    ) -> MmsCampaign:
        """Update an MMS campaign.

        `PUT /mms-campaigns/{mms_campaign_id}`: Change a campaign that has not been sent yet.
        The body is that of `send`.

        Args:
            mms_campaign_id: Id of the MMS campaign.
            list_id: The contact list to send to.
            name: Name of the campaign.
            subject: Subject (up to 20 characters).
            body: Text of the message, with placeholders such as (First Name).
            media_file: Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and
                bmp through `POST /uploads?convert=mms` first).
            from_: Your sender id; leave out for a shared number.
            schedule: Unix time to send at; leave out (or 0) to send now.
            url_to_shorten: A long URL to shorten into a tracked link placed at
                http://smsg.io/xxxxx in the body.

        Returns:
            The updated campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_MMS_UPDATE,
            {
                "mms_campaign_id": mms_campaign_id,
                "list_id": list_id,
                "name": name,
                "subject": subject,
                "body": body,
                "media_file": media_file,
                "from_": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
        )

    async def cancel(
        self,
        mms_campaign_id: int,
    ) -> MmsCampaign:
        """Cancel an MMS campaign.

        `PUT /mms-campaigns/{mms_campaign_id}/cancel`: Cancel a scheduled campaign that has not
        been sent yet.

        Args:
            mms_campaign_id: Id of the MMS campaign.

        Returns:
            The cancelled campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_MMS_CANCEL,
            {
                "mms_campaign_id": mms_campaign_id,
            },
        )


class CampaignsEmailResource(Resource):
    """Email campaigns: send, price, read, update, cancel, and their history."""

    __slots__ = ("history",)

    history: CampaignsEmailHistoryResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = CampaignsEmailHistoryResource(client)

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[EmailCampaign]:
        """View email campaigns.

        `GET /email-campaigns`: The email campaigns of the account, with their send, open, click
        and bounce counts.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of email campaigns.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[EmailCampaign]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CAMPAIGNS_EMAIL_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def send(
        self,
        *,
        name: str,
        subject: str,
        body: str,
        from_email_address_id: int,
        from_name: str,
        list_id: int,
        template_id: int | None = None,
        schedule: int | datetime | None = None,
        draft: bool | None = None,
        custom_string: str | None = None,
    ) -> EmailCampaignSendResult:
        """Send an email campaign.

        `POST /email-campaigns/send`: Send `body` (HTML; or a template's, `template_id`) with
        `subject` to every contact of the list `list_id`, from the verified address
        `from_email_address_id` shown as `from_name`, now or at `schedule`; `draft` saves it
        without sending.

        Args:
            name: Name of the campaign.
            subject: Subject of the emails.
            body: The email, in HTML.
            from_email_address_id: Id of the verified sender address (see email.addresses).
            from_name: Display name of the sender.
            list_id: The contact list to send to.
            template_id: Id of one of your email templates to build the email from.
            schedule: Unix time to send at; leave out (or 0) to send now.
            draft: Save the campaign as a draft instead of sending it.
            custom_string: Your own reference.

        Returns:
            The campaign, its price and how many emails were queued.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_SEND,
            {
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
                "draft": draft,
                "custom_string": custom_string,
            },
        )

    async def price(
        self,
        *,
        name: str,
        subject: str,
        body: str,
        from_email_address_id: int,
        from_name: str,
        list_id: int,
        template_id: int | None = None,
        schedule: int | datetime | None = None,
        draft: bool | None = None,
        custom_string: str | None = None,
    ) -> EmailCampaignPrice:
        """Calculate the price of an email campaign.

        `POST /email-campaigns/price`: Price the campaign a `send` with the same body would
        send, without sending anything.

        Args:
            name: Name of the campaign.
            subject: Subject of the emails.
            body: The email, in HTML.
            from_email_address_id: Id of the verified sender address (see email.addresses).
            from_name: Display name of the sender.
            list_id: The contact list to send to.
            template_id: Id of one of your email templates to build the email from.
            schedule: Unix time to send at; leave out (or 0) to send now.
            draft: Save the campaign as a draft instead of sending it.
            custom_string: Your own reference.

        Returns:
            The price of the campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_PRICE,
            {
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
                "draft": draft,
                "custom_string": custom_string,
            },
        )

    async def get(
        self,
        email_campaign_id: int,
    ) -> EmailCampaign:
        """View an email campaign.

        `GET /email-campaigns/{email_campaign_id}`: One email campaign, with its body and its
        send, open, click and bounce counts.

        Args:
            email_campaign_id: Id of the email campaign.

        Returns:
            The campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_GET,
            {
                "email_campaign_id": email_campaign_id,
            },
        )

    async def update(
        self,
        email_campaign_id: int,
        *,
        name: str,
        subject: str,
        body: str,
        from_email_address_id: int,
        from_name: str,
        list_id: int,
        template_id: int | None = None,
        schedule: int | datetime | None = None,
        draft: bool | None = None,
        custom_string: str | None = None,
    ) -> EmailCampaign:
        """Update an email campaign.

        `PUT /email-campaigns/{email_campaign_id}`: Change a campaign that has not been sent
        yet. The body is that of `send`.

        Args:
            email_campaign_id: Id of the email campaign.
            name: Name of the campaign.
            subject: Subject of the emails.
            body: The email, in HTML.
            from_email_address_id: Id of the verified sender address (see email.addresses).
            from_name: Display name of the sender.
            list_id: The contact list to send to.
            template_id: Id of one of your email templates to build the email from.
            schedule: Unix time to send at; leave out (or 0) to send now.
            draft: Save the campaign as a draft instead of sending it.
            custom_string: Your own reference.

        Returns:
            The updated campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_UPDATE,
            {
                "email_campaign_id": email_campaign_id,
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
                "draft": draft,
                "custom_string": custom_string,
            },
        )

    async def cancel(
        self,
        email_campaign_id: int,
    ) -> EmailCampaign:
        """Cancel an email campaign.

        `PUT /email-campaigns/{email_campaign_id}/cancel`: Cancel a scheduled campaign that has
        not been sent yet.

        Args:
            email_campaign_id: Id of the email campaign.

        Returns:
            The cancelled campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CAMPAIGNS_EMAIL_CANCEL,
            {
                "email_campaign_id": email_campaign_id,
            },
        )


class CampaignsResource(Resource):
    """Campaigns: one message to every contact of a list (SMS, MMS, email)."""

    __slots__ = (
        "sms",
        "mms",
        "email",
    )

    sms: CampaignsSmsResource
    mms: CampaignsMmsResource
    email: CampaignsEmailResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.sms = CampaignsSmsResource(client)
        self.mms = CampaignsMmsResource(client)
        self.email = CampaignsEmailResource(client)
