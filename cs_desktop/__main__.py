import sys

from cs_desktop.cli import main

sys.exit(main())
