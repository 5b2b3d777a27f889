"""Excel in and out: messy sheets in, lossless full exports, manager summaries, merging."""
