import { useEffect } from 'react';
import { useI18n } from './i18n-context';

/** Each screen names itself in the tab title; screen readers announce it, and it helps with many tabs. */
export function useDocumentTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
}
