"""`kg eval` without the command line: gold files in, articles built, graph scored, report out.

The articles the gold files name are built into one graph exactly as `kg build` does;
the graph is read back as gold-format predictions (kg.predictions) and scored by the
pure scorer (kg.evaluate).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.build import build_graph, read_and_extract
from kg.corpus.normalise import match_key
from kg.evaluate import FACT_KINDS, Report, score_corpus
from kg.nlp.sentences import split_sentences
from kg.predictions import predictions_from_graph


class GoldError(Exception):
    """A gold folder or file that cannot be used; the message says which and why."""


@dataclass
class EvalRun:
    report: Report
    predictions: dict[str, dict]  # document -> gold-format dict, for every gold document
    golds: list[dict]
    texts: dict[str, str] = field(default_factory=dict)  # document -> article text (for miss sentences)
    problems: list[str] = field(default_factory=list)


def load_gold(gold_dir: Path) -> list[dict]:
    """Every *.json in `gold_dir` (sorted by name), each naming its article in "document"."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: no such folder")
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GoldError(f"{path}: not a readable JSON gold file ({error})") from error
        if not isinstance(gold, dict):
            raise GoldError(f"{path}: a gold file holds one JSON object")
        gold.setdefault("document", path.with_suffix(".txt").name)
        golds.append(gold)
    if not golds:
        raise GoldError(f"{gold_dir}: no gold files (*.json) here")
    return golds


def run_eval(gold_dir: Path, corpus_dir: Path | None = None) -> EvalRun:
    """Build the gold's articles from `corpus_dir` (default: beside the gold files) and score them."""
    golds = load_gold(gold_dir)
    corpus = corpus_dir or gold_dir
    problems = []
    paths = []
    for gold in golds:
        path = corpus / gold["document"]
        if path.is_file():
            paths.append(path)
        else:
            problems.append(f"{path}: article named by the gold file is missing; its facts count as missed")
    built = read_and_extract(paths)
    problems.extend(built.problems)
    graph = build_graph(built.articles)
    predicted = predictions_from_graph(graph)
    texts = {a.doc_id: a.original for a in built.articles}
    predictions = {}
    for gold in golds:
        doc = gold["document"]
        predictions[doc] = predicted.get(doc) or {
            "document": doc,
            "entities": [],
            **{kind: [] for kind in FACT_KINDS},
        }
    report = score_corpus((gold, predictions[gold["document"]]) for gold in golds)
    return EvalRun(report=report, predictions=predictions, golds=golds, texts=texts, problems=problems)


def write_predictions(run: EvalRun, out_dir: Path) -> list[Path]:
    """One JSON file per article, named after it, in the gold format."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for doc, prediction in sorted(run.predictions.items()):
        path = out_dir / (Path(doc).stem + ".json")
        path.write_text(json.dumps(prediction, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


# ---------------------------------------------------------------- report text


def _percent(x: float) -> str:
    return f"{x:6.3f}"


def format_scores(report: Report) -> str:
    """The score table: per fact kind, micro average, affiliation, attribute agreement."""
    lines = [f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}   matched/predicted/gold"]

    def row(name: str, counts) -> str:
        return (
            f"{name:<14}{_percent(counts.precision)} {_percent(counts.recall)} {_percent(counts.f1)}"
            f"   {counts.matched}/{counts.predicted}/{counts.gold}"
        )

    for kind in FACT_KINDS:
        lines.append(row(kind, report.kinds[kind]))
    lines.append(row("micro", report.micro))
    lines.append(row("affiliation", report.kinds["affiliations"]))
    lines.append("")
    lines.append("attribute agreement on matched facts (agree/scored):")
    for name, agreement in report.attributes.items():
        share = f"{agreement.share:.3f}" if agreement.total else "  -  "
        lines.append(f"  {name:<10}{share}   {agreement.agree}/{agreement.total}")
    return "\n".join(lines) + "\n"


def _describe(kind: str, fact: dict) -> str:
    if kind in ("roles",):
        past = " (past)" if fact.get("past") else ""
        return f"{fact.get('person')} | {fact.get('role')}{past} | {fact.get('org')}"
    if kind == "affiliations":
        return f"{fact.get('person')} | {fact.get('org')}"
    if kind == "parts":
        return f"{fact.get('part')} ⊂ {fact.get('whole')}"
    if kind == "metrics":
        who = fact.get("subject") or fact.get("reporter")
        period = f" @ {fact['period']}" if fact.get("period") else ""
        return f"{who} | {fact.get('value')} {fact.get('unit') or ''} | {fact.get('what') or ''}{period}"
    if kind == "selections":
        return (
            f"{fact.get('programme')} | {fact.get('count')} firms, {fact.get('criteria')} criteria"
            f" | {fact.get('selector')}"
        )
    return json.dumps(fact, ensure_ascii=False)


_NAME_FIELDS = {
    "roles": ("person", "org"),
    "parts": ("part", "whole"),
    "metrics": ("subject",),
    "selections": ("programme",),
}


def _number_forms(value: object) -> list[str]:
    """How a gold value may be written: "2.004", "27,6", "44,65" (tỷ), "180" (ngàn)."""
    try:
        number = float(str(value))
    except ValueError:
        return []
    forms = []
    for scale in (1, 1e3, 1e6, 1e9):
        scaled = number / scale
        if scale > 1 and (scaled < 1 or abs(scaled * 100 - round(scaled * 100)) > 1e-6):
            continue  # only scales that write the value exactly ("44,65 tỷ", not "2 nghìn")
        text = f"{scaled:,.2f}".rstrip("0").rstrip(".")
        forms.append(text.replace(",", "\x00").replace(".", ",").replace("\x00", "."))
        forms.append(text.replace(",", ""))
    return [f for f in dict.fromkeys(forms) if f]


def _gold_sentence(text: str | None, kind: str, fact: dict) -> str | None:
    """The article sentence that best mentions a missed gold fact (its names, value, words)."""
    if not text:
        return None
    names = [match_key(str(fact[f])) for f in _NAME_FIELDS.get(kind, ()) if fact.get(f)]
    names += [match_key(w) for w in str(fact.get("person", "")).split()[-1:] if w]
    values = _number_forms(fact["value"]) if kind == "metrics" and fact.get("value") is not None else []
    words = set(match_key(str(fact.get("what", ""))).split())
    best, best_score = None, 0.0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        key = match_key(sentence)
        score = sum(1.0 for n in names if n and n in key)
        score += sum(3.0 for v in values if re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d])", key))
        score += 0.2 * len(words & set(key.split()))
        if score > best_score:
            best, best_score = sentence, score
    return best


def format_details(run: EvalRun, kinds: tuple[str, ...] = FACT_KINDS) -> str:
    """Misses and false facts of each article, each with its sentence."""
    lines = []
    for doc in run.report.documents:
        entries = []
        for kind in kinds:
            result = doc.kinds[kind]
            for fact in result.misses:
                entries.append(f"  MISS  {kind:<10} {_describe(kind, fact)}")
                sentence = _gold_sentence(run.texts.get(doc.document), kind, fact)
                if sentence:
                    entries.append(f"        « {_shorten(sentence)} »")
            for fact in result.false:
                entries.append(f"  FALSE {kind:<10} {_describe(kind, fact)}")
                if fact.get("evidence"):
                    entries.append(f"        « {_shorten(fact['evidence'])} »")
        if entries:
            lines.append(f"{doc.document}")
            lines.extend(entries)
    return "\n".join(lines) + ("\n" if lines else "")


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
