import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';

/** Within this many days a deadline is shown as close; the scheme sets the deadlines, not this window. */
export const SOON_DAYS = 7;

const DAY_MS = 86_400_000;

export type DeadlineUrgency = 'overdue' | 'soon' | 'later';

/**
 * Whole days from now to the deadline, rounded down: a deadline within a day is "0 days" away, one passed
 * less than a day ago is -1. A day-only deadline (YYYY-MM-DD) counts to the end of that day.
 */
export function daysLeft(due: string, now = Date.now()): number {
  const end = due.length === 10 ? new Date(`${due}T23:59:59Z`).getTime() : new Date(due).getTime();
  return Math.floor((end - now) / DAY_MS);
}

export function urgencyOf(days: number, overdue?: boolean): DeadlineUrgency {
  if (overdue ?? days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

interface DeadlineProps {
  /** A moment (ISO date-time) or a day (YYYY-MM-DD). */
  due: string;
  /** The server's verdict when it gives one: it, not the device's clock, says a step is late. */
  overdue?: boolean;
}

/**
 * "nog 5 dagen", "vandaag", "3 dagen te laat" with an urgency tag. The tag carries words as well as
 * colour, so the urgency does not rest on colour alone.
 */
export function DaysLeft({ due, overdue }: DeadlineProps) {
  const { t } = useTranslation();
  const days = daysLeft(due);
  const urgency = urgencyOf(days, overdue);
  let left: string;
  if (urgency === 'overdue') left = days < 0 ? t('deadline.late', { count: -days }) : t('deadline.lateToday');
  else left = days === 0 ? t('deadline.today') : t('deadline.left', { count: days });
  return (
    <span className={`deadline deadline--${urgency}`} data-testid="deadline" data-urgency={urgency} data-days={days}>
      {urgency !== 'later' && <span className="deadline__badge">{t(`deadline.urgency.${urgency}`)}</span>}
      <span className="deadline__left">{left}</span>
    </span>
  );
}

/** The deadline's date, then how many days are left and how urgent that is. */
export function Deadline({ due, overdue }: DeadlineProps) {
  const { t } = useTranslation();
  const locale = t('locale');
  const when = due.length === 10 ? formatDate(due, locale) : formatDateTime(due, locale);
  return (
    <span className="deadline-line">
      <time dateTime={due}>{when}</time> <DaysLeft due={due} overdue={overdue} />
    </span>
  );
}
