# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.senders` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, CursorPage, dig
from ..._resource import Resource
from ..api.alpha_tags import senders_alpha_tags_create as _senders_alpha_tags_create
from ..api.alpha_tags import senders_alpha_tags_delete as _senders_alpha_tags_delete
from ..api.alpha_tags import senders_alpha_tags_get as _senders_alpha_tags_get
from ..api.alpha_tags import senders_alpha_tags_list as _senders_alpha_tags_list
from ..api.default_senders import (
    senders_default_senders_compliant_sender_types as _senders_default_senders_compliant_sender_types,
)
from ..api.default_senders import senders_default_senders_create as _senders_default_senders_create
from ..api.default_senders import senders_default_senders_delete as _senders_default_senders_delete
from ..api.default_senders import senders_default_senders_get as _senders_default_senders_get
from ..api.default_senders import senders_default_senders_list as _senders_default_senders_list
from ..api.default_senders import senders_default_senders_update as _senders_default_senders_update
from ..api.own_numbers import senders_own_numbers_delete as _senders_own_numbers_delete
from ..api.own_numbers import senders_own_numbers_get as _senders_own_numbers_get
from ..api.own_numbers import senders_own_numbers_list as _senders_own_numbers_list
from ..api.own_numbers import (
    senders_own_numbers_request_verification as _senders_own_numbers_request_verification,
)
from ..api.own_numbers import senders_own_numbers_update as _senders_own_numbers_update
from ..api.own_numbers import senders_own_numbers_verify as _senders_own_numbers_verify
from ..models import (
    AlphaTag,
    AlphaTagBusiness,
    AlphaTagFields,
    DefaultSender,
    DefaultSenderCompliantTypes,
    DefaultSenderFields,
    DefaultSenderFieldsProductType,
    DefaultSenderStrategyFields,
    DefaultSenderUpdateFields,
    OwnNumber,
    OwnNumberUpdateFields,
    OwnNumberVerification,
    OwnNumberVerificationRequest,
    OwnNumberVerifyFields,
    SendersAlphaTagsListSortDirection,
    SendersDefaultSendersListSortDirection,
    SendersOwnNumbersListSortDirection,
)
from ._rules import (
    _ALPHA_TAG_BUSINESS_RULES,
    _DEFAULT_SENDER_STRATEGY_FIELDS_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_SENDERS_ALPHA_TAGS_LIST: Operation[CursorPage[AlphaTag]] = Operation(
    name="senders_alpha_tags_list",
    label="senders.alpha_tags.list",
    http="GET /alpha-tags",
    request=_senders_alpha_tags_list.request,
    parse=lambda payload: CursorPage.of(
        _senders_alpha_tags_list.parse(payload).alpha_tags,
        dig(payload, ("_metadata", "pagination", "next")),
    ),
    idempotent=True,
    requires_auth=True,
    args={
        "offset": Arg("query", (str,), min_length=1),
        "page_size": Arg("query", (int,), minimum=1, maximum=1000),
        "sort_direction": Arg("query", (str,), convert=SendersAlphaTagsListSortDirection),
    },
    crud=("senders_alpha_tags", "alpha_tag_id"),
    paging=Paging("cursor", "page_size", ("offset",)),
)
_SENDERS_ALPHA_TAGS_CREATE: Operation[AlphaTag] = Operation(
    name="senders_alpha_tags_create",
    label="senders.alpha_tags.create",
    http="POST /alpha-tags",
    request=_senders_alpha_tags_create.request,
    parse=lambda payload: _senders_alpha_tags_create.parse(payload),
    idempotent=False,
    requires_auth=True,
    args={
        "alpha_tag": Arg(
            "body",
            (str,),
            required=True,
            pattern="^[A-Za-z0-9+]*[A-Za-z+][A-Za-z0-9+]*$",
            min_length=3,
            max_length=11,
        ),
        "reason": Arg("body", (str,), min_length=1),
        "countries": Arg("body", (list, tuple), items=(str,), min_items=1, max_items=1),
        "businesses": Arg(
            "body",
            (list, tuple),
            items=(AlphaTagBusiness,),
            rules=_ALPHA_TAG_BUSINESS_RULES,
            min_items=1,
            max_items=1,
        ),
    },
    body=AlphaTagFields,
    crud=("senders_alpha_tags", "alpha_tag_id"),
)
_SENDERS_ALPHA_TAGS_GET: Operation[AlphaTag] = Operation(
    name="senders_alpha_tags_get",
    label="senders.alpha_tags.get",
    http="GET /alpha-tags/{alpha_tag_id}",
    request=_senders_alpha_tags_get.request,
    parse=lambda payload: _senders_alpha_tags_get.parse(payload),
    idempotent=True,
    requires_auth=True,
    args={
        "alpha_tag_id": Arg("path", (str,), required=True, min_length=1),
    },
    crud=("senders_alpha_tags", "alpha_tag_id"),
)
_SENDERS_ALPHA_TAGS_DELETE: Operation[None] = Operation(
    name="senders_alpha_tags_delete",
    label="senders.alpha_tags.delete",
    http="DELETE /alpha-tags/{alpha_tag_id}",
    request=_senders_alpha_tags_delete.request,
    parse=lambda payload: discard(_senders_alpha_tags_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "alpha_tag_id": Arg("path", (str,), required=True, min_length=1),
    },
    crud=("senders_alpha_tags", "alpha_tag_id"),
)
_SENDERS_OWN_NUMBERS_LIST: Operation[CursorPage[OwnNumber]] = Operation(
    name="senders_own_numbers_list",
    label="senders.own_numbers.list",
    http="GET /own-numbers",
    request=_senders_own_numbers_list.request,
    parse=lambda payload: CursorPage.of(
        _senders_own_numbers_list.parse(payload).own_numbers,
        dig(payload, ("_metadata", "pagination", "next")),
    ),
    idempotent=True,
    requires_auth=True,
    args={
        "offset": Arg("query", (str,), min_length=1),
        "page_size": Arg("query", (int,), minimum=1, maximum=500),
        "filter_status": Arg("query", (list, tuple), items=(str,), wire="filter[status][]"),
        "sort_by": Arg("query", (str,), min_length=1),
        "sort_direction": Arg("query", (str,), convert=SendersOwnNumbersListSortDirection),
    },
    paging=Paging("cursor", "page_size", ("offset",)),
)
_SENDERS_OWN_NUMBERS_REQUEST_VERIFICATION: Operation[OwnNumberVerification] = Operation(
    name="senders_own_numbers_request_verification",
    label="senders.own_numbers.request_verification",
    http="POST /own-numbers/verifications",
    request=_senders_own_numbers_request_verification.request,
    parse=lambda payload: _senders_own_numbers_request_verification.parse(payload),
    idempotent=False,
    requires_auth=True,
    args={
        "phone_number": Arg("body", (str,), required=True, pattern="^\\+?[0-9]{5,15}$"),
        "country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "label": Arg("body", (str,)),
    },
    body=OwnNumberVerificationRequest,
)
_SENDERS_OWN_NUMBERS_VERIFY: Operation[OwnNumberVerification] = Operation(
    name="senders_own_numbers_verify",
    label="senders.own_numbers.verify",
    http="POST /own-numbers/verifications/{verification_id}/verify",
    request=_senders_own_numbers_verify.request,
    parse=lambda payload: _senders_own_numbers_verify.parse(payload),
    idempotent=False,
    requires_auth=True,
    args={
        "verification_id": Arg("path", (str,), required=True, min_length=1),
        "code": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), pattern="^[A-Za-z]{2}$"),
        "phone_number": Arg("body", (str,), pattern="^\\+?[0-9]{5,15}$"),
    },
    body=OwnNumberVerifyFields,
)
_SENDERS_OWN_NUMBERS_GET: Operation[OwnNumber] = Operation(
    name="senders_own_numbers_get",
    label="senders.own_numbers.get",
    http="GET /own-numbers/{own_number_id}",
    request=_senders_own_numbers_get.request,
    parse=lambda payload: _senders_own_numbers_get.parse(payload),
    idempotent=True,
    requires_auth=True,
    args={
        "own_number_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SENDERS_OWN_NUMBERS_UPDATE: Operation[OwnNumber] = Operation(
    name="senders_own_numbers_update",
    label="senders.own_numbers.update",
    http="PATCH /own-numbers/{own_number_id}",
    request=_senders_own_numbers_update.request,
    parse=lambda payload: _senders_own_numbers_update.parse(payload),
    idempotent=True,
    requires_auth=True,
    args={
        "own_number_id": Arg("path", (str,), required=True, min_length=1),
        "label": Arg("body", (str,), required=True),
    },
    body=OwnNumberUpdateFields,
)
_SENDERS_OWN_NUMBERS_DELETE: Operation[OwnNumber] = Operation(
    name="senders_own_numbers_delete",
    label="senders.own_numbers.delete",
    http="DELETE /own-numbers/{own_number_id}",
    request=_senders_own_numbers_delete.request,
    parse=lambda payload: _senders_own_numbers_delete.parse(payload),
    idempotent=True,
    requires_auth=True,
    args={
        "own_number_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SENDERS_DEFAULT_SENDERS_LIST: Operation[CursorPage[DefaultSender]] = Operation(
    name="senders_default_senders_list",
    label="senders.default_senders.list",
    http="GET /senders/default-senders",
    request=_senders_default_senders_list.request,
    parse=lambda payload: CursorPage.of(
        _senders_default_senders_list.parse(payload).data.data,
        dig(payload, ("data", "next_page_url")),
    ),
    idempotent=True,
    requires_auth=True,
    args={
        "offset": Arg("query", (str,), min_length=1),
        "per_page": Arg("query", (int,), minimum=1, maximum=500),
        "sort_by": Arg("query", (str,), min_length=1),
        "sort_direction": Arg("query", (str,), convert=SendersDefaultSendersListSortDirection),
    },
    crud=("senders_default_senders", "default_sender_id"),
    paging=Paging("cursor", "per_page", ("offset",)),
)
_SENDERS_DEFAULT_SENDERS_CREATE: Operation[DefaultSender] = Operation(
    name="senders_default_senders_create",
    label="senders.default_senders.create",
    http="POST /senders/default-senders",
    request=_senders_default_senders_create.request,
    parse=lambda payload: _senders_default_senders_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "country_code": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "product_type": Arg("body", (str,), required=True, convert=DefaultSenderFieldsProductType),
        "default_sender_strategies": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(DefaultSenderStrategyFields,),
            rules=_DEFAULT_SENDER_STRATEGY_FIELDS_RULES,
            min_items=1,
            max_items=1,
        ),
    },
    body=DefaultSenderFields,
    crud=("senders_default_senders", "default_sender_id"),
)
_SENDERS_DEFAULT_SENDERS_GET: Operation[DefaultSender] = Operation(
    name="senders_default_senders_get",
    label="senders.default_senders.get",
    http="GET /senders/default-senders/{default_sender_id}",
    request=_senders_default_senders_get.request,
    parse=lambda payload: _senders_default_senders_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "default_sender_id": Arg("path", (str,), required=True, min_length=1),
    },
    crud=("senders_default_senders", "default_sender_id"),
)
_SENDERS_DEFAULT_SENDERS_UPDATE: Operation[DefaultSender] = Operation(
    name="senders_default_senders_update",
    label="senders.default_senders.update",
    http="PATCH /senders/default-senders/{default_sender_id}",
    request=_senders_default_senders_update.request,
    parse=lambda payload: _senders_default_senders_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "default_sender_id": Arg("path", (str,), required=True, min_length=1),
        "default_sender_strategies": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(DefaultSenderStrategyFields,),
            rules=_DEFAULT_SENDER_STRATEGY_FIELDS_RULES,
            min_items=1,
            max_items=1,
        ),
    },
    body=DefaultSenderUpdateFields,
    crud=("senders_default_senders", "default_sender_id"),
)
_SENDERS_DEFAULT_SENDERS_DELETE: Operation[None] = Operation(
    name="senders_default_senders_delete",
    label="senders.default_senders.delete",
    http="DELETE /senders/default-senders/{default_sender_id}",
    request=_senders_default_senders_delete.request,
    parse=lambda payload: discard(_senders_default_senders_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "default_sender_id": Arg("path", (str,), required=True, min_length=1),
    },
    crud=("senders_default_senders", "default_sender_id"),
)
_SENDERS_DEFAULT_SENDERS_COMPLIANT_SENDER_TYPES: Operation[DefaultSenderCompliantTypes] = Operation(
    name="senders_default_senders_compliant_sender_types",
    label="senders.default_senders.compliant_sender_types",
    http="GET /senders/compliant-sender-types",
    request=_senders_default_senders_compliant_sender_types.request,
    parse=lambda payload: _senders_default_senders_compliant_sender_types.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filter_product_type": Arg(
            "query", (str,), required=True, min_length=1, wire="filter[product_type]"
        ),
        "filter_country_code": Arg(
            "query", (list, tuple), items=(str,), max_items=98, wire="filter[country_code][]"
        ),
    },
)


class SendersAlphaTagsResource(Resource):
    """Alpha tags (sender names of 3 to 11 letters, digits or +): request, list, read, delete."""

    async def list(
        self,
        *,
        offset: str | None = None,
        page_size: int | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
    ) -> CursorPage[AlphaTag]:
        """List alpha tags.

        `GET /alpha-tags`: The account's alpha tags and their approval status, one page at a
        time. Pages follow a cursor: each page links the next in `_metadata.pagination.next`
        (none on the last).
        One page; `iter()` walks them all.

        Args:
            offset: The cursor of the page to fetch, as the previous page's next link gives it.
            page_size: Alpha tags per page, 1 to 1000.
            sort_direction: Order of the list, asc or desc.

        Returns:
            One page of alpha tags.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_ALPHA_TAGS_LIST,
            {
                "offset": offset,
                "page_size": page_size,
                "sort_direction": sort_direction,
            },
        )

    def iter(
        self,
        *,
        sort_direction: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AlphaTag]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            sort_direction: Order of the list, asc or desc.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SENDERS_ALPHA_TAGS_LIST,
            {
                "sort_direction": sort_direction,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        alpha_tag: str,
        reason: str | None = None,
        countries: Sequence[Literal["AU"]] | None = None,
        businesses: Sequence[AlphaTagBusiness] | None = None,
    ) -> AlphaTag:
        """Request an alpha tag.

        `POST /alpha-tags`: Asks ClickSend to approve an alpha tag (status PENDING until
        reviewed), saying why you may use the name. For Australia, give `countries: [AU]` and
        the business behind the name in `businesses` (ABN, address, contact, representative).

        Args:
            alpha_tag: 3 to 11 characters of a-z, A-Z, 0-9 and +, not only digits.
            reason: Why you may use the name, e.g. Company Name, Trademark, Third Party.
            countries: Countries to use the tag in; only AU is supported (then `businesses` is
                needed).
            businesses: The business behind the name, one per country (Australia).

        Returns:
            The alpha tag requested, pending approval.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SENDERS_ALPHA_TAGS_CREATE,
            {
                "alpha_tag": alpha_tag,
                "reason": reason,
                "countries": countries,
                "businesses": businesses,
            },
        )

    async def get(
        self,
        alpha_tag_id: str,
    ) -> AlphaTag:
        """Get an alpha tag.

        `GET /alpha-tags/{alpha_tag_id}`: One alpha tag and its approval status, by id.

        Args:
            alpha_tag_id: The alpha tag's id (a UUID).

        Returns:
            The alpha tag.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_ALPHA_TAGS_GET,
            {
                "alpha_tag_id": alpha_tag_id,
            },
        )

    async def delete(
        self,
        alpha_tag_id: str,
    ) -> None:
        """Delete an alpha tag.

        `DELETE /alpha-tags/{alpha_tag_id}`: Deletes an alpha tag (a pending request is
        withdrawn).

        Args:
            alpha_tag_id: The alpha tag's id (a UUID).

        Returns:
            The alpha tag was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_ALPHA_TAGS_DELETE,
            {
                "alpha_tag_id": alpha_tag_id,
            },
        )


class SendersOwnNumbersResource(Resource):
    """Your own phone numbers, verified by a one-time code, to send from."""

    async def list(
        self,
        *,
        offset: str | None = None,
        page_size: int | None = None,
        filter_status: Sequence[Literal["PENDING", "APPROVED", "REJECTED"]] | None = None,
        sort_by: str | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
    ) -> CursorPage[OwnNumber]:
        """List own numbers.

        `GET /own-numbers`: Your own numbers and their verification status, one page at a time.
        Pages follow a cursor: each page links the next in `_metadata.pagination.next` (none on
        the last).
        One page; `iter()` walks them all.

        Args:
            offset: The cursor of the page to fetch, as the previous page's next link gives it.
            page_size: Own numbers per page, 1 to 500 (default 10).
            filter_status: Only the own numbers in these statuses.
            sort_by: The field to sort by (default created_timestamp).
            sort_direction: Order of the list, asc (the default) or desc.

        Returns:
            One page of own numbers.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_LIST,
            {
                "offset": offset,
                "page_size": page_size,
                "filter_status": filter_status,
                "sort_by": sort_by,
                "sort_direction": sort_direction,
            },
        )

    def iter(
        self,
        *,
        filter_status: Sequence[Literal["PENDING", "APPROVED", "REJECTED"]] | None = None,
        sort_by: str | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[OwnNumber]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            filter_status: Only the own numbers in these statuses.
            sort_by: The field to sort by (default created_timestamp).
            sort_direction: Order of the list, asc (the default) or desc.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SENDERS_OWN_NUMBERS_LIST,
            {
                "filter_status": filter_status,
                "sort_by": sort_by,
                "sort_direction": sort_direction,
                "limit": limit,
            },
            concurrency,
        )

    async def request_verification(
        self,
        *,
        phone_number: str,
        country: str,
        label: str | None = None,
    ) -> OwnNumberVerification:
        """Request an own-number verification code.

        `POST /own-numbers/verifications`: Texts a one-time code to your own number; send it
        back with `verify` (the answer's `id` is the verification id) before it expires.

        Args:
            phone_number: Your number in E.164 format.
            country: Two-letter ISO country code.
            label: Your label for the number.

        Returns:
            The verification started, and how long the code lasts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_REQUEST_VERIFICATION,
            {
                "phone_number": phone_number,
                "country": country,
                "label": label,
            },
        )

    async def verify(
        self,
        verification_id: str,
        *,
        code: str,
        country: str | None = None,
        phone_number: str | None = None,
    ) -> OwnNumberVerification:
        """Verify an own number with its code.

        `POST /own-numbers/verifications/{verification_id}/verify`: Sends back the one-time code
        texted to your own number; a right code approves the number, a wrong one uses up an
        attempt (`remaining_attempts`).

        Args:
            verification_id: The verification's id, as `request_verification` answers it (its
                `id`).
            code: The one-time code received (a secret).
            country: Two-letter ISO country code.
            phone_number: The number in E.164 format.

        Returns:
            The verification, approved or with the attempts left.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_VERIFY,
            {
                "verification_id": verification_id,
                "code": code,
                "country": country,
                "phone_number": phone_number,
            },
        )

    async def get(
        self,
        own_number_id: str,
    ) -> OwnNumber:
        """Get an own number.

        `GET /own-numbers/{own_number_id}`: One of your own numbers and its verification status,
        by id.

        Args:
            own_number_id: The own number's id (a UUID).

        Returns:
            The own number.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_GET,
            {
                "own_number_id": own_number_id,
            },
        )

    async def update(
        self,
        own_number_id: str,
        *,
        label: str,
    ) -> OwnNumber:
        """Update an own number.

        `PATCH /own-numbers/{own_number_id}`: Changes the label of one of your own numbers.

        Args:
            own_number_id: The own number's id (a UUID).
            label: Your label for the number.

        Returns:
            The updated own number.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_UPDATE,
            {
                "own_number_id": own_number_id,
                "label": label,
            },
        )

    async def delete(
        self,
        own_number_id: str,
    ) -> OwnNumber:
        """Delete an own number.

        `DELETE /own-numbers/{own_number_id}`: Removes one of your own numbers; it can no longer
        be used as a sender.

        Args:
            own_number_id: The own number's id (a UUID).

        Returns:
            The own number deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_OWN_NUMBERS_DELETE,
            {
                "own_number_id": own_number_id,
            },
        )


class SendersDefaultSendersResource(Resource):
    """The sender used per recipient country when a message names none (Smart Assign, beta)."""

    async def list(
        self,
        *,
        offset: str | None = None,
        per_page: int | None = None,
        sort_by: str | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
    ) -> CursorPage[DefaultSender]:
        """List default senders.

        `GET /senders/default-senders`: Smart Assign (beta): the default sender settings of the
        account, one per country and product, one page at a time. Pages follow a cursor:
        `data.next_page_url` links the next (none on the last).
        One page; `iter()` walks them all.

        Args:
            offset: The cursor of the page to fetch, as the previous page's next link gives it.
            per_page: Settings per page, 1 to 500 (default 10).
            sort_by: The field to sort by (default created_timestamp).
            sort_direction: Order of the list, asc or desc.

        Returns:
            One page of default sender settings.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_LIST,
            {
                "offset": offset,
                "per_page": per_page,
                "sort_by": sort_by,
                "sort_direction": sort_direction,
            },
        )

    def iter(
        self,
        *,
        sort_by: str | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[DefaultSender]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            sort_by: The field to sort by (default created_timestamp).
            sort_direction: Order of the list, asc or desc.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SENDERS_DEFAULT_SENDERS_LIST,
            {
                "sort_by": sort_by,
                "sort_direction": sort_direction,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        country_code: str,
        product_type: Literal["SMS"],
        default_sender_strategies: Sequence[DefaultSenderStrategyFields],
    ) -> DefaultSender:
        """Create a default sender.

        `POST /senders/default-senders`: Smart Assign (beta): sets the sender used for messages
        of a product (SMS) to a country when they name none. One sender strategy is accepted
        today.

        Args:
            country_code: The recipient country (two-letter ISO code).
            product_type: The product; only SMS today.
            default_sender_strategies: The sender to use; exactly one is accepted today.

        Returns:
            The new default sender setting.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_CREATE,
            {
                "country_code": country_code,
                "product_type": product_type,
                "default_sender_strategies": default_sender_strategies,
            },
        )

    async def get(
        self,
        default_sender_id: str,
    ) -> DefaultSender:
        """Get a default sender.

        `GET /senders/default-senders/{default_sender_id}`: Smart Assign (beta) - one default
        sender setting, by id.

        Args:
            default_sender_id: The default sender setting's id (a UUID).

        Returns:
            The default sender setting.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_GET,
            {
                "default_sender_id": default_sender_id,
            },
        )

    async def update(
        self,
        default_sender_id: str,
        *,
        default_sender_strategies: Sequence[DefaultSenderStrategyFields],
    ) -> DefaultSender:
        """Update a default sender.

        `PATCH /senders/default-senders/{default_sender_id}`: Smart Assign (beta): replaces the
        sender strategy of a default sender setting (its country and product stay).

        Args:
            default_sender_id: The default sender setting's id (a UUID).
            default_sender_strategies: The sender to use; exactly one is accepted today.

        Returns:
            The updated default sender setting.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_UPDATE,
            {
                "default_sender_id": default_sender_id,
                "default_sender_strategies": default_sender_strategies,
            },
        )

    async def delete(
        self,
        default_sender_id: str,
    ) -> None:
        """Delete a default sender.

        `DELETE /senders/default-senders/{default_sender_id}`: Smart Assign (beta): removes a
        default sender setting; messages to its country then go out from ClickSend's own choice
        of sender.

        Args:
            default_sender_id: The default sender setting's id (a UUID).

        Returns:
            The default sender setting was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_DELETE,
            {
                "default_sender_id": default_sender_id,
            },
        )

    async def compliant_sender_types(
        self,
        *,
        filter_product_type: str,
        filter_country_code: Sequence[str] | None = None,
    ) -> DefaultSenderCompliantTypes:
        """List compliant sender types.

        `GET /senders/compliant-sender-types`: Smart Assign (beta): per recipient country, the
        sender types a product (SMS) may use there, where those senders may come from, and the
        types that are blocked. Useful before creating a default sender.

        Args:
            filter_product_type: The product to list sender types for (SMS).
            filter_country_code: Only these recipient countries (two-letter ISO codes, up to
                98).

        Returns:
            The sender types per recipient country.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SENDERS_DEFAULT_SENDERS_COMPLIANT_SENDER_TYPES,
            {
                "filter_product_type": filter_product_type,
                "filter_country_code": filter_country_code,
            },
        )


class SendersResource(Resource):
    """Who messages come from: alpha tags, your own verified numbers, and the default sender
    per country (Smart Assign, beta)."""

    __slots__ = (
        "alpha_tags",
        "own_numbers",
        "default_senders",
    )

    alpha_tags: SendersAlphaTagsResource
    own_numbers: SendersOwnNumbersResource
    default_senders: SendersDefaultSendersResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.alpha_tags = SendersAlphaTagsResource(client)
        self.own_numbers = SendersOwnNumbersResource(client)
        self.default_senders = SendersDefaultSendersResource(client)
