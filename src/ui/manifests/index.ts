/** The KServe manifest widgets: a builder and a paste-box validator (the kserve/inference-service lesson embeds both). */
export { ManifestBuilder } from './ManifestBuilder.tsx';
export { ManifestValidator } from './ManifestValidator.tsx';
