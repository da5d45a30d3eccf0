import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../i18n/dictionary';

/** The notifications page and the unread badge, shared by every party. */
const nl = {
  title: 'Meldingen',
  intro: 'Wat er in uw cycli gebeurde en wat van u gevraagd wordt. Nieuwe meldingen staan gemarkeerd.',
  unreadOnly: 'Alleen ongelezen meldingen tonen',
  empty: 'U heeft nog geen meldingen.',
  emptyUnread: 'U heeft geen ongelezen meldingen.',
  caption: '{{shown}} van {{count}} meldingen',
  unread: 'Nieuw',
  read: 'Gelezen',
  markRead: 'Markeren als gelezen',
  markReadLabel: 'Markeren als gelezen: {{title}}',
  markAllRead: 'Alle getoonde als gelezen markeren',
  marking: 'Bezig…',
  marked_one: '1 melding gemarkeerd als gelezen.',
  marked_other: '{{count}} meldingen gemarkeerd als gelezen.',
  loadMore: 'Meer laden',
  received: 'Ontvangen op {{date}}',
  openStep: 'Naar deze stap',
  openStepLabel: 'Naar deze stap: {{title}}',
  categoryFilter: 'Soort melding',
  allCategories: 'Alle',
  emptyCategory: 'Geen meldingen van deze soort.',
  category: {
    ACTION_NEEDED: 'Actie nodig',
    PROGRESS: 'Voortgang',
    DEADLINE: 'Termijn',
  },
  openQuestionnaire: 'Naar de vragenlijst',
  openQuestionnaireLabel: 'Naar de vragenlijst: {{title}}',
  kind: {
    REMINDER: 'Herinnering',
    OVERDUE: 'Termijn verstreken',
    TRANSITION: 'Voortgang',
    RECERTIFICATION: 'Hercertificering',
    EXPIRED: 'Verlopen',
    SECURITY: 'Beveiliging',
    INVITATION: 'Uitnodiging',
    OTHER: 'Melding',
  },
  badge_one: '{{count}} ongelezen melding',
  badge_other: '{{count}} ongelezen meldingen',
  badgeNone: 'Geen ongelezen meldingen',
};

const en: Dictionary<typeof nl> = {
  title: 'Notifications',
  intro: 'What happened in your cycles and what is asked of you. New notifications are marked.',
  unreadOnly: 'Show unread notifications only',
  empty: 'You have no notifications yet.',
  emptyUnread: 'You have no unread notifications.',
  caption: '{{shown}} of {{count}} notifications',
  unread: 'New',
  read: 'Read',
  markRead: 'Mark as read',
  markReadLabel: 'Mark as read: {{title}}',
  markAllRead: 'Mark all shown as read',
  marking: 'Working…',
  marked_one: '1 notification marked as read.',
  marked_other: '{{count}} notifications marked as read.',
  loadMore: 'Load more',
  received: 'Received on {{date}}',
  openStep: 'Go to this step',
  openStepLabel: 'Go to this step: {{title}}',
  categoryFilter: 'Kind of notification',
  allCategories: 'All',
  emptyCategory: 'No notifications of this kind.',
  category: {
    ACTION_NEEDED: 'Action needed',
    PROGRESS: 'Progress',
    DEADLINE: 'Deadline',
  },
  openQuestionnaire: 'Go to the questionnaire',
  openQuestionnaireLabel: 'Go to the questionnaire: {{title}}',
  kind: {
    REMINDER: 'Reminder',
    OVERDUE: 'Deadline passed',
    TRANSITION: 'Progress',
    RECERTIFICATION: 'Recertification',
    EXPIRED: 'Expired',
    SECURITY: 'Security',
    INVITATION: 'Invitation',
    OTHER: 'Notification',
  },
  badge_one: '{{count}} unread notification',
  badge_other: '{{count}} unread notifications',
  badgeNone: 'No unread notifications',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    notifications: typeof nl;
  }
}

registerTexts('notifications', { nl, en });

const KINDS = new Set(Object.keys(nl.kind));
export type NotificationKind = keyof typeof nl.kind;

/** The server's kind, or OTHER for one this client does not know yet. */
export const kindOf = (kind: string): NotificationKind => (KINDS.has(kind) ? (kind as NotificationKind) : 'OTHER');

export function useNotificationTexts() {
  const { t: n } = useTranslation('notifications');
  const { t } = useTranslation();
  return { n, locale: t('locale') };
}
