# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.pricing`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation
from ..._resource import Resource
from ..api.pricing import pricing_get as _pricing_get
from ..models import (
    Pricing,
)

if TYPE_CHECKING:
    pass

_PRICING_GET: Operation[Pricing] = Operation(
    name="pricing_get",
    label="pricing.get",
    http="GET /pricing/{country}",
    request=_pricing_get.request,
    parse=lambda payload: _pricing_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "country": Arg("path", (str,), required=True, pattern="^[A-Z]{2}$"),
        "currency": Arg("query", (str,), pattern="^[A-Z]{3}$"),
    },
)


class PricingResource(Resource):
    """The account's prices, country by country."""

    async def get(
        self,
        country: str,
        *,
        currency: str | None = None,
    ) -> Pricing:
        """Get the prices of a country.

        `GET /pricing/{country}`: The account's prices for one country: SMS, MMS, voice, fax,
        email, post and postcards, and dedicated numbers, in the currency asked for. In
        ClickSend's apiary docs only (no official SDK has this call).

        Args:
            country: Two-letter country code (ISO 3166), e.g. AU.
            currency: Three-letter currency code (ISO 4217) of the prices, e.g. AUD.

        Returns:
            The country's prices.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _PRICING_GET,
            {
                "country": country,
                "currency": currency,
            },
        )
