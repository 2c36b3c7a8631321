"""One command for the scale figures: `python benchmarks/run.py` (from the project root).

It generates a corpus of 10,000 articles (benchmarks/corpus.py: the seeds and our own sentences
with new names and numbers) into benchmarks/.corpus/, then measures, each in one run:
  - end-to-end build rate, articles/second per core (cold cache), with --jobs N and --jobs 1;
  - peak memory of the build (the main process and the largest worker);
  - cached rebuild time against cold build time (and the time to add one article);
  - Turtle write time;
  - SPARQL latency of every queries/*.rq on rdflib in memory against the Oxigraph store;
  - the same articles/second for a baseline that runs underthesea's `ner` on every sentence.
Figures are printed, and written to benchmarks/.work/results.json. Timings are never tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import article, generate, load_templates  # noqa: E402

TARGETS = {"rate_per_core": 100, "cached_ratio": 0.05, "peak_mb": 1536, "sparql_speedup": 20}

# Runs in a fresh process so its peak memory is the build's alone.
_BUILD_DRIVER = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from kg.build import build
from kg.store import parse_store
args = json.loads(sys.argv[2])
start = time.perf_counter()
result = build([Path(p) for p in args["paths"]], out_dir=Path(args["out"]), html=False, jobs=args["jobs"],
               cache_dir=Path(args["cache"]), stores=[parse_store(args["store"])])
wall = time.perf_counter() - start
print(json.dumps({
    "wall": wall, "timings": result.timings, "articles": len(result.articles),
    "extracted": result.extracted, "cached": result.cached, "up_to_date": result.up_to_date,
    "summary": result.summary, "problems": len(result.problems),
    "main_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def run_build(paths: list[Path], out: Path, cache: Path, jobs: int, store: str) -> dict:
    args = {
        "paths": [str(p) for p in paths],
        "out": str(out),
        "cache": str(cache),
        "jobs": jobs,
        "store": store,
    }
    done = subprocess.run(
        [sys.executable, "-c", _BUILD_DRIVER, str(ROOT), json.dumps(args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "CI": "1"},  # no progress bar in the figures
    )
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def corpus_folder(folder: Path, count: int) -> Path:
    stamp = folder / ".stamp"
    source = (ROOT / "benchmarks" / "corpus.py").read_bytes() + (
        ROOT / "benchmarks" / "sentences.txt"
    ).read_bytes()
    wanted = f"{count} {hash_bytes(source)}"
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted):
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        generate(folder, count)
        stamp.write_text(wanted, encoding="utf-8")
        print(f"generated {count} articles in {folder} ({time.perf_counter() - started:.1f} s)", flush=True)
    return folder


def hash_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:12]


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def time_query(run, repeat: int, limit: float) -> float | None:
    """Median seconds of `repeat` runs (fewer if one run is slow); None past `limit` seconds."""
    times = []
    signal.signal(signal.SIGALRM, _on_alarm)
    for _ in range(repeat):
        signal.alarm(int(limit))
        started = time.perf_counter()
        try:
            run()
        except _Timeout:
            return None
        finally:
            signal.alarm(0)
        times.append(time.perf_counter() - started)
        if sum(times) > limit / 4:
            break
    return statistics.median(times)


def sparql_figures(out: Path, store_dir: Path, limit: float) -> dict:
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf.vocab import PREFIXES

    figures: dict = {}
    started = time.perf_counter()
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    figures["rdflib_load_s"] = time.perf_counter() - started
    figures["triples"] = len(graph)
    store = ox.Store.read_only(str(store_dir))  # what `kg query` opens
    in_memory = ox.Store()
    in_memory.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    figures["queries"] = {}
    for path in sorted((ROOT / "queries").glob("*.rq")):
        sparql = path.read_text(encoding="utf-8")
        rows = len(list(store.query(sparql, prefixes=prefixes)))
        oxigraph = time_query(lambda sparql=sparql: list(store.query(sparql, prefixes=prefixes)), 5, limit)
        memory = time_query(lambda sparql=sparql: list(in_memory.query(sparql, prefixes=prefixes)), 5, limit)
        rdflib = time_query(lambda sparql=sparql: list(graph.query(sparql, initNs=PREFIXES)), 3, limit)
        figures["queries"][path.name] = {
            "rows": rows,
            "rdflib_s": rdflib,
            "oxigraph_s": oxigraph,
            "oxigraph_memory_s": memory,
        }
        print(
            f"  {path.name}: {rows} rows, rdflib {_s(rdflib, limit)}, oxigraph on disk {_s(oxigraph, limit)},"
            f" in memory {_s(memory, limit)}",
            flush=True,
        )
    return figures


def baseline_figures(corpus: Path, sample: int) -> dict:
    """underthesea's CRF `ner` on every sentence of `sample` articles, one process."""
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:
        return {"skipped": "underthesea not installed: pip install -e '.[bench]'"}
    from kg.corpus.readers import read_article

    paths = sorted(corpus.glob("*.txt"))[:sample]
    texts = [read_article(p).text.text for p in paths]
    ner("Khởi động mô hình.")  # load the model before the clock starts
    started = time.perf_counter()
    sentences = 0
    for text in texts:
        for sentence in sent_tokenize(text):
            ner(sentence)
            sentences += 1
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "sentences": sentences, "seconds": seconds, "rate": len(texts) / seconds}


def _ratio(slow: float | None, fast: float | None, limit: float) -> str:
    if fast is None:
        return "n/a"
    return f"{slow / fast:.1f}x" if slow is not None else f"> {limit / fast:.0f}x"


def _s(value: float | None, limit: float) -> str:
    return f"> {limit:.0f} s" if value is None else f"{value * 1000:.1f} ms"


def save(work: Path, results: dict) -> None:
    """Figures so far (a long run can be read while it goes on)."""
    (work / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / ".work")
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / ".corpus")
    parser.add_argument("--jobs-1", action="store_true", help="also a cold build with --jobs 1 (slow)")
    parser.add_argument(
        "--baseline-sample", type=int, default=300, help="articles for the underthesea baseline"
    )
    parser.add_argument(
        "--query-limit", type=float, default=600, help="seconds before a query counts as too slow"
    )
    parser.add_argument("--no-sparql", action="store_true", help="skip the SPARQL comparison (slow: rdflib)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the underthesea baseline")
    options = parser.parse_args()

    corpus = corpus_folder(options.corpus, options.articles)
    work = options.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    results: dict = {"articles": options.articles, "jobs": options.jobs, "cpus": os.cpu_count()}

    print(f"cold build, --jobs {options.jobs}, Oxigraph store …", flush=True)
    cold = run_build([corpus], work / "out", work / "cache", options.jobs, "oxigraph")
    results["cold"] = cold
    save(work, results)
    print("cached rebuild …", flush=True)
    cached = run_build([corpus], work / "out", work / "cache", options.jobs, "oxigraph")
    results["cached"] = cached
    save(work, results)
    one_more = work / "extra" / f"{options.articles:05d}.txt"  # the next article of the same corpus
    one_more.parent.mkdir()
    one_more.write_text(article(options.articles, *load_templates()), encoding="utf-8")
    print("rebuild with one article added …", flush=True)
    results["plus_one"] = run_build(
        [corpus, one_more], work / "out+1", work / "cache", options.jobs, "oxigraph"
    )
    if options.jobs_1:
        print("cold build, --jobs 1 …", flush=True)
        results["cold_jobs1"] = run_build([corpus], work / "out1", work / "cache1", 1, "oxigraph")
    save(work, results)
    if not options.no_sparql:
        print("SPARQL, rdflib in memory against Oxigraph …", flush=True)
        results["sparql"] = sparql_figures(work / "out", work / "out" / "oxigraph", options.query_limit)
        save(work, results)
    if not options.no_baseline:
        print("underthesea ner baseline …", flush=True)
        results["baseline"] = baseline_figures(corpus, options.baseline_sample)
    results["benchmark_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    save(work, results)
    report(results, options.query_limit)


def report(r: dict, limit: float) -> None:
    n, jobs = r["articles"], r["jobs"]
    cold, cached = r["cold"], r["cached"]
    rate = n / cold["wall"]
    lines = [
        "",
        f"corpus: {n} articles, {cold['summary']['triples']} triples; machine: {r['cpus']} CPUs",
        f"cold build --jobs {jobs}: {cold['wall']:.1f} s = {rate:.1f} articles/s = {rate / jobs:.1f} per core"
        f"  (stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in cold["timings"].items()) + ")",
    ]
    if "cold_jobs1" in r:
        one = r["cold_jobs1"]
        lines.append(
            f"cold build --jobs 1: {one['wall']:.1f} s = {n / one['wall']:.1f} articles/s on one core"
            f"  (extraction alone {n / one['timings']['extract']:.1f} articles/s)"
        )
    lines += [
        f"peak memory: main process {cold['main_peak_mb']:.0f} MB,"
        f" largest worker {cold['worker_peak_mb']:.0f} MB",
        f"cached rebuild: {cached['wall']:.2f} s = {cached['wall'] / cold['wall']:.2%} of cold"
        f" (extracted {cached['extracted']}, up to date: {cached['up_to_date']})",
        f"one article added: {r['plus_one']['wall']:.1f} s (extracted {r['plus_one']['extracted']})",
        f"Turtle write (Oxigraph, {cold['summary']['triples']} triples):"
        f" {cold['timings'].get('write', 0):.2f} s",
    ]
    if "sparql" in r:
        lines.append(
            f"SPARQL on {r['sparql']['triples']} triples"
            f" (rdflib parse of graph.ttl: {r['sparql']['rdflib_load_s']:.1f} s):"
        )
    for name, q in r.get("sparql", {}).get("queries", {}).items():
        cells = [f"  {name:20} rdflib {_s(q['rdflib_s'], limit):>11}"]
        for label, key in (("oxigraph disk", "oxigraph_s"), ("in memory", "oxigraph_memory_s")):
            cells.append(f"{label} {_s(q[key], limit):>10} ({_ratio(q['rdflib_s'], q[key], limit)})")
        lines.append("  ".join(cells))
    base = r.get("baseline", {"skipped": "not run (--no-baseline)"})
    if "rate" in base:
        lines.append(
            f"underthesea ner baseline: {base['rate']:.1f} articles/s on one core "
            f"({base['sentences']} sentences in {base['articles']} articles, {base['seconds']:.1f} s)"
        )
    else:
        lines.append(f"underthesea ner baseline: {base['skipped']}")
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
