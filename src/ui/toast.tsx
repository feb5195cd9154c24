// Short notices at the bottom right ("Đã lưu"), with an optional action. Each can be closed at
// once: one sitting over a button the officer needs next ("Kết thúc vòng bỏ phiếu") is one click away.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { X } from 'lucide-react';

interface Toast {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

interface ToastApi {
  show: (text: string, action?: Toast['action'], ms?: number) => void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback((text: string, action?: Toast['action'], ms = 4000) => {
    const id = Date.now() + Math.random();
    // The same notice again (a second save) replaces the first instead of stacking a twin;
    // its timer starts over and screen readers hear it again.
    setToasts((list) => [...list.filter((t) => t.text !== text || t.action), { id, text, ...(action ? { action } : {}) }]);
    if (ms > 0) window.setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), ms);
  }, []);
  const close = (id: number) => setToasts((list) => list.filter((t) => t.id !== id));
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div className="toast" key={t.id}>
            <span>{t.text}</span>
            {t.action && (
              <button type="button" className="btn btn-sm" onClick={t.action.run}>
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast-close" onClick={() => close(t.id)} aria-label="Đóng thông báo" title="Đóng">
              <X size={16} aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
