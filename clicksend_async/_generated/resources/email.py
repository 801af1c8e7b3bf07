# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.email` and its nested resources: one method per operation of openapi.yaml.

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
from ..._resource import Resource
from ..._values import unix_time_in as unix_time
from ..api.email_addresses import email_addresses_create as _email_addresses_create
from ..api.email_addresses import email_addresses_delete as _email_addresses_delete
from ..api.email_addresses import email_addresses_get as _email_addresses_get
from ..api.email_addresses import email_addresses_list as _email_addresses_list
from ..api.email_addresses import (
    email_addresses_send_verification as _email_addresses_send_verification,
)
from ..api.email_addresses import email_addresses_verify as _email_addresses_verify
from ..api.email_master_templates import email_master_templates_get as _email_master_templates_get
from ..api.email_master_templates import (
    email_master_templates_get_category as _email_master_templates_get_category,
)
from ..api.email_master_templates import email_master_templates_list as _email_master_templates_list
from ..api.email_master_templates import (
    email_master_templates_list_by_category as _email_master_templates_list_by_category,
)
from ..api.email_master_templates import (
    email_master_templates_list_categories as _email_master_templates_list_categories,
)
from ..api.email_templates import email_templates_create as _email_templates_create
from ..api.email_templates import email_templates_delete as _email_templates_delete
from ..api.email_templates import email_templates_get as _email_templates_get
from ..api.email_templates import email_templates_list as _email_templates_list
from ..api.email_templates import email_templates_update as _email_templates_update
from ..api.email_templates import email_templates_upload_image as _email_templates_upload_image
from ..api.transactional_email import email_history_export as _email_history_export
from ..api.transactional_email import email_history_list as _email_history_list
from ..api.transactional_email import email_price as _email_price
from ..api.transactional_email import email_receipts_test as _email_receipts_test
from ..api.transactional_email import email_send as _email_send
from ..models import (
    AllowedEmailAddress,
    AllowedEmailAddressCreate,
    EmailAttachment,
    EmailFrom,
    EmailHistoryExport,
    EmailHistoryItem,
    EmailMasterTemplate,
    EmailPrice,
    EmailReceipt,
    EmailReceiptTestRequest,
    EmailRecipient,
    EmailSendRequest,
    EmailSendResult,
    EmailTemplate,
    EmailTemplateCategory,
    EmailTemplateCreate,
    EmailTemplateImageUpload,
    EmailTemplateUpdate,
)
from ._rules import (
    _EMAIL_ATTACHMENT_RULES,
    _EMAIL_FROM_RULES,
    _EMAIL_RECIPIENT_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_EMAIL_HISTORY_LIST: Operation[Page[EmailHistoryItem]] = Operation(
    name="email_history_list",
    label="email.history.list",
    http="GET /email/history",
    request=_email_history_list.request,
    parse=lambda payload: Page.of(_email_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
    },
    paging=Paging("page", "limit"),
)
_EMAIL_HISTORY_EXPORT: Operation[EmailHistoryExport] = Operation(
    name="email_history_export",
    label="email.history.export",
    http="GET /email/history/export",
    request=_email_history_export.request,
    parse=lambda payload: _email_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
        "date_from": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "date_to": Arg("query", (int, datetime), convert=unix_time, minimum=0),
    },
)
_EMAIL_ADDRESSES_LIST: Operation[Page[AllowedEmailAddress]] = Operation(
    name="email_addresses_list",
    label="email.addresses.list",
    http="GET /email/addresses",
    request=_email_addresses_list.request,
    parse=lambda payload: Page.of(_email_addresses_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    crud=("email_addresses", "email_address_id"),
    paging=Paging("page", "limit"),
)
_EMAIL_ADDRESSES_CREATE: Operation[AllowedEmailAddress] = Operation(
    name="email_addresses_create",
    label="email.addresses.create",
    http="POST /email/addresses",
    request=_email_addresses_create.request,
    parse=lambda payload: _email_addresses_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "email_address": Arg("body", (str,), required=True, min_length=1),
    },
    body=AllowedEmailAddressCreate,
    crud=("email_addresses", "email_address_id"),
)
_EMAIL_ADDRESSES_GET: Operation[AllowedEmailAddress] = Operation(
    name="email_addresses_get",
    label="email.addresses.get",
    http="GET /email/addresses/{email_address_id}",
    request=_email_addresses_get.request,
    parse=lambda payload: _email_addresses_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True),
    },
    crud=("email_addresses", "email_address_id"),
)
_EMAIL_ADDRESSES_DELETE: Operation[None] = Operation(
    name="email_addresses_delete",
    label="email.addresses.delete",
    http="DELETE /email/addresses/{email_address_id}",
    request=_email_addresses_delete.request,
    parse=lambda payload: discard(_email_addresses_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True),
    },
    crud=("email_addresses", "email_address_id"),
)
_EMAIL_ADDRESSES_SEND_VERIFICATION: Operation[None] = Operation(
    name="email_addresses_send_verification",
    label="email.addresses.send_verification",
    http="PUT /email/address-verify/{email_address_id}/send",
    request=_email_addresses_send_verification.request,
    parse=lambda payload: discard(_email_addresses_send_verification.parse(payload)),
    idempotent=False,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_ADDRESSES_VERIFY: Operation[AllowedEmailAddress] = Operation(
    name="email_addresses_verify",
    label="email.addresses.verify",
    http="PUT /email/address-verify/{email_address_id}/verify/{activation_token}",
    request=_email_addresses_verify.request,
    parse=lambda payload: _email_addresses_verify.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True),
        "activation_token": Arg("path", (str,), required=True, min_length=1),
    },
)
_EMAIL_TEMPLATES_LIST: Operation[Page[EmailTemplate]] = Operation(
    name="email_templates_list",
    label="email.templates.list",
    http="GET /email/templates",
    request=_email_templates_list.request,
    parse=lambda payload: Page.of(_email_templates_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    crud=("email_templates", "template_id"),
    paging=Paging("page", "limit"),
)
_EMAIL_TEMPLATES_CREATE: Operation[EmailTemplate] = Operation(
    name="email_templates_create",
    label="email.templates.create",
    http="POST /email/templates",
    request=_email_templates_create.request,
    parse=lambda payload: _email_templates_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "template_id_master": Arg("body", (int,), required=True),
        "template_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=EmailTemplateCreate,
    crud=("email_templates", "template_id"),
)
_EMAIL_TEMPLATES_GET: Operation[EmailTemplate] = Operation(
    name="email_templates_get",
    label="email.templates.get",
    http="GET /email/templates/{template_id}",
    request=_email_templates_get.request,
    parse=lambda payload: _email_templates_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
    },
    crud=("email_templates", "template_id"),
)
_EMAIL_TEMPLATES_UPDATE: Operation[EmailTemplate] = Operation(
    name="email_templates_update",
    label="email.templates.update",
    http="PUT /email/templates/{template_id}",
    request=_email_templates_update.request,
    parse=lambda payload: _email_templates_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
        "body": Arg("body", (str,), required=True),
        "template_name": Arg("body", (str,), min_length=1),
    },
    body=EmailTemplateUpdate,
    crud=("email_templates", "template_id"),
)
_EMAIL_TEMPLATES_DELETE: Operation[None] = Operation(
    name="email_templates_delete",
    label="email.templates.delete",
    http="DELETE /email/templates/{template_id}",
    request=_email_templates_delete.request,
    parse=lambda payload: discard(_email_templates_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
    },
    crud=("email_templates", "template_id"),
)
_EMAIL_TEMPLATES_UPLOAD_IMAGE: Operation[str] = Operation(
    name="email_templates_upload_image",
    label="email.templates.upload_image",
    http="POST /email/templates-images/{template_id}",
    request=_email_templates_upload_image.request,
    parse=lambda payload: _email_templates_upload_image.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
        "image": Arg("body", (str,), min_length=1),
        "url": Arg("body", (str,), min_length=1),
    },
    body=EmailTemplateImageUpload,
    at_least_one_of=(
        "image",
        "url",
    ),
)
_EMAIL_MASTER_TEMPLATES_LIST: Operation[builtins.list[EmailMasterTemplate]] = Operation(
    name="email_master_templates_list",
    label="email.master_templates.list",
    http="GET /email/master-templates",
    request=_email_master_templates_list.request,
    parse=lambda payload: _email_master_templates_list.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_EMAIL_MASTER_TEMPLATES_GET: Operation[EmailMasterTemplate] = Operation(
    name="email_master_templates_get",
    label="email.master_templates.get",
    http="GET /email/master-templates/{template_id}",
    request=_email_master_templates_get.request,
    parse=lambda payload: _email_master_templates_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "template_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_MASTER_TEMPLATES_LIST_CATEGORIES: Operation[builtins.list[EmailTemplateCategory]] = (
    Operation(
        name="email_master_templates_list_categories",
        label="email.master_templates.list_categories",
        http="GET /email/master-templates-categories",
        request=_email_master_templates_list_categories.request,
        parse=lambda payload: _email_master_templates_list_categories.parse(payload).data,
        idempotent=True,
        requires_auth=True,
        args={},
    )
)
_EMAIL_MASTER_TEMPLATES_GET_CATEGORY: Operation[EmailTemplateCategory] = Operation(
    name="email_master_templates_get_category",
    label="email.master_templates.get_category",
    http="GET /email/master-templates-categories/{category_id}",
    request=_email_master_templates_get_category.request,
    parse=lambda payload: _email_master_templates_get_category.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "category_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_MASTER_TEMPLATES_LIST_BY_CATEGORY: Operation[builtins.list[EmailMasterTemplate]] = Operation(
    name="email_master_templates_list_by_category",
    label="email.master_templates.list_by_category",
    http="GET /email/master-templates-categories/{category_id}/master-templates",
    request=_email_master_templates_list_by_category.request,
    parse=lambda payload: _email_master_templates_list_by_category.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "category_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_RECEIPTS_TEST: Operation[EmailReceipt] = Operation(
    name="email_receipts_test",
    label="email.receipts.test",
    http="POST /email/receipts",
    request=_email_receipts_test.request,
    parse=lambda payload: _email_receipts_test.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
    body=EmailReceiptTestRequest,
)
_EMAIL_SEND: Operation[EmailSendResult] = Operation(
    name="email_send",
    label="email.send",
    http="POST /email/send",
    request=_email_send.request,
    parse=lambda payload: _email_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "to": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(EmailRecipient,),
            rules=_EMAIL_RECIPIENT_RULES,
            min_items=1,
        ),
        "from_": Arg("body", (EmailFrom,), required=True, rules=_EMAIL_FROM_RULES, wire="from"),
        "body": Arg("body", (str,), required=True, min_length=1),
        "cc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "bcc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "subject": Arg("body", (str,)),
        "attachments": Arg(
            "body", (list, tuple), items=(EmailAttachment,), rules=_EMAIL_ATTACHMENT_RULES
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=EmailSendRequest,
)
_EMAIL_PRICE: Operation[EmailPrice] = Operation(
    name="email_price",
    label="email.price",
    http="POST /email/price",
    request=_email_price.request,
    parse=lambda payload: _email_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "to": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(EmailRecipient,),
            rules=_EMAIL_RECIPIENT_RULES,
            min_items=1,
        ),
        "from_": Arg("body", (EmailFrom,), required=True, rules=_EMAIL_FROM_RULES, wire="from"),
        "body": Arg("body", (str,), required=True, min_length=1),
        "cc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "bcc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "subject": Arg("body", (str,)),
        "attachments": Arg(
            "body", (list, tuple), items=(EmailAttachment,), rules=_EMAIL_ATTACHMENT_RULES
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
    body=EmailSendRequest,
)


class EmailHistoryResource(Resource):
    """The emails sent from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
    ) -> Page[EmailHistoryItem]:
        """View email history.

        `GET /email/history`: The emails sent, newest first, one page at a time; `date_from` and
        `date_to` (Unix times) narrow the period.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.

        Returns:
            One page of sent emails.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_HISTORY_LIST,
            {
                "page": page,
                "limit": limit,
                "date_from": date_from,
                "date_to": date_to,
            },
        )

    def iter(
        self,
        *,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[EmailHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _EMAIL_HISTORY_LIST,
            {
                "date_from": date_from,
                "date_to": date_to,
                "limit": limit,
            },
            concurrency,
        )

    async def export(
        self,
        *,
        filename: str,
        date_from: int | datetime | None = None,
        date_to: int | datetime | None = None,
    ) -> EmailHistoryExport:
        """Export email history.

        `GET /email/history/export`: Export the email history (optionally of a period) to a CSV
        file named `filename`; the answer is the URL to download it from.

        Args:
            filename: Name of the CSV file to produce, e.g. export.csv.
            date_from: Start of the period, Unix time.
            date_to: End of the period, Unix time.

        Returns:
            Where to download the exported file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_HISTORY_EXPORT,
            {
                "filename": filename,
                "date_from": date_from,
                "date_to": date_to,
            },
        )


class EmailAddressesResource(Resource):
    """The sender addresses the account may send email from, and their verification."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[AllowedEmailAddress]:
        """View allowed email addresses.

        `GET /email/addresses`: The addresses allowed to send email, with whether each is
        verified yet.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of allowed email addresses.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_ADDRESSES_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AllowedEmailAddress]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _EMAIL_ADDRESSES_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        email_address: str,
    ) -> AllowedEmailAddress:
        """Create an allowed email address.

        `POST /email/addresses`: Add an address to send email from. It starts unverified
        (`verified` 0): have a token sent to it (send_verification), then verify it with that
        token (verify).

        Args:
            email_address: The address to allow as a sender; it must then be verified.

        Returns:
            The new, unverified address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_ADDRESSES_CREATE,
            {
                "email_address": email_address,
            },
        )

    async def get(
        self,
        email_address_id: int,
    ) -> AllowedEmailAddress:
        """View an allowed email address.

        `GET /email/addresses/{email_address_id}`: One allowed email address.

        Args:
            email_address_id: Id of an allowed email address.

        Returns:
            The address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_ADDRESSES_GET,
            {
                "email_address_id": email_address_id,
            },
        )

    async def delete(
        self,
        email_address_id: int,
    ) -> None:
        """Delete an allowed email address.

        `DELETE /email/addresses/{email_address_id}`: Remove an address from the allowed
        senders.

        Args:
            email_address_id: Id of an allowed email address.

        Returns:
            The address was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_ADDRESSES_DELETE,
            {
                "email_address_id": email_address_id,
            },
        )

    async def send_verification(
        self,
        email_address_id: int,
    ) -> None:
        """Send an email verification token.

        `PUT /email/address-verify/{email_address_id}/send`: Email a verification token to an
        allowed address; verify the address with it (verify).

        Args:
            email_address_id: Id of an allowed email address.

        Returns:
            The verification email was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_ADDRESSES_SEND_VERIFICATION,
            {
                "email_address_id": email_address_id,
            },
        )

    async def verify(
        self,
        email_address_id: int,
        activation_token: str,
    ) -> AllowedEmailAddress:
        """Verify an allowed email address.

        `PUT /email/address-verify/{email_address_id}/verify/{activation_token}`: Verify an
        allowed address with the token that send_verification emailed to it; the answer is the
        address, now `verified`.

        Args:
            email_address_id: Id of an allowed email address.
            activation_token: The token emailed by send_verification (a one-time code), e.g.
                3BD73304.

        Returns:
            The address, verified.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_ADDRESSES_VERIFY,
            {
                "email_address_id": email_address_id,
                "activation_token": activation_token,
            },
        )


class EmailTemplatesResource(Resource):
    """The account's own email templates."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[EmailTemplate]:
        """View email templates.

        `GET /email/templates`: Your email templates (ids and names).
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of email templates.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TEMPLATES_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[EmailTemplate]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _EMAIL_TEMPLATES_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        template_id_master: int,
        template_name: str,
    ) -> EmailTemplate:
        """Create an email template.

        `POST /email/templates`: Make a new template of your own from a master template (see
        Email Master Templates); the answer carries the new template's id and the body copied
        from the master.

        Args:
            template_id_master: Id of the master template to copy.
            template_name: Name of the new template.

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
            _EMAIL_TEMPLATES_CREATE,
            {
                "template_id_master": template_id_master,
                "template_name": template_name,
            },
        )

    async def get(
        self,
        template_id: int,
    ) -> EmailTemplate:
        """View an email template.

        `GET /email/templates/{template_id}`: One of your email templates, with its body.

        Args:
            template_id: Id of one of your email templates.

        Returns:
            The template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TEMPLATES_GET,
            {
                "template_id": template_id,
            },
        )

    async def update(
        self,
        template_id: int,
        *,
        body: str,
        template_name: str | None = None,
    ) -> EmailTemplate:
        """Update an email template.

        `PUT /email/templates/{template_id}`: Replace the body (and optionally the name) of one
        of your email templates.

        Args:
            template_id: Id of one of your email templates.
            body: The new body of the template.
            template_name: A new name for the template.

        Returns:
            The updated template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TEMPLATES_UPDATE,
            {
                "template_id": template_id,
                "body": body,
                "template_name": template_name,
            },
        )

    async def delete(
        self,
        template_id: int,
    ) -> None:
        """Delete an email template.

        `DELETE /email/templates/{template_id}`: Delete one of your email templates.

        Args:
            template_id: Id of one of your email templates.

        Returns:
            The template was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TEMPLATES_DELETE,
            {
                "template_id": template_id,
            },
        )

    async def upload_image(
        self,
        template_id: int,
        *,
        image: str | None = None,
        url: str | None = None,
    ) -> str:
        """Upload an image for an email template.

        `POST /email/templates-images/{template_id}`: Add an image to one of your email
        templates, from a file (`image`) or from a URL (`url`); the answer is the URL the image
        is served from, for the template's HTML.

        Args:
            template_id: Id of one of your email templates.
            image: The image file to upload.
            url: A URL to fetch the image from.

        Returns:
            The URL of the uploaded image.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_TEMPLATES_UPLOAD_IMAGE,
            {
                "template_id": template_id,
                "image": image,
                "url": url,
            },
        )


class EmailMasterTemplatesResource(Resource):
    """ClickSend's ready-made email templates and their categories."""

    async def list(
        self,
    ) -> builtins.list[EmailMasterTemplate]:
        """View master email templates.

        `GET /email/master-templates`: ClickSend's master email templates, to make your own
        templates from.

        Returns:
            Every master template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_EMAIL_MASTER_TEMPLATES_LIST, {})

    async def get(
        self,
        template_id: int,
    ) -> EmailMasterTemplate:
        """View a master email template.

        `GET /email/master-templates/{template_id}`: One master email template.

        Args:
            template_id: Id of a master email template (its `template_id_master`).

        Returns:
            The master template.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_MASTER_TEMPLATES_GET,
            {
                "template_id": template_id,
            },
        )

    async def list_categories(
        self,
    ) -> builtins.list[EmailTemplateCategory]:
        """View master template categories.

        `GET /email/master-templates-categories`: The categories master email templates are
        grouped in.

        Returns:
            Every category.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_EMAIL_MASTER_TEMPLATES_LIST_CATEGORIES, {})

    async def get_category(
        self,
        category_id: int,
    ) -> EmailTemplateCategory:
        """View a master template category.

        `GET /email/master-templates-categories/{category_id}`: One category of master email
        templates.

        Args:
            category_id: Id of a master template category.

        Returns:
            The category.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_MASTER_TEMPLATES_GET_CATEGORY,
            {
                "category_id": category_id,
            },
        )

    async def list_by_category(
        self,
        category_id: int,
    ) -> builtins.list[EmailMasterTemplate]:
        """View the master templates of a category.

        `GET /email/master-templates-categories/{category_id}/master-templates`: The master
        email templates of one category, with their bodies.

        Args:
            category_id: Id of a master template category.

        Returns:
            Every master template of the category.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_MASTER_TEMPLATES_LIST_BY_CATEGORY,
            {
                "category_id": category_id,
            },
        )


class EmailReceiptsResource(Resource):
    """Email delivery receipts: `test` makes ClickSend post a test receipt to a URL."""

    async def test(
        self,
        *,
        url: str,
    ) -> EmailReceipt:
        """Create a test email delivery receipt.

        `POST /email/receipts`: Make ClickSend call `url` once with a test email delivery
        receipt, to check a webhook handler (the docs: "Add a Test Delivery Receipt").

        Args:
            url: The URL ClickSend calls with the test receipt.

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
            _EMAIL_RECEIPTS_TEST,
            {
                "url": url,
            },
        )


class EmailResource(Resource):
    """Send an email to one or more recipients from an allowed, verified sender address (see
    Email Addresses), price it before sending, and read or export the history of sent
    emails."""

    __slots__ = (
        "history",
        "addresses",
        "templates",
        "master_templates",
        "receipts",
    )

    history: EmailHistoryResource
    addresses: EmailAddressesResource
    templates: EmailTemplatesResource
    master_templates: EmailMasterTemplatesResource
    receipts: EmailReceiptsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = EmailHistoryResource(client)
        self.addresses = EmailAddressesResource(client)
        self.templates = EmailTemplatesResource(client)
        self.master_templates = EmailMasterTemplatesResource(client)
        self.receipts = EmailReceiptsResource(client)

    async def send(
        self,
        *,
        to: Sequence[EmailRecipient],
        from_: EmailFrom,
        body: str,
        cc: Sequence[EmailRecipient] | None = None,
        bcc: Sequence[EmailRecipient] | None = None,
        subject: str | None = None,
        attachments: Sequence[EmailAttachment] | None = None,
        schedule: int | datetime | None = None,
    ) -> EmailSendResult:
        """Send an email.

        `POST /email/send`: Send one email to the `to` recipients (with optional cc, bcc and
        attachments) from an allowed, verified sender address (`from.email_address_id`, see
        Email Addresses). Give a `schedule` (Unix time) to send it later; omit it or give 0 to
        send now. The answer is the queued email with its `message_id`, `status` and `price`.

        Args:
            to: The recipients.
            from_: The sender of an email: an allowed, verified address and a display name.
            body: The content of the email (HTML or text).
            cc: Copy recipients.
            bcc: Blind-copy recipients.
            subject: Subject line.
            attachments: Files attached to the email.
            schedule: A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".

        Returns:
            The email, queued for delivery.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_SEND,
            {
                "to": to,
                "from_": from_,
                "body": body,
                "cc": cc,
                "bcc": bcc,
                "subject": subject,
                "attachments": attachments,
                "schedule": schedule,
            },
        )

    async def price(
        self,
        *,
        to: Sequence[EmailRecipient],
        from_: EmailFrom,
        body: str,
        cc: Sequence[EmailRecipient] | None = None,
        bcc: Sequence[EmailRecipient] | None = None,
        subject: str | None = None,
        attachments: Sequence[EmailAttachment] | None = None,
        schedule: int | datetime | None = None,
    ) -> EmailPrice:
        """Calculate the price of an email.

        `POST /email/price`: Price an email without sending it: takes the same body as Send
        Email and answers the recipients, the subject, the body and the `price` the send would
        cost.

        Args:
            to: The recipients.
            from_: The sender of an email: an allowed, verified address and a display name.
            body: The content of the email (HTML or text).
            cc: Copy recipients.
            bcc: Blind-copy recipients.
            subject: Subject line.
            attachments: Files attached to the email.
            schedule: A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".

        Returns:
            What the email would cost.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_PRICE,
            {
                "to": to,
                "from_": from_,
                "body": body,
                "cc": cc,
                "bcc": bcc,
                "subject": subject,
                "attachments": attachments,
                "schedule": schedule,
            },
        )
