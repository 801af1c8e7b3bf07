# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.contacts`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from attrs import AttrsInstance

from ..._bulk import BulkResult, ProgressCallback
from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import unix_time_in as unix_time
from ..api.contact import contacts_copy as _contacts_copy
from ..api.contact import contacts_create as _contacts_create
from ..api.contact import contacts_delete as _contacts_delete
from ..api.contact import contacts_get as _contacts_get
from ..api.contact import contacts_list as _contacts_list
from ..api.contact import contacts_remove_opted_out as _contacts_remove_opted_out
from ..api.contact import contacts_transfer as _contacts_transfer
from ..api.contact import contacts_update as _contacts_update
from ..models import (
    Contact,
    ContactFields,
    DeletedCount,
    SearchOperator,
)

if TYPE_CHECKING:
    pass

_CONTACTS_LIST: Operation[Page[Contact]] = Operation(
    name="contacts_list",
    label="contacts.list",
    http="GET /lists/{list_id}/contacts",
    request=_contacts_list.request,
    parse=lambda payload: Page.of(_contacts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "updated_after": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "search": Arg("query", (Search,)),
    },
    paging=Paging("page", "limit"),
)
_CONTACTS_CREATE: Operation[Contact] = Operation(
    name="contacts_create",
    label="contacts.create",
    http="POST /lists/{list_id}/contacts",
    request=_contacts_create.request,
    parse=lambda payload: _contacts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "phone_number": Arg("body", (str,)),
        "email": Arg("body", (str,)),
        "fax_number": Arg("body", (str,)),
        "first_name": Arg("body", (str,)),
        "last_name": Arg("body", (str,)),
        "address_line_1": Arg("body", (str,)),
        "address_line_2": Arg("body", (str,)),
        "address_city": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
        "address_postal_code": Arg("body", (str,)),
        "address_country": Arg("body", (str,)),
        "organization_name": Arg("body", (str,)),
        "custom_1": Arg("body", (str,)),
        "custom_2": Arg("body", (str,)),
        "custom_3": Arg("body", (str,)),
        "custom_4": Arg("body", (str,)),
    },
    body=ContactFields,
    at_least_one_of=(
        "phone_number",
        "email",
        "fax_number",
    ),
)
_CONTACTS_GET: Operation[Contact] = Operation(
    name="contacts_get",
    label="contacts.get",
    http="GET /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_get.request,
    parse=lambda payload: _contacts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_UPDATE: Operation[Contact] = Operation(
    name="contacts_update",
    label="contacts.update",
    http="PUT /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_update.request,
    parse=lambda payload: _contacts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
        "phone_number": Arg("body", (str,)),
        "email": Arg("body", (str,)),
        "fax_number": Arg("body", (str,)),
        "first_name": Arg("body", (str,)),
        "last_name": Arg("body", (str,)),
        "address_line_1": Arg("body", (str,)),
        "address_line_2": Arg("body", (str,)),
        "address_city": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
        "address_postal_code": Arg("body", (str,)),
        "address_country": Arg("body", (str,)),
        "organization_name": Arg("body", (str,)),
        "custom_1": Arg("body", (str,)),
        "custom_2": Arg("body", (str,)),
        "custom_3": Arg("body", (str,)),
        "custom_4": Arg("body", (str,)),
    },
    body=ContactFields,
    at_least_one_of=(
        "phone_number",
        "email",
        "fax_number",
    ),
)
_CONTACTS_DELETE: Operation[None] = Operation(
    name="contacts_delete",
    label="contacts.delete",
    http="DELETE /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_delete.request,
    parse=lambda payload: discard(_contacts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_COPY: Operation[Contact] = Operation(
    name="contacts_copy",
    label="contacts.copy",
    http="PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}",
    request=_contacts_copy.request,
    parse=lambda payload: _contacts_copy.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "from_list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
        "to_list_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_TRANSFER: Operation[Contact] = Operation(
    name="contacts_transfer",
    label="contacts.transfer",
    http="PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}",
    request=_contacts_transfer.request,
    parse=lambda payload: _contacts_transfer.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "from_list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
        "to_list_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_REMOVE_OPTED_OUT: Operation[DeletedCount] = Operation(
    name="contacts_remove_opted_out",
    label="contacts.remove_opted_out",
    http="PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}",
    request=_contacts_remove_opted_out.request,
    parse=lambda payload: _contacts_remove_opted_out.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "opt_out_list_id": Arg("path", (int,), required=True),
    },
)


class ContactsResource(Resource):
    """Everything about creating moving and deleting contacts. Note that the fields
    phone_number, fax_number and email are all optional; however at least one of them must
    be specified, otherwise the API call will fail."""

    async def list(
        self,
        list_id: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        updated_after: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[Contact]:
        """Get all contacts in a list.

        `GET /lists/{list_id}/contacts`.
        One page; `iter()` walks them all.

        Args:
            list_id: Contact list ID
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            updated_after: Get all contacts updated after a given timestamp.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of the list's contacts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_LIST,
            {
                "list_id": list_id,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "updated_after": updated_after,
                "search": search,
            },
        )

    def iter(
        self,
        list_id: int,
        *,
        order_by: OrderBy | None = None,
        updated_after: int | datetime | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[Contact]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            list_id: Contact list ID
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            updated_after: Get all contacts updated after a given timestamp.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CONTACTS_LIST,
            {
                "list_id": list_id,
                "order_by": order_by,
                "updated_after": updated_after,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        list_id: int,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        fax_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_postal_code: str | None = None,
        address_country: str | None = None,
        organization_name: str | None = None,
        custom_1: str | None = None,
        custom_2: str | None = None,
        custom_3: str | None = None,
        custom_4: str | None = None,
    ) -> Contact:
        """Create new contact.

        `POST /lists/{list_id}/contacts`.

        Args:
            list_id: Contact list ID
            phone_number: Your phone number in E.164 format. Must be provided if no fax number
                or email. ClickSend also takes local formats for the account's country.
            email: Your email. Must be provided if no phone number or fax number.
            fax_number: Your fax number. Must be provided if no phone number or email.
            first_name: Your first name.
            last_name: Your last name
            address_line_1: Your street address
            address_line_2: The second line of the street address
            address_city: Your nearest city
            address_state: Your current state
            address_postal_code: Your current postcode
            address_country: Your current country
            organization_name: Your organisation name
            custom_1: A field of your own.
            custom_2: A field of your own.
            custom_3: A field of your own.
            custom_4: A field of your own.

        Returns:
            The new contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_CREATE,
            {
                "list_id": list_id,
                "phone_number": phone_number,
                "email": email,
                "fax_number": fax_number,
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "organization_name": organization_name,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
            },
        )

    async def bulk_create(
        self,
        list_id: int,
        rows: Iterable[Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[Contact]:
        """`create()` once per row, concurrently; never raises half-way.

        Each row is a mapping of `create()`'s keyword arguments, or a model that has them (a
        `ContactFields`, or a model read back). Rows that fail the checks of `create()` are
        reported without being sent; 429s are waited out. A row whose request may have reached
        ClickSend without an answer is not repeated: it fails with `outcome_unknown` set (an
        `APIConnectionError` or an `InternalServerError`).

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_CREATE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=(),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def get(
        self,
        list_id: int,
        contact_id: int,
    ) -> Contact:
        """Get a specific contact.

        `GET /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID

        Returns:
            The contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_GET,
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
        )

    async def update(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        fax_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_postal_code: str | None = None,
        address_country: str | None = None,
        organization_name: str | None = None,
        custom_1: str | None = None,
        custom_2: str | None = None,
        custom_3: str | None = None,
        custom_4: str | None = None,
    ) -> Contact:
        """Update specific contact.

        `PUT /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID
            phone_number: Your phone number in E.164 format. Must be provided if no fax number
                or email. ClickSend also takes local formats for the account's country.
            email: Your email. Must be provided if no phone number or fax number.
            fax_number: Your fax number. Must be provided if no phone number or email.
            first_name: Your first name.
            last_name: Your last name
            address_line_1: Your street address
            address_line_2: The second line of the street address
            address_city: Your nearest city
            address_state: Your current state
            address_postal_code: Your current postcode
            address_country: Your current country
            organization_name: Your organisation name
            custom_1: A field of your own.
            custom_2: A field of your own.
            custom_3: A field of your own.
            custom_4: A field of your own.

        Returns:
            The updated contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_UPDATE,
            {
                "list_id": list_id,
                "contact_id": contact_id,
                "phone_number": phone_number,
                "email": email,
                "fax_number": fax_number,
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "organization_name": organization_name,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
            },
        )

    async def bulk_update(
        self,
        list_id: int,
        rows: Iterable[Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[Contact]:
        """`update()` once per row, concurrently; never raises half-way.

        Each row is a mapping of `update()`'s keyword arguments (with contact_id), or a model
        that has them (a `ContactFields`, or a model read back). Rows that fail the checks of
        `update()` are reported without being sent; 429s are waited out.

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_UPDATE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=("contact_id",),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def delete(
        self,
        list_id: int,
        contact_id: int,
    ) -> None:
        """Delete a contact.

        `DELETE /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID

        Returns:
            The contact was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_DELETE,
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
        )

    async def bulk_delete(
        self,
        list_id: int,
        rows: Iterable[int | Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[None]:
        """`delete()` once per row, concurrently; never raises half-way.

        Each row is the contact_id, or a mapping or a model (one read back, say) that holds it.
        Rows that fail the checks of `delete()` are reported without being sent; 429s are waited
        out.

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_DELETE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=("contact_id",),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def copy(
        self,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
    ) -> Contact:
        """Copy contact to another list.

        `PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}`.

        Args:
            from_list_id: List ID for list that contains contact.
            contact_id: Contact ID
            to_list_id: List ID for list you want to copy contact to.

        Returns:
            The copy, in the target list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_COPY,
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
        )

    async def transfer(
        self,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
    ) -> Contact:
        """Transfer contact to another list.

        `PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}`.

        Args:
            from_list_id: List ID for list that contains contact.
            contact_id: Contact ID
            to_list_id: List ID for list you want to transfer contact to.

        Returns:
            The contact, now in the target list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_TRANSFER,
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
        )

    async def remove_opted_out(
        self,
        list_id: int,
        opt_out_list_id: int,
    ) -> DeletedCount:
        """Remove all opted out contacts.

        `PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}`: Remove from a list
        every contact that is in the opt-out list.

        Args:
            list_id: Your list id
            opt_out_list_id: Your opt out list id

        Returns:
            How many contacts were removed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_REMOVE_OPTED_OUT,
            {
                "list_id": list_id,
                "opt_out_list_id": opt_out_list_id,
            },
        )
