"""Score predicted facts against gold annotations (the format of shared/eval/FORMAT.md).

Pure functions over plain dicts, so any prediction file in the gold format can be
scored, not only kg's own graph. Matching rules:

- Names compare by `match_key` (NFC, one tone convention, `_` as space, case folded,
  `&` as `và`). A gold fact's name stands for the gold entity of that name (or, when no
  entity has that name, the entity listing it as an alias); a predicted name matches
  when it, or an alias the prediction file gives for it, equals that entity's name or
  one of its aliases.
- role: person, organisation and role text match; `past` is an attribute score.
  affiliation: the distinct (person, organisation) pairs of roles, role text ignored.
- part: both organisations match.
- metric: the gold subject matches the predicted subject or reporter and the values
  differ by at most 0.1% of the gold value; unit and period are attribute scores.
- selection: programme matches, count is equal, and criteria is equal where the
  gold states it; selector is an attribute score.

Each gold fact matches at most one prediction and vice versa (a maximum matching,
preferring pairs whose attributes also agree). Predictions matched to an optional
gold fact count neither as predicted nor as matched; an optional gold fact left
unmatched is not a miss. Attribute scores are taken over matched non-optional facts
whose gold fact states the attribute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from kg.corpus.normalise import match_key

FACT_KINDS = ("roles", "parts", "metrics", "selections")
VALUE_TOLERANCE = Decimal("0.001")


@dataclass
class Counts:
    """Matched / predicted / gold counts of one kind, with the usual ratios."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        return self


@dataclass
class Agreement:
    """How many matched facts agree on one attribute (unit, period, past, selector)."""

    agree: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.agree / self.total if self.total else 1.0

    def __iadd__(self, other: Agreement) -> Agreement:
        self.agree += other.agree
        self.total += other.total
        return self


@dataclass
class KindResult:
    """The outcome of one fact kind in one document."""

    counts: Counts = field(default_factory=Counts)
    matches: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, predicted)
    misses: list[dict] = field(default_factory=list)  # non-optional gold facts not found
    false: list[dict] = field(default_factory=list)  # predictions matching no gold fact


@dataclass
class DocumentResult:
    document: str
    kinds: dict[str, KindResult]  # roles, parts, metrics, selections, affiliations
    attributes: dict[str, Agreement]  # past, unit, period, selector


@dataclass
class Report:
    """Totals over documents: per kind, micro-averaged, and attribute agreement."""

    documents: list[DocumentResult]
    kinds: dict[str, Counts]
    micro: Counts
    attributes: dict[str, Agreement]


class _Names:
    """Which names stand for the same entity, as a gold (or prediction) file says."""

    def __init__(self, entities: Iterable[dict]):
        self._by_name: dict[str, frozenset[str]] = {}
        self._by_alias: dict[str, frozenset[str]] = {}
        for entity in entities:
            name = entity.get("name")
            if not name:
                continue
            keys = frozenset({match_key(name), *(match_key(a) for a in entity.get("aliases") or ())})
            self._by_name.setdefault(match_key(name), keys)
            for alias in entity.get("aliases") or ():
                self._by_alias.setdefault(match_key(alias), keys)

    def keys(self, name: str | None) -> frozenset[str]:
        """All keys of the entity that `name` denotes (just the name's key if none)."""
        if not name:
            return frozenset()
        key = match_key(name)
        return self._by_name.get(key) or self._by_alias.get(key) or frozenset({key})

    def identity(self, name: str | None) -> frozenset[str]:
        return self.keys(name)


def _name_matches(gold_keys: frozenset[str], predicted_keys: frozenset[str]) -> bool:
    return bool(gold_keys & predicted_keys)


def _optional(fact: dict) -> bool:
    return bool(fact.get("optional"))


def _as_decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def values_agree(gold: object, predicted: object) -> bool:
    """Within 0.1% of the gold value (exactly equal when the gold value is 0)."""
    g, p = _as_decimal(gold), _as_decimal(predicted)
    if g is None or p is None:
        return False
    return abs(p - g) <= abs(g) * VALUE_TOLERANCE


def _same_text(a: object, b: object) -> bool:
    return a is not None and b is not None and match_key(str(a)) == match_key(str(b))


def _max_matching(
    gold: list[dict],
    predicted: list[dict],
    fits: Callable[[dict, dict], bool],
    prefer: Callable[[dict, dict], bool],
) -> dict[int, int]:
    """Maximum bipartite matching gold index -> predicted index (Kuhn's augmenting paths).

    Preferred pairs are matched first; augmenting never unmatches a gold fact, so the
    result is a maximum matching that keeps most preferred pairs.
    """
    edges = [[j for j, p in enumerate(predicted) if fits(g, p)] for g in gold]
    preferred = [[j for j in row if prefer(gold[i], predicted[j])] for i, row in enumerate(edges)]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, graph: list[list[int]], seen: set[int]) -> bool:
        for j in graph[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], graph, seen):
                owner[j] = i
                return True
        return False

    matched_gold: set[int] = set()
    for graph in (preferred, edges):
        for i in range(len(gold)):
            if i not in matched_gold and augment(i, graph, set()):
                matched_gold.add(i)
    return {i: j for j, i in owner.items()}


def _score_kind(
    gold: list[dict],
    predicted: list[dict],
    fits: Callable[[dict, dict], bool],
    prefer: Callable[[dict, dict], bool],
) -> KindResult:
    """Match non-optional gold first, then let optional gold absorb what is left."""
    required = [g for g in gold if not _optional(g)]
    optional = [g for g in gold if _optional(g)]
    result = KindResult()
    first = _max_matching(required, predicted, fits, prefer)
    used = set(first.values())
    rest_idx = [j for j in range(len(predicted)) if j not in used]
    rest = [predicted[j] for j in rest_idx]
    second = _max_matching(optional, rest, fits, prefer)
    absorbed = {rest_idx[j] for j in second.values()}
    for i, g in enumerate(required):
        if i in first:
            result.matches.append((g, predicted[first[i]]))
        else:
            result.misses.append(g)
    result.false = [p for j, p in enumerate(predicted) if j not in used and j not in absorbed]
    result.counts = Counts(matched=len(first), predicted=len(predicted) - len(absorbed), gold=len(required))
    return result


def _affiliations(facts: list[dict], names: _Names) -> list[dict]:
    """Distinct (person, organisation) pairs of role facts; optional only if every fact is."""
    pairs: dict[tuple[frozenset[str], frozenset[str]], dict] = {}
    for fact in facts:
        key = (names.identity(fact.get("person")), names.identity(fact.get("org")))
        entry = pairs.get(key)
        if entry is None:
            pairs[key] = {
                "person": fact.get("person"),
                "org": fact.get("org"),
                "optional": _optional(fact),
                **({"evidence": fact["evidence"]} if "evidence" in fact else {}),
            }
        elif not _optional(fact):
            entry["optional"] = False
    return list(pairs.values())


def score_document(gold: dict, predicted: dict) -> DocumentResult:
    """Score one article's predictions (a dict in the gold format) against its gold."""
    gold_names = _Names(gold.get("entities") or ())
    pred_names = _Names(predicted.get("entities") or ())

    def same(gold_name: str | None, pred_name: str | None) -> bool:
        if not gold_name or not pred_name:
            return False
        return _name_matches(gold_names.keys(gold_name), pred_names.keys(pred_name))

    def role_fits(g: dict, p: dict) -> bool:
        return (
            same(g.get("person"), p.get("person"))
            and same(g.get("org"), p.get("org"))
            and _same_text(g.get("role"), p.get("role"))
        )

    def role_prefer(g: dict, p: dict) -> bool:
        return bool(g.get("past")) == bool(p.get("past"))

    def affiliation_fits(g: dict, p: dict) -> bool:
        return same(g.get("person"), p.get("person")) and same(g.get("org"), p.get("org"))

    def part_fits(g: dict, p: dict) -> bool:
        return same(g.get("part"), p.get("part")) and same(g.get("whole"), p.get("whole"))

    def metric_fits(g: dict, p: dict) -> bool:
        subject = g.get("subject")
        return (same(subject, p.get("subject")) or same(subject, p.get("reporter"))) and values_agree(
            g.get("value"), p.get("value")
        )

    def metric_prefer(g: dict, p: dict) -> bool:
        return _same_text(g.get("unit"), p.get("unit")) and (
            g.get("period") is None or _same_text(g.get("period"), p.get("period"))
        )

    def selection_fits(g: dict, p: dict) -> bool:
        criteria = g.get("criteria")
        return (
            same(g.get("programme"), p.get("programme"))
            and _int_equal(g.get("count"), p.get("count"))
            and (criteria is None or _int_equal(criteria, p.get("criteria")))
        )

    def selection_prefer(g: dict, p: dict) -> bool:
        return g.get("selector") is None or same(g.get("selector"), p.get("selector"))

    def always(g: dict, p: dict) -> bool:
        return True

    kinds = {
        "roles": _score_kind(_facts(gold, "roles"), _facts(predicted, "roles"), role_fits, role_prefer),
        "parts": _score_kind(_facts(gold, "parts"), _facts(predicted, "parts"), part_fits, always),
        "metrics": _score_kind(
            _facts(gold, "metrics"), _facts(predicted, "metrics"), metric_fits, metric_prefer
        ),
        "selections": _score_kind(
            _facts(gold, "selections"), _facts(predicted, "selections"), selection_fits, selection_prefer
        ),
        "affiliations": _score_kind(
            _affiliations(_facts(gold, "roles"), gold_names),
            _affiliations(_facts(predicted, "roles"), pred_names),
            affiliation_fits,
            always,
        ),
    }
    attributes = {
        "past": _agreement(
            kinds["roles"], "past", lambda g, p: bool(g.get("past")) == bool(p.get("past")), True
        ),
        "unit": _agreement(kinds["metrics"], "unit", lambda g, p: _same_text(g.get("unit"), p.get("unit"))),
        "period": _agreement(
            kinds["metrics"], "period", lambda g, p: _same_text(g.get("period"), p.get("period"))
        ),
        "selector": _agreement(
            kinds["selections"], "selector", lambda g, p: same(g.get("selector"), p.get("selector"))
        ),
    }
    return DocumentResult(document=str(gold.get("document", "")), kinds=kinds, attributes=attributes)


def _facts(doc: dict, kind: str) -> list[dict]:
    return [f for f in doc.get(kind) or () if isinstance(f, dict)]


def _int_equal(a: object, b: object) -> bool:
    x, y = _as_decimal(a), _as_decimal(b)
    return x is not None and y is not None and x == y


def _agreement(
    result: KindResult, attribute: str, agrees: Callable[[dict, dict], bool], always_stated: bool = False
) -> Agreement:
    """Share of matched facts whose attribute agrees, over gold facts that state it."""
    score = Agreement()
    for g, p in result.matches:
        if not always_stated and g.get(attribute) is None:
            continue
        score.total += 1
        score.agree += int(agrees(g, p))
    return score


def score_corpus(pairs: Iterable[tuple[dict, dict]]) -> Report:
    """Score (gold, predicted) document pairs; kinds summed, micro-average over FACT_KINDS."""
    documents = [score_document(g, p) for g, p in pairs]
    kinds = {kind: Counts() for kind in (*FACT_KINDS, "affiliations")}
    attributes = {name: Agreement() for name in ("past", "unit", "period", "selector")}
    for doc in documents:
        for kind, result in doc.kinds.items():
            kinds[kind] += result.counts
        for name, agreement in doc.attributes.items():
            attributes[name] += agreement
    micro = Counts()
    for kind in FACT_KINDS:
        micro += kinds[kind]
    return Report(documents=documents, kinds=kinds, micro=micro, attributes=attributes)
