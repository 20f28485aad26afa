import multiprocessing

from workstation.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()      # batch printing and import checking use worker processes
    raise SystemExit(main())
