# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.uploads`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation
from ..._resource import Resource
from ..api.uploads import uploads_create as _uploads_create
from ..models import (
    Upload,
    UploadRequest,
    UploadsCreateConvert,
)

if TYPE_CHECKING:
    pass

_UPLOADS_CREATE: Operation[Upload] = Operation(
    name="uploads_create",
    label="uploads.create",
    http="POST /uploads",
    request=_uploads_create.request,
    parse=lambda payload: _uploads_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "convert": Arg("query", (str,), required=True, convert=UploadsCreateConvert),
        "content": Arg(
            "body", (str,), required=True, pattern="^[A-Za-z0-9+/]+={0,2}$", min_length=1
        ),
    },
    body=UploadRequest,
)


class UploadsResource(Resource):
    """Convert a file (base64) into what a send call takes (fax, mms, csv, post, postcard) and
    get back a temporary URL of the result."""

    async def _create(
        self,
        *,
        convert: Literal["fax", "mms", "csv", "post", "postcard"],
        content: str,
    ) -> Upload:
        """Upload a file for conversion.

        `POST /uploads`: Upload a file (base64 in `content`) and have it converted for a send
        call: `convert` says for which (fax, mms, csv, post, postcard). The answer carries the
        URL of the converted file (`_url`), to pass as the `file_url` / media URL of that call.
        Files expire 10 minutes after the upload. When a conversion is needed: MMS takes jpg/gif
        as they are, jpeg/png/bmp through `mms`; fax takes pdf, docx/doc/rtf through `fax`;
        letters take pdf, docx/doc through `post`; postcards take pdf, docx/doc/jpg/gif/png/bmp
        through `postcard`.

        Args:
            convert: What the file is converted for.
            content: The file's bytes, base64-encoded.

        Returns:
            The uploaded, converted file and its URL.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _UPLOADS_CREATE,
            {
                "convert": convert,
                "content": content,
            },
        )
