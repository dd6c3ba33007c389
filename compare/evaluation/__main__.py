"""`make eval`: run every compare/evaluation/eval_*.py on ../shared/eval, print the figures,
and fail when one drops below its floor pinned in eval/floors/<name>.json.

Lowering a floor is a decision, not an accident: `--pin` rewrites the floors from this run's
figures (a little under them) and has to be asked for.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time

from compare.settings import PROJECT_ROOT

SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
FLOORS_DIR = PROJECT_ROOT / "eval" / "floors"
OUT = PROJECT_ROOT / "build" / "eval" / "figures.json"
PIN_MARGIN = 0.01


def modules(only: list[str]) -> list[str]:
    import compare.evaluation as pkg

    names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("eval_"))
    return [n for n in names if not only or n.removeprefix("eval_") in only]


def check_floors(name: str, figures: dict[str, float]) -> list[str]:
    path = FLOORS_DIR / f"{name}.json"
    if not path.is_file():
        return []
    floors = json.loads(path.read_text(encoding="utf-8"))
    failures = []
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        got = figures.get(key)
        if got is None:
            failures.append(f"{name}.{key}: not measured (floor {floor})")
        elif got < floor:
            failures.append(f"{name}.{key} = {got:.3f} is below its floor {floor:.3f}")
    return failures


def pin(name: str, figures: dict[str, float]) -> None:
    path = FLOORS_DIR / f"{name}.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    keys = [k for k in old if not k.startswith("_")] or list(figures)
    new = {k: round(max(0.0, figures[k] - PIN_MARGIN), 3) for k in keys if k in figures}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("only", nargs="*", help="names to run (extract, cluster, align, languages); default all")
    parser.add_argument("--pin", action="store_true", help="rewrite the floors from this run's figures")
    args = parser.parse_args()
    if not SHARED_EVAL.is_dir():
        print(f"skipped: {SHARED_EVAL} is absent (the labelled data lives beside the project)")
        return 0
    results: dict[str, dict[str, float]] = {}
    failures: list[str] = []
    for name in modules(args.only):
        short = name.removeprefix("eval_")
        print(f"\n=== {short} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"compare.evaluation.{name}")
        figures = module.run(SHARED_EVAL)
        results[short] = figures
        print(f"({short}: {time.perf_counter() - started:.0f}s)")
        if args.pin:
            pin(short, figures)
        failures += check_floors(short, figures)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2, sort_keys=True), encoding="utf-8")
    print(f"\nfigures written to {OUT.relative_to(PROJECT_ROOT)}")
    for failure in failures:
        print(f"FLOOR: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
