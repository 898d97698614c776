"""The Thimble student: architecture, tokenizer, prompt format, grammar-constrained decoding, weights.

`model/` depends on neither `app/` nor `distill/`; both reach it through `model.generate.Engine`.
"""
