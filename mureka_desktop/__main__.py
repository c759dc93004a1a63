from mureka_desktop.cli import main

raise SystemExit(main())
