"""Operations of openapi.yaml the embedded ClickSend does not serve yet, and why.

The coverage test (test_embedded_core) and schemathesis (test_embedded_schemathesis) read this
one list: an operation leaves it when it is served, and a new operation without a handler
fails the coverage test unless it is written here with its reason. It is empty: the embedded
ClickSend serves every operation of openapi.yaml.
"""

from __future__ import annotations

PENDING: dict[str, str] = {}
