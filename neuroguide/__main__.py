import sys

from neuroguide.cli import main

sys.exit(main())
