/**
 * Every widget model by id: the simulation worker imports this one map, so a new widget adds its
 * model here (one line) and the kit runs it off the main thread.
 */
import { autoscalingModel } from './autoscaling/model.ts';
import { batchingModel } from './batching/model.ts';
import { kvPagingModel } from './kv-paging/model.ts';
import { labModel } from './lab/model.ts';
import { loraModel } from './lora/model.ts';
import { loadTestModel } from './load-test/model.ts';
import type { WidgetModel } from './model.ts';
import { quantizationModel } from './quantization/model.ts';
import { requestPathModel } from './request-path/model.ts';
import { routingModel } from './routing/model.ts';
import { specDecodingModel } from './spec-decoding/model.ts';
import { sizingModel } from './sizing/model.ts';
import { tensorParallelModel } from './tensor-parallel/model.ts';

// Settings arrive from the main thread as data, so the worker's view of a model is untyped.
type AnyModel = WidgetModel<never, unknown>;

export const WIDGET_MODELS: Readonly<Record<string, AnyModel>> = Object.fromEntries(
  ([kvPagingModel, batchingModel, routingModel, autoscalingModel, sizingModel, loadTestModel, specDecodingModel, loraModel, labModel, quantizationModel, tensorParallelModel, requestPathModel] as readonly AnyModel[]).map((m) => [m.id, m]),
);
