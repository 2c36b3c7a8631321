"""A realistic benchmark corpus: the seed articles and our own template sentences, with their
names, organisations and numbers varied, so every article is different but reads like the news.

The names to vary in a seed are taken from its gold file (tests/gold), never written here.
Nothing generated is committed: `generate(folder, n)` writes it where the caller says.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
TEMPLATES = Path(__file__).with_name("sentences.txt")
LEXICON = ROOT / "ontology" / "lexicon"

MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Đức", "Quốc", "Hoài", "Ngọc", "Hữu", "Kim", "Bảo", "Xuân"]
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh", "Lan", "Linh",
    "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn",
    "Vy", "Yến", "Đạt", "Hiếu", "Lộc", "Nhung",
]  # fmt: skip
SYLLABLES = [
    "Minh", "Phát", "Hưng", "Thịnh", "Tân", "Việt", "Long", "Sao", "Mai", "Hòa", "Bình", "An",
    "Phú", "Thành", "Đạt", "Kim", "Ngân", "Hải", "Sơn", "Trường", "Nam", "Quang", "Tiến", "Vĩnh",
]  # fmt: skip
COMPANY_HEADS = ["Công ty", "Công ty Cổ phần", "Tập đoàn", "Tổng công ty", "Ngân hàng", "Hiệp hội"]
AGENCY_HEADS = ["Cục", "Tổng cục", "Vụ", "Sở", "Viện"]
MINISTRY_FIELDS = ["Công Thương", "Tài chính", "Nông nghiệp", "Kế hoạch và Đầu tư", "Khoa học và Công nghệ"]
# dates first (kept valid), then other digit runs that are not part of a word (B2B, Covid-19)
_NUMBER = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?)?)"
    r"|(?P<dm>(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{4})?(?![\w/]))"
    r"|(?<![\w-])(?P<n>\d+)(?![A-Za-z])"
)
_SLOT = re.compile(r"\{(\w+)\}")


def _lexicon(name: str) -> list[str]:
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")]


class Namer:
    """Invented people, firms and agencies (a fresh draw per article)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.surnames = _lexicon("surnames.txt")
        self.titles = _lexicon("titles.tsv")
        self.heads = sorted(_lexicon("org_heads.txt"), key=len, reverse=True)

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(self.surnames)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def core(self) -> str:
        return " ".join(self.rng.sample(SYLLABLES, self.rng.choice((1, 2, 2, 3))))

    def company(self) -> str:
        return f"{self.rng.choice(COMPANY_HEADS)} {self.core()}"

    def agency(self) -> str:
        return f"{self.rng.choice(AGENCY_HEADS)} {self.core()}"

    def ministry(self) -> str:
        return f"Bộ {self.rng.choice(MINISTRY_FIELDS)}"

    def number(self, digits: int) -> str:
        if digits == 1:
            return str(self.rng.randint(1, 9))
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(digits - 1))

    def head_of(self, name: str) -> str:
        return next((h for h in self.heads if name.startswith(h + " ")), "")


def _vary_number(match: re.Match, namer: Namer) -> str:
    r = namer.rng
    if match.group("iso"):
        date = f"{r.randint(2008, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return date + ("T09:30:00+07:00" if "T" in match.group("iso") else "")
    if match.group("dm"):
        parts = [str(r.randint(1, 28)), str(r.randint(1, 12))]
        return "/".join(parts + ([str(r.randint(2008, 2025))] if match.group("dm").count("/") == 2 else []))
    text = match.group("n")
    if len(text) == 4 and text[:2] in ("19", "20"):
        return str(namer.rng.randint(2008, 2025))
    return namer.number(len(text))


def _replacements(gold: dict, namer: Namer) -> dict[str, str]:
    """Original name part → invented one, for every person, organisation and programme in a seed."""
    mapping: dict[str, str] = {}
    for entity in gold["entities"]:
        variants = [v for v in [entity["name"], *entity.get("aliases", [])] if v[:1].isupper()]
        if not variants:
            continue
        if entity["type"] == "Person":
            new = namer.person()
            mapping[entity["name"]] = new
            mapping[entity["name"].split()[-1]] = new.split()[-1]  # "ông Hải" after the full name
            continue
        head = namer.head_of(entity["name"])
        core = entity["name"][len(head) :].strip() if head else min(variants, key=len)
        if core and core not in mapping:
            mapping[core] = namer.core()
    return mapping


def _apply(text: str, mapping: dict[str, str]) -> str:
    keys = sorted(mapping, key=len, reverse=True)
    keys += [k.replace(" ", "_") for k in keys if " " in k]  # word-segmented seeds
    values = {**mapping, **{k.replace(" ", "_"): v.replace(" ", "_") for k, v in mapping.items() if " " in k}}
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    return pattern.sub(lambda m: values[m.group(1)], text)


def _template_sentence(template: str, namer: Namer) -> str:
    r = namer.rng
    fill = {
        "person": namer.person(),
        "person2": namer.person(),
        "title": r.choice(namer.titles),
        "org": namer.company(),
        "org2": r.choice((namer.company, namer.agency))(),
        "ministry": namer.ministry(),
        "num": f"{r.randint(1, 999)}.{r.randint(0, 999):03d}" if r.random() < 0.5 else str(r.randint(2, 950)),
        "num2": str(r.randint(2, 500)),
        "pct": f"{r.randint(1, 60)},{r.randint(1, 9)}" if r.random() < 0.5 else str(r.randint(2, 80)),
        "year": str(r.randint(2012, 2025)),
        "month": str(r.randint(2, 12)),
        "programme": f"{namer.core()} Connect",
    }
    return _SLOT.sub(lambda m: fill[m.group(1)], template)


def load_templates() -> tuple[list[tuple[str, dict]], list[str]]:
    seeds = []
    for path in sorted(SEEDS.glob("*.txt")):
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
        seeds.append((path.read_text(encoding="utf-8"), gold))
    lines = TEMPLATES.read_text(encoding="utf-8").splitlines()
    return seeds, [line for line in lines if line.strip() and not line.startswith("#")]


def article(index: int, seeds, templates, seed: int = 7) -> str:
    """Article number `index`: a seed with new names and numbers, then a paragraph of our sentences."""
    namer = Namer(random.Random(seed * 1_000_003 + index))
    text, gold = seeds[index % len(seeds)]
    varied = _apply(text, _replacements(gold, namer))
    varied = _NUMBER.sub(lambda m: _vary_number(m, namer), varied)
    chosen = namer.rng.sample(templates, namer.rng.randint(3, 6))
    return varied.rstrip("\n") + "\n\n" + " ".join(_template_sentence(t, namer) for t in chosen) + "\n"


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` articles into folder (00000.txt, 00001.txt, …); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds, templates = load_templates()
    paths = []
    for index in range(count):
        path = folder / f"{index:05d}.txt"
        path.write_text(article(index, seeds, templates, seed), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/.corpus")
    print(len(generate(target, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)), "articles in", target)
