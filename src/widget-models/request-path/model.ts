/** The request-path widget's model: one workload through two routers, one request followed end to end. */
import type { WidgetModel } from '../model.ts';
import type { RequestPathSettings } from './settings.ts';
import { type RequestPathSim, startRequestPath } from './simulate.ts';

export const requestPathModel: WidgetModel<RequestPathSettings, RequestPathSim> = { id: 'request-path', start: startRequestPath };
