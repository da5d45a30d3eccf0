import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';

/**
 * A button that shows and hides a panel (the disclosure pattern): `aria-expanded` says which, `aria-controls`
 * names the panel. Escape inside the panel closes it and puts focus back on the button, so a keyboard user is
 * never left on something that just disappeared; going to another screen closes it too. Whether the panel is
 * hidden at all is up to the CSS: on wide screens it is always shown and the button is not.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [location] = useLocation();
  useEffect(() => setOpen(false), [location]);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation();
        close();
      }
    },
    [open, close],
  );
  return {
    open,
    buttonProps: { ref: button, type: 'button' as const, 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen((was) => !was), onKeyDown },
    panelProps: { id: panelId, 'data-open': open, onKeyDown },
  };
}
