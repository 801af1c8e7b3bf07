# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class DefaultSenderStrategyFieldsSenderType(StrEnum):
    ALPHA_TAG = "alpha_tag"
    LONGCODE = "longcode"
    OWN_NUMBER = "own_number"
    SHARED_LONGCODE = "shared_longcode"
    SHORTCODE = "shortcode"
    TOLLFREE = "tollfree"
    VALUE_1 = "10DLC"

    def __str__(self) -> str:
        return str(self.value)
