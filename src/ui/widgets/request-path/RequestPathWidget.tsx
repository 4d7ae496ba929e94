import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { REQUEST_PATH_PRESETS } from '../../../widget-models/request-path/presets.ts';
import type { RequestPathSettings } from '../../../widget-models/request-path/settings.ts';
import './request-path.css';

/**
 * One request's path through the serving stack (client, gateway, Endpoint Picker, a vLLM pod,
 * back to the client) with its latency budget filling segment by segment, all from a cluster
 * run under both routers on the same requests. The body loads when the reader comes near the
 * widget.
 */
export const RequestPathWidget = defineLazyWidget<RequestPathSettings>({
  kind: 'request-path',
  name: 'One request through the stack',
  label: 'the request-path widget',
  presets: REQUEST_PATH_PRESETS,
  defaultPreset: 'sandbox',
  load: () => import('./RequestPathBody.tsx'),
});
