#!/usr/bin/env python3
"""Profile your own GPU for Serving Lab's cost model.

Times the operators of a Llama-style decoder layer the way the course's calibration files
were measured (CUDA-graph replays, median of 7, weights cycled so they stream from HBM)
and writes a JSON file the app can import ("Hardware & model" panel -> Import GPU
calibration). Needs PyTorch with CUDA (or ROCm). Nothing is uploaded anywhere.

    python tools/profile-gpu/profile_gpu.py --out my-gpu.json            # ~2-5 minutes
    python tools/profile-gpu/profile_gpu.py --quick --out my-gpu.json    # ~1 minute
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import re
import statistics
import sys

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # pragma: no cover - depends on the user's machine
    sys.exit("profile_gpu.py needs PyTorch with CUDA: https://pytorch.org/get-started/locally/")

# Architectures (keys as in the calibration files). Sources: the Hugging Face config.json files.
BUILTIN = {
    "llama-3.2-1b": dict(hidden=2048, layers=16, heads=32, kv_heads=8, head_dim=64, intermediate=8192, vocab=128256),
    "llama-3.1-8b": dict(hidden=4096, layers=32, heads=32, kv_heads=8, head_dim=128, intermediate=14336, vocab=128256),
    "llama-3.1-70b": dict(hidden=8192, layers=80, heads=64, kv_heads=8, head_dim=128, intermediate=28672, vocab=128256),
}

REPS = 7  # median of 7 replays, as in the shipped files
OOM = getattr(torch, "OutOfMemoryError", torch.cuda.OutOfMemoryError)
STREAM_BYTES = 256 << 20  # cycle weight copies until a call sequence touches >= 256 MiB (> L2)
MAX_COPIES = 32


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def graph_time_us(make_calls, n_calls: int) -> float:
    """Captures `make_calls()` (n_calls kernels' worth of work) in a CUDA graph; µs per call."""
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        for _ in range(2):
            make_calls()
    torch.cuda.current_stream().wait_stream(s)
    torch.cuda.synchronize()
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        make_calls()
    g.replay()
    torch.cuda.synchronize()
    times = []
    for _ in range(REPS):
        a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        a.record()
        g.replay()
        b.record()
        b.synchronize()
        times.append(a.elapsed_time(b) * 1000.0 / n_calls)
    del g
    return round(statistics.median(times), 2)


def copies_for(nbytes: int) -> int:
    return max(1, min(MAX_COPIES, math.ceil(STREAM_BYTES / max(nbytes, 1))))


def shard(cfg: dict, tp: int) -> dict:
    heads, kv = cfg["heads"] // tp, max(1, cfg["kv_heads"] // tp)
    hd, h, inter = cfg["head_dim"], cfg["hidden"], cfg["intermediate"] // tp
    return {
        "heads": heads, "kv_heads": kv, "head_dim": hd, "hidden": h, "inter": inter,
        # (K, N) of each GEMM: qkv/gate_up/lm_head column-parallel, o/down row-parallel.
        "qkv": (h, (heads + 2 * kv) * hd), "o": (heads * hd, h), "gate_up": (h, 2 * inter),
        "down": (inter, h), "lm_head": (h, math.ceil(cfg["vocab"] / tp)),
    }


def sdpa(q, k, v, causal: bool):
    """Flash/efficient SDPA with grouped KV heads (PyTorch >= 2.5); older versions expand K/V."""
    try:
        return F.scaled_dot_product_attention(q, k, v, is_causal=causal, enable_gqa=True)
    except TypeError:
        rep = q.shape[1] // k.shape[1]
        return F.scaled_dot_product_attention(q, k.repeat_interleave(rep, 1), v.repeat_interleave(rep, 1), is_causal=causal)


def time_linear(k: int, n: int, m: int, fp8: bool = False) -> float:
    copies = copies_for(k * n * 2)
    ws = [torch.randn(n, k, device="cuda", dtype=torch.bfloat16) * 0.02 for _ in range(copies)]
    x = torch.randn(m, k, device="cuda", dtype=torch.bfloat16)
    if fp8:
        mp = max(16, m)  # torch._scaled_mm needs rows in multiples of 16
        x8 = torch.randn(mp, k, device="cuda").to(torch.float8_e4m3fn)
        w8 = [w.to(torch.float8_e4m3fn) for w in ws]
        one = torch.ones((), device="cuda")
        fn = lambda: [torch._scaled_mm(x8, w.t(), scale_a=one, scale_b=one, out_dtype=torch.bfloat16) for w in w8]
    else:
        fn = lambda: [F.linear(x, w) for w in ws]
    return graph_time_us(fn, copies)


def attn_prefill_us(sh: dict, s: int) -> float:
    q = torch.randn(1, sh["heads"], s, sh["head_dim"], device="cuda", dtype=torch.bfloat16)
    k = torch.randn(1, sh["kv_heads"], s, sh["head_dim"], device="cuda", dtype=torch.bfloat16)
    v = torch.randn_like(k)
    return graph_time_us(lambda: sdpa(q, k, v, True), 1)


def attn_decode_us(sh: dict, b: int, l: int) -> float:
    q = torch.randn(b, sh["heads"], 1, sh["head_dim"], device="cuda", dtype=torch.bfloat16)
    k = torch.randn(b, sh["kv_heads"], l, sh["head_dim"], device="cuda", dtype=torch.bfloat16)
    v = torch.randn_like(k)
    return graph_time_us(lambda: sdpa(q, k, v, False), 1)


class Layer:
    """A Llama decoder layer in plain PyTorch (RMSNorm, QKV, RoPE, attention, O, SiLU-MLP)."""

    def __init__(self, sh: dict):
        self.sh = sh
        h = sh["hidden"]
        d = lambda *s: torch.randn(*s, device="cuda", dtype=torch.bfloat16) * 0.02
        self.n1, self.n2 = torch.ones(h, device="cuda", dtype=torch.bfloat16), torch.ones(h, device="cuda", dtype=torch.bfloat16)
        self.qkv, self.o = d(sh["qkv"][1], h), d(h, sh["o"][0])
        self.gu, self.dn = d(2 * sh["inter"], h), d(h, sh["inter"])

    @staticmethod
    def norm(x, w):
        if hasattr(F, "rms_norm"):
            return F.rms_norm(x, (x.shape[-1],), w, 1e-5)
        x32 = x.float()
        return (x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + 1e-5)).to(x.dtype) * w

    @staticmethod
    def rope(x):
        x1, x2 = x.chunk(2, dim=-1)
        return torch.cat((-x2, x1), dim=-1) * 0.5 + x * 0.5

    def forward(self, x, kv_cache=None):
        kc, vc = kv_cache if kv_cache is not None else (None, None)
        return _LAYER_FORWARD[0](x, self.n1, self.qkv, self.o, self.n2, self.gu, self.dn, kc, vc, self.sh["heads"], self.sh["kv_heads"], self.sh["head_dim"])


def layer_forward(x, n1, wqkv, wo, n2, wgu, wdn, kc, vc, nq: int, nk: int, hd: int):
    """One decoder layer; prefill (one sequence of t tokens) when kc is None, else t decodes."""
    t = x.shape[0]
    y = F.linear(Layer.norm(x, n1), wqkv)
    q, k, v = y.split([nq * hd, nk * hd, nk * hd], dim=-1)
    if kc is None:
        q = Layer.rope(q.view(1, t, nq, hd)).transpose(1, 2)
        k = Layer.rope(k.view(1, t, nk, hd)).transpose(1, 2)
        a = sdpa(q, k, v.view(1, t, nk, hd).transpose(1, 2), True).transpose(1, 2).reshape(t, nq * hd)
    else:
        q = Layer.rope(q.view(t, 1, nq, hd)).transpose(1, 2)
        a = sdpa(q, kc, vc, False).reshape(t, nq * hd)
    x = x + F.linear(a, wo)
    g, u = F.linear(Layer.norm(x, n2), wgu).chunk(2, dim=-1)
    return x + F.linear(F.silu(g) * u, wdn)


# Swapped for a torch.compile'd version when layers are compiled (weights are arguments, so
# every layer copy shares one compiled graph).
_LAYER_FORWARD = [layer_forward]


def layer_times(cfg: dict, quick: bool, compile_layers: bool) -> dict:
    sh = shard(cfg, 1)
    layer_bytes = sum(k * n for k, n in (sh["qkv"], sh["o"], sh["gate_up"], sh["down"])) * 2
    layers = [Layer(sh) for _ in range(copies_for(layer_bytes))]
    # vLLM compiles its models with torch.compile, which fuses the norms, RoPE and SiLU*mul.
    _LAYER_FORWARD[0] = torch.compile(layer_forward, dynamic=True) if compile_layers else layer_forward
    out = {"decode_us_per_layer": {}, "prefill_us_per_layer": {}, "lm_head_us": {}}
    decode = [(1, 512), (32, 512), (128, 512), (1, 4096), (32, 4096)] if quick else [(1, 512), (8, 512), (32, 512), (128, 512), (256, 512), (1, 4096), (8, 4096), (32, 4096), (128, 4096)]
    for b, ctx in decode:
        try:
            x = torch.randn(b, sh["hidden"], device="cuda", dtype=torch.bfloat16)
            # Each layer copy has its own K and V, as in a real model (no L2 reuse across layers).
            kv = [tuple(torch.randn(b, sh["kv_heads"], ctx, sh["head_dim"], device="cuda", dtype=torch.bfloat16) for _ in range(2)) for _ in layers]
            out["decode_us_per_layer"][f"{b}x{ctx}"] = graph_time_us(lambda: [l.forward(x, c) for l, c in zip(layers, kv)], len(layers))
            del kv
        except OOM:
            log(f"  skip decode layer {b}x{ctx}: out of memory")
    for s in [128, 512, 2048] if quick else [128, 512, 2048, 8192]:
        try:
            x = torch.randn(s, sh["hidden"], device="cuda", dtype=torch.bfloat16)
            out["prefill_us_per_layer"][str(s)] = graph_time_us(lambda: [l.forward(x) for l in layers], len(layers))
        except OOM:
            log(f"  skip prefill layer {s}: out of memory")
    k, n = sh["lm_head"]
    w, nf = torch.randn(n, k, device="cuda", dtype=torch.bfloat16) * 0.02, torch.ones(k, device="cuda", dtype=torch.bfloat16)
    for m in [1, 32, 256] if quick else [1, 8, 32, 128, 256]:
        x = torch.randn(m, k, device="cuda", dtype=torch.bfloat16)
        out["lm_head_us"][str(m)] = graph_time_us(lambda: F.linear(Layer.norm(x, nf), w), 1)
    del layers
    torch.cuda.empty_cache()
    return out


def ops_times(cfg: dict, tp: int, quick: bool) -> dict:
    sh = shard(cfg, tp)
    tokens = [1, 4, 16, 64, 256, 1024, 4096, 16384] if quick else [2 ** i for i in range(15)]
    out = {"linear_us": {}, "prefill_attn_us": {}, "decode_attn_us": {}}
    for role in ("qkv", "o", "gate_up", "down", "lm_head"):
        k, n = sh[role]
        out["linear_us"][role] = {}
        for m in tokens:
            try:
                out["linear_us"][role][str(m)] = time_linear(k, n, m)
            except OOM:
                log(f"  skip {role} M={m}: out of memory")
            torch.cuda.empty_cache()
    for s in [128, 512, 2048, 8192] if quick else [128, 512, 1024, 2048, 4096, 8192, 16384]:
        try:
            out["prefill_attn_us"][str(s)] = attn_prefill_us(sh, s)
        except (OOM, RuntimeError) as e:
            log(f"  skip prefill attention S={s}: {e}")
    for b in [1, 16, 256] if quick else [1, 4, 16, 64, 256]:
        for l in [512, 4096] if quick else [128, 512, 2048, 8192]:
            try:
                out["decode_attn_us"][f"{b}x{l}"] = attn_decode_us(sh, b, l)
            except (OOM, RuntimeError) as e:
                log(f"  skip decode attention {b}x{l}: {e}")
            torch.cuda.empty_cache()
    return out


def fp8_times(cfg: dict, quick: bool) -> dict | None:
    if not hasattr(torch, "_scaled_mm") or torch.cuda.get_device_capability() < (8, 9):
        log("  no FP8 tensor cores (needs compute capability >= 8.9): skipping fp8_ops")
        return None
    sh = shard(cfg, 1)
    out = {}
    for role in ("qkv", "o", "gate_up", "down", "lm_head"):
        k, n = sh[role]
        out[role] = {}
        for m in [16, 256, 4096] if quick else [16, 64, 256, 1024, 4096, 16384]:
            try:
                out[role][str(m)] = time_linear(k, n, m, fp8=True)
            except (OOM, RuntimeError) as e:
                log(f"  skip fp8 {role} M={m}: {e}")
    return {"tp1": {"linear_us": out}}


def device_figures() -> dict:
    n = 1 << 28  # 512 MiB of bf16
    a, b = torch.empty(n, device="cuda", dtype=torch.bfloat16), torch.empty(n, device="cuda", dtype=torch.bfloat16)
    copy = [round(2 * a.numel() * 2 / graph_time_us(lambda: b.copy_(a), 1) / 1e3, 1) for _ in range(2)]
    del a, b
    x = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    mm = [round(2 * 8192 ** 3 / graph_time_us(lambda: x @ x, 1) / 1e6, 1) for _ in range(2)]
    del x
    torch.cuda.empty_cache()
    return {"copy_GBps_read_plus_write": copy, "bf16_matmul_TFLOPs_8192cubed": mm}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="my-gpu.json", help="output JSON path")
    p.add_argument("--id", help="GPU id in the app (lowercase, e.g. rtx-4090-24gb); default from the device name")
    p.add_argument("--name", help="display name; default the device name")
    p.add_argument("--model", default="llama-3.1-8b", choices=sorted(BUILTIN), help="architecture to time")
    p.add_argument("--config", help="a config.json (Hugging Face keys or hidden/layers/heads/kv_heads/head_dim/intermediate/vocab) instead of --model")
    p.add_argument("--tp", type=int, nargs="+", default=[1], help="tensor-parallel shards to time (one GPU times each shard)")
    p.add_argument("--quick", action="store_true", help="fewer points (about a minute)")
    p.add_argument("--no-layers", action="store_true", help="skip whole-layer timings")
    p.add_argument("--no-fp8", action="store_true", help="skip FP8 GEMMs")
    p.add_argument("--no-compile", action="store_true", help="time whole layers in eager mode (no torch.compile fusion)")
    p.add_argument("--interconnect-gbps", type=float, help="GB/s one GPU can send to peers (NVLink 4: 450; PCIe 4 x16: 32)")
    args = p.parse_args()
    if not torch.cuda.is_available():
        sys.exit("no CUDA/ROCm device visible to PyTorch")

    if args.config:
        with open(args.config) as f:
            c = json.load(f)
        if "hidden_size" in c:
            c = dict(hidden=c["hidden_size"], layers=c["num_hidden_layers"], heads=c["num_attention_heads"],
                     kv_heads=c.get("num_key_value_heads", c["num_attention_heads"]),
                     head_dim=c.get("head_dim") or c["hidden_size"] // c["num_attention_heads"],
                     intermediate=c["intermediate_size"], vocab=c["vocab_size"])
        model_key, cfg = re.sub(r"[^a-z0-9._-]", "-", args.config.rsplit("/", 1)[-1].removesuffix(".json").lower()), c
    else:
        model_key, cfg = args.model, BUILTIN[args.model]

    props = torch.cuda.get_device_properties(0)
    name = args.name or props.name
    gpu_id = args.id or re.sub(r"[^a-z0-9]+", "-", f"{props.name} {round(props.total_memory / 2**30)}gb".lower()).strip("-")
    torch.manual_seed(0)
    torch.backends.cuda.matmul.allow_tf32 = False
    log(f"Profiling {name} ({props.multi_processor_count} SMs, {props.total_memory / 2**30:.1f} GiB) with {model_key}")

    gpu = {"id": gpu_id, "name": name, "memory_gib": round(props.total_memory / 2**30), "reported_name": props.name,
           "sms": props.multi_processor_count, "measured": device_figures()}
    if args.interconnect_gbps:
        gpu["interconnect_GBps_per_direction"] = args.interconnect_gbps
    log(f"  copy {gpu['measured']['copy_GBps_read_plus_write']} GB/s, matmul {gpu['measured']['bf16_matmul_TFLOPs_8192cubed']} TFLOP/s")

    tables = {"config": cfg, "ops": {}}
    for tp in args.tp:
        if cfg["heads"] % tp:
            sys.exit(f"--tp {tp}: {cfg['heads']} heads are not divisible by {tp}")
        log(f"  operators, tp{tp} ...")
        tables["ops"][f"tp{tp}"] = ops_times(cfg, tp, args.quick)
    if not args.no_layers:
        log("  whole layers, tp1 ...")
        try:
            tables["layers"] = {"tp1": layer_times(cfg, args.quick, not args.no_compile)}
        except Exception as e:  # torch.compile can fail on unusual setups: fall back to eager
            if args.no_compile:
                raise
            log(f"  torch.compile failed ({type(e).__name__}: {e}); timing layers in eager mode")
            tables["layers"] = {"tp1": layer_times(cfg, args.quick, False)}
    if not args.no_fp8:
        fp8 = fp8_times(cfg, args.quick)
        if fp8:
            tables["fp8_ops"] = fp8

    out = {
        "gpu": gpu,
        "software": {"torch": torch.__version__, "cuda": torch.version.cuda or torch.version.hip, "date": _dt.date.today().isoformat(),
                     "tool": "tools/profile-gpu/profile_gpu.py"},
        "units": "microseconds per call, median of 7 CUDA-graph replays",
        "models": {model_key: tables},
    }
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
    log(f"wrote {args.out}; import it in the app: Hardware & model -> Import GPU calibration")


if __name__ == "__main__":
    main()
