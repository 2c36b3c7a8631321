"""RDF side of kg: vocabulary, facts → triples mapping, serialisation."""
