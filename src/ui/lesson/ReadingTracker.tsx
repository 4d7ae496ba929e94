import { type RefObject, useEffect } from 'react';
import { markLessonRead } from '../../state/progressStore.ts';

/**
 * Records how far the reader got. Scroll position gives the fraction; reaching the end marker
 * (the lesson's last line on screen) marks the lesson complete.
 */
export function ReadingTracker({ lessonId, articleRef }: { lessonId: string; articleRef: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = articleRef.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      const total = rect.height - window.innerHeight * 0.5;
      const seen = -rect.top + window.innerHeight * 0.5;
      if (total > 0) markLessonRead(lessonId, Math.max(0, Math.min(1, seen / total)));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [lessonId, articleRef]);

  return (
    <p className="lesson-end muted">
      <button type="button" className="btn" onClick={() => markLessonRead(lessonId, 1)}>
        Mark lesson as read
      </button>
    </p>
  );
}
