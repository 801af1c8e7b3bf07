# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class DeliveryIssueCreateType(StrEnum):
    EMAIL_MARKETING = "EMAIL_MARKETING"
    EMAIL_TRANSACTIONAL = "EMAIL_TRANSACTIONAL"
    FAX = "FAX"
    MMS = "MMS"
    POST = "POST"
    SMS = "SMS"
    VOICE = "VOICE"

    def __str__(self) -> str:
        return str(self.value)
