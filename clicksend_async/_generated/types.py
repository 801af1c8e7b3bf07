# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The sentinel of the generated layer.

Replaces openapi-python-client's types module: ClickSend takes no file uploads, and the runtime
has its own request and response handling, so only `UNSET` is needed. Its repr reads `UNSET`.
"""

from typing import Final, Literal


class Unset:
    """The type of `UNSET`: a field ClickSend did not send, or an argument not given."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()
