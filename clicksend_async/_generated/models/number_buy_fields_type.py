# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class NumberBuyFieldsType(StrEnum):
    MMS = "mms"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
