# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.delivery_issues`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, Page
from ..._resource import Resource
from ..api.delivery_issues import delivery_issues_create as _delivery_issues_create
from ..api.delivery_issues import delivery_issues_list as _delivery_issues_list
from ..models import (
    DeliveryIssue,
    DeliveryIssueCreate,
    DeliveryIssueCreateType,
)

if TYPE_CHECKING:
    pass

_DELIVERY_ISSUES_LIST: Operation[Page[DeliveryIssue]] = Operation(
    name="delivery_issues_list",
    label="delivery_issues.list",
    http="GET /delivery-issues",
    request=_delivery_issues_list.request,
    parse=lambda payload: Page.of(_delivery_issues_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
    },
    paging=Paging("page", "limit"),
)
_DELIVERY_ISSUES_CREATE: Operation[DeliveryIssue] = Operation(
    name="delivery_issues_create",
    label="delivery_issues.create",
    http="POST /delivery-issues",
    request=_delivery_issues_create.request,
    parse=lambda payload: _delivery_issues_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "type_": Arg("body", (str,), required=True, convert=DeliveryIssueCreateType, wire="type"),
        "description": Arg("body", (str,), required=True, min_length=1),
        "email_address": Arg("body", (str,), required=True, min_length=1),
        "message_id": Arg("body", (str,), min_length=1),
        "client_comments": Arg("body", (str,)),
    },
    body=DeliveryIssueCreate,
)


class DeliveryIssuesResource(Resource):
    """Report a message that did not arrive to ClickSend support, and read the reports."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[DeliveryIssue]:
        """Get all delivery issues.

        `GET /delivery-issues`: The delivery problems reported to ClickSend support from the
        account.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.

        Returns:
            One page of delivery issues.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _DELIVERY_ISSUES_LIST,
            {
                "page": page,
                "limit": limit,
            },
        )

    def iter(
        self,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[DeliveryIssue]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _DELIVERY_ISSUES_LIST,
            {
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        type_: Literal[
            "SMS", "MMS", "VOICE", "EMAIL_MARKETING", "EMAIL_TRANSACTIONAL", "FAX", "POST"
        ],
        description: str,
        email_address: str,
        message_id: str | None = None,
        client_comments: str | None = None,
    ) -> DeliveryIssue:
        """Create a delivery issue.

        `POST /delivery-issues`: Report a delivery problem with a message to ClickSend support,
        who answer at the email address given.

        Args:
            type_: Channel of the message.
            description: What went wrong.
            email_address: Where ClickSend support should answer.
            message_id: Id of the message concerned.
            client_comments: Your comments.

        Returns:
            The issue as recorded.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _DELIVERY_ISSUES_CREATE,
            {
                "type_": type_,
                "description": description,
                "email_address": email_address,
                "message_id": message_id,
                "client_comments": client_comments,
            },
        )
