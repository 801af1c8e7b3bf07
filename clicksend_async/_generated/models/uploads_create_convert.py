# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class UploadsCreateConvert(StrEnum):
    CSV = "csv"
    FAX = "fax"
    MMS = "mms"
    POST = "post"
    POSTCARD = "postcard"

    def __str__(self) -> str:
        return str(self.value)
