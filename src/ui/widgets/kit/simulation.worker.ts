/**
 * The simulation worker: every registered widget model, behind a Comlink endpoint. The main
 * thread only draws; models compute here and send snapshots back.
 */
import { expose } from 'comlink';
import { WIDGET_MODELS } from '../../../widget-models/registry.ts';
import { createModelServer } from './serveModels.ts';

expose(createModelServer(WIDGET_MODELS));
