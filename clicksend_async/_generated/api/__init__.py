# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""Contains methods for accessing the API"""
