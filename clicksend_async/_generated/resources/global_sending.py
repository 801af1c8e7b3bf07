# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.global_sending`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._operation import Arg, Operation
from ..._resource import Resource
from ..api.global_sending import global_sending_agree as _global_sending_agree
from ..api.global_sending import global_sending_countries as _global_sending_countries
from ..api.global_sending import global_sending_select as _global_sending_select
from ..api.global_sending import global_sending_selected as _global_sending_selected
from ..models import (
    GlobalSendingCountry,
    GlobalSendingSelectRequest,
    GlobalSendingUserCountry,
)

if TYPE_CHECKING:
    pass

_GLOBAL_SENDING_COUNTRIES: Operation[builtins.list[GlobalSendingCountry]] = Operation(
    name="global_sending_countries",
    label="global_sending.countries",
    http="GET /country-list",
    request=_global_sending_countries.request,
    parse=lambda payload: _global_sending_countries.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_GLOBAL_SENDING_SELECTED: Operation[builtins.list[GlobalSendingUserCountry]] = Operation(
    name="global_sending_selected",
    label="global_sending.selected",
    http="GET /user-countries",
    request=_global_sending_selected.request,
    parse=lambda payload: _global_sending_selected.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_GLOBAL_SENDING_SELECT: Operation[builtins.list[GlobalSendingUserCountry]] = Operation(
    name="global_sending_select",
    label="global_sending.select",
    http="POST /user-countries",
    request=_global_sending_select.request,
    parse=lambda payload: _global_sending_select.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "country_list_ids": Arg("body", (list, tuple), required=True, items=(int,), min_items=1),
    },
    body=GlobalSendingSelectRequest,
)
_GLOBAL_SENDING_AGREE: Operation[builtins.list[GlobalSendingUserCountry]] = Operation(
    name="global_sending_agree",
    label="global_sending.agree",
    http="POST /user-countries/agree",
    request=_global_sending_agree.request,
    parse=lambda payload: _global_sending_agree.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={},
)


class GlobalSendingResource(Resource):
    """The countries the account may send to: list them, select the ones to enable, and agree
    to their rules and regulations."""

    async def countries(
        self,
    ) -> builtins.list[GlobalSendingCountry]:
        """List the countries to send to.

        `GET /country-list`: Every country the account may enable for sending, with the id that
        `select` takes.

        Returns:
            Every country.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_GLOBAL_SENDING_COUNTRIES, {})

    async def selected(
        self,
    ) -> builtins.list[GlobalSendingUserCountry]:
        """Get the countries selected for sending.

        `GET /user-countries`: The countries the account has enabled for sending, each with its
        registration state and the rules that apply to sending there.

        Returns:
            The selected countries.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_GLOBAL_SENDING_SELECTED, {})

    async def select(
        self,
        *,
        country_list_ids: Sequence[int],
    ) -> builtins.list[GlobalSendingUserCountry]:
        """Select countries for sending.

        `POST /user-countries`: Enable sending to the countries given by id (from `countries`).
        Before sending there, agree to their rules and regulations (`agree`).

        Args:
            country_list_ids: Ids of the countries to enable (from `countries`).

        Returns:
            The selected countries.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _GLOBAL_SENDING_SELECT,
            {
                "country_list_ids": country_list_ids,
            },
        )

    async def agree(
        self,
    ) -> builtins.list[GlobalSendingUserCountry]:
        """Agree to the rules and regulations.

        `POST /user-countries/agree`: Agree to the sending rules and regulations of the selected
        countries (ClickSend records when, in each country's `agreed_at`).

        Returns:
            The selected countries, with the agreement recorded.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(_GLOBAL_SENDING_AGREE, {})
