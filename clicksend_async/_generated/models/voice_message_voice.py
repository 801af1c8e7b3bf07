# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class VoiceMessageVoice(StrEnum):
    FEMALE = "female"
    MALE = "male"

    def __str__(self) -> str:
        return str(self.value)
