/**
 * App-wide notices: things the user must know that did not stop the app (unreadable saved data,
 * an invalid link parameter that fell back to a default, an update ready to install).
 */
import { createStore } from 'zustand/vanilla';

export interface Notice {
  /** Same id replaces the earlier notice, so repeated causes don't stack up. */
  readonly id: string;
  readonly tone: 'info' | 'warn' | 'error';
  readonly message: string;
  /** Offer the user a file: used to hand back data we could not read. */
  readonly download?: { readonly filename: string; readonly content: string };
  /** An action button, e.g. "Reload" for an app update. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

interface NoticeState {
  readonly notices: readonly Notice[];
}

export const noticeStore = createStore<NoticeState>()(() => ({ notices: [] }));

export function pushNotice(notice: Notice): void {
  const rest = noticeStore.getState().notices.filter((n) => n.id !== notice.id);
  noticeStore.setState({ notices: [...rest, notice] });
}

export function dismissNotice(id: string): void {
  noticeStore.setState({ notices: noticeStore.getState().notices.filter((n) => n.id !== id) });
}
