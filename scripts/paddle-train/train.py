# Fine-tunes PaddleOCR's PP-OCRv4 line recogniser on drawn lines of code (make-data.ts), by CTC,
# every weight but batch norm's running statistics, and writes the model back as ONNX (same graph).
# Usage: python3 scripts/paddle-train/train.py MODEL.onnx KEYS.txt OUT.onnx TRAIN[,TRAIN...] [VAL[,VAL...]]
# Env: STEPS (2000), BATCH (16), LR (1e-4), EVAL (every 250 steps), SEED (1), MAXW (1200 px),
# AUG (0: the lines as drawn; 1: each training line slanted, squashed, bent, thickened or thinned,
# blurred and greyed at random; tried 2026-12-05 and not shipped: see src/ocr/README.md).
import json, os, sys, time, random
import numpy as np, torch, torch.nn.functional as F
sys.path.insert(0, os.path.dirname(__file__))
from onnx_torch import OnnxModule

model_path, keys_path, out_path, train_arg = sys.argv[1:5]
val_arg = sys.argv[5] if len(sys.argv) > 5 else ''
STEPS = int(os.environ.get('STEPS', 2000)); BATCH = int(os.environ.get('BATCH', 16)); LR = float(os.environ.get('LR', 1e-4))
EVAL = int(os.environ.get('EVAL', 250)); MAXW = int(os.environ.get('MAXW', 1200)); AUG = int(os.environ.get('AUG', 0))
random.seed(int(os.environ.get('SEED', 1))); torch.manual_seed(int(os.environ.get('SEED', 1)))
torch.set_num_threads(int(os.environ.get('THREADS', 2)))
H = 48
keys = open(keys_path, encoding='utf8').read().split('\n')
if keys and keys[-1] == '': keys.pop()
cls = {k: i + 1 for i, k in enumerate(keys)}  # 0 is the blank
SPACE = len(keys) + 1
cls[' '] = SPACE

def load(bases):
    items = []
    for b in bases.split(','):
        if not b: continue
        idx = json.load(open(b + '.json'))
        data = np.memmap(b + '.bin', dtype=np.uint8, mode='r')
        for it in idx:
            lab = [cls.get(c) for c in it['text']]
            if None in lab or it['w'] > MAXW or not lab: continue
            items.append((data, it['at'], it['w'], lab, it['text'], it['page']))
    return items

def batch_tensor(items, aug=False):
    W = max(i[2] for i in items)
    x = np.full((len(items), 1, H, W), 1.0, dtype=np.float32)
    for k, (data, at, w, *_rest) in enumerate(items):
        x[k, 0, :, :w] = np.asarray(data[at:at + H * w], dtype=np.float32).reshape(H, w) / 127.5 - 1
    x = torch.from_numpy(x)
    if aug: x = augment(x)
    return x.repeat(1, 3, 1, 1)

def augment(x):
    # Ink is -1 on white +1. Every change keeps the line's length (the CTC input length is its width / 8).
    N, _, h, W = x.shape
    u = lambda lo, hi: torch.empty(N, 1, 1).uniform_(lo, hi)
    ys = torch.linspace(-1, 1, h).view(1, h, 1).expand(N, h, W)
    xs = torch.linspace(-1, 1, W).view(1, 1, W).expand(N, h, W)
    slant, sy, ty = u(-0.35, 0.35), u(0.85, 1.12), u(-0.1, 0.1)
    amp, freq, phase = u(0, 0.08), u(1, 6) * (W / 400), u(0, 6.3)  # a baseline that drifts up and down
    gy = (ys - ty) / sy + amp * torch.sin(freq * xs * 3.14159 + phase)
    gx = xs + slant * (h / W) * ys
    x = F.grid_sample(x, torch.stack([gx, gy], -1), mode='bilinear', padding_mode='border', align_corners=True)
    r = torch.rand(N)
    thick = F.max_pool2d(-x, 3, 1, 1).neg()  # thicker strokes
    thin = F.max_pool2d(F.pad(x, (0, 1, 0, 1), value=1.0), 2, 1)  # thinner strokes
    x = torch.where((r < 0.25).view(N, 1, 1, 1), thick, torch.where((r > 0.8).view(N, 1, 1, 1), thin, x))
    blur = torch.tensor([[1., 2., 1.], [2., 4., 2.], [1., 2., 1.]]).view(1, 1, 3, 3) / 16
    xb = F.conv2d(F.pad(x, (1, 1, 1, 1), mode='replicate'), blur)
    x = torch.where((torch.rand(N) < 0.3).view(N, 1, 1, 1), xb, x)
    ink = u(0.6, 1.0).unsqueeze(1)  # grey ink
    x = 1 - (1 - x) * ink
    return (x + torch.randn_like(x) * u(0, 0.08).unsqueeze(1)).clamp(-1, 1)

def greedy(lp):
    best = lp.argmax(-1).tolist(); out = []; prev = 0
    for c in best:
        if c != prev and c != 0: out.append(' ' if c == SPACE else keys[c - 1])
        prev = c
    return ''.join(out)

def lev(a, b):
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        p, d[0] = d[0], i
        for j, cb in enumerate(b, 1):
            p, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, p + (ca != cb))
    return d[len(b)]

def evaluate(m, items):
    m.eval(); errs = tot = 0; by = {}
    with torch.no_grad():
        items = sorted(items, key=lambda i: i[2])
        for s in range(0, len(items), 16):
            chunk = items[s:s + 16]
            lp = m.logits(batch_tensor(chunk))
            for k, it in enumerate(chunk):
                T = it[2] // 8
                e = lev(greedy(lp[k, :T]), it[4]); errs += e; tot += len(it[4])
                g = it[5].split('/')[0]; a = by.setdefault(g, [0, 0]); a[0] += e; a[1] += len(it[4])
    return errs / max(1, tot), {g: round(100 * a[0] / a[1], 2) for g, a in by.items()}

train = load(train_arg); val = load(val_arg)
print(f'{len(train)} training lines, {len(val)} checking lines', flush=True)
m = OnnxModule(model_path)
params = [p for p in m.parameters() if p.requires_grad]
opt = torch.optim.AdamW(params, lr=LR, weight_decay=0)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / 100) * max(0.05, 1 - s / STEPS))
if val:
    cer, by = evaluate(m, val); print(f'step 0: checking CER {100 * cer:.2f}% {by}', flush=True)
# Batches of similar widths: sort by width, cut, shuffle the batches.
order = sorted(range(len(train)), key=lambda i: train[i][2] + random.random() * 40)
batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
t0 = time.time(); step = 0; run = 0.0; skipped = 0
while step < STEPS:
    random.shuffle(batches)
    for b in batches:
        if step >= STEPS: break
        m.train(); items = [train[i] for i in b]
        x = batch_tensor(items, AUG > 0)
        lp = F.log_softmax(m.logits(x), -1)  # N, T, C
        T = lp.shape[1]
        targets = torch.tensor([c for it in items for c in it[3]], dtype=torch.long)
        tl = torch.tensor([len(it[3]) for it in items]); il = torch.tensor([min(T, it[2] // 8) for it in items])
        loss = F.ctc_loss(lp.transpose(0, 1), targets, il, tl, blank=0, reduction='mean', zero_infinity=True)
        opt.zero_grad()
        if not torch.isfinite(loss):
            skipped += 1; continue
        loss.backward()
        if not torch.isfinite(torch.nn.utils.clip_grad_norm_(params, 5.0)):
            skipped += 1; opt.zero_grad(); continue  # one bad batch must not poison the weights
        opt.step(); sched.step()
        step += 1; run = 0.98 * run + 0.02 * loss.item() if step > 1 else loss.item()
        if step % 25 == 0: print(f'step {step}: loss {run:.3f} ({(time.time() - t0) / step:.2f} s/step, {skipped} batches skipped)', flush=True)
        if val and step % EVAL == 0:
            cer, by = evaluate(m, val); print(f'step {step}: checking CER {100 * cer:.2f}% {by}', flush=True)
            m.save(out_path + f'.step{step}.onnx')
m.save(out_path)
print('wrote', out_path)
