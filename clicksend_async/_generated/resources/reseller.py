# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.reseller` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from decimal import Decimal
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._resource import Resource
from ..._values import flag_number, money_in
from ..api.reseller import reseller_accounts_create as _reseller_accounts_create
from ..api.reseller import reseller_accounts_create_public as _reseller_accounts_create_public
from ..api.reseller import reseller_accounts_get as _reseller_accounts_get
from ..api.reseller import reseller_accounts_list as _reseller_accounts_list
from ..api.reseller import reseller_accounts_update as _reseller_accounts_update
from ..api.reseller import reseller_get as _reseller_get
from ..api.reseller import reseller_get_by_subdomain as _reseller_get_by_subdomain
from ..api.reseller import reseller_transfer_credit as _reseller_transfer_credit
from ..api.reseller import reseller_update as _reseller_update
from ..models import (
    ResellerAccount,
    ResellerAccountFields,
    ResellerPublicAccountFields,
    ResellerSettings,
    ResellerSettingsFields,
    ResellerTransferCredit,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_RESELLER_ACCOUNTS_LIST: Operation[Page[ResellerAccount]] = Operation(
    name="reseller_accounts_list",
    label="reseller.accounts.list",
    http="GET /reseller/accounts",
    request=_reseller_accounts_list.request,
    parse=lambda payload: Page.of(_reseller_accounts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_RESELLER_ACCOUNTS_CREATE: Operation[ResellerAccount] = Operation(
    name="reseller_accounts_create",
    label="reseller.accounts.create",
    http="POST /reseller/accounts",
    request=_reseller_accounts_create.request,
    parse=lambda payload: _reseller_accounts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True, min_length=1),
        "user_last_name": Arg("body", (str,), required=True, min_length=1),
        "account_name": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Z]{2}$"),
    },
    body=ResellerAccountFields,
)
_RESELLER_ACCOUNTS_CREATE_PUBLIC: Operation[ResellerAccount] = Operation(
    name="reseller_accounts_create_public",
    label="reseller.accounts.create_public",
    http="POST /reseller/accounts-public",
    request=_reseller_accounts_create_public.request,
    parse=lambda payload: _reseller_accounts_create_public.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "reseller_user_id": Arg("body", (int,), required=True, minimum=1),
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True, min_length=1),
        "user_last_name": Arg("body", (str,), required=True, min_length=1),
        "account_name": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Z]{2}$"),
    },
    body=ResellerPublicAccountFields,
)
_RESELLER_ACCOUNTS_GET: Operation[ResellerAccount] = Operation(
    name="reseller_accounts_get",
    label="reseller.accounts.get",
    http="GET /reseller/accounts/{client_user_id}",
    request=_reseller_accounts_get.request,
    parse=lambda payload: _reseller_accounts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "client_user_id": Arg("path", (int,), required=True, minimum=1),
    },
)
_RESELLER_ACCOUNTS_UPDATE: Operation[ResellerAccount] = Operation(
    name="reseller_accounts_update",
    label="reseller.accounts.update",
    http="PUT /reseller/accounts/{client_user_id}",
    request=_reseller_accounts_update.request,
    parse=lambda payload: _reseller_accounts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "client_user_id": Arg("path", (int,), required=True, minimum=1),
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True, min_length=1),
        "user_last_name": Arg("body", (str,), required=True, min_length=1),
        "account_name": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Z]{2}$"),
    },
    body=ResellerAccountFields,
)
_RESELLER_GET: Operation[builtins.list[ResellerSettings]] = Operation(
    name="reseller_get",
    label="reseller.get",
    http="GET /reseller",
    request=_reseller_get.request,
    parse=lambda payload: _reseller_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_RESELLER_UPDATE: Operation[ResellerSettings] = Operation(
    name="reseller_update",
    label="reseller.update",
    http="PUT /reseller",
    request=_reseller_update.request,
    parse=lambda payload: _reseller_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "allow_public_signups": Arg(
            "body",
            (bool, int),
            required=True,
            convert=flag_number,
            minimum=0,
            maximum=1,
            pattern="^[01]$",
        ),
        "default_margin": Arg("body", (int, float), required=True, minimum=0),
        "default_margin_numbers": Arg("body", (int, float), required=True, minimum=0),
        "trial_balance": Arg(
            "body",
            (Decimal, int, str),
            required=True,
            convert=money_in,
            pattern="^-?[0-9]+(\\.[0-9]+)?$",
        ),
        "subdomain": Arg(
            "body",
            (str,),
            required=True,
            pattern="^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
            max_length=63,
        ),
        "colour_navigation": Arg("body", (str,), required=True, min_length=1),
        "logo_url_light": Arg("body", (str,), required=True),
        "logo_url_dark": Arg("body", (str,), required=True),
        "company_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=ResellerSettingsFields,
)
_RESELLER_GET_BY_SUBDOMAIN: Operation[ResellerSettings] = Operation(
    name="reseller_get_by_subdomain",
    label="reseller.get_by_subdomain",
    http="GET /reseller/{subdomain}",
    request=_reseller_get_by_subdomain.request,
    parse=lambda payload: _reseller_get_by_subdomain.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "subdomain": Arg(
            "path",
            (str,),
            required=True,
            pattern="^(?!(accounts|accounts-public|transfer-credit)$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
            max_length=63,
        ),
    },
)
_RESELLER_TRANSFER_CREDIT: Operation[ResellerAccount] = Operation(
    name="reseller_transfer_credit",
    label="reseller.transfer_credit",
    http="PUT /reseller/transfer-credit",
    request=_reseller_transfer_credit.request,
    parse=lambda payload: _reseller_transfer_credit.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "client_user_id": Arg("body", (int,), required=True, minimum=1),
        "balance": Arg(
            "body",
            (Decimal, int, str),
            required=True,
            convert=money_in,
            minimum=0.01,
            pattern="^-?[0-9]+(\\.[0-9]+)?$",
        ),
        "currency": Arg("body", (str,), required=True, pattern="^[A-Z]{3}$"),
    },
    body=ResellerTransferCredit,
)


class ResellerAccountsResource(Resource):
    """The client accounts of a reseller (resellers approved before 1 January 2024 only)."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ResellerAccount]:
        """View client accounts.

        `GET /reseller/accounts`: The reseller's client accounts. Only for resellers approved
        before 1 January 2024.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of client accounts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RESELLER_ACCOUNTS_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[ResellerAccount]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _RESELLER_ACCOUNTS_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        username: str,
        password: str,
        user_email: str,
        user_phone: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
    ) -> ResellerAccount:
        """Create a client account.

        `POST /reseller/accounts`: Open a ClickSend account for a client of the reseller. Only
        for resellers approved before 1 January 2024.

        Args:
            username: Login name of the account.
            password: Password of the account.
            user_email: Email of the account owner.
            user_phone: Phone number of the account owner (E.164).
            user_first_name: First name of the account owner.
            user_last_name: Last name of the account owner.
            account_name: Name of the account, usually the company name.
            country: Two-letter country code (ISO 3166) of the account holder.

        Returns:
            The new client account.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RESELLER_ACCOUNTS_CREATE,
            {
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
        )

    async def create_public(
        self,
        *,
        reseller_user_id: int,
        username: str,
        password: str,
        user_email: str,
        user_phone: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
    ) -> ResellerAccount:
        """Create a client account by public sign-up.

        `POST /reseller/accounts-public`: Sign a new client up under a reseller named by
        `reseller_user_id`, as the reseller's public sign-up form does (when the reseller allows
        public sign-ups). For resellers approved before 1 January 2024 and their sign-up pages.
        In ClickSend's apiary docs only (no official SDK has this call).

        Args:
            reseller_user_id: User id of the reseller to sign up under.
            username: Login name of the account.
            password: Password of the account.
            user_email: Email of the account owner.
            user_phone: Phone number of the account owner (E.164).
            user_first_name: First name of the account owner.
            user_last_name: Last name of the account owner.
            account_name: Name of the account, usually the company name.
            country: Two-letter country code (ISO 3166) of the account holder.

        Returns:
            The new client account.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RESELLER_ACCOUNTS_CREATE_PUBLIC,
            {
                "reseller_user_id": reseller_user_id,
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
        )

    async def get(
        self,
        client_user_id: int,
    ) -> ResellerAccount:
        """View a specific client account.

        `GET /reseller/accounts/{client_user_id}`: One client account of the reseller, by its
        user id. Only for resellers approved before 1 January 2024.

        Args:
            client_user_id: User id of the client account (its `user_id`).

        Returns:
            The client account.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RESELLER_ACCOUNTS_GET,
            {
                "client_user_id": client_user_id,
            },
        )

    async def update(
        self,
        client_user_id: int,
        *,
        username: str,
        password: str,
        user_email: str,
        user_phone: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
    ) -> ResellerAccount:
        """Update a client account.

        `PUT /reseller/accounts/{client_user_id}`: Change a client account's login, owner,
        contact details and country. Only for resellers approved before 1 January 2024.

        Args:
            client_user_id: User id of the client account (its `user_id`).
            username: Login name of the account.
            password: Password of the account.
            user_email: Email of the account owner.
            user_phone: Phone number of the account owner (E.164).
            user_first_name: First name of the account owner.
            user_last_name: Last name of the account owner.
            account_name: Name of the account, usually the company name.
            country: Two-letter country code (ISO 3166) of the account holder.

        Returns:
            The updated client account.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RESELLER_ACCOUNTS_UPDATE,
            {
                "client_user_id": client_user_id,
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
        )


class ResellerResource(Resource):
    """ClickSend's reseller program: the reseller's settings and branding, its client accounts,
    and credit transfers to them. Only resellers approved before 1 January 2024 can call
    these: ClickSend closed its reseller dashboard, white-label and reseller API to newer
    ones (who may still resell through the standard calls, with their own mark-up)."""

    __slots__ = ("accounts",)

    accounts: ResellerAccountsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.accounts = ResellerAccountsResource(client)

    async def get(
        self,
    ) -> builtins.list[ResellerSettings]:
        """Get the reseller settings.

        `GET /reseller`: The reseller's settings: subdomain, branding, public sign-ups, default
        margins and the trial credit of new clients. Only for resellers approved before 1
        January 2024. In ClickSend's apiary docs only (no official SDK has this call).

        Returns:
            The reseller settings.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_RESELLER_GET, {})

    async def update(
        self,
        *,
        allow_public_signups: bool,
        default_margin: float,
        default_margin_numbers: float,
        trial_balance: Decimal | int | str,
        subdomain: str,
        colour_navigation: str,
        logo_url_light: str,
        logo_url_dark: str,
        company_name: str,
    ) -> ResellerSettings:
        """Update the reseller settings.

        `PUT /reseller`: Change the reseller's settings. Only for resellers approved before 1
        January 2024. In ClickSend's apiary docs only (no official SDK has this call).

        Args:
            allow_public_signups: Whether anyone may sign up on the reseller's dashboard page.
            default_margin: Default profit margin on messages
            default_margin_numbers: Default profit margin on dedicated numbers
            trial_balance: Free credit each new client gets.
            subdomain: Subdomain of the white-label dashboard (a DNS label).
            colour_navigation: Colour of the dashboard navigation, e.g. #9999FF.
            logo_url_light: URL of the logo for light backgrounds.
            logo_url_dark: URL of the logo for dark backgrounds.
            company_name: -

        Returns:
            The updated settings.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RESELLER_UPDATE,
            {
                "allow_public_signups": allow_public_signups,
                "default_margin": default_margin,
                "default_margin_numbers": default_margin_numbers,
                "trial_balance": trial_balance,
                "subdomain": subdomain,
                "colour_navigation": colour_navigation,
                "logo_url_light": logo_url_light,
                "logo_url_dark": logo_url_dark,
                "company_name": company_name,
            },
        )

    async def get_by_subdomain(
        self,
        subdomain: str,
    ) -> ResellerSettings:
        """Get a reseller by subdomain.

        `GET /reseller/{subdomain}`: The public branding of the reseller at a subdomain (company
        name, logos, colour, whether anyone may sign up), e.g. to draw a white-label sign-up
        page. Its answer concerns resellers approved before 1 January 2024. In ClickSend's
        apiary docs only (no official SDK has this call). `accounts`, `accounts-public` and
        `transfer-credit` are not subdomains: those URLs belong to the other reseller calls.

        Args:
            subdomain: The reseller's subdomain (a DNS label), e.g. mysubdomain.

        Returns:
            The reseller's branding.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RESELLER_GET_BY_SUBDOMAIN,
            {
                "subdomain": subdomain,
            },
        )

    async def transfer_credit(
        self,
        *,
        client_user_id: int,
        balance: Decimal | int | str,
        currency: str,
    ) -> ResellerAccount:
        """Transfer credit to a client account.

        `PUT /reseller/transfer-credit`: Move credit from the reseller's balance to a client
        account's. Only for resellers approved before 1 January 2024. Moves money: never
        repeated once it may have reached ClickSend.

        Args:
            client_user_id: User id of the client account that receives the credit.
            balance: How much credit to move, in `currency`.
            currency: Three-letter currency code (ISO 4217) of the amount, e.g. USD.

        Returns:
            The client account, with its new balance.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RESELLER_TRANSFER_CREDIT,
            {
                "client_user_id": client_user_id,
                "balance": balance,
                "currency": currency,
            },
        )
