# The fine-tuned recogniser as a patch on PaddleOCR's model from npm (src/ocr/engines/paddle/modelPatch.ts):
# for every weight tensor that changed, where its float32 data sits in the npm file, and the change
# quantised to int8 (one scale per tensor). The app applies it to the file it already serves.
# Usage: python3 scripts/paddle-train/make-patch.py BASE.onnx TUNED.onnx OUT.bin [PATCHED.onnx]
# (PATCHED: the model as the app will build it, to measure; it is the tuned one up to the int8 rounding)
import json, struct, sys
import numpy as np, onnx
from onnx import numpy_helper

base_path, tuned_path, out_path = sys.argv[1:4]
base_bytes = open(base_path, 'rb').read()

def fnv1a(b):
    """FNV-1a, 32 bits: which file this is (modelPatch.ts computes the same; no secure context needed)."""
    h = 0x811c9dc5
    for c in b: h = ((h ^ c) * 0x01000193) & 0xffffffff
    return h

def varint(b, i):
    v = s = 0
    while True:
        c = b[i]; i += 1; v |= (c & 0x7f) << s; s += 7
        if c < 0x80: return v, i

def fields(b, start, end):
    """(field, wire type, value start, value end) of each field of a message."""
    i = start
    while i < end:
        key, i = varint(b, i); f, w = key >> 3, key & 7
        if w == 0: _, j = varint(b, i); yield f, w, i, j; i = j
        elif w == 2: n, i = varint(b, i); yield f, w, i, i + n; i += n
        elif w == 5: yield f, w, i, i + 4; i += 4
        elif w == 1: yield f, w, i, i + 8; i += 8
        else: raise ValueError(f'wire type {w} at {i}')

def constant_offsets(b):
    """Each Constant node's output name -> (offset, byte length) of its tensor's float data in the file."""
    found = {}
    for f, w, s, e in fields(b, 0, len(b)):
        if f != 7: continue  # ModelProto.graph
        for nf, nw, ns, ne in fields(b, s, e):
            if nf != 1: continue  # GraphProto.node
            out = op = None; data = None
            for af, aw, as_, ae in fields(b, ns, ne):
                if af == 2: out = b[as_:ae].decode()
                elif af == 4: op = b[as_:ae].decode()
                elif af == 5:  # AttributeProto
                    for tf, tw, ts, te in fields(b, as_, ae):
                        if tf == 5:  # TensorProto
                            for xf, xw, xs, xe in fields(b, ts, te):
                                if xf in (4, 9) and xw == 2: data = (xs, xe - xs)  # float_data (packed) or raw_data
            if op == 'Constant' and data: found[out] = data
    return found

offsets = constant_offsets(base_bytes)
def consts(m):
    return {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in m.graph.node if n.op_type == 'Constant'}
base, tuned = consts(onnx.load(base_path)), consts(onnx.load(tuned_path))
tensors = []; blobs = []; patched = bytearray(base_bytes)
for name, t in tuned.items():
    b = base[name]
    if t.dtype != np.float32 or np.array_equal(t, b): continue
    off, length = offsets[name]
    assert length == b.size * 4 and np.frombuffer(base_bytes, np.float32, b.size, off).tobytes() == b.astype('<f4').tobytes(), name
    d = t.astype(np.float64).ravel() - b.astype(np.float64).ravel()
    scale = float(np.abs(d).max()) / 127 or 1.0
    q = np.clip(np.round(d / scale), -127, 127).astype(np.int8)
    tensors.append({'name': name, 'offset': off, 'count': int(b.size), 'scale': scale})
    blobs.append(q.tobytes())
    # As the app applies it: float64 sum rounded to float32 (modelPatch.ts).
    patched[off:off + length] = (b.astype(np.float64).ravel() + scale * q.astype(np.float64)).astype('<f4').tobytes()
header = json.dumps({
    'format': 'inkterview-paddle-patch/1',
    'base': {'bytes': len(base_bytes), 'fnv1a': fnv1a(base_bytes)},
    'patched': {'fnv1a': fnv1a(patched)},
    'tensors': tensors,
}).encode()
header += b' ' * (-len(header) % 4)
with open(out_path, 'wb') as f:
    f.write(b'INKPP\x00\x00\x01' + struct.pack('<I', len(header)) + header + b''.join(blobs))
if len(sys.argv) > 4: open(sys.argv[4], 'wb').write(patched)
print(f'{len(tensors)} tensors, {sum(t["count"] for t in tensors)} weights, patch {len(header) + sum(map(len, blobs)) + 12} bytes')
