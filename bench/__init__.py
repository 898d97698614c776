"""Benchmarks: `thimble bench` (`bench.run`) drives a server over HTTP with the request files in
`bench/requests/` and writes results to `bench/results/`; `thimble bench --engine`
(`bench.engine`) measures each inference optimisation in process, A/B."""
