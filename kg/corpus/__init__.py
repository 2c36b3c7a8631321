"""Reading article files: decoding, layout detection, normalisation with offset maps."""

from kg.corpus.readers import ReadError, ReadResult, find_article_files, read_article

__all__ = ["ReadError", "ReadResult", "find_article_files", "read_article"]
