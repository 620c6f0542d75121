import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

// One message at a time at the bottom of the page: what just happened, an
// error in the user's words, or an undo ("Hoàn tác") for a few seconds.
// The timer waits while the pointer or the keyboard is on the message.

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => unknown };
  durationMs?: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const t = useMessages(libraryMessages);
  const [toast, setToast] = useState<(ToastInput & { key: number }) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const serial = useRef(0);
  const show = useCallback((input: ToastInput) => setToast({ ...input, key: ++serial.current }), []);
  const dismiss = () => setToast(null);
  const start = () => {
    clearTimeout(timer.current);
    if (toast) timer.current = setTimeout(dismiss, toast.durationMs ?? (toast.tone === 'error' ? 10_000 : 6_000));
  };
  const hold = () => clearTimeout(timer.current);
  useEffect(() => {
    start();
    return hold;
  }, [toast]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div class="toast-region" role={toast?.tone === 'error' ? 'alert' : 'status'} aria-live={toast?.tone === 'error' ? 'assertive' : 'polite'}>
        {toast && (
          <div key={toast.key} class={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`} onMouseEnter={hold} onMouseLeave={start} onFocusIn={hold} onFocusOut={start}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                class="toast-action"
                onClick={() => {
                  dismiss();
                  void toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" class="toast-close" aria-label={t('toast.close')} onClick={dismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
