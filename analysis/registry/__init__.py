"""The actor registry: YAML actors with aliases, roles and periods, compiled into a spaCy component."""

from .matcher import (
    NameIndex,
    RegistryMatcher,
    add_entity_ruler,
    make_registry_matcher,
    pattern_words,
    surface_variants,
)
from .model import (
    ACTOR_FIELDS,
    ACTOR_TYPES,
    DEFAULT_REGISTRY,
    TYPE_LABEL,
    Actor,
    Period,
    Registry,
    RegistryError,
    actors_add,
    load_registry,
    name_key,
    parse_registry,
    read_registry,
)

__all__ = [
    "ACTOR_FIELDS",
    "ACTOR_TYPES",
    "Actor",
    "DEFAULT_REGISTRY",
    "NameIndex",
    "Period",
    "Registry",
    "RegistryError",
    "RegistryMatcher",
    "TYPE_LABEL",
    "actors_add",
    "add_entity_ruler",
    "load_registry",
    "make_registry_matcher",
    "name_key",
    "parse_registry",
    "pattern_words",
    "read_registry",
    "surface_variants",
]
