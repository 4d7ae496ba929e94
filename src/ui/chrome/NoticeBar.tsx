import { useStore } from 'zustand';
import { dismissNotice, type Notice, noticeStore } from '../../state/notices.ts';
import './NoticeBar.css';

/** Shows app-wide notices; polite so a screen reader hears them without losing its place. */
export function NoticeBar() {
  const notices = useStore(noticeStore, (s) => s.notices);
  return (
    <div className="notice-bar" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p>{notice.message}</p>
      <div className="notice-actions">
        {notice.download && (
          <a className="btn" download={notice.download.filename} href={`data:application/json;charset=utf-8,${encodeURIComponent(notice.download.content)}`}>
            Download it
          </a>
        )}
        {notice.action && (
          <button type="button" className="btn btn-primary" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        )}
        <button type="button" className="btn" onClick={() => dismissNotice(notice.id)} aria-label={`Dismiss: ${notice.message}`}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
