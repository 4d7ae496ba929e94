// tests/unit/ui/widgets/kit/example/settings.ts
import { intField, keyed, type UrlSchema } from '../../../../../../src/ui/widgets/kit/urlCodec.ts';
import type { WidgetPreset } from '../../../../../../src/ui/widgets/kit/defineWidget.tsx';
import type { QueueSettings } from './model.ts';

export const QUEUE_URL: UrlSchema<QueueSettings> = {
  version: 1,
  fields: { arrivals: keyed('a', intField(0, 8)), slots: keyed('s', intField(1, 16)) },
};

export const QUEUE_PRESETS: Readonly<Record<string, WidgetPreset<QueueSettings>>> = {
  sandbox: { id: 'sandbox', title: 'A queue in front of four slots', guide: 'One request a step, four steps each: the slots keep up.', state: { arrivals: 1, slots: 4 } },
  overload: { id: 'overload', title: 'Twice the traffic', guide: 'Two requests a step: the queue grows without end.', state: { arrivals: 2, slots: 4, frame: 39 } },
};
