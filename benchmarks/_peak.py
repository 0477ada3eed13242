"""Run the credscore CLI and print the peak RSS of this process and of its largest child
(a worker) as JSON on the last line of standard error: ``benchmarks/speed.py`` reads it.

Measured inside the process: the RSS a parent sees through ``wait4`` also counts the pages
of the process it was forked from before ``exec``."""

from __future__ import annotations

import json
import resource
import sys

from credscore.cli import main

if __name__ == "__main__":
    status = main(sys.argv[1:])
    peaks = {
        "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    print(json.dumps(peaks), file=sys.stderr)
    sys.exit(status)
