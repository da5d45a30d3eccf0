import { useDocumentTitle } from '../../lib/use-document-title';
import { CalendarFeedSection } from './calendar-feed-section';
import { useSettingsTexts } from './settings-texts';

/** `/settings` for every signed-in person: what concerns them rather than a cycle. */
export function SettingsPage() {
  const { s } = useSettingsTexts();
  useDocumentTitle(s('title'));
  return (
    <div className="page">
      <div className="page__head">
        <h1>{s('title')}</h1>
      </div>
      <CalendarFeedSection />
    </div>
  );
}
