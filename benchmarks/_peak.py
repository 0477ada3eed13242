"""Run the credscore CLI and print the peak RSS of this process and of its largest child
(a worker), and the CPU time of each side, as JSON on the last line of standard error:
``benchmarks/speed.py`` reads it.

Measured inside the process, from ``VmHWM`` (the peak of this process's own memory): Linux
carries ``ru_maxrss`` across ``exec``, so a process started by a big parent (the benchmark
holding its corpus) would report the parent's peak. Workers are forked from this process,
so their ``ru_maxrss`` (``RUSAGE_CHILDREN``: the largest of them) is theirs."""

from __future__ import annotations

import json
import resource
import sys

from credscore.cli import main


def own_peak_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if __name__ == "__main__":
    status = main(sys.argv[1:])
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    peaks = {
        "self_mb": own_peak_mb(),
        "children_mb": children.ru_maxrss / 1024,
        "self_cpu": own.ru_utime + own.ru_stime,
        "children_cpu": children.ru_utime + children.ru_stime,
    }
    print(json.dumps(peaks), file=sys.stderr)
    sys.exit(status)
