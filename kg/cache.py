"""Incremental builds: remember each article's extraction, keyed by its content and the code.

The key of an article is a hash of its content, its id and origin, its given metadata, and the
*extractor version*: a hash of the source of everything that reads or extracts (kg/extract,
kg/corpus, kg/nlp, the fact model, the lexicon files). Editing a rule or a lexicon line changes
the version by itself, so nobody has to remember to bump it, and old entries are simply not found.

Entries are pickles of the extraction outcome, one file each, written atomically: two builds
sharing a cache folder never see half an entry. The cache holds only what kg itself wrote.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

from kg.corpus.sources import SourceItem

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
# what the extraction of one article depends on (paths relative to the project)
EXTRACTOR_SOURCES = (
    "kg/extract/*.py",
    "kg/corpus/*.py",
    "kg/nlp/*.py",
    "kg/model.py",
    "kg/lexicon.py",
    "ontology/lexicon/*",
)
CACHE_FORMAT = "1"  # bump only if the layout of entries changes
KEEP_VERSIONS = 3  # extractor versions whose entries are kept (older ones are deleted)


def _hash_files(patterns: tuple[str, ...], salt: str) -> str:
    digest = hashlib.sha256(salt.encode("utf-8"))
    for pattern in patterns:
        for path in sorted(PROJECT_DIR.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(PROJECT_DIR).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def extractor_version() -> str:
    """A hash of the code and language data that extraction depends on."""
    return _hash_files(EXTRACTOR_SOURCES, CACHE_FORMAT)


@cache
def code_version() -> str:
    """A hash of all of kg's code and ontology: what a whole build's output depends on."""
    return _hash_files(("kg/**/*.py", "ontology/**/*"), CACHE_FORMAT)


def default_cache_dir() -> Path:
    """$KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def item_key(item: SourceItem, version: str | None = None) -> str:
    digest = hashlib.sha256()
    for part in (version or extractor_version(), item.doc_id, item.origin, repr(item.metadata)):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(item.content_bytes)
    return digest.hexdigest()


class ExtractionCache:
    """Outcomes of read+extract on disk under `root/extract/<version>/`, one file per article."""

    def __init__(self, root: Path, version: str | None = None):
        self.version = version or extractor_version()
        self.folder = Path(root) / "extract" / self.version
        self._pruned = False

    def prune(self, keep: int = KEEP_VERSIONS) -> None:
        """Delete the entries of all but the `keep` most recently used extractor versions: every
        edit of a rule makes a new version, and a corpus of 10,000 articles takes ~1 GB per version."""
        versions = [
            p for p in self.folder.parent.iterdir() if p.is_dir() and re.fullmatch(r"[0-9a-f]{16}", p.name)
        ]
        versions.sort(key=lambda p: (p == self.folder, p.stat().st_mtime), reverse=True)
        for old in versions[keep:]:
            shutil.rmtree(old, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is a miss: the article is extracted again
            return None

    def put(self, key: str, outcome) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self._pruned:
            self._pruned = True
            os.utime(self.folder)  # this version is the most recent one
            self.prune()
        fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.rename(tmp, path)  # atomic on POSIX; entries are never rewritten, only added
        except FileExistsError:  # Windows, another build wrote the same entry first: keep it
            Path(tmp).unlink(missing_ok=True)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
