"""Uploads: a file sent as base64 `content`, kept by the server, answered with its URL.

`convert` (query or body) must be one of CONVERSIONS; the file is kept as sent (nothing is
converted) and is readable with `EmbeddedClickSend.file(url)`; fax and post count the pages of
an uploaded PDF. Files above MAX_UPLOAD_BYTES answer 400 BAD_REQUEST. The URL names the file
for 10 minutes in ClickSend; here it never expires (`date_delete` says when it would).
"""

from __future__ import annotations

import base64
import binascii
from typing import Final

from .._protocol import bad_request
from ._base import Call, Result, handles

CONVERSIONS: Final = ("mms", "fax", "post", "postcard", "csv")
MAX_UPLOAD_BYTES: Final = 20 * 1024 * 1024
_EXTENSIONS: Final = {"mms": ".jpg", "fax": ".pdf", "post": ".pdf", "postcard": ".pdf"}


@handles("uploads_create")
def uploads_create(call: Call) -> Result:
    """Keep a file and answer its URL."""
    body = call.body()
    convert = call.first("convert") or body.get("convert")
    if convert not in CONVERSIONS:
        raise bad_request(
            f"convert must be one of {', '.join(CONVERSIONS)}.", {"convert": ["Invalid."]}
        )
    content = body.get("content")
    if not isinstance(content, str) or not content.strip():
        raise bad_request("content is required: the file, base64-encoded.", {"content": []})
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise bad_request("content must be base64.", {"content": ["Invalid base64."]}) from None
    if len(data) > MAX_UPLOAD_BYTES:
        raise bad_request(f"The file is larger than {MAX_UPLOAD_BYTES} bytes.")
    upload_id = call.store.next_id("upload")
    name = call.engine.new_id() + _EXTENSIONS.get(str(convert), ".csv")
    path = f"/files/{name}"
    call.store.files[path] = data
    shown = {
        "_url": f"{call.origin}{path}",
        "upload_id": upload_id,
        "user_id": call.me.user_id,
        "file_name": name,
        "date_added": call.now,
        "date_delete": call.now + 600,
    }
    return "Your file has been uploaded.", shown
