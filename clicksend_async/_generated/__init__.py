# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The generated layer of clicksend_async: `models/` (attrs), `api/` (one request builder and
parser per operation) and `resources.py` (the typed methods of `ClickSend`). Private: import
from `clicksend_async` and `clicksend_async.models` instead.
"""
