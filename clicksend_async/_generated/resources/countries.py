# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.countries`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ..._operation import Operation
from ..._resource import Resource
from ..api.countries import countries_list as _countries_list
from ..models import (
    Country,
)

if TYPE_CHECKING:
    pass

_COUNTRIES_LIST: Operation[builtins.list[Country]] = Operation(
    name="countries_list",
    label="countries.list",
    http="GET /countries",
    request=_countries_list.request,
    parse=lambda payload: _countries_list.parse(payload).data,
    idempotent=True,
    requires_auth=False,
    args={},
)


class CountriesResource(Resource):
    """Everything about viewing country code mapping"""

    async def list(
        self,
    ) -> builtins.list[Country]:
        """Get all country codes.

        `GET /countries`: Get all countries

        Returns:
            Every country, as a code and a name.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_COUNTRIES_LIST, {})
