# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.lists`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..api.contact_list import lists_create as _lists_create
from ..api.contact_list import lists_delete as _lists_delete
from ..api.contact_list import lists_export as _lists_export
from ..api.contact_list import lists_get as _lists_get
from ..api.contact_list import lists_import_contacts as _lists_import_contacts
from ..api.contact_list import lists_import_fields as _lists_import_fields
from ..api.contact_list import lists_list as _lists_list
from ..api.contact_list import lists_preview_import as _lists_preview_import
from ..api.contact_list import lists_remove_duplicates as _lists_remove_duplicates
from ..api.contact_list import lists_update as _lists_update
from ..models import (
    ContactList,
    ContactListExport,
    ContactListFields,
    ContactListImport,
    ContactListImportField,
    ContactListImportPreview,
    ContactListImportPreviewRequest,
    DeletedCount,
    ImportQueued,
    RemoveDuplicatesFields,
    SearchOperator,
)

if TYPE_CHECKING:
    pass

_LISTS_LIST: Operation[Page[ContactList]] = Operation(
    name="lists_list",
    label="lists.list",
    http="GET /lists",
    request=_lists_list.request,
    parse=lambda payload: Page.of(_lists_list.parse(payload).data),
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
_LISTS_CREATE: Operation[ContactList] = Operation(
    name="lists_create",
    label="lists.create",
    http="POST /lists",
    request=_lists_create.request,
    parse=lambda payload: _lists_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=ContactListFields,
)
_LISTS_GET: Operation[ContactList] = Operation(
    name="lists_get",
    label="lists.get",
    http="GET /lists/{list_id}",
    request=_lists_get.request,
    parse=lambda payload: _lists_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_UPDATE: Operation[ContactList] = Operation(
    name="lists_update",
    label="lists.update",
    http="PUT /lists/{list_id}",
    request=_lists_update.request,
    parse=lambda payload: _lists_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "list_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=ContactListFields,
)
_LISTS_DELETE: Operation[None] = Operation(
    name="lists_delete",
    label="lists.delete",
    http="DELETE /lists/{list_id}",
    request=_lists_delete.request,
    parse=lambda payload: discard(_lists_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_REMOVE_DUPLICATES: Operation[DeletedCount] = Operation(
    name="lists_remove_duplicates",
    label="lists.remove_duplicates",
    http="PUT /lists/{list_id}/remove-duplicates",
    request=_lists_remove_duplicates.request,
    parse=lambda payload: _lists_remove_duplicates.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "fields": Arg("body", (list, tuple), items=(str,)),
    },
    body=RemoveDuplicatesFields,
)
_LISTS_IMPORT_CONTACTS: Operation[ImportQueued] = Operation(
    name="lists_import_contacts",
    label="lists.import_contacts",
    http="POST /lists/{list_id}/import",
    request=_lists_import_contacts.request,
    parse=lambda payload: _lists_import_contacts.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "file_url": Arg("body", (str,), required=True),
        "field_order": Arg("body", (list, tuple), required=True, items=(str,)),
    },
    body=ContactListImport,
)
_LISTS_EXPORT: Operation[ContactListExport] = Operation(
    name="lists_export",
    label="lists.export",
    http="GET /lists/{list_id}/export",
    request=_lists_export.request,
    parse=lambda payload: _lists_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "filename": Arg("query", (str,), required=True, min_length=1),
    },
)
_LISTS_PREVIEW_IMPORT: Operation[ContactListImportPreview] = Operation(
    name="lists_preview_import",
    label="lists.preview_import",
    http="POST /lists/{list_id}/import-csv-preview",
    request=_lists_preview_import.request,
    parse=lambda payload: _lists_preview_import.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "file_url": Arg("body", (str,), required=True, min_length=1),
    },
    body=ContactListImportPreviewRequest,
)
_LISTS_IMPORT_FIELDS: Operation[builtins.list[ContactListImportField]] = Operation(
    name="lists_import_fields",
    label="lists.import_fields",
    http="GET /lists/{list_id}/import-fields",
    request=_lists_import_fields.request,
    parse=lambda payload: _lists_import_fields.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)


class ListsResource(Resource):
    """Everything about creating and manipulating contact lists"""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[ContactList]:
        """Get all contact lists.

        `GET /lists`.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of contact lists.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_LIST,
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
    ) -> AsyncPaginator[ContactList]:
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
            _LISTS_LIST,
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
        list_name: str,
    ) -> ContactList:
        """Create new contact list.

        `POST /lists`.

        Args:
            list_name: Your contact list name

        Returns:
            The new list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _LISTS_CREATE,
            {
                "list_name": list_name,
            },
        )

    async def get(
        self,
        list_id: int,
    ) -> ContactList:
        """Get specific contact list.

        `GET /lists/{list_id}`.

        Args:
            list_id: Contact list ID

        Returns:
            The list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_GET,
            {
                "list_id": list_id,
            },
        )

    async def update(
        self,
        list_id: int,
        *,
        list_name: str,
    ) -> ContactList:
        """Update specific contact list.

        `PUT /lists/{list_id}`.

        Args:
            list_id: Contact list ID
            list_name: Your contact list name

        Returns:
            The renamed list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_UPDATE,
            {
                "list_id": list_id,
                "list_name": list_name,
            },
        )

    async def delete(
        self,
        list_id: int,
    ) -> None:
        """Delete a specific contact list.

        `DELETE /lists/{list_id}`.

        Args:
            list_id: Contact list ID

        Returns:
            The list was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_DELETE,
            {
                "list_id": list_id,
            },
        )

    async def remove_duplicates(
        self,
        list_id: int,
        *,
        fields: Sequence[str] | None = None,
    ) -> DeletedCount:
        """Remove duplicate contacts.

        `PUT /lists/{list_id}/remove-duplicates`.

        Args:
            list_id: Your list id
            fields: Contact field names: phone_number, email, fax_number, first_name, last_name,
                organization_name, address_line_1, address_line_2, address_city, address_state,
                address_postal_code, address_country, custom_1 to custom_4.

        Returns:
            How many duplicates were removed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_REMOVE_DUPLICATES,
            {
                "list_id": list_id,
                "fields": fields,
            },
        )

    async def import_contacts(
        self,
        list_id: int,
        *,
        file_url: str,
        field_order: Sequence[str],
    ) -> ImportQueued:
        """Import contacts to list.

        `POST /lists/{list_id}/import`: Queue an import of a file of contacts into the list.

        Args:
            list_id: Your contact list id you want to access.
            file_url: URL of file to process
            field_order: Order of fields in file

        Returns:
            The import was queued.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _LISTS_IMPORT_CONTACTS,
            {
                "list_id": list_id,
                "file_url": file_url,
                "field_order": field_order,
            },
        )

    async def export(
        self,
        list_id: int,
        *,
        filename: str,
    ) -> ContactListExport:
        """Export a contact list.

        `GET /lists/{list_id}/export`: Export the contacts of a list as a CSV file: the answer
        is the URL to download it from.

        Args:
            list_id: Contact list ID
            filename: Name of the CSV file to produce, e.g. export.csv.

        Returns:
            Where to download the file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_EXPORT,
            {
                "list_id": list_id,
                "filename": filename,
            },
        )

    async def preview_import(
        self,
        list_id: int,
        *,
        file_url: str,
    ) -> ContactListImportPreview:
        """Preview a CSV file to import.

        `POST /lists/{list_id}/import-csv-preview`: Read the first row of a CSV file at a URL,
        as an import into the list would read it, to choose the `field_order` of the import (see
        `import_fields`). Nothing is imported.

        Args:
            list_id: Contact list ID
            file_url: URL of the CSV file an import would read.

        Returns:
            The first row of the file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_PREVIEW_IMPORT,
            {
                "list_id": list_id,
                "file_url": file_url,
            },
        )

    async def import_fields(
        self,
        list_id: int,
    ) -> builtins.list[ContactListImportField]:
        """List the fields a contact import takes.

        `GET /lists/{list_id}/import-fields`: The contact fields a CSV import can fill, in the
        names `field_order` takes (`phone`, `custom1`, ...), each with a label for people.

        Args:
            list_id: Contact list ID

        Returns:
            Every field an import takes.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_IMPORT_FIELDS,
            {
                "list_id": list_id,
            },
        )
