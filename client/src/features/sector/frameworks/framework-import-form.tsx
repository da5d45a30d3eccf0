import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { FrameworkImportFormat, Role } from '../../../gql/graphql';
import type { UserError } from '../../../lib/errors';
import { useCommand } from '../../../lib/use-command';
import { useSectorErrors } from '../sector-errors';
import { SectorFrameworkVersionsQuery } from './framework-versions-query';
import { ImportProblems } from './import-problems';

const ImportMutation = graphql(`
  mutation SectorImportFrameworkVersion($input: ImportFrameworkVersionInput!) {
    importFrameworkVersion(input: $input) {
      ...SectorFrameworkVersion
    }
  }
`);

type Field = 'name' | 'version' | 'effectiveDate' | 'format' | 'content';
const FIELDS: readonly string[] = ['name', 'version', 'effectiveDate', 'format', 'content'];

/** CSV or JSON by the file's name; the person can still say otherwise. */
function formatOf(fileName: string): FrameworkImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'CSV';
  if (lower.endsWith('.json')) return 'JSON';
  return null;
}

/**
 * Loads a framework version from a file the sector body holds (the official norm texts are not public).
 * The file is read here and sent as text; a file with problems is refused whole, and every problem is
 * listed with its line beside the file field.
 */
export function FrameworkImportForm({ role }: { role: Role }) {
  const { t } = useTranslation('sector');
  const localise = useSectorErrors();
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [format, setFormat] = useState<FrameworkImportFormat>('JSON');
  const [illustrative, setIllustrative] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<{ id: string; name: string; version: string } | null>(null);
  const importVersion = useCommand(ImportMutation, { refetchQueries: [SectorFrameworkVersionsQuery] });
  const loading = importVersion.pending;
  const error = importVersion.refusal && localise(importVersion.refusal);

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    const detected = chosen ? formatOf(chosen.name) : null;
    if (detected) setFormat(detected);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setImported(null);
    if (!file) {
      importVersion.setRefusal({ code: 'BAD_USER_INPUT', message: t('import.chooseFile'), field: 'content', details: {} });
      return;
    }
    const content = await file.text();
    const result = await importVersion.run({ input: { name, version, effectiveDate, format, illustrative, content } });
    const created = result?.importFrameworkVersion;
    if (created) setImported({ id: created.id, name: created.name, version: created.version });
  }

  const fieldOf = (e: UserError | null): Field | null => (e?.field && FIELDS.includes(e.field) ? (e.field as Field) : null);
  const onField = fieldOf(error);
  const invalid = (field: Field, hint?: string) => ({
    'aria-invalid': onField === field || undefined,
    'aria-describedby': [hint, onField === field ? `import-${field}-error` : undefined].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (field: Field) => {
    if (onField !== field || !error) return null;
    if (field === 'content' && Array.isArray(error.details.importErrors)) {
      return <ImportProblems id="import-content-error" error={error} />;
    }
    return <Refusal id={`import-${field}-error`} className="field__error" refusal={error} />;
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      {role !== 'SECTOR_ADMIN' && <p className="muted">{t('frameworks.onlyAdmin')}</p>}
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined} data-testid="import-form">
        {error && !onField && <Refusal refusal={error} />}
        <div className="field">
          <label htmlFor="import-name">{t('import.name')}</label>
          <input id="import-name" type="text" value={name} onChange={(e) => setName(e.target.value)} {...invalid('name')} />
          {fieldError('name')}
        </div>
        <div className="sector-form-row">
          <div className="field">
            <label htmlFor="import-version">{t('import.version')}</label>
            <input id="import-version" type="text" value={version} onChange={(e) => setVersion(e.target.value)} {...invalid('version')} />
            {fieldError('version')}
          </div>
          <div className="field">
            <label htmlFor="import-effective-date">{t('import.effectiveDate')}</label>
            <input
              id="import-effective-date"
              type="date"
              value={effectiveDate}
              onChange={(e) => setEffectiveDate(e.target.value)}
              {...invalid('effectiveDate')}
            />
            {fieldError('effectiveDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <p id="import-file-hint" className="field__hint">
            {t('import.fileHint')}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={onFile}
            data-testid="import-file"
            {...invalid('content', 'import-file-hint')}
          />
          {fieldError('content')}
        </div>
        <div className="field field--short">
          <label htmlFor="import-format">{t('import.format')}</label>
          <select id="import-format" value={format} onChange={(e) => setFormat(e.target.value as FrameworkImportFormat)} {...invalid('format')}>
            <option value="JSON">JSON</option>
            <option value="CSV">CSV</option>
          </select>
          {fieldError('format')}
        </div>
        <label className="choice__option">
          <input type="checkbox" name="illustrative" checked={illustrative} onChange={(e) => setIllustrative(e.target.checked)} />
          <span>{t('import.illustrative')}</span>
        </label>
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel={t('import.busy')}>
            {t('import.submit')}
          </Button>
        </div>
        <div role="status" data-testid="import-status">
          {imported && (
            <p className="banner banner--success">
              {t('import.done', { name: imported.name, version: imported.version })}{' '}
              <Link href={`/frameworks/${imported.id}`}>{t('import.openImported')}</Link>
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
