/**
 * Block-table versions from one step's events: every sequence an event touched gets its
 * current table recorded, with its prefix-hit count and copied-on-write positions.
 */
import type { Request } from '../../sim/engine/request.ts';
import type { SimEvent } from '../../sim/engine/types.ts';
import type { TableLog } from './tableLog.ts';
import type { Workload } from './workload.ts';

interface Touch {
  hits?: number;
  copied?: number;
}

/** Records the tables changed by `events` as of `frame`. */
export function recordTables(tables: TableLog, running: readonly Request[], w: Workload, events: readonly SimEvent[], frame: number): void {
  const live = new Map<string, Request>();
  for (const r of running) live.set(r.id, r);
  const touched = new Map<number, Touch>();
  const seqOf = (id: string) => w.byId.get(id)?.index ?? -1;
  const touch = (seq: number, t: Touch) => touched.set(seq, { ...touched.get(seq), ...t });
  for (const e of events) {
    switch (e.type) {
      case 'blocksAllocated':
        touch(seqOf(e.req), {});
        break;
      case 'blockCopied':
        touch(seqOf(e.req), { copied: live.get(e.req)?.blocks.indexOf(e.dst) ?? -1 });
        break;
      case 'cacheHit':
        touch(seqOf(e.req), { hits: e.blockIds.length });
        break;
      case 'blocksFreed':
        touch(seqOf(e.req), { hits: 0 });
        break;
      case 'forked':
        touch(seqOf(e.child), { hits: tables.latest(seqOf(e.parent))?.hitBlocks ?? 0 });
        break;
      default:
        break;
    }
  }
  for (const [seq, t] of touched) {
    const info = w.seqs[seq];
    if (!info) continue;
    const blocks = live.get(info.id)?.blocks ?? [];
    const prev = tables.latest(seq);
    if (blocks.length === 0) {
      tables.record(seq, frame, [], 0, []);
      continue;
    }
    const hits = t.hits ?? prev?.hitBlocks ?? 0;
    const before = prev && prev.blocks.length > 0 ? prev.copied : [];
    const copied = t.copied !== undefined && t.copied >= 0 ? [...before, t.copied] : before;
    tables.record(seq, frame, blocks, hits, copied);
  }
}
