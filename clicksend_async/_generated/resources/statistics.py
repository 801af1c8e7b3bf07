# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.statistics`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Operation
from ..._resource import Resource
from ..api.statistics import statistics_sms as _statistics_sms
from ..api.statistics import statistics_voice as _statistics_voice
from ..models import (
    Statistics,
)

if TYPE_CHECKING:
    pass

_STATISTICS_SMS: Operation[Statistics] = Operation(
    name="statistics_sms",
    label="statistics.sms",
    http="GET /statistics/sms",
    request=_statistics_sms.request,
    parse=lambda payload: _statistics_sms.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_STATISTICS_VOICE: Operation[Statistics] = Operation(
    name="statistics_voice",
    label="statistics.voice",
    http="GET /statistics/voice",
    request=_statistics_voice.request,
    parse=lambda payload: _statistics_voice.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)


class StatisticsResource(Resource):
    """Totals and daily counts and costs of the SMS and voice messages of the account."""

    async def sms(
        self,
    ) -> Statistics:
        """View SMS statistics.

        `GET /statistics/sms`: Counts and cost of the SMS sent, received and bounced, in total
        and per day.

        Returns:
            The SMS statistics.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_STATISTICS_SMS, {})

    async def voice(
        self,
    ) -> Statistics:
        """View voice statistics.

        `GET /statistics/voice`: Counts and cost of the voice calls made and bounced, in total
        and per day.

        Returns:
            The voice statistics.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_STATISTICS_VOICE, {})
