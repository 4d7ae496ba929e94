/** How the request-path widget's settings are written into its search param (see kit/urlCodec.ts). */
import { enumField, intField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { LIMITS, POLICIES, PROMPTS, TENANT_VALUES, type RequestPathSettings } from '../../../widget-models/request-path/settings.ts';

/**
 * Readable property names; the short URL keys are the ones links have always used (URL version 1).
 * The kit adds the timeline's frame (`f`, at most 10,000 here) and speed (`sp`).
 */
export const REQUEST_PATH_URL_FIELDS: UrlFields<RequestPathSettings> = {
  policy: keyed('pol', enumField(POLICIES)),
  prompt: enumField(PROMPTS),
  tenants: numberChoiceField(TENANT_VALUES),
  rate: intField(...LIMITS.rate),
  seed: intField(...LIMITS.seed),
};
