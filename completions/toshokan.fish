complete --keep-order --exclusive --command toshokan --arguments "(COMPLETE=fish toshokan -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
