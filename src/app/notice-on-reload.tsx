// A notice carried across a reload (e.g. "another tab updated the app"), shown once.
import { useState } from 'react';
import { Alert } from '../ui/alert';

const KEY = 'binh-xet:notice';

export function setReloadNotice(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // Private mode without storage: the reload still happens, just without the notice.
  }
}

export function NoticeOnReload() {
  const [text, setText] = useState<string | null>(() => {
    const value = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return value;
  });
  if (!text) return null;
  return (
    <div style={{ padding: '16px 32px 0' }}>
      <Alert tone="info" title="Trang vừa được tải lại">
        {text}{' '}
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setText(null)}>
          Đã hiểu
        </button>
      </Alert>
    </div>
  );
}
