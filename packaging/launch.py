"""Entry script of the pyinstaller bundle: the `hospital-desktop` console script, frozen."""
import sys

from hospital_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
