"""One node per real thing: group the entity mentions of a corpus into nodes with stable IRIs.

Policy (docs/graph-model.md, "Resolution"):
- Organisations, programmes, events and places are one node when a name or alias of one
  has the same key as a name or alias of the other (names.py: case, tone marks, `_`,
  punctuation, abbreviations, web-domain endings, legal-form and descriptive words do
  not count), or when both match one gazetteer entry. A head noun or legal form alone
  ("Công ty") is never an alias and never leaves its article. An all-capitals short
  name is the acronym of the one organisation of its article whose initials it spells.
  "X Việt Nam" (X + a country) is a node of its own, the branch of X (`parent`).
- People: within an article one full name is one person, and a short reference
  ("ông Minh", "bà Lan") is the one full name of that article that starts or ends with it.
  Across articles people with the same full name are one node only when they are linked
  to the same organisation; a name alone never merges two people.
- IRIs come from keys, not from which spelling won the label, so an entity keeps its IRI
  across rebuilds and when articles are added (people: name + the organisation that
  identifies them, or their article when they have none).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cache, cached_property, lru_cache

from kg.corpus.normalise import match_key
from kg.model import EVENT, ORGANISATION, PERSON, PLACE, PROGRAMME, Article, Entity, RoleFact
from kg.resolve.gazetteer import Gazetteer, default_gazetteer
from kg.resolve.names import (
    acronym_letters,
    clean_name,
    entity_key,
    initials,
    is_acronym,
    is_generic,
    spaceless_ascii,
    split_parenthesised,
    web_name,
)
from kg.resolve.slugs import key_slug, short_hash, slugify

TYPE_PATHS = {PERSON: "person", ORGANISATION: "org", PROGRAMME: "programme", EVENT: "event", PLACE: "place"}


@dataclass(frozen=True)
class Node:
    """One real thing: its IRI path under the base IRI, its label and what else it is called."""

    path: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    label_en: str | None = None
    same_as: tuple[str, ...] = ()  # Wikidata IRIs from the gazetteer
    parent: str | None = None  # path of the organisation this one is the country branch of
    articles: tuple[str, ...] = ()


@dataclass
class Resolution:
    """Which node each mention (article, type, name as written) belongs to."""

    nodes: dict[str, Node] = field(default_factory=dict)
    mentions: dict[tuple[str, str, str], str] = field(default_factory=dict)
    roles: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # key -> (vi, en)
    mention_count: int = 0

    def node(self, doc_id: str, entity: Entity) -> Node:
        """The node of a mention; a mention resolution never saw gets a node of its own."""
        path = self.mentions.get((doc_id, entity.type, match_key(entity.name)))
        if path is None:
            alone = resolve_mentions([_Mention(doc_id, entity)], gazetteer=default_gazetteer())
            path = alone.mentions[(doc_id, entity.type, match_key(entity.name))]
            self.nodes.setdefault(path, alone.nodes[path])
            self.mentions[(doc_id, entity.type, match_key(entity.name))] = path
        return self.nodes[path]

    def role(self, role: str, role_en: str | None = None) -> tuple[str, str, str | None]:
        """(IRI path, Vietnamese label, English label) of a role title; spellings that differ
        only by case or tone marks are one role."""
        key = match_key(role)
        vi, en = self.roles.get(key, (role, role_en))
        return f"role/{key_slug(key)}", vi, en or role_en

    def counts(self) -> Counter:
        """Nodes by entity type."""
        return Counter(node.type for node in self.nodes.values())


@dataclass(frozen=True)
class _Mention:
    doc_id: str
    entity: Entity

    @cached_property
    def raw_key(self) -> str:
        return match_key(self.entity.name)

    @cached_property
    def names(self) -> tuple[str, tuple[str, ...]]:
        """(display name, aliases) after cleaning and splitting a parenthesised short name."""
        return _names(self.entity.name, self.entity.aliases)


@lru_cache(maxsize=1 << 17)  # a corpus writes the same names in many articles
def _names(written: str, written_aliases: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    name, extra = split_parenthesised(clean_name(written))
    aliases = (clean_name(a) for a in (*extra, *written_aliases))
    return name or clean_name(written), tuple(dict.fromkeys(a for a in aliases if a and not is_generic(a)))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, item: object) -> object:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller root wins, so the result does not depend on the order of unions
            low, high = sorted((ra, rb), key=repr)
            self.parent[high] = low


def entities_of(fact: object) -> Iterator[Entity]:
    """Every entity a fact names (person, org, subject, programme, ...)."""
    for name in _field_names(type(fact)):
        value = getattr(fact, name)
        if isinstance(value, Entity):
            yield value


@cache
def _field_names(fact_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(fact_type))


def _collect(articles: Iterable[Article]) -> tuple[list[_Mention], list[tuple[_Mention, _Mention]]]:
    """All mentions, in a fixed order, and the (person, organisation) pairs of role facts."""
    mentions: list[_Mention] = []
    affiliations: list[tuple[_Mention, _Mention]] = []
    for article in sorted(articles, key=lambda a: a.doc_id):
        mentions.extend(_Mention(article.doc_id, e) for e in article.entities)
        for fact in article.facts:
            mentions.extend(_Mention(article.doc_id, e) for e in entities_of(fact))
            if isinstance(fact, RoleFact) and fact.org is not None:
                affiliations.append(
                    (_Mention(article.doc_id, fact.person), _Mention(article.doc_id, fact.org))
                )
    return [m for m in mentions if m.entity.type in TYPE_PATHS], affiliations


def resolve(articles: Iterable[Article], gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve every entity mention of `articles` (entities and the entities facts name)."""
    articles = list(articles)
    mentions, affiliations = _collect(articles)
    resolution = resolve_mentions(mentions, affiliations, gazetteer or default_gazetteer())
    resolution.roles = _role_labels(articles)
    return resolution


def resolve_mentions(
    mentions: list[_Mention],
    affiliations: list[tuple[_Mention, _Mention]] = (),
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    gazetteer = gazetteer or default_gazetteer()
    resolution = Resolution(mention_count=len(mentions))
    named = [m for m in mentions if m.entity.type != PERSON]
    people = [m for m in mentions if m.entity.type == PERSON]
    org_node = _resolve_named(named, gazetteer, resolution)
    _resolve_people(people, affiliations, org_node, resolution)
    return resolution


# --- organisations, programmes, events, places ------------------------------------------------


def _resolve_named(mentions: list[_Mention], gazetteer: Gazetteer, resolution: Resolution) -> dict:
    """Cluster non-person mentions by shared keys; returns {(doc, type, raw key): path}."""
    sets = _UnionFind()
    anchor: dict[_Mention, tuple[str, str]] = {}
    for m in mentions:
        aliases = m.names[1]
        keys = [_name_key(m, gazetteer)] + [entity_key(m.entity.type, a) for a in aliases]
        anchor[m] = (m.entity.type, keys[0])
        for key in keys:
            sets.union(anchor[m], (m.entity.type, key))
            entry = gazetteer.lookup(m.entity.type, key)
            if entry is not None:
                sets.union(anchor[m], ("gazetteer", entry))
    _join_programme_descriptions(mentions, anchor, sets)
    _join_acronyms(mentions, anchor, sets)
    _join_web_names(mentions, anchor, sets)

    clusters: dict[object, list[_Mention]] = defaultdict(list)
    for m in mentions:
        clusters[sets.find(anchor[m])].append(m)
    key_owner: dict[tuple[str, str], object] = {}
    entries: dict[object, set[int]] = defaultdict(set)
    for item in list(sets.parent):
        if item[0] == "gazetteer":
            entries[sets.find(item)].add(item[1])
        else:
            key_owner[item] = sets.find(item)

    path_of: dict[object, str] = {}
    found: dict[tuple[str, str, str], str] = {}
    for root in sorted(clusters, key=repr):
        group = clusters[root]
        entry = gazetteer.entries[min(entries[root])] if entries[root] else None
        node = _named_node(group, entry, gazetteer)
        if node.path in resolution.nodes:  # two keys with one slug: keep both, apart
            node = replace(node, path=f"{node.path}-{short_hash(repr(root), length=6)}")
        resolution.nodes[node.path] = node
        path_of[root] = node.path
        for m in group:
            found[(m.doc_id, m.entity.type, m.raw_key)] = node.path
    _link_branches(gazetteer, key_owner, path_of, resolution)
    resolution.mentions.update(found)
    return found


def _name_key(m: _Mention, gazetteer: Gazetteer) -> str:
    """The key of a mention's name; a generic one ("Công ty" alone) names something of its
    own article only, so it never joins mentions of other articles (unless the gazetteer
    knows the bare name: "Chính phủ" in Vietnamese news is one body)."""
    name = m.names[0]
    key = entity_key(m.entity.type, name)
    if is_generic(name) and gazetteer.lookup(m.entity.type, key) is None:
        return f"{key} @{m.doc_id}"
    return key


def _named_node(group: list[_Mention], entry, gazetteer: Gazetteer) -> Node:
    entity_type = group[0].entity.type
    written = Counter(m.names[0] for m in group)
    every_name = sorted({n for m in group for n in (m.names[0], *m.names[1])})
    label = min(written, key=lambda n: (-written[n], -len(n), n))
    if entry is not None:
        # a gazetteer match adds names, never replaces the article's: its canonical spelling
        # is the label only when an article writes that very name (up to case and tone marks)
        key = entry.key
        if any(match_key(n) == match_key(entry.name) for n in written):
            label = entry.name
        every_name = sorted({*every_name, entry.name})
    else:
        name_keys = {_name_key(m, gazetteer) for m in group}
        key = min(name_keys, key=lambda k: (-len(k.split()), -len(k), k))
    return Node(
        path=f"{TYPE_PATHS[entity_type]}/{key_slug(key)}",
        type=entity_type,
        label=label,
        aliases=tuple(n for n in every_name if n != label),
        label_en=entry.label_en if entry is not None and entry.label_en else None,
        same_as=entry.same_as if entry is not None else (),
        articles=tuple(sorted({m.doc_id for m in group})),
    )


def _join_programme_descriptions(mentions: list[_Mention], anchor: dict, sets: _UnionFind) -> None:
    """Names like "chương trình quốc gia Hàng Việt Xanh" end with the programme's own name:
    a programme whose key ends with another programme's key of two words or more is that one."""
    keys = sorted({anchor[m][1] for m in mentions if m.entity.type == PROGRAMME})
    for longer in keys:
        for shorter in keys:
            if len(shorter.split()) >= 2 and longer.endswith(" " + shorter):
                sets.union((PROGRAMME, longer), (PROGRAMME, shorter))


def _join_acronyms(mentions: list[_Mention], anchor: dict, sets: _UnionFind) -> None:
    """An acronym ("TCTK") that nothing spells out yet is the one organisation of its
    article whose initials it spells."""
    spelled_out = {sets.find(anchor[m]) for m in mentions if not is_acronym(m.names[0])}
    by_doc: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.entity.type == ORGANISATION:
            by_doc[m.doc_id].append(m)
    for group in by_doc.values():
        for short in group:
            if not is_acronym(short.names[0]) or sets.find(anchor[short]) in spelled_out:
                continue
            letters = acronym_letters(short.names[0])
            spelled = {
                sets.find(anchor[m])
                for m in group
                if not is_acronym(m.names[0]) and letters in initials(m.names[0])
            }
            if len(spelled) == 1:
                sets.union(anchor[short], spelled.pop())


def _join_web_names(mentions: list[_Mention], anchor: dict, sets: _UnionFind) -> None:
    """ "SaoMai.vn" is the organisation "Sao Mai" when exactly one organisation is written so."""
    orgs = [m for m in mentions if m.entity.type == ORGANISATION]
    by_spelling: dict[str, set[object]] = defaultdict(set)
    for m in orgs:
        if web_name(m.names[0]) is None:
            by_spelling[spaceless_ascii(anchor[m][1])].add(sets.find(anchor[m]))
    for m in orgs:
        written = web_name(m.names[0])
        candidates = {sets.find(root) for root in by_spelling.get(written, ())} if written else set()
        if len(candidates) == 1:
            sets.union(anchor[m], next(iter(candidates)))


def _link_branches(gazetteer: Gazetteer, key_owner: dict, path_of: dict, resolution: Resolution) -> None:
    """ "X Việt Nam" is the Vietnamese branch of X when X is an organisation of the corpus."""
    countries = gazetteer.country_keys()
    for (entity_type, key), root in sorted(key_owner.items(), key=repr):
        if entity_type != ORGANISATION or root not in path_of:
            continue
        node = resolution.nodes[path_of[root]]
        if node.parent is not None:
            continue
        for country in countries:
            if key.endswith(" " + country):
                parent_root = key_owner.get((ORGANISATION, key[: -len(country) - 1]))
                if parent_root is not None and parent_root != root and parent_root in path_of:
                    resolution.nodes[node.path] = replace(node, parent=path_of[parent_root])
                    break


# --- people -------------------------------------------------------------------------------------


def _resolve_people(
    mentions: list[_Mention],
    affiliations: list[tuple[_Mention, _Mention]],
    org_node: dict,
    resolution: Resolution,
) -> None:
    full_key = _full_names(mentions)  # (doc, raw key) -> (doc, full key)
    orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, org in affiliations:
        person_id = full_key.get((person.doc_id, person.raw_key))
        org_path = org_node.get((org.doc_id, org.entity.type, org.raw_key))
        if person_id is not None and org_path is not None:
            orgs[person_id].add(org_path)

    sets = _UnionFind()
    for person_id in sorted(set(full_key.values())):
        sets.find(person_id)
        doc_id, key = person_id
        if len(key.split()) >= 2:  # a full name: the same name at the same organisation is one person
            for org_path in orgs[person_id]:
                sets.union(person_id, ("at", key, org_path))

    groups: dict[object, list[_Mention]] = defaultdict(list)
    for m in mentions:
        groups[sets.find(full_key[(m.doc_id, m.raw_key)])].append(m)
    for root in sorted(groups, key=repr):
        group = groups[root]
        ids = sorted({full_key[(m.doc_id, m.raw_key)] for m in group})
        key = ids[0][1]
        affiliated = Counter(org for person_id in ids for org in orgs[person_id])
        if affiliated and len(key.split()) >= 2:
            identity = min(affiliated, key=lambda o: (-affiliated[o], o))
        else:  # a lone given name, or nobody says where the person works: one article's person
            identity = "article:" + ids[0][0]
        names = [m.names for m in group if match_key(m.names[0]) == key] or [m.names for m in group]
        written = Counter(name for name, _ in names)
        label = min(written, key=lambda n: (-written[n], -sum(not c.isascii() for c in n), n))
        aliases = sorted({n for name, extra in names for n in (name, *extra)} - {label})
        path = f"person/{slugify(key)}-{short_hash(key, identity, length=6)}"
        if path in resolution.nodes:
            path = f"{path}-{short_hash(repr(root), length=6)}"
        resolution.nodes[path] = Node(
            path=path,
            type=PERSON,
            label=label,
            aliases=tuple(aliases),
            articles=tuple(sorted({m.doc_id for m in group})),
        )
        for m in group:
            resolution.mentions[(m.doc_id, PERSON, m.raw_key)] = path


def _full_names(mentions: list[_Mention]) -> dict[tuple[str, str], tuple[str, str]]:
    """Each (article, name) → (article, full name): a reference of one or two words is the one
    full name of the same article that starts or ends with it; otherwise it stands for itself."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_doc[m.doc_id].add(match_key(m.names[0]))

    def within(short: str, longer: str) -> bool:
        a, b = short.split(), longer.split()
        return len(a) < len(b) and (b[: len(a)] == a or b[-len(a) :] == a)

    full_names = {
        doc: {k for k in keys if not any(within(k, o) for o in keys)} for doc, keys in by_doc.items()
    }
    result: dict[tuple[str, str], tuple[str, str]] = {}
    for m in mentions:
        key = match_key(m.names[0])
        candidates = [f for f in full_names[m.doc_id] if within(key, f)]
        full = candidates[0] if len(candidates) == 1 and len(key.split()) <= 2 else key
        result[(m.doc_id, m.raw_key)] = (m.doc_id, full)
    return result


def _role_labels(articles: list[Article]) -> dict[str, tuple[str, str | None]]:
    """One label per role title: the most frequent spelling, and its English label."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    english: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for fact in article.facts:
            if isinstance(fact, RoleFact):
                key = match_key(fact.role)
                spellings[key][fact.role] += 1
                if fact.role_en:
                    english[key].add(fact.role_en)
    return {
        key: (min(c, key=lambda s: (-c[s], s)), min(english[key]) if english[key] else None)
        for key, c in spellings.items()
    }
