import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** A command held back until the user has checked what it does. */
export interface ConfirmStepState {
  asking: boolean;
  /** Holds the command and shows the check instead of the button that asked for it. */
  ask(command: () => Promise<unknown>): void;
  back(): void;
  confirm(): Promise<void>;
}

export function useConfirmStep(): ConfirmStepState {
  const [command, setCommand] = useState<(() => Promise<unknown>) | null>(null);
  return {
    asking: command !== null,
    ask: (next) => setCommand(() => next),
    back: () => setCommand(null),
    async confirm() {
      if (!command) return;
      await command();
      // Success or refusal, the check has done its work: a refusal shows beside the form it is about.
      setCommand(null);
    },
  };
}

interface ConfirmStepProps {
  step: ConfirmStepState;
  /** What will happen, in the words of the screen. */
  effect: ReactNode;
  /** Who will be told (or that nobody is). */
  told: ReactNode;
  /** The answers being sent, when the command carries any. */
  answers?: ReactNode;
  busy: boolean;
  busyLabel?: string;
  /** The button that asks, shown while the check is not open. */
  children: ReactNode;
}

/**
 * "Check your answers" before a step that cannot be undone: what will happen, who will be told, and
 * Confirm / Back. Neither is the default: Enter in a field does not confirm, and focus moves to the heading
 * so a screen reader reads the check first.
 */
export function ConfirmStep({ step, effect, told, answers, busy, busyLabel, children }: ConfirmStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step.asking) heading.current?.focus();
  }, [step.asking]);
  if (!step.asking) return <>{children}</>;
  return (
    <section className="confirm-step" aria-labelledby={`${id}-title`} data-testid="confirm-step">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('confirmStep.title')}
      </h3>
      <dl className="confirm-step__facts">
        {answers && (
          <>
            <dt>{t('confirmStep.answers')}</dt>
            <dd>{answers}</dd>
          </>
        )}
        <dt>{t('confirmStep.effect')}</dt>
        <dd>{effect}</dd>
        <dt>{t('confirmStep.told')}</dt>
        <dd>{told}</dd>
      </dl>
      <p className="muted">{t('confirmStep.final')}</p>
      <div className="actions">
        <Button busy={busy} busyLabel={busyLabel} onClick={() => void step.confirm()}>
          {t('confirmStep.confirm')}
        </Button>
        <Button variant="secondary" onClick={step.back}>
          {t('confirmStep.back')}
        </Button>
      </div>
    </section>
  );
}
