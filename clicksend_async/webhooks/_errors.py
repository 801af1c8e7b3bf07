"""The one error of clicksend_async.webhooks."""

from __future__ import annotations

__all__ = ["WebhookParseError"]


class WebhookParseError(ValueError):
    """What ClickSend (or someone else) posted is not an event this SDK can read.

    The adapters answer it with 400 and hand nothing to the callback.

    Attributes:
        field: The name of the field at fault, as it was sent (`"timestamp"`, `"from"`), or None
            when the fault is the whole payload (not an object, no way to tell its kind).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
