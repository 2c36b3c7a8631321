"""Resolution: one node per real thing, with a stable IRI, between extraction and RDF mapping.

`resolve(articles)` groups the entity mentions of a corpus (resolver.py: the policy),
reading names through names.py and linking well-known entities through the shipped
gazetteer (gazetteer.py). Slugs for IRIs are in slugs.py.
"""

from kg.resolve.resolver import TYPE_PATHS, Node, Resolution, entities_of, resolve
from kg.resolve.slugs import entity_slug, key_slug, short_hash, slugify

__all__ = [
    "TYPE_PATHS",
    "Node",
    "Resolution",
    "entities_of",
    "entity_slug",
    "key_slug",
    "resolve",
    "short_hash",
    "slugify",
]
