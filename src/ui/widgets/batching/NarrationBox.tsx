import { useMemo } from 'react';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import { narrateFrame } from './narrate.ts';
import { useFrameView } from './useFrameView.ts';

/** "What just happened" at the frame on screen, also spoken through a polite live region. */
export function NarrationBox() {
  const { sim, frame, version } = useFrameView();
  // `version`: steps are appended to the same simulation object.
  const entries = useMemo(() => {
    void version; // steps are appended in place: a new version means new data
    return narrateFrame(sim, frame);
  }, [sim, frame, version]);
  const spoken = entries
    .slice(0, 2)
    .map((e) => e.text)
    .join(' ');
  return (
    <>
      <NarrationPanel fixed entries={entries} emptyText="Nothing yet: press Play or Step forward." />
      <LiveRegion text={spoken} />
    </>
  );
}
