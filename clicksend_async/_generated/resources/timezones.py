# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.timezones`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ..._operation import Operation
from ..._resource import Resource
from ..api.timezones import timezones_list as _timezones_list

if TYPE_CHECKING:
    pass

_TIMEZONES_LIST: Operation[builtins.list[str]] = Operation(
    name="timezones_list",
    label="timezones.list",
    http="GET /timezones",
    request=_timezones_list.request,
    parse=lambda payload: _timezones_list.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)


class TimezonesResource(Resource):
    """The timezone names ClickSend takes."""

    async def list(
        self,
    ) -> builtins.list[str]:
        """List the timezones.

        `GET /timezones`: Every timezone name ClickSend takes (IANA names such as
        `Australia/Melbourne`), e.g. for the account's `timezone`.

        Returns:
            Every timezone name.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_TIMEZONES_LIST, {})
