import sys

from credscore.cli import main

sys.exit(main())
