# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.numbers`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._query import Search
from ..._resource import Resource
from ..api.numbers import numbers_buy as _numbers_buy
from ..api.numbers import numbers_list as _numbers_list
from ..api.numbers import numbers_register as _numbers_register
from ..api.numbers import numbers_search as _numbers_search
from ..models import (
    NumberAvailable,
    NumberBuyFields,
    NumberBuyFieldsType,
    NumberDedicated,
    NumberPurchase,
    NumberRegisterFields,
    NumberRegistration,
    NumberRegistrationData,
    NumbersListExcludingNumberType,
    SearchOperator,
)
from ._rules import (
    _NUMBER_REGISTRATION_DATA_RULES,
)

if TYPE_CHECKING:
    pass

_NUMBERS_LIST: Operation[Page[NumberDedicated]] = Operation(
    name="numbers_list",
    label="numbers.list",
    http="GET /numbers",
    request=_numbers_list.request,
    parse=lambda payload: Page.of(_numbers_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "q2": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "excluding_number_type": Arg("query", (str,), convert=NumbersListExcludingNumberType),
        "exclude_10dlc_campaign": Arg("query", (bool,)),
        "search": Arg("query", (Search,)),
    },
    paging=Paging("page", "limit"),
)
_NUMBERS_SEARCH: Operation[Page[NumberAvailable]] = Operation(
    name="numbers_search",
    label="numbers.search",
    http="GET /numbers/search/{country}",
    request=_numbers_search.request,
    parse=lambda payload: Page.of(_numbers_search.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "country": Arg("path", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "search": Arg("query", (str,), pattern="^[0-9]+$"),
        "search_type": Arg("query", (int,), minimum=0, maximum=2),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_NUMBERS_BUY: Operation[NumberPurchase] = Operation(
    name="numbers_buy",
    label="numbers.buy",
    http="POST /numbers/buy/{dedicated_number}",
    request=_numbers_buy.request,
    parse=lambda payload: _numbers_buy.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "dedicated_number": Arg("path", (str,), required=True, pattern="^\\+?[0-9]{5,15}$"),
        "type_": Arg("body", (str,), required=True, convert=NumberBuyFieldsType, wire="type"),
        "registration_data": Arg(
            "body", (NumberRegistrationData,), rules=_NUMBER_REGISTRATION_DATA_RULES
        ),
    },
    body=NumberBuyFields,
)
_NUMBERS_REGISTER: Operation[NumberRegistration] = Operation(
    name="numbers_register",
    label="numbers.register",
    http="POST /numbers/registrations/number-types/{number_type}/country/{country_code}",
    request=_numbers_register.request,
    parse=lambda payload: _numbers_register.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "number_type": Arg("path", (str,), required=True, min_length=1),
        "country_code": Arg(
            "path", (str,), required=True, pattern="^[A-Za-z]{2}$", min_length=2, max_length=2
        ),
        "full_name": Arg("body", (str,), required=True, min_length=1),
        "company_name": Arg("body", (str,), required=True, min_length=1),
        "email": Arg("body", (str,), required=True, min_length=3),
        "website_url": Arg("body", (str,), required=True, min_length=1),
        "sample_message": Arg("body", (str,), required=True, min_length=1),
        "primary_use_case": Arg("body", (str,), required=True, min_length=1),
        "company_number": Arg("body", (str,), required=True, min_length=1),
        "area_code": Arg("body", (str,), required=True, min_length=1),
    },
    body=NumberRegisterFields,
)


class NumbersResource(Resource):
    """Dedicated numbers: the ones the account has, the ones available to buy in a country,
    buying one (a charge), and registering numbers where the carriers require it (toll-free,
    10DLC)."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        q2: str | None = None,
        excluding_number_type: Literal["shortcode", "tollfree", "10DLC"] | None = None,
        exclude_10dlc_campaign: bool | None = None,
        search: Search | None = None,
    ) -> Page[NumberDedicated]:
        """View your numbers.

        `GET /numbers`: The dedicated numbers of the account, one page at a time, with the price
        of each and (in the newer answers) its type and registration status.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            q2: A second filter, written like `q` (`field:value`), e.g. `type:mms`.
            excluding_number_type: A number type to leave out of the list.
            exclude_10dlc_campaign: True to leave out the numbers attached to a 10DLC campaign.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of your dedicated numbers.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _NUMBERS_LIST,
            {
                "page": page,
                "limit": limit,
                "q2": q2,
                "excluding_number_type": excluding_number_type,
                "exclude_10dlc_campaign": exclude_10dlc_campaign,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        q2: str | None = None,
        excluding_number_type: Literal["shortcode", "tollfree", "10DLC"] | None = None,
        exclude_10dlc_campaign: bool | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[NumberDedicated]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            q2: A second filter, written like `q` (`field:value`), e.g. `type:mms`.
            excluding_number_type: A number type to leave out of the list.
            exclude_10dlc_campaign: True to leave out the numbers attached to a 10DLC campaign.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _NUMBERS_LIST,
            {
                "q2": q2,
                "excluding_number_type": excluding_number_type,
                "exclude_10dlc_campaign": exclude_10dlc_campaign,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def search(
        self,
        country: str,
        *,
        search: str | None = None,
        search_type: int | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[NumberAvailable]:
        """View available numbers.

        `GET /numbers/search/{country}`: The dedicated numbers you can buy in a country, one
        page at a time, with their setup and monthly prices. `search` narrows them to numbers
        holding some digits, where `search_type` says: 0 starts with, 1 anywhere, 2 ends with.
        One page; `iter_search()` walks them all.

        Args:
            country: Two-letter ISO country code of the numbers to list, e.g. US.
            search: Digits the numbers must hold (where, `search_type` says).
            search_type: Where `search` must match: 0 at the start, 1 anywhere, 2 at the end.
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of numbers available to buy.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _NUMBERS_SEARCH,
            {
                "country": country,
                "search": search,
                "search_type": search_type,
                "page": page,
                "limit": limit,
            },
        )

    def iter_search(
        self,
        country: str,
        *,
        search: str | None = None,
        search_type: int | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[NumberAvailable]:
        """Every item of `search()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            country: Two-letter ISO country code of the numbers to list, e.g. US.
            search: Digits the numbers must hold (where, `search_type` says).
            search_type: Where `search` must match: 0 at the start, 1 anywhere, 2 at the end.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _NUMBERS_SEARCH,
            {
                "country": country,
                "search": search,
                "search_type": search_type,
                "limit": limit,
            },
            concurrency,
        )

    async def buy(
        self,
        dedicated_number: str,
        *,
        type_: Literal["sms", "mms"],
        registration_data: NumberRegistrationData | None = None,
    ) -> NumberPurchase:
        """Purchase a dedicated number.

        `POST /numbers/buy/{dedicated_number}`: Buys a dedicated number found with the number
        search: the setup price and the first month are charged to the account. Some countries
        require the business details (`registration_data`) with the purchase.

        Args:
            dedicated_number: The number to buy, in E.164 format (as the number search gives
                it).
            type_: What the number is for: sms or mms.
            registration_data: Business details some countries require with a number purchase.

        Returns:
            The number bought and what it cost.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _NUMBERS_BUY,
            {
                "dedicated_number": dedicated_number,
                "type_": type_,
                "registration_data": registration_data,
            },
        )

    async def register(
        self,
        number_type: str,
        country_code: str,
        *,
        full_name: str,
        company_name: str,
        email: str,
        website_url: str,
        sample_message: str,
        primary_use_case: str,
        company_number: str,
        area_code: str,
    ) -> NumberRegistration:
        """Register numbers.

        `POST /numbers/registrations/number-types/{number_type}/country/{country_code}`: Submits
        the business details carriers require before numbers of a type (e.g. tollfree or 10DLC)
        can send in a country. Only py6 knows this call.

        Args:
            number_type: The kind of number to register, e.g. tollfree or 10DLC.
            country_code: Two-letter ISO country code the numbers are registered in.
            full_name: Legal full name of the person registering.
            company_name: Legal name of the organisation.
            email: Email address.
            website_url: The business website's URL.
            sample_message: A typical message the numbers will send.
            primary_use_case: Main purpose, e.g. Marketing.
            company_number: The organisation's support phone number.
            area_code: Preferred area codes (up to three), e.g. "416, 647, 905".

        Returns:
            The registration was received.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _NUMBERS_REGISTER,
            {
                "number_type": number_type,
                "country_code": country_code,
                "full_name": full_name,
                "company_name": company_name,
                "email": email,
                "website_url": website_url,
                "sample_message": sample_message,
                "primary_use_case": primary_use_case,
                "company_number": company_number,
                "area_code": area_code,
            },
        )
