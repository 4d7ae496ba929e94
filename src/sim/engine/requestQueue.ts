/**
 * vLLM's waiting queues (`request_queue.py`): FCFS is a deque (a preempted request goes back
 * to the front); PRIORITY is a heap on (priority, arrival time), where "prepend" is just add.
 */
import { Deque } from '../core/deque.ts';
import { Heap } from '../core/heap.ts';
import type { Request } from './request.ts';
import type { SchedulingPolicy } from './types.ts';

export interface RequestQueue {
  readonly size: number;
  add(req: Request): void;
  /** Puts a preempted request back (front for FCFS; by key for priority). */
  prepend(req: Request): void;
  peek(): Request | undefined;
  pop(): Request | undefined;
  /** In service order (O(n log n) for priority; for snapshots and tests). */
  toArray(): Request[];
}

class FcfsQueue implements RequestQueue {
  private readonly q = new Deque<Request>(64);
  get size(): number {
    return this.q.size;
  }
  add(req: Request): void {
    this.q.pushBack(req);
  }
  prepend(req: Request): void {
    this.q.pushFront(req);
  }
  peek(): Request | undefined {
    return this.q.peekFront();
  }
  pop(): Request | undefined {
    return this.q.popFront();
  }
  toArray(): Request[] {
    return this.q.toArray();
  }
}

/** Smaller priority first, then earlier arrival, then admission order (stable). */
function priorityLess(a: Request, b: Request): boolean {
  if (a.priority !== b.priority) return a.priority < b.priority;
  if (a.arrivalUs !== b.arrivalUs) return a.arrivalUs < b.arrivalUs;
  return a.idx < b.idx;
}

class PriorityQueue implements RequestQueue {
  private readonly h = new Heap<Request>(priorityLess);
  get size(): number {
    return this.h.size;
  }
  add(req: Request): void {
    this.h.push(req);
  }
  prepend(req: Request): void {
    this.h.push(req);
  }
  peek(): Request | undefined {
    return this.h.peek();
  }
  pop(): Request | undefined {
    return this.h.pop();
  }
  toArray(): Request[] {
    return this.h.toArray().slice().sort((a, b) => (priorityLess(a, b) ? -1 : 1));
  }
}

/** `create_request_queue(policy)`. */
export function createRequestQueue(policy: SchedulingPolicy): RequestQueue {
  return policy === 'priority' ? new PriorityQueue() : new FcfsQueue();
}
