# A minimal ONNX (opset 9) interpreter in torch for PP-OCRv4 rec, weights as parameters.
import onnx, numpy as np, torch, torch.nn as nn, torch.nn.functional as F
from onnx import numpy_helper

def attrs(n):
    return {a.name: onnx.helper.get_attribute_value(a) for a in n.attribute}

class OnnxModule(nn.Module):
    def __init__(self, path, train_filter=lambda name: True):
        super().__init__()
        self.model = onnx.load(path)
        g = self.model.graph
        self.nodes = list(g.node)
        self.input = g.input[0].name
        self.output = g.output[0].name
        self.params = nn.ParameterDict()
        self.consts = {}
        self.pname = {}
        # which constants feed weight slots
        weight_slots = set()
        for n in self.nodes:
            if n.op_type in ('Conv', 'MatMul', 'BatchNormalization'):
                for i in n.input[1:]: weight_slots.add(i)
            if n.op_type == 'Add':
                for i in n.input: weight_slots.add(i)
        for n in self.nodes:
            if n.op_type == 'Constant':
                arr = numpy_helper.to_array(attrs(n)['value'])
                name = n.output[0]
                t = torch.from_numpy(arr.copy())
                if name in weight_slots and arr.dtype == np.float32 and arr.size > 1 and not name.startswith('p2o.helper'):
                    key = name.replace('.', '__')
                    trainable = train_filter(name)
                    self.params[key] = nn.Parameter(t, requires_grad=trainable)
                    self.pname[name] = key
                else:
                    self.consts[name] = t
    def forward(self, x):
        env = {self.input: x}
        def get(name):
            if name in env: return env[name]
            if name in self.pname: return self.params[self.pname[name]]
            return self.consts[name]
        for n in self.nodes:
            op = n.op_type; a = attrs(n)
            if op == 'Constant':
                continue
            ins = [get(i) if i else None for i in n.input]
            if op == 'Conv':
                w = ins[1]; b = ins[2] if len(ins) > 2 else None
                pads = a.get('pads', [0,0,0,0]); st = a.get('strides', [1,1]); dil = a.get('dilations', [1,1]); gr = a.get('group', 1)
                assert pads[0] == pads[2] and pads[1] == pads[3], pads
                y = F.conv2d(ins[0], w, b, stride=st, padding=(pads[0], pads[1]), dilation=dil, groups=gr)
            elif op == 'BatchNormalization':
                x_, s, bb, m, v = ins
                eps = a.get('epsilon', 1e-5)
                shp = (1, -1) + (1,) * (x_.dim() - 2)
                y = (x_ - m.view(shp)) / torch.sqrt(v.view(shp) + eps) * s.view(shp) + bb.view(shp)
            elif op == 'Mul': y = ins[0] * ins[1]
            elif op == 'Add': y = ins[0] + ins[1]
            elif op == 'Sub': y = ins[0] - ins[1]
            elif op == 'Div': y = ins[0] / ins[1]
            elif op == 'Pow': y = torch.pow(ins[0], ins[1])
            elif op == 'Sqrt': y = torch.sqrt(ins[0])
            elif op == 'Sigmoid': y = torch.sigmoid(ins[0])
            elif op == 'Relu': y = F.relu(ins[0])
            elif op == 'HardSigmoid':
                al = a.get('alpha', 0.2); be = a.get('beta', 0.5)
                y = torch.clamp(al * ins[0] + be, 0, 1)
            elif op == 'Clip':
                y = torch.clamp(ins[0], a.get('min', -3.4e38), a.get('max', 3.4e38))
            elif op == 'MatMul': y = torch.matmul(ins[0], ins[1])
            elif op == 'Softmax':
                ax = a.get('axis', 1)
                y = torch.softmax(ins[0], dim=ax) if ax == ins[0].dim() - 1 or ax == -1 else torch.softmax(ins[0], dim=ax)
                env[n.output[0] + '__logits'] = ins[0]
            elif op == 'ReduceMean':
                y = torch.mean(ins[0], dim=a['axes'], keepdim=bool(a.get('keepdims', 1)))
            elif op == 'Transpose': y = ins[0].permute(*a['perm'])
            elif op == 'Squeeze':
                y = ins[0]
                for ax in sorted(a['axes'], reverse=True): y = y.squeeze(ax)
            elif op == 'Concat':
                y = torch.cat(ins, dim=a['axis'])
            elif op == 'Shape': y = torch.tensor(ins[0].shape, dtype=torch.int64)
            elif op == 'Cast':
                to = a['to']
                dt = {1: torch.float32, 7: torch.int64, 6: torch.int32, 9: torch.bool}[to]
                y = ins[0].to(dt)
            elif op == 'Slice':
                y = ins[0]
                axes = a.get('axes', list(range(len(a['starts']))))
                for ax, s, e in zip(axes, a['starts'], a['ends']):
                    dim = y.shape[ax]
                    e = min(e, dim) if e >= 0 else e
                    y = y.narrow(ax, s if s >= 0 else dim + s, (e if e >= 0 else dim + e) - (s if s >= 0 else dim + s))
            elif op == 'Reshape':
                shape = [int(v) for v in ins[1].tolist()]
                shape = [ins[0].shape[i] if s == 0 else s for i, s in enumerate(shape)]
                y = ins[0].reshape(shape)
            elif op == 'GlobalAveragePool': y = ins[0].mean(dim=(2, 3), keepdim=True)
            elif op == 'AveragePool':
                k = a['kernel_shape']; st = a.get('strides', k); pads = a.get('pads', [0,0,0,0])
                y = F.avg_pool2d(ins[0], k, st, padding=(pads[0], pads[1]), count_include_pad=not a.get('count_include_pad', 0) == 0 if False else False)
            else:
                raise NotImplementedError(op)
            env[n.output[0]] = y
        return env[self.output + '__logits'] if hasattr(self, 'want_logits') and self.want_logits else env[self.output]
    def logits(self, x):
        self.want_logits = True
        try: return self.forward(x)
        finally: self.want_logits = False
    def save(self, path):
        m = self.model
        for n in m.graph.node:
            if n.op_type == 'Constant' and n.output[0] in self.pname:
                arr = self.params[self.pname[n.output[0]]].detach().numpy().astype(np.float32)
                n.attribute[0].t.CopyFrom(numpy_helper.from_array(arr, n.output[0]))
        onnx.save(m, path)
