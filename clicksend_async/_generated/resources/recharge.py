# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.recharge`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._query import OrderBy, Search
from ..._resource import Resource
from ..._values import integer_in
from ..api.account_recharge import recharge_credit_card_get as _recharge_credit_card_get
from ..api.account_recharge import recharge_credit_card_update as _recharge_credit_card_update
from ..api.account_recharge import recharge_packages_list as _recharge_packages_list
from ..api.account_recharge import recharge_purchase as _recharge_purchase
from ..api.account_recharge import recharge_transaction_get as _recharge_transaction_get
from ..api.account_recharge import recharge_transactions_list as _recharge_transactions_list
from ..models import (
    CreditCard,
    CreditCardInfo,
    CreditCardToken,
    Purchase,
    RechargePackages,
    SearchOperator,
    Transaction,
)

if TYPE_CHECKING:
    pass

_RECHARGE_CREDIT_CARD_GET: Operation[CreditCardInfo] = Operation(
    name="recharge_credit_card_get",
    label="recharge.get_credit_card",
    http="GET /recharge/credit-card",
    request=_recharge_credit_card_get.request,
    parse=lambda payload: _recharge_credit_card_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_RECHARGE_CREDIT_CARD_UPDATE: Operation[CreditCardToken] = Operation(
    name="recharge_credit_card_update",
    label="recharge.update_credit_card",
    http="PUT /recharge/credit-card",
    request=_recharge_credit_card_update.request,
    parse=lambda payload: _recharge_credit_card_update.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "number": Arg("body", (str,), required=True),
        "expiry_month": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "expiry_year": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "cvc": Arg(
            "body",
            (
                int,
                str,
            ),
            required=True,
            minimum=0,
            maximum=9999,
            pattern="^[0-9]{3,4}$",
        ),
        "name": Arg("body", (str,), required=True),
        "bank_name": Arg("body", (str,), required=True),
    },
    body=CreditCard,
)
_RECHARGE_PACKAGES_LIST: Operation[RechargePackages] = Operation(
    name="recharge_packages_list",
    label="recharge.list_packages",
    http="GET /recharge/packages",
    request=_recharge_packages_list.request,
    parse=lambda payload: _recharge_packages_list.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "country": Arg("query", (str,), pattern="^[A-Za-z]{2}$"),
    },
)
_RECHARGE_PURCHASE: Operation[Purchase] = Operation(
    name="recharge_purchase",
    label="recharge.purchase",
    http="PUT /recharge/purchase/{package_id}",
    request=_recharge_purchase.request,
    parse=lambda payload: _recharge_purchase.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "package_id": Arg("path", (int,), required=True),
    },
)
_RECHARGE_TRANSACTIONS_LIST: Operation[Page[Transaction]] = Operation(
    name="recharge_transactions_list",
    label="recharge.list_transactions",
    http="GET /recharge/transactions",
    request=_recharge_transactions_list.request,
    parse=lambda payload: Page.of(_recharge_transactions_list.parse(payload).data),
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
_RECHARGE_TRANSACTION_GET: Operation[Transaction] = Operation(
    name="recharge_transaction_get",
    label="recharge.get_transaction",
    http="GET /recharge/transactions/{transaction_id}",
    request=_recharge_transaction_get.request,
    parse=lambda payload: _recharge_transaction_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "transaction_id": Arg("path", (str,), required=True, min_length=1),
    },
)


class RechargeResource(Resource):
    """Everything about recharging accounts with credit"""

    async def get_credit_card(
        self,
    ) -> CreditCardInfo:
        """Get current payment info.

        `GET /recharge/credit-card`: This endpoint returns your current payment info, we do not
        store credit card numbers, only a card token for security reasons.

        Returns:
            The card on file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_RECHARGE_CREDIT_CARD_GET, {})

    async def update_credit_card(
        self,
        *,
        number: str,
        expiry_month: int,
        expiry_year: int,
        cvc: int | str,
        name: str,
        bank_name: str,
    ) -> CreditCardToken:
        """Update credit card info.

        `PUT /recharge/credit-card`.

        Args:
            number: Credit card number
            expiry_month: Expiry month of credit card
            expiry_year: Expiry year of credit card
            cvc: CVC number of credit card (3 or 4 digits; a string keeps a leading zero).
            name: Name printed on credit card
            bank_name: Name of bank that credit card belongs to

        Returns:
            The card was stored; ClickSend keeps only its token.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RECHARGE_CREDIT_CARD_UPDATE,
            {
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
                "cvc": cvc,
                "name": name,
                "bank_name": bank_name,
            },
        )

    async def list_packages(
        self,
        *,
        country: str | None = None,
    ) -> RechargePackages:
        """Get list of all packages.

        `GET /recharge/packages`.

        Args:
            country: Two-letter country code (ISO3166)

        Returns:
            The packages on sale, in the account's currency.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_PACKAGES_LIST,
            {
                "country": country,
            },
        )

    async def purchase(
        self,
        package_id: int,
    ) -> Purchase:
        """Purchase a package.

        `PUT /recharge/purchase/{package_id}`.

        Args:
            package_id: ID of package to purchase

        Returns:
            The package was bought.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RECHARGE_PURCHASE,
            {
                "package_id": package_id,
            },
        )

    async def list_transactions(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[Transaction]:
        """Get all transactions.

        `GET /recharge/transactions`.
        One page; `iter_transactions()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of transactions.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_TRANSACTIONS_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_transactions(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[Transaction]:
        """Every item of `list_transactions()`, across all pages, in order (`async for`).

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
            _RECHARGE_TRANSACTIONS_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def get_transaction(
        self,
        transaction_id: str,
    ) -> Transaction:
        """Get specific Transaction.

        `GET /recharge/transactions/{transaction_id}`.

        Args:
            transaction_id: ID of transaction to retrieve

        Returns:
            The transaction.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_TRANSACTION_GET,
            {
                "transaction_id": transaction_id,
            },
        )
