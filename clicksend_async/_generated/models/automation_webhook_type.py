# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class AutomationWebhookType(StrEnum):
    GET = "get"
    JSON = "json"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
