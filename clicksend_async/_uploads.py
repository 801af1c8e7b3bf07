"""`cs.uploads.create`: a file (bytes, a path or a binary file) in, the URL a send call takes out.

ClickSend's upload call takes the file base64-encoded in JSON and converts it for one kind of
send (`convert`). The generated method (`_create`, from openapi.yaml) sends that body; this one
reads the file, checks what ClickSend documents before anything is sent, and returns the URL.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import BinaryIO, Literal, get_args

from ._generated.resources.uploads import UploadsResource

Convert = Literal["fax", "mms", "csv", "post", "postcard"]
CONVERTS: tuple[str, ...] = get_args(Convert)
# ClickSend documents one size limit for what an upload feeds: an MMS media file may be at
# most 250 kB. The other conversions state none; ClickSend answers for itself.
MAX_BYTES: dict[str, int] = {"mms": 250 * 1024}


def _read(content: bytes | str | os.PathLike[str] | BinaryIO) -> bytes:
    """The file's bytes, from bytes, a path or a binary file object."""
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content)
    if isinstance(content, str | os.PathLike):
        path = Path(content)
        try:
            return path.read_bytes()
        except OSError as error:
            raise ValueError(
                f"uploads.create: cannot read {path} ({error.strerror or type(error).__name__})"
            ) from None
    read = getattr(content, "read", None)
    if read is None:
        raise TypeError(
            "uploads.create: content must be bytes, a path or a binary file, "
            f"got {type(content).__name__}"
        )
    data = read()
    if not isinstance(data, bytes):
        raise TypeError(
            "uploads.create: the file must be opened in binary mode ('rb'), "
            f"it gave {type(data).__name__}"
        )
    return data


class Uploads(UploadsResource):
    """`cs.uploads`: files converted for MMS, fax, letters, postcards or a CSV import.

    Uploaded files expire 10 minutes after the upload: send soon after.
    """

    async def create(
        self, content: bytes | str | os.PathLike[str] | BinaryIO, *, convert: Convert
    ) -> str:
        """Upload a file; return the URL of the converted file for the matching send call.

        `POST /uploads?convert=...`: MMS takes jpg/gif as they are and jpeg/png/bmp through
        `mms`; fax takes pdf, and docx/doc/rtf through `fax`; letters take pdf, and docx/doc
        through `post`; postcards take pdf, and docx/doc/jpg/gif/png/bmp through `postcard`.

        Args:
            content: The file: its bytes, a path to it, or a file opened in binary mode.
            convert: What the file is for: "mms", "fax", "post", "postcard" or "csv".

        Returns:
            The URL to pass as `file_url` / `media_file` of the send call (valid 10 minutes).

        Raises:
            TypeError: `content` is not bytes, a path or a binary file.
            ValueError: An unknown `convert`, an unreadable path, an empty file, or a file
                over the documented limit (250 kB for MMS); nothing is sent.
            APIStatusError, APIConnectionError: As for every call; an upload is not repeated
                once it may have reached ClickSend.
        """
        if convert not in CONVERTS:
            raise ValueError(
                f"uploads.create: convert must be one of {', '.join(CONVERTS)}, got {convert!r}"
            )
        data = _read(content)
        if not data:
            raise ValueError("uploads.create: the file is empty")
        most = MAX_BYTES.get(convert)
        if most is not None and len(data) > most:
            raise ValueError(
                f"uploads.create: a file for {convert} may be at most {most // 1024} kB, "
                f"this one is {len(data) / 1024:.0f} kB"
            )
        upload = await self._create(content=base64.b64encode(data).decode("ascii"), convert=convert)
        return upload.url
