# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class AutomationAction(StrEnum):
    AUTO_REPLY = "AUTO_REPLY"
    CREATE_CONTACT = "CREATE_CONTACT"
    CREATE_CONTACT_PLUS_EMAIL = "CREATE_CONTACT_PLUS_EMAIL"
    CREATE_CONTACT_PLUS_NAME = "CREATE_CONTACT_PLUS_NAME"
    CREATE_CONTACT_PLUS_NAME_EMAIL = "CREATE_CONTACT_PLUS_NAME_EMAIL"
    EMAIL_FIXED = "EMAIL_FIXED"
    EMAIL_USER = "EMAIL_USER"
    GROUP_SMS = "GROUP_SMS"
    MOVE_CONTACT = "MOVE_CONTACT"
    NONE = "NONE"
    POLL = "POLL"
    SMPP = "SMPP"
    SMS = "SMS"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
