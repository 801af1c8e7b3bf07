# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class DefaultSenderFieldsProductType(StrEnum):
    SMS = "SMS"

    def __str__(self) -> str:
        return str(self.value)
