# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.search`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._resource import Resource
from ..api.search import search_contact_lists as _search_contact_lists
from ..models import (
    SearchResult,
)

if TYPE_CHECKING:
    pass

_SEARCH_CONTACT_LISTS: Operation[Page[SearchResult]] = Operation(
    name="search_contact_lists",
    label="search.contact_lists",
    http="GET /search/contacts-lists",
    request=_search_contact_lists.request,
    parse=lambda payload: Page.of(_search_contact_lists.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "q": Arg("query", (str,), required=True, min_length=1),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)


class SearchResource(Resource):
    """Find contacts and contact lists by a keyword."""

    async def contact_lists(
        self,
        *,
        q: str,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SearchResult]:
        """Search contacts and contact lists.

        `GET /search/contacts-lists`: Find contacts and contact lists by a keyword: each result
        is a contact (its phone number) or a list (its Email-to-SMS address id and how many
        contacts it holds).
        One page; `iter_contact_lists()` walks them all.

        Args:
            q: The keyword to look for in contact and list names and numbers.
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of matching contacts and lists.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SEARCH_CONTACT_LISTS,
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
        )

    def iter_contact_lists(
        self,
        *,
        q: str,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[SearchResult]:
        """Every item of `contact_lists()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            q: The keyword to look for in contact and list names and numbers.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SEARCH_CONTACT_LISTS,
            {
                "q": q,
                "limit": limit,
            },
            concurrency,
        )
