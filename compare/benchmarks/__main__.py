"""`make bench`: run every compare/benchmarks/bench_*.py, print their tables, and write the
figures to build/bench/figures.json. Sizes are set per benchmark; --large adds the 1M runs."""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
from pathlib import Path

from compare.settings import PROJECT_ROOT

OUT_DIR = PROJECT_ROOT / "build" / "bench"


def main() -> int:
    import compare.benchmarks as pkg

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", help="benchmark names (extract, cluster, align, pipeline)")
    parser.add_argument("--sizes", help="comma-separated article counts, overriding each benchmark's own")
    parser.add_argument("--large", action="store_true", help="also run the largest sizes (slow)")
    args = parser.parse_args()
    names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("bench_"))
    names = [n for n in names if not args.only or n.removeprefix("bench_") in args.only]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in names:
        module = importlib.import_module(f"compare.benchmarks.{name}")
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else None
        if sizes is None:
            sizes = list(getattr(module, "LARGE_SIZES" if args.large else "SIZES", [1000]))
        print(f"\n=== {name.removeprefix('bench_')} sizes={sizes} ===", flush=True)
        kwargs = {}
        if "out_dir" in inspect.signature(module.run).parameters:
            kwargs["out_dir"] = Path(OUT_DIR)
        results[name.removeprefix("bench_")] = module.run(sizes, **kwargs)
    (OUT_DIR / "figures.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"\nfigures written to {(OUT_DIR / 'figures.json').relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
