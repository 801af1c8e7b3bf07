# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.email_to_sms`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..api.email_to_sms import email_sms_allowed_address_create as _email_sms_allowed_address_create
from ..api.email_to_sms import email_sms_allowed_addresses_list as _email_sms_allowed_addresses_list
from ..api.email_to_sms import email_sms_stripped_string_create as _email_sms_stripped_string_create
from ..api.email_to_sms import email_sms_stripped_string_delete as _email_sms_stripped_string_delete
from ..api.email_to_sms import email_sms_stripped_string_get as _email_sms_stripped_string_get
from ..api.email_to_sms import email_sms_stripped_string_update as _email_sms_stripped_string_update
from ..api.email_to_sms import email_sms_stripped_strings_list as _email_sms_stripped_strings_list
from ..api.email_to_sms import (
    email_to_sms_delete_allowed_address as _email_to_sms_delete_allowed_address,
)
from ..api.email_to_sms import email_to_sms_get_allowed_address as _email_to_sms_get_allowed_address
from ..api.email_to_sms import (
    email_to_sms_update_allowed_address as _email_to_sms_update_allowed_address,
)
from ..models import (
    AllowedAddress,
    AllowedAddressFields,
    SearchOperator,
    StrippedString,
    StrippedStringDetail,
    StrippedStringFields,
)

if TYPE_CHECKING:
    pass

_EMAIL_SMS_ALLOWED_ADDRESSES_LIST: Operation[Page[AllowedAddress]] = Operation(
    name="email_sms_allowed_addresses_list",
    label="email_to_sms.list_allowed_addresses",
    http="GET /sms/email-sms",
    request=_email_sms_allowed_addresses_list.request,
    parse=lambda payload: Page.of(_email_sms_allowed_addresses_list.parse(payload).data),
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
    paging=Paging("page", "limit"),
)
_EMAIL_SMS_ALLOWED_ADDRESS_CREATE: Operation[AllowedAddress] = Operation(
    name="email_sms_allowed_address_create",
    label="email_to_sms.create_allowed_address",
    http="POST /sms/email-sms",
    request=_email_sms_allowed_address_create.request,
    parse=lambda payload: _email_sms_allowed_address_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "email_address": Arg("body", (str,), required=True),
        "from_": Arg("body", (str,), wire="from"),
    },
    body=AllowedAddressFields,
)
_EMAIL_SMS_STRIPPED_STRINGS_LIST: Operation[Page[StrippedString]] = Operation(
    name="email_sms_stripped_strings_list",
    label="email_to_sms.list_stripped_strings",
    http="GET /sms/email-sms-stripped-strings",
    request=_email_sms_stripped_strings_list.request,
    parse=lambda payload: Page.of(_email_sms_stripped_strings_list.parse(payload).data),
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
    paging=Paging("page", "limit"),
)
_EMAIL_SMS_STRIPPED_STRING_CREATE: Operation[StrippedString] = Operation(
    name="email_sms_stripped_string_create",
    label="email_to_sms.create_stripped_string",
    http="POST /sms/email-sms-stripped-strings",
    request=_email_sms_stripped_string_create.request,
    parse=lambda payload: _email_sms_stripped_string_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
    body=StrippedStringFields,
)
_EMAIL_SMS_STRIPPED_STRING_GET: Operation[StrippedStringDetail] = Operation(
    name="email_sms_stripped_string_get",
    label="email_to_sms.get_stripped_string",
    http="GET /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_get.request,
    parse=lambda payload: _email_sms_stripped_string_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_SMS_STRIPPED_STRING_UPDATE: Operation[StrippedStringDetail] = Operation(
    name="email_sms_stripped_string_update",
    label="email_to_sms.update_stripped_string",
    http="PUT /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_update.request,
    parse=lambda payload: _email_sms_stripped_string_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
    body=StrippedStringFields,
)
_EMAIL_SMS_STRIPPED_STRING_DELETE: Operation[None] = Operation(
    name="email_sms_stripped_string_delete",
    label="email_to_sms.delete_stripped_string",
    http="DELETE /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_delete.request,
    parse=lambda payload: discard(_email_sms_stripped_string_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_TO_SMS_GET_ALLOWED_ADDRESS: Operation[AllowedAddress] = Operation(
    name="email_to_sms_get_allowed_address",
    label="email_to_sms.get_allowed_address",
    http="GET /sms/email-sms/{email_address_id}",
    request=_email_to_sms_get_allowed_address.request,
    parse=lambda payload: _email_to_sms_get_allowed_address.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_EMAIL_TO_SMS_UPDATE_ALLOWED_ADDRESS: Operation[AllowedAddress] = Operation(
    name="email_to_sms_update_allowed_address",
    label="email_to_sms.update_allowed_address",
    http="PUT /sms/email-sms/{email_address_id}",
    request=_email_to_sms_update_allowed_address.request,
    parse=lambda payload: _email_to_sms_update_allowed_address.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True, minimum=1),
        "email_address": Arg("body", (str,), required=True),
        "from_": Arg("body", (str,), wire="from"),
    },
    body=AllowedAddressFields,
)
_EMAIL_TO_SMS_DELETE_ALLOWED_ADDRESS: Operation[None] = Operation(
    name="email_to_sms_delete_allowed_address",
    label="email_to_sms.delete_allowed_address",
    http="DELETE /sms/email-sms/{email_address_id}",
    request=_email_to_sms_delete_allowed_address.request,
    parse=lambda payload: discard(_email_to_sms_delete_allowed_address.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "email_address_id": Arg("path", (int,), required=True, minimum=1),
    },
)


class EmailToSmsResource(Resource):
    """Everything about Email to SMS"""

    async def list_allowed_addresses(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[AllowedAddress]:
        """Get list of email to sms allowed addresses.

        `GET /sms/email-sms`.
        One page; `iter_allowed_addresses()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of allowed addresses.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_ALLOWED_ADDRESSES_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_allowed_addresses(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AllowedAddress]:
        """Every item of `list_allowed_addresses()`, across all pages, in order (`async for`).

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
            _EMAIL_SMS_ALLOWED_ADDRESSES_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create_allowed_address(
        self,
        *,
        email_address: str,
        from_: str | None = None,
    ) -> AllowedAddress:
        """Create email to sms allowed address.

        `POST /sms/email-sms`.

        Args:
            email_address: Your email address
            from_: Your sender id

        Returns:
            The new allowed address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_SMS_ALLOWED_ADDRESS_CREATE,
            {
                "email_address": email_address,
                "from_": from_,
            },
        )

    async def list_stripped_strings(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[StrippedString]:
        """Get list of stripped string rules.

        `GET /sms/email-sms-stripped-strings`: Get list of email to sms stripped string rules.
        One page; `iter_stripped_strings()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of stripped string rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRINGS_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_stripped_strings(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[StrippedString]:
        """Every item of `list_stripped_strings()`, across all pages, in order (`async for`).

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
            _EMAIL_SMS_STRIPPED_STRINGS_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create_stripped_string(
        self,
        *,
        strip_string: str,
    ) -> StrippedString:
        """Create email to sms stripped string rule.

        `POST /sms/email-sms-stripped-strings`.

        Args:
            strip_string: The text to strip from emails.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_CREATE,
            {
                "strip_string": strip_string,
            },
        )

    async def get_stripped_string(
        self,
        rule_id: int,
    ) -> StrippedStringDetail:
        """Get specific email to sms stripped string rule.

        `GET /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_GET,
            {
                "rule_id": rule_id,
            },
        )

    async def update_stripped_string(
        self,
        rule_id: int,
        *,
        strip_string: str,
    ) -> StrippedStringDetail:
        """Update email to sms stripped string rule.

        `PUT /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id
            strip_string: The text to strip from emails.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_UPDATE,
            {
                "rule_id": rule_id,
                "strip_string": strip_string,
            },
        )

    async def delete_stripped_string(
        self,
        rule_id: int,
    ) -> None:
        """Delete email to sms stripped string rule.

        `DELETE /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_DELETE,
            {
                "rule_id": rule_id,
            },
        )

    async def get_allowed_address(
        self,
        email_address_id: int,
    ) -> AllowedAddress:
        """Get an email to sms allowed address.

        `GET /sms/email-sms/{email_address_id}`: One address allowed to send SMS by email, by
        id.

        Args:
            email_address_id: Id of the allowed address (from `list_allowed_addresses`).

        Returns:
            The allowed address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TO_SMS_GET_ALLOWED_ADDRESS,
            {
                "email_address_id": email_address_id,
            },
        )

    async def update_allowed_address(
        self,
        email_address_id: int,
        *,
        email_address: str,
        from_: str | None = None,
    ) -> AllowedAddress:
        """Update an email to sms allowed address.

        `PUT /sms/email-sms/{email_address_id}`: Change the address, or the sender id of the SMS
        it sends.

        Args:
            email_address_id: Id of the allowed address (from `list_allowed_addresses`).
            email_address: Your email address
            from_: Your sender id

        Returns:
            The updated address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TO_SMS_UPDATE_ALLOWED_ADDRESS,
            {
                "email_address_id": email_address_id,
                "email_address": email_address,
                "from_": from_,
            },
        )

    async def delete_allowed_address(
        self,
        email_address_id: int,
    ) -> None:
        """Delete an email to sms allowed address.

        `DELETE /sms/email-sms/{email_address_id}`: Stop an address from sending SMS by email.

        Args:
            email_address_id: Id of the allowed address (from `list_allowed_addresses`).

        Returns:
            The address was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_TO_SMS_DELETE_ALLOWED_ADDRESS,
            {
                "email_address_id": email_address_id,
            },
        )
