# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class DirectMailCampaignRequestSize(StrEnum):
    A5 = "A5"
    DL = "DL"

    def __str__(self) -> str:
        return str(self.value)
