import type { PathSegment } from '../fieldPath.ts';

/** A rule's finding: the field it is about and what is wrong, before lines are attached. */
export interface Finding {
  readonly segments: readonly PathSegment[];
  readonly message: string;
}

export const finding = (segments: readonly PathSegment[], message: string): Finding => ({ segments, message });
