import type { ButtonHTMLAttributes, MouseEvent } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary';
  /** While true the button ignores clicks and shows busyLabel. */
  busy?: boolean;
  busyLabel?: string;
}

/**
 * A busy button is aria-disabled rather than disabled: a disabled button drops keyboard focus to the
 * page, and the user would have to find their place again after every save.
 */
export function Button({ variant = 'primary', busy = false, busyLabel, className, onClick, children, type, ...rest }: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault(); // also stops a second form submission
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
