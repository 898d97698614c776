"""The synthetic tool library: one module per domain, each plain data (`DOMAIN`, `TOOLS`).

The format is fixed in docs/data-format.md; `distill.synth.catalog` loads and validates every
module in this package. Personal-assistant domains have plain names, developer and business
domains are prefixed `dev_` and `biz_`.
"""
