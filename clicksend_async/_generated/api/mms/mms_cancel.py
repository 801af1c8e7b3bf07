# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /mms/{message_id}/cancel`: Cancel a scheduled MMS."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.mms_receipts_read_response import MmsReceiptsReadResponse


def request(
    message_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/mms/{message_id}/cancel".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> MmsReceiptsReadResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return MmsReceiptsReadResponse.from_dict(payload)
