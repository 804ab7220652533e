"""Small numpy models shipped with the package: hashed linear classifiers and a one-hidden-layer network."""

from .linear import crc, hash_columns, hash_index
from .mlp import MLP

__all__ = ["MLP", "crc", "hash_columns", "hash_index"]
