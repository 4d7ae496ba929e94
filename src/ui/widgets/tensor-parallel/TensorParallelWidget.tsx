import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { TP_PRESETS } from '../../../widget-models/tensor-parallel/presets.ts';
import type { TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';
import './tensor-parallel.css';

/**
 * Tensor parallelism, layer by layer: how a model's matrices and heads split over 1–8 GPUs, the
 * two all-reduces per layer over NVLink, PCIe or InfiniBand, memory and KV blocks per GPU, a
 * step split into compute, memory and communication, and TP against pipeline, data and expert
 * parallelism on the same GPUs. The body loads when the reader comes near the widget.
 */
export const TensorParallelWidget = defineLazyWidget<TensorParallelSettings>({
  kind: 'tensor-parallel',
  name: 'Tensor parallelism',
  label: 'the tensor-parallel widget',
  presets: TP_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Tensor parallelism',
  load: () => import('./TensorParallelBody.tsx'),
});
