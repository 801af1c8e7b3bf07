# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class NumbersListExcludingNumberType(StrEnum):
    SHORTCODE = "shortcode"
    TOLLFREE = "tollfree"
    VALUE_2 = "10DLC"

    def __str__(self) -> str:
        return str(self.value)
