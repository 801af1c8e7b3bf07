# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""Contains endpoint functions for accessing the API"""
