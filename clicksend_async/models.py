"""The models of ClickSend's requests and answers, generated from openapi.yaml.

Fields ClickSend did not send are `UNSET` (falsy, and an instance of `Unset`); fields it sent as
null are None. Keys ClickSend adds later are kept in `additional_properties`.
"""

from ._generated.models import *  # noqa: F403 (the generated package's own __all__ is the list)
from ._generated.models import __all__ as _models
from ._generated.types import UNSET as UNSET  # re-exported: models hold it
from ._generated.types import Unset as Unset

__all__ = sorted([*_models, "UNSET", "Unset"])
