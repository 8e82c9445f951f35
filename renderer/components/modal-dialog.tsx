import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  onClose: () => void;
  testId?: string;
  /** Extra classes, e.g. a wider dialog for a whole screen's work (payment). */
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the rest inert and
 * turns Escape into a 'cancel' event. Mounted only while open, so its
 * contents start fresh each time.
 */
export function ModalDialog({ labelledBy, onClose, testId, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before showModal and is lost; mark the first field instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Give focus back where it came from, so keyboard work carries on from there.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Chrome may close a dialog without 'cancel' (a second quick Escape): keep React's state in step.
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
