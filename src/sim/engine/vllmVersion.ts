/**
 * The vLLM release this engine model follows by default. Lessons and the UI import these so
 * every version-specific statement names the same release.
 */

/** Newest release the course's reference documents (≈ early November 2026). */
export const VLLM_VERSION = '0.33.0';

/** The release the model was first pinned to; its behaviour stays available as settings
 * (see `LEGACY_V0_11_ENGINE`). */
export const VLLM_LEGACY_VERSION = '0.11.0';
