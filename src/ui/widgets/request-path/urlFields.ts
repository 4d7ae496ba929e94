/** How the request-path widget's state is written into its search param (see kit/urlCodec.ts). */
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { enumField, intField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { LIMITS, POLICIES, PROMPTS, TENANT_VALUES, type RequestPathUrlState } from '../../../widget-models/request-path/settings.ts';

/** Readable property names; the short URL keys are the ones links have always used (URL version 1). */
export const REQUEST_PATH_URL_FIELDS: UrlFields<RequestPathUrlState> = {
  policy: keyed('pol', enumField(POLICIES)),
  prompt: enumField(PROMPTS),
  tenants: numberChoiceField(TENANT_VALUES),
  rate: intField(...LIMITS.rate),
  seed: intField(...LIMITS.seed),
  frame: frameField(10_000),
  speed: SPEED_FIELD,
};
