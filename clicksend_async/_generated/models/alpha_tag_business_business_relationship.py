# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from enum import StrEnum


class AlphaTagBusinessBusinessRelationship(StrEnum):
    ENTITY_ASSOCIATE = "ENTITY_ASSOCIATE"
    PRIMARY = "PRIMARY"

    def __str__(self) -> str:
        return str(self.value)
