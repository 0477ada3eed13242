"""Deterministic cost of one scorer: Python bytecodes executed per MB, by function.

CPU time on a shared machine varies by 10 % or more from run to run, which hides the
effect of a small speed change. The number of bytecodes a scorer executes does not vary:
it measures the Python-level work (not the C-level work of set operations, regexes or
``map``), so use it next to ``components.py``, not instead of it.

    .venv/bin/python benchmarks/opcodes.py sourcing --mb 0.3 --top 25

Counting runs under ``sys.settrace`` (about 30x slower than normal); the scorer scores
every document once before counting, so per-word caches are warm.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents

from credscore.analysis import analyse
from credscore.model import Document
from credscore.pipeline import Pipeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scorer", help="a registered scorer name, e.g. sourcing")
    parser.add_argument("--mb", type=float, default=0.3, help="corpus size (default 0.3)")
    parser.add_argument("--top", type=int, default=20, help="functions to list")
    options = parser.parse_args()
    scorer = next(s for s in Pipeline.default().scorers if s.name == options.scorer)
    texts = list(documents(int(options.mb * 1e6)))
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    analyses = [analyse(Document(f"d{i}", text)) for i, text in enumerate(texts)]
    for analysis in analyses:  # the shared per-token facts, as in the pipeline
        _ = (analysis.token_lower, analysis.is_word, analysis.is_capitalised, analysis.is_number)
        scorer.score(analysis)
    counts: collections.Counter[tuple[str, int, str]] = collections.Counter()

    def per_opcode(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            code = frame.f_code
            counts[(code.co_name, code.co_firstlineno, Path(code.co_filename).name)] += 1
        return per_opcode

    def per_call(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        return per_opcode

    sys.settrace(per_call)
    for analysis in analyses:
        scorer.score(analysis)
    sys.settrace(None)
    total = sum(counts.values())
    print(f"{options.scorer}: {total / megabytes / 1e6:.2f} M bytecodes per MB "
          f"({megabytes:.2f} MB, {len(analyses)} documents)")
    for (name, line, file), count in counts.most_common(options.top):
        print(f"  {100 * count / total:5.1f}%  {count / megabytes / 1e6:6.2f} M/MB  "
              f"{file}:{line} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
