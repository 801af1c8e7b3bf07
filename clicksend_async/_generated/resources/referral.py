# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.referral`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._resource import Resource
from ..api.referral import referral_list_accounts as _referral_list_accounts
from ..models import (
    ReferralAccount,
)

if TYPE_CHECKING:
    pass

_REFERRAL_LIST_ACCOUNTS: Operation[Page[ReferralAccount]] = Operation(
    name="referral_list_accounts",
    label="referral.list_accounts",
    http="GET /referral/accounts",
    request=_referral_list_accounts.request,
    parse=lambda payload: Page.of(_referral_list_accounts.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)


class ReferralResource(Resource):
    """The accounts referred by this account, and the commission each one earns it."""

    async def list_accounts(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferralAccount]:
        """View referral accounts.

        `GET /referral/accounts`: The accounts that signed up through this account's referral
        link, with the commission (percentage of their spending) this account earns. Any account
        may call it; the list is empty for an account that referred nobody.
        One page; `iter_accounts()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of referred accounts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _REFERRAL_LIST_ACCOUNTS,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter_accounts(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[ReferralAccount]:
        """Every item of `list_accounts()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _REFERRAL_LIST_ACCOUNTS,
            {
                "limit": limit,
            },
            concurrency,
        )
