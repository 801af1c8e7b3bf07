# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class EmailAttachmentDisposition(StrEnum):
    ATTACHMENT = "attachment"
    INLINE = "inline"

    def __str__(self) -> str:
        return str(self.value)
