"""The student's shape, the tool-isolation mask, and incremental decoding."""

from __future__ import annotations

import pytest
import torch

from model.config import ModelConfig
from model.student import KVCache, Student, copy_mix
from tests.tiny import tiny_student


def test_default_config_counts_26m_parameters() -> None:
    n = Student(ModelConfig()).num_parameters()
    print(f"student parameters: {n:,}")
    assert 25_000_000 <= n <= 27_000_000


def _segments(
    lengths: list[int], conv: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, list[torch.Tensor]]:
    g = torch.Generator().manual_seed(1)
    parts = [torch.randint(20, 3000, (1, n), generator=g) for n in [*lengths, conv]]
    pos = torch.cat([torch.arange(p.shape[1]) for p in parts])[None]
    seg = torch.cat(
        [torch.full((p.shape[1],), k + 2) for k, p in enumerate(parts[:-1])]
        + [torch.ones(conv, dtype=torch.long)]
    )[None]
    return torch.cat(parts, 1), pos, seg, parts


@torch.no_grad()
def test_tools_encoded_separately_equal_tools_encoded_together() -> None:
    model = tiny_student(3)
    ids, pos, seg, parts = _segments([7, 5, 11], conv=9)
    together = model.encode(ids, pos, seg)
    tools = [model.encode_tool(p) for p in parts[:-1]]
    separate = model.encode_conversation(parts[-1], torch.arange(9)[None], tools)
    torch.testing.assert_close(together, separate, atol=1e-5, rtol=1e-5)


@torch.no_grad()
def test_tool_states_do_not_depend_on_other_tools_or_order() -> None:
    model = tiny_student(4)
    _, _, _, parts = _segments([6, 8], conv=5)
    alone = model.encode_tool(parts[0]).memory
    ids = torch.cat([parts[1], parts[0], parts[2]], 1)
    pos = torch.cat([torch.arange(8), torch.arange(6), torch.arange(5)])[None]
    seg = torch.tensor([[2] * 8 + [3] * 6 + [1] * 5])
    torch.testing.assert_close(model.encode(ids, pos, seg)[:, 8:14], alone, atol=1e-5, rtol=1e-5)


@torch.no_grad()
def test_full_attention_switch_lets_tools_see_the_conversation() -> None:
    ids, pos, seg, _ = _segments([6], conv=5)
    isolated, full = tiny_student(5), tiny_student(5, tool_isolation=False)
    a, b = isolated.encode(ids, pos, seg), full.encode(ids, pos, seg)
    assert not torch.allclose(a[:, :6], b[:, :6])


@torch.no_grad()
def test_padding_does_not_change_states() -> None:
    model = tiny_student(6)
    ids, pos, seg, _ = _segments([4], conv=6)
    padded = model.encode(
        torch.cat([ids, torch.zeros(1, 3, dtype=torch.long)], 1),
        torch.cat([pos, torch.zeros(1, 3, dtype=torch.long)], 1),
        torch.cat([seg, torch.zeros(1, 3, dtype=torch.long)], 1),
    )
    torch.testing.assert_close(padded[:, :10], model.encode(ids, pos, seg), atol=1e-5, rtol=1e-5)


@torch.no_grad()
@pytest.mark.parametrize("copy_head", [False, True])
def test_cached_decoding_in_chunks_matches_teacher_forcing(copy_head: bool) -> None:
    model = tiny_student(7, copy_head=copy_head)
    ids, pos, seg, _ = _segments([5, 3], conv=8)
    dec = torch.randint(20, 3000, (1, 9))
    ref = model(ids, pos, seg, dec)
    cross = model.cross_kv(model.encode(ids, pos, seg), ids)
    cache = KVCache(model.cfg, 16, torch.device("cpu"), torch.float32)
    steps = [
        model.decode_step(dec[:, a:b], cross, cache) for a, b in [(0, 1), (1, 5), (5, 6), (6, 9)]
    ]
    torch.testing.assert_close(torch.cat(steps, 1), ref, atol=1e-4, rtol=1e-4)


def test_copy_mix_is_one_softmax_over_vocabulary_and_source_positions() -> None:
    g = torch.Generator().manual_seed(0)
    logits, scores = torch.randn(2, 3, 10, generator=g), torch.randn(2, 3, 4, generator=g)
    scores[1, :, 2] = float("-inf")  # a masked (padding) position
    src = torch.tensor([[[7, 2, 7, 0]], [[1, 1, 9, 3]]])  # repeats add up
    joint = torch.cat((logits, scores), -1).softmax(-1)
    expected = joint[..., :10].clone()
    expected.scatter_add_(-1, src.expand(-1, 3, -1), joint[..., 10:])
    mixed = copy_mix(logits, scores, src, 10)
    torch.testing.assert_close(mixed.log_softmax(-1), expected.log())
    allowed = torch.tensor([0, 7, 9])
    torch.testing.assert_close(
        copy_mix(logits[..., allowed], scores, src, 10, allowed), mixed[..., allowed]
    )
