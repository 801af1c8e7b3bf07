# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.subaccounts`: one method per operation of openapi.yaml.

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
from ..._values import flag_number
from ..api.subaccounts import subaccounts_create as _subaccounts_create
from ..api.subaccounts import subaccounts_delete as _subaccounts_delete
from ..api.subaccounts import subaccounts_get as _subaccounts_get
from ..api.subaccounts import subaccounts_list as _subaccounts_list
from ..api.subaccounts import subaccounts_regenerate_api_key as _subaccounts_regenerate_api_key
from ..api.subaccounts import subaccounts_update as _subaccounts_update
from ..models import (
    SearchOperator,
    SubaccountApiKey,
    SubaccountCreate,
    SubaccountDetails,
    SubaccountUpdate,
)

if TYPE_CHECKING:
    pass

_SUBACCOUNTS_LIST: Operation[Page[SubaccountDetails]] = Operation(
    name="subaccounts_list",
    label="subaccounts.list",
    http="GET /subaccounts",
    request=_subaccounts_list.request,
    parse=lambda payload: Page.of(_subaccounts_list.parse(payload).data),
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
    crud=("subaccounts", "subaccount_id"),
    paging=Paging("page", "limit"),
)
_SUBACCOUNTS_CREATE: Operation[SubaccountDetails] = Operation(
    name="subaccounts_create",
    label="subaccounts.create",
    http="POST /subaccounts",
    request=_subaccounts_create.request,
    parse=lambda payload: _subaccounts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "api_username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "email": Arg("body", (str,), required=True, min_length=1),
        "phone_number": Arg("body", (str,), required=True, min_length=1),
        "first_name": Arg("body", (str,), required=True, min_length=1),
        "last_name": Arg("body", (str,), required=True, min_length=1),
        "access_users": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_billing": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reporting": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_contacts": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_settings": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_smpp": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "sms_deidentify_message": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "notes": Arg("body", (str,)),
    },
    body=SubaccountCreate,
    crud=("subaccounts", "subaccount_id"),
)
_SUBACCOUNTS_GET: Operation[SubaccountDetails] = Operation(
    name="subaccounts_get",
    label="subaccounts.get",
    http="GET /subaccounts/{subaccount_id}",
    request=_subaccounts_get.request,
    parse=lambda payload: _subaccounts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "subaccount_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("subaccounts", "subaccount_id"),
)
_SUBACCOUNTS_UPDATE: Operation[SubaccountDetails] = Operation(
    name="subaccounts_update",
    label="subaccounts.update",
    http="PUT /subaccounts/{subaccount_id}",
    request=_subaccounts_update.request,
    parse=lambda payload: _subaccounts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "subaccount_id": Arg("path", (int,), required=True, minimum=1),
        "api_username": Arg("body", (str,), min_length=1),
        "password": Arg("body", (str,), min_length=1),
        "email": Arg("body", (str,), min_length=1),
        "phone_number": Arg("body", (str,), min_length=1),
        "first_name": Arg("body", (str,), min_length=1),
        "last_name": Arg("body", (str,), min_length=1),
        "access_users": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_billing": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reporting": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_contacts": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_settings": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_sms": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_email": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_voice": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_fax": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_post": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reseller": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_mms": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "share_campaigns": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "notes": Arg("body", (str,)),
    },
    body=SubaccountUpdate,
    crud=("subaccounts", "subaccount_id"),
)
_SUBACCOUNTS_DELETE: Operation[None] = Operation(
    name="subaccounts_delete",
    label="subaccounts.delete",
    http="DELETE /subaccounts/{subaccount_id}",
    request=_subaccounts_delete.request,
    parse=lambda payload: discard(_subaccounts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "subaccount_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("subaccounts", "subaccount_id"),
)
_SUBACCOUNTS_REGENERATE_API_KEY: Operation[SubaccountApiKey] = Operation(
    name="subaccounts_regenerate_api_key",
    label="subaccounts.regenerate_api_key",
    http="PUT /subaccounts/{subaccount_id}/regen-api-key",
    request=_subaccounts_regenerate_api_key.request,
    parse=lambda payload: _subaccounts_regenerate_api_key.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "subaccount_id": Arg("path", (int,), required=True, minimum=1),
    },
)


class SubaccountsResource(Resource):
    """The users of the account: each subaccount has its own API username and API key, contact
    details and permissions (access to billing, contacts, settings, each channel, ...). The
    API keys in these answers are secrets, kept out of reprs and logs."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[SubaccountDetails]:
        """View subaccounts.

        `GET /subaccounts`: The account's subaccounts: the users of the account, each with its
        own API username and API key and its permissions.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of subaccounts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SUBACCOUNTS_LIST,
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
    ) -> AsyncPaginator[SubaccountDetails]:
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
            _SUBACCOUNTS_LIST,
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
        api_username: str,
        password: str,
        email: str,
        phone_number: str,
        first_name: str,
        last_name: str,
        access_users: bool | None = None,
        access_billing: bool | None = None,
        access_reporting: bool | None = None,
        access_contacts: bool | None = None,
        access_settings: bool | None = None,
        access_smpp: bool | None = None,
        sms_deidentify_message: bool | None = None,
        notes: str | None = None,
    ) -> SubaccountDetails:
        """Create a subaccount.

        `POST /subaccounts`: Add a user to the account, with its own login (API username and
        password) and permissions. The answer carries the new subaccount's API key: a secret,
        kept out of reprs and logs like the password.

        Args:
            api_username: The new subaccount's API username (its login).
            password: The new subaccount's password.
            email: The subaccount user's email.
            phone_number: The subaccount user's phone number in E.164 format (a local number is
                read as the account's country).
            first_name: The subaccount user's first name.
            last_name: The subaccount user's last name.
            access_users: May manage the account's users.
            access_billing: May see and manage billing.
            access_reporting: May see reports.
            access_contacts: May manage contacts.
            access_settings: May change settings.
            access_smpp: May send over SMPP.
            sms_deidentify_message: Hide the content of messages from this subaccount.
            notes: Free-text notes.

        Returns:
            The new subaccount, with its API key.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SUBACCOUNTS_CREATE,
            {
                "api_username": api_username,
                "password": password,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "access_users": access_users,
                "access_billing": access_billing,
                "access_reporting": access_reporting,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
                "access_smpp": access_smpp,
                "sms_deidentify_message": sms_deidentify_message,
                "notes": notes,
            },
        )

    async def get(
        self,
        subaccount_id: int,
    ) -> SubaccountDetails:
        """View a specific subaccount.

        `GET /subaccounts/{subaccount_id}`: One subaccount, by id.

        Args:
            subaccount_id: Id of the subaccount.

        Returns:
            The subaccount.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SUBACCOUNTS_GET,
            {
                "subaccount_id": subaccount_id,
            },
        )

    async def update(
        self,
        subaccount_id: int,
        *,
        api_username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        access_users: bool | None = None,
        access_billing: bool | None = None,
        access_reporting: bool | None = None,
        access_contacts: bool | None = None,
        access_settings: bool | None = None,
        access_sms: bool | None = None,
        access_email: bool | None = None,
        access_voice: bool | None = None,
        access_fax: bool | None = None,
        access_post: bool | None = None,
        access_reseller: bool | None = None,
        access_mms: bool | None = None,
        share_campaigns: bool | None = None,
        notes: str | None = None,
    ) -> SubaccountDetails:
        """Update a subaccount.

        `PUT /subaccounts/{subaccount_id}`: Change a subaccount's login, contact details,
        permissions or notes.

        Args:
            subaccount_id: Id of the subaccount.
            api_username: A new API username (login).
            password: A new password.
            email: -
            phone_number: Phone number in E.164 format.
            first_name: -
            last_name: -
            access_users: A yes/no flag (bool), sent as 0 or 1.
            access_billing: A yes/no flag (bool), sent as 0 or 1.
            access_reporting: A yes/no flag (bool), sent as 0 or 1.
            access_contacts: A yes/no flag (bool), sent as 0 or 1.
            access_settings: A yes/no flag (bool), sent as 0 or 1.
            access_sms: A yes/no flag (bool), sent as 0 or 1.
            access_email: A yes/no flag (bool), sent as 0 or 1.
            access_voice: A yes/no flag (bool), sent as 0 or 1.
            access_fax: A yes/no flag (bool), sent as 0 or 1.
            access_post: A yes/no flag (bool), sent as 0 or 1.
            access_reseller: A yes/no flag (bool), sent as 0 or 1.
            access_mms: A yes/no flag (bool), sent as 0 or 1.
            share_campaigns: Share campaigns with the other users of the account.
            notes: Free-text notes.

        Returns:
            The updated subaccount.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SUBACCOUNTS_UPDATE,
            {
                "subaccount_id": subaccount_id,
                "api_username": api_username,
                "password": password,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "access_users": access_users,
                "access_billing": access_billing,
                "access_reporting": access_reporting,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
                "access_sms": access_sms,
                "access_email": access_email,
                "access_voice": access_voice,
                "access_fax": access_fax,
                "access_post": access_post,
                "access_reseller": access_reseller,
                "access_mms": access_mms,
                "share_campaigns": share_campaigns,
                "notes": notes,
            },
        )

    async def delete(
        self,
        subaccount_id: int,
    ) -> None:
        """Delete a subaccount.

        `DELETE /subaccounts/{subaccount_id}`: Remove a subaccount: its login and API key stop
        working.

        Args:
            subaccount_id: Id of the subaccount.

        Returns:
            The subaccount was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SUBACCOUNTS_DELETE,
            {
                "subaccount_id": subaccount_id,
            },
        )

    async def regenerate_api_key(
        self,
        subaccount_id: int,
    ) -> SubaccountApiKey:
        """Generate a new API key.

        `PUT /subaccounts/{subaccount_id}/regen-api-key`: Give a subaccount a new API key: the
        old one stops working. The answer carries the new key, a secret kept out of reprs and
        logs.

        Args:
            subaccount_id: Id of the subaccount.

        Returns:
            The new API key.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SUBACCOUNTS_REGENERATE_API_KEY,
            {
                "subaccount_id": subaccount_id,
            },
        )
