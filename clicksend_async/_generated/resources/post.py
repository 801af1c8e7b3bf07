# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.post` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._resource import Resource
from ..._values import flag_number
from ..._values import unix_time_in as unix_time
from ..api.direct_mail import post_direct_mail_list_campaigns as _post_direct_mail_list_campaigns
from ..api.direct_mail import post_direct_mail_price as _post_direct_mail_price
from ..api.direct_mail import (
    post_direct_mail_search_locations as _post_direct_mail_search_locations,
)
from ..api.direct_mail import post_direct_mail_send as _post_direct_mail_send
from ..api.post_letters import post_letters_detect_address as _post_letters_detect_address
from ..api.post_letters import post_letters_history_export as _post_letters_history_export
from ..api.post_letters import post_letters_history_list as _post_letters_history_list
from ..api.post_letters import post_letters_price as _post_letters_price
from ..api.post_letters import post_letters_send as _post_letters_send
from ..api.post_postcards import post_postcards_history_export as _post_postcards_history_export
from ..api.post_postcards import post_postcards_history_list as _post_postcards_history_list
from ..api.post_postcards import post_postcards_price as _post_postcards_price
from ..api.post_postcards import post_postcards_send as _post_postcards_send
from ..api.post_return_addresses import (
    post_return_addresses_create as _post_return_addresses_create,
)
from ..api.post_return_addresses import (
    post_return_addresses_delete as _post_return_addresses_delete,
)
from ..api.post_return_addresses import post_return_addresses_get as _post_return_addresses_get
from ..api.post_return_addresses import post_return_addresses_list as _post_return_addresses_list
from ..api.post_return_addresses import (
    post_return_addresses_update as _post_return_addresses_update,
)
from ..models import (
    DirectMailArea,
    DirectMailCampaign,
    DirectMailCampaignRequest,
    DirectMailCampaignRequestSize,
    DirectMailLocationPage,
    DirectMailPrice,
    PostcardHistoryItem,
    PostcardResult,
    PostcardSendRequest,
    PostDetectAddressRequest,
    PostDetectedAddress,
    PostHistoryExport,
    PostLetterHistoryItem,
    PostLetterResult,
    PostLetterSendRequest,
    PostRecipient,
    PostReturnAddress,
    PostReturnAddressFields,
)
from ._rules import (
    _DIRECT_MAIL_AREA_RULES,
    _POST_RECIPIENT_RULES,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_POST_LETTERS_HISTORY_LIST: Operation[Page[PostLetterHistoryItem]] = Operation(
    name="post_letters_history_list",
    label="post.letters.history.list",
    http="GET /post/letters/history",
    request=_post_letters_history_list.request,
    parse=lambda payload: Page.of(_post_letters_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_POST_LETTERS_HISTORY_EXPORT: Operation[PostHistoryExport] = Operation(
    name="post_letters_history_export",
    label="post.letters.history.export",
    http="GET /post/letters/history/export",
    request=_post_letters_history_export.request,
    parse=lambda payload: _post_letters_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
    },
)
_POST_POSTCARDS_HISTORY_LIST: Operation[Page[PostcardHistoryItem]] = Operation(
    name="post_postcards_history_list",
    label="post.postcards.history.list",
    http="GET /post/postcards/history",
    request=_post_postcards_history_list.request,
    parse=lambda payload: Page.of(_post_postcards_history_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_POST_POSTCARDS_HISTORY_EXPORT: Operation[PostHistoryExport] = Operation(
    name="post_postcards_history_export",
    label="post.postcards.history.export",
    http="GET /post/postcards/history/export",
    request=_post_postcards_history_export.request,
    parse=lambda payload: _post_postcards_history_export.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "filename": Arg("query", (str,), required=True, min_length=1),
    },
)
_POST_LETTERS_SEND: Operation[PostLetterResult] = Operation(
    name="post_letters_send",
    label="post.letters.send",
    http="POST /post/letters/send",
    request=_post_letters_send.request,
    parse=lambda payload: _post_letters_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "file_url": Arg("body", (str,), required=True, pattern="^https?://\\S+$"),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
        "template_used": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "colour": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "duplex": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "priority_post": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "source": Arg("body", (str,)),
    },
    body=PostLetterSendRequest,
)
_POST_LETTERS_PRICE: Operation[PostLetterResult] = Operation(
    name="post_letters_price",
    label="post.letters.price",
    http="POST /post/letters/price",
    request=_post_letters_price.request,
    parse=lambda payload: _post_letters_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "file_url": Arg("body", (str,), required=True, pattern="^https?://\\S+$"),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
        "template_used": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "colour": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "duplex": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "priority_post": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "source": Arg("body", (str,)),
    },
    body=PostLetterSendRequest,
)
_POST_LETTERS_DETECT_ADDRESS: Operation[PostDetectedAddress] = Operation(
    name="post_letters_detect_address",
    label="post.letters.detect_address",
    http="POST /post/letters/detect-address",
    request=_post_letters_detect_address.request,
    parse=lambda payload: _post_letters_detect_address.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "content": Arg("body", (str,), pattern="^[A-Za-z0-9+/]+={0,2}$", min_length=1),
        "address": Arg("body", (str,), min_length=1),
    },
    body=PostDetectAddressRequest,
    exactly_one_of=(
        "content",
        "address",
    ),
)
_POST_POSTCARDS_SEND: Operation[PostcardResult] = Operation(
    name="post_postcards_send",
    label="post.postcards.send",
    http="POST /post/postcards/send",
    request=_post_postcards_send.request,
    parse=lambda payload: _post_postcards_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=PostcardSendRequest,
)
_POST_POSTCARDS_PRICE: Operation[PostcardResult] = Operation(
    name="post_postcards_price",
    label="post.postcards.price",
    http="POST /post/postcards/price",
    request=_post_postcards_price.request,
    parse=lambda payload: _post_postcards_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
    body=PostcardSendRequest,
)
_POST_RETURN_ADDRESSES_LIST: Operation[Page[PostReturnAddress]] = Operation(
    name="post_return_addresses_list",
    label="post.return_addresses.list",
    http="GET /post/return-addresses",
    request=_post_return_addresses_list.request,
    parse=lambda payload: Page.of(_post_return_addresses_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    crud=("post_return_addresses", "return_address_id"),
    paging=Paging("page", "limit"),
)
_POST_RETURN_ADDRESSES_CREATE: Operation[PostReturnAddress] = Operation(
    name="post_return_addresses_create",
    label="post.return_addresses.create",
    http="POST /post/return-addresses",
    request=_post_return_addresses_create.request,
    parse=lambda payload: _post_return_addresses_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "address_name": Arg("body", (str,), required=True, min_length=1),
        "address_line_1": Arg("body", (str,), required=True, min_length=1),
        "address_city": Arg("body", (str,), required=True, min_length=1),
        "address_postal_code": Arg(
            "body",
            (
                str,
                int,
            ),
            required=True,
        ),
        "address_country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "address_line_2": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
    },
    body=PostReturnAddressFields,
    crud=("post_return_addresses", "return_address_id"),
)
_POST_RETURN_ADDRESSES_GET: Operation[PostReturnAddress] = Operation(
    name="post_return_addresses_get",
    label="post.return_addresses.get",
    http="GET /post/return-addresses/{return_address_id}",
    request=_post_return_addresses_get.request,
    parse=lambda payload: _post_return_addresses_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "return_address_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("post_return_addresses", "return_address_id"),
)
_POST_RETURN_ADDRESSES_UPDATE: Operation[PostReturnAddress] = Operation(
    name="post_return_addresses_update",
    label="post.return_addresses.update",
    http="PUT /post/return-addresses/{return_address_id}",
    request=_post_return_addresses_update.request,
    parse=lambda payload: _post_return_addresses_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "return_address_id": Arg("path", (int,), required=True, minimum=1),
        "address_name": Arg("body", (str,), required=True, min_length=1),
        "address_line_1": Arg("body", (str,), required=True, min_length=1),
        "address_city": Arg("body", (str,), required=True, min_length=1),
        "address_postal_code": Arg(
            "body",
            (
                str,
                int,
            ),
            required=True,
        ),
        "address_country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "address_line_2": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
    },
    body=PostReturnAddressFields,
    crud=("post_return_addresses", "return_address_id"),
)
_POST_RETURN_ADDRESSES_DELETE: Operation[None] = Operation(
    name="post_return_addresses_delete",
    label="post.return_addresses.delete",
    http="DELETE /post/return-addresses/{return_address_id}",
    request=_post_return_addresses_delete.request,
    parse=lambda payload: discard(_post_return_addresses_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "return_address_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("post_return_addresses", "return_address_id"),
)
_POST_DIRECT_MAIL_LIST_CAMPAIGNS: Operation[Page[DirectMailCampaign]] = Operation(
    name="post_direct_mail_list_campaigns",
    label="post.direct_mail.list_campaigns",
    http="GET /post/direct-mail/campaigns",
    request=_post_direct_mail_list_campaigns.request,
    parse=lambda payload: Page.of(_post_direct_mail_list_campaigns.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_POST_DIRECT_MAIL_PRICE: Operation[DirectMailPrice] = Operation(
    name="post_direct_mail_price",
    label="post.direct_mail.price",
    http="POST /post/direct-mail/campaigns/price",
    request=_post_direct_mail_price.request,
    parse=lambda payload: _post_direct_mail_price.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "name": Arg("body", (str,), required=True, min_length=1),
        "size": Arg("body", (str,), required=True, convert=DirectMailCampaignRequestSize),
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "areas": Arg(
            "body",
            (list, tuple),
            items=(DirectMailArea,),
            rules=_DIRECT_MAIL_AREA_RULES,
            min_items=1,
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "source": Arg("body", (str,)),
        "custom_string": Arg("body", (str,)),
    },
    body=DirectMailCampaignRequest,
)
_POST_DIRECT_MAIL_SEND: Operation[DirectMailPrice] = Operation(
    name="post_direct_mail_send",
    label="post.direct_mail.send",
    http="POST /post/direct-mail/campaigns/send",
    request=_post_direct_mail_send.request,
    parse=lambda payload: _post_direct_mail_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "name": Arg("body", (str,), required=True, min_length=1),
        "size": Arg("body", (str,), required=True, convert=DirectMailCampaignRequestSize),
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "areas": Arg(
            "body",
            (list, tuple),
            items=(DirectMailArea,),
            rules=_DIRECT_MAIL_AREA_RULES,
            min_items=1,
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "source": Arg("body", (str,)),
        "custom_string": Arg("body", (str,)),
    },
    body=DirectMailCampaignRequest,
)
_POST_DIRECT_MAIL_SEARCH_LOCATIONS: Operation[DirectMailLocationPage] = Operation(
    name="post_direct_mail_search_locations",
    label="post.direct_mail.search_locations",
    http="GET /post/direct-mail/locations/search/{country}",
    request=_post_direct_mail_search_locations.request,
    parse=lambda payload: _post_direct_mail_search_locations.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "country": Arg("path", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "q": Arg("query", (str,), required=True, min_length=1),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
)


class PostLettersHistoryResource(Resource):
    """The letters sent from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[PostLetterHistoryItem]:
        """Get the history of post letters.

        `GET /post/letters/history`: The letters sent or scheduled, one page at a time. Only
        `page` and `limit` are documented for this call (no search or sort).
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of letters.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_LETTERS_HISTORY_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[PostLetterHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _POST_LETTERS_HISTORY_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def export(
        self,
        *,
        filename: str,
    ) -> PostHistoryExport:
        """Export the history of post letters.

        `GET /post/letters/history/export`: Writes the letter history to a CSV file and answers
        the URL to download it from.

        Args:
            filename: Name of the CSV file to produce, e.g. export.csv.

        Returns:
            The URL of the CSV file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_LETTERS_HISTORY_EXPORT,
            {
                "filename": filename,
            },
        )


class PostPostcardsHistoryResource(Resource):
    """The postcards sent from the account."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[PostcardHistoryItem]:
        """Get the history of postcards.

        `GET /post/postcards/history`: The postcards sent or scheduled, one page at a time. Only
        `page` and `limit` are documented for this call (no search or sort).
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of postcards.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_POSTCARDS_HISTORY_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[PostcardHistoryItem]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _POST_POSTCARDS_HISTORY_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def export(
        self,
        *,
        filename: str,
    ) -> PostHistoryExport:
        """Export the history of postcards.

        `GET /post/postcards/history/export`: Writes the postcard history to a CSV file and
        answers the URL to download it from.

        Args:
            filename: Name of the CSV file to produce, e.g. export.csv.

        Returns:
            The URL of the CSV file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_POSTCARDS_HISTORY_EXPORT,
            {
                "filename": filename,
            },
        )


class PostLettersResource(Resource):
    """Letters from a PDF (see `uploads` for other formats): send, price, read an address."""

    __slots__ = ("history",)

    history: PostLettersHistoryResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = PostLettersHistoryResource(client)

    async def send(
        self,
        *,
        file_url: str,
        recipients: Sequence[PostRecipient],
        template_used: bool | None = None,
        colour: bool | None = None,
        duplex: bool | None = None,
        priority_post: bool | None = None,
        source: str | None = None,
    ) -> PostLetterResult:
        """Send a letter by post.

        `POST /post/letters/send`: Prints a PDF and posts it to each recipient. The PDF must be
        at a public URL: host it yourself, or upload it with POST /uploads?convert=post, which
        answers the URL of a converted PDF (Word files need this step). Each recipient names the
        return address to print (create one with POST /post/return-addresses first). Check the
        cost beforehand with POST /post/letters/price. The test postal codes 11111, 22222 and
        33333 neither send nor charge.

        Args:
            file_url: Public URL of the PDF to print (a private URL fails).
            recipients: The addressees (1 to 1000).
            template_used: Whether the PDF follows ClickSend's letter template (address window).
            colour: Print in colour (true) or black and white (false, the default).
            duplex: Print on both sides (true) or one side (false, the default).
            priority_post: Send by priority post (true) or standard post (false, the default).
            source: Free text naming your application.

        Returns:
            The letters were queued; each recipient carries its own status and price.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _POST_LETTERS_SEND,
            {
                "file_url": file_url,
                "recipients": recipients,
                "template_used": template_used,
                "colour": colour,
                "duplex": duplex,
                "priority_post": priority_post,
                "source": source,
            },
        )

    async def price(
        self,
        *,
        file_url: str,
        recipients: Sequence[PostRecipient],
        template_used: bool | None = None,
        colour: bool | None = None,
        duplex: bool | None = None,
        priority_post: bool | None = None,
        source: str | None = None,
    ) -> PostLetterResult:
        """Calculate the price of a letter.

        `POST /post/letters/price`: Prices a letter for each recipient without sending it: the
        same body as the send call, answered with the price of each recipient and the total.

        Args:
            file_url: Public URL of the PDF to print (a private URL fails).
            recipients: The addressees (1 to 1000).
            template_used: Whether the PDF follows ClickSend's letter template (address window).
            colour: Print in colour (true) or black and white (false, the default).
            duplex: Print on both sides (true) or one side (false, the default).
            priority_post: Send by priority post (true) or standard post (false, the default).
            source: Free text naming your application.

        Returns:
            The price of the letter for each recipient, and the total.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_LETTERS_PRICE,
            {
                "file_url": file_url,
                "recipients": recipients,
                "template_used": template_used,
                "colour": colour,
                "duplex": duplex,
                "priority_post": priority_post,
                "source": source,
            },
        )

    async def detect_address(
        self,
        *,
        content: str | None = None,
        address: str | None = None,
    ) -> PostDetectedAddress:
        """Detect the address in a letter.

        `POST /post/letters/detect-address`: Finds the recipient's address in a PDF letter (sent
        as base64 in `content`), or splits an address given as one line of text (`address`) into
        its fields. Nothing is stored or sent.

        Args:
            content: The PDF letter, base64-encoded.
            address: An address written on one line.

        Returns:
            The address found.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_LETTERS_DETECT_ADDRESS,
            {
                "content": content,
                "address": address,
            },
        )


class PostPostcardsResource(Resource):
    """Postcards from one or two PDF pages."""

    __slots__ = ("history",)

    history: PostPostcardsHistoryResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.history = PostPostcardsHistoryResource(client)

    async def send(
        self,
        *,
        file_urls: Sequence[str],
        recipients: Sequence[PostRecipient],
    ) -> PostcardResult:
        """Send postcards.

        `POST /post/postcards/send`: Prints a postcard and posts it to each recipient.
        `file_urls` takes one 2-page PDF, or the front and the back as two PDFs, at public URLs;
        other formats go through POST /uploads?convert=postcard first. Each recipient names the
        return address to print.

        Args:
            file_urls: One 2-page PDF, or the front and the back as two PDFs, at public URLs.
            recipients: The addressees (1 to 1000).

        Returns:
            The postcards were queued; each recipient carries its own status and price.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _POST_POSTCARDS_SEND,
            {
                "file_urls": file_urls,
                "recipients": recipients,
            },
        )

    async def price(
        self,
        *,
        file_urls: Sequence[str],
        recipients: Sequence[PostRecipient],
    ) -> PostcardResult:
        """Calculate the price of postcards.

        `POST /post/postcards/price`: Prices a postcard for each recipient without sending it:
        the same body as the send call, answered with the price of each recipient and the total.

        Args:
            file_urls: One 2-page PDF, or the front and the back as two PDFs, at public URLs.
            recipients: The addressees (1 to 1000).

        Returns:
            The price of the postcard for each recipient, and the total.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_POSTCARDS_PRICE,
            {
                "file_urls": file_urls,
                "recipients": recipients,
            },
        )


class PostReturnAddressesResource(Resource):
    """The return addresses letters and postcards carry."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[PostReturnAddress]:
        """Get your return addresses.

        `GET /post/return-addresses`: The return addresses of the account, one page at a time.
        Only `page` and `limit` are documented for this call (no search or sort).
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of return addresses.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_RETURN_ADDRESSES_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[PostReturnAddress]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _POST_RETURN_ADDRESSES_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        address_name: str,
        address_line_1: str,
        address_city: str,
        address_postal_code: str | int,
        address_country: str,
        address_line_2: str | None = None,
        address_state: str | None = None,
    ) -> PostReturnAddress:
        """Create a return address.

        `POST /post/return-addresses`: Stores a return address; its `return_address_id` is what
        letters and postcards name in each recipient.

        Args:
            address_name: Name printed on the return address.
            address_line_1: First address line.
            address_city: City or suburb.
            address_postal_code: A postal code, e.g. "6000"; a JSON number is accepted too.
            address_country: Two-letter country code (ISO 3166), e.g. AU.
            address_line_2: Second address line (may be empty).
            address_state: State or region.

        Returns:
            The new return address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _POST_RETURN_ADDRESSES_CREATE,
            {
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "address_line_2": address_line_2,
                "address_state": address_state,
            },
        )

    async def get(
        self,
        return_address_id: int,
    ) -> PostReturnAddress:
        """Get a return address.

        `GET /post/return-addresses/{return_address_id}`: One return address, by its id.

        Args:
            return_address_id: Id of a return address (from POST /post/return-addresses).

        Returns:
            The return address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_RETURN_ADDRESSES_GET,
            {
                "return_address_id": return_address_id,
            },
        )

    async def update(
        self,
        return_address_id: int,
        *,
        address_name: str,
        address_line_1: str,
        address_city: str,
        address_postal_code: str | int,
        address_country: str,
        address_line_2: str | None = None,
        address_state: str | None = None,
    ) -> PostReturnAddress:
        """Update a return address.

        `PUT /post/return-addresses/{return_address_id}`: Replaces the fields of a return
        address. Letters and postcards already sent keep the address they were printed with.

        Args:
            return_address_id: Id of a return address (from POST /post/return-addresses).
            address_name: Name printed on the return address.
            address_line_1: First address line.
            address_city: City or suburb.
            address_postal_code: A postal code, e.g. "6000"; a JSON number is accepted too.
            address_country: Two-letter country code (ISO 3166), e.g. AU.
            address_line_2: Second address line (may be empty).
            address_state: State or region.

        Returns:
            The updated return address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_RETURN_ADDRESSES_UPDATE,
            {
                "return_address_id": return_address_id,
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "address_line_2": address_line_2,
                "address_state": address_state,
            },
        )

    async def delete(
        self,
        return_address_id: int,
    ) -> None:
        """Delete a return address.

        `DELETE /post/return-addresses/{return_address_id}`: Deletes a return address.

        Args:
            return_address_id: Id of a return address (from POST /post/return-addresses).

        Returns:
            The return address was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_RETURN_ADDRESSES_DELETE,
            {
                "return_address_id": return_address_id,
            },
        )


class PostDirectMailResource(Resource):
    """Direct mail: flyers delivered to every letterbox of chosen areas."""

    async def list_campaigns(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[DirectMailCampaign]:
        """List direct mail campaigns.

        `GET /post/direct-mail/campaigns`: The direct mail campaigns of the account, each with
        its areas and quantities.
        One page; `iter_campaigns()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of campaigns.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_DIRECT_MAIL_LIST_CAMPAIGNS,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter_campaigns(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[DirectMailCampaign]:
        """Every item of `list_campaigns()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _POST_DIRECT_MAIL_LIST_CAMPAIGNS,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def price(
        self,
        *,
        name: str,
        size: Literal["A5", "DL"],
        file_urls: Sequence[str],
        areas: Sequence[DirectMailArea] | None = None,
        schedule: int | datetime | None = None,
        source: str | None = None,
        custom_string: str | None = None,
    ) -> DirectMailPrice:
        """Calculate the price of a direct mail campaign.

        `POST /post/direct-mail/campaigns/price`: Price a campaign (the body of `send`): the
        price of each area, the total price and the total number of leaflets.

        Args:
            name: Name of the campaign.
            size: Size of the leaflet, A5 or DL.
            file_urls: The leaflet, one PDF with two pages (front and back) or two PDFs.
            areas: The areas to deliver to, with the quantity for each.
            schedule: Unix time to send at; leave out to send now.
            source: Your method of sending, e.g. wordpress, php.
            custom_string: Your own reference.

        Returns:
            The priced campaign.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_DIRECT_MAIL_PRICE,
            {
                "name": name,
                "size": size,
                "file_urls": file_urls,
                "areas": areas,
                "schedule": schedule,
                "source": source,
                "custom_string": custom_string,
            },
        )

    async def send(
        self,
        *,
        name: str,
        size: Literal["A5", "DL"],
        file_urls: Sequence[str],
        areas: Sequence[DirectMailArea] | None = None,
        schedule: int | datetime | None = None,
        source: str | None = None,
        custom_string: str | None = None,
    ) -> DirectMailPrice:
        """Send a direct mail campaign.

        `POST /post/direct-mail/campaigns/send`: Create a direct mail campaign: the leaflet
        (`file_urls`, one PDF of two pages or two PDFs, A5 or DL) is printed and delivered to
        `quantity` letterboxes of each area of `areas` (see `search_locations`), now or at
        `schedule`.

        Args:
            name: Name of the campaign.
            size: Size of the leaflet, A5 or DL.
            file_urls: The leaflet, one PDF with two pages (front and back) or two PDFs.
            areas: The areas to deliver to, with the quantity for each.
            schedule: Unix time to send at; leave out to send now.
            source: Your method of sending, e.g. wordpress, php.
            custom_string: Your own reference.

        Returns:
            The campaign and its price.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _POST_DIRECT_MAIL_SEND,
            {
                "name": name,
                "size": size,
                "file_urls": file_urls,
                "areas": areas,
                "schedule": schedule,
                "source": source,
                "custom_string": custom_string,
            },
        )

    async def search_locations(
        self,
        country: str,
        *,
        q: str,
        page: int | None = None,
        limit: int | None = None,
    ) -> DirectMailLocationPage:
        """Search direct mail locations.

        `GET /post/direct-mail/locations/search/{country}`: Find the areas (locations) of a
        country by postal code or place name; their `location_id` goes into the `areas` of
        `price` and `send`.

        Args:
            country: Country code (ISO 3166 alpha-2), e.g. AU.
            q: A postal code or place name.
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of matching locations.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _POST_DIRECT_MAIL_SEARCH_LOCATIONS,
            {
                "country": country,
                "q": q,
                "page": page,
                "limit": limit,
            },
        )


class PostResource(Resource):
    """Letters and postcards printed and posted by ClickSend, and the return addresses they
    carry."""

    __slots__ = (
        "letters",
        "postcards",
        "return_addresses",
        "direct_mail",
    )

    letters: PostLettersResource
    postcards: PostPostcardsResource
    return_addresses: PostReturnAddressesResource
    direct_mail: PostDirectMailResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.letters = PostLettersResource(client)
        self.postcards = PostPostcardsResource(client)
        self.return_addresses = PostReturnAddressesResource(client)
        self.direct_mail = PostDirectMailResource(client)
