import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { useRefusalText } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { FrameworkImportFormat, Role } from '../../../gql/graphql';
import type { UserError } from '../../../lib/errors';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
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

// In the order of the form: the summary lists the problems in that order. `content` is the file.
const FIELDS = { name: 'import-name', version: 'import-version', effectiveDate: 'import-effective-date', content: 'import-file', format: 'import-format' };

interface ImportValues {
  name: string;
  version: string;
  effectiveDate: string;
  content: File | null;
  format: FrameworkImportFormat;
  illustrative: boolean;
}

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
  const refusalText = useRefusalText();
  const [imported, setImported] = useState<{ id: string; name: string; version: string } | null>(null);
  const importVersion = useCommand(ImportMutation, { refetchQueries: [SectorFrameworkVersionsQuery] });
  const loading = importVersion.pending;
  // The form checks only that a file is chosen; what a valid name, version, date or file is, is the server's rule.
  const schema = useMemo(
    () =>
      z.object({
        name: z.string(),
        version: z.string(),
        effectiveDate: z.string(),
        content: z.custom<File | null>((value) => value === null || value instanceof File).refine((file) => file !== null, t('import.chooseFile')),
        format: z.custom<FrameworkImportFormat>(),
        illustrative: z.boolean(),
      }),
    [t],
  );
  const form = useForm<ImportValues>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', version: '', effectiveDate: '', content: null, format: 'JSON', illustrative: false },
  });
  const errors = useFormErrors({ form, refusal: importVersion.refusal, prefix: 'import', fields: FIELDS, text: (refusal: UserError) => refusalText(localise(refusal)) });
  const refused = importVersion.refusal;
  const fileProblems = refused?.field === 'content' && Array.isArray(refused.details.importErrors) ? localise(refused) : null;

  function onFile(chosen: File | null) {
    form.setValue('content', chosen, { shouldDirty: true });
    const detected = chosen ? formatOf(chosen.name) : null;
    if (detected) form.setValue('format', detected, { shouldDirty: true });
  }

  const onSubmit = form.handleSubmit(
    async ({ content: file, ...values }) => {
      setImported(null);
      if (!file) return;
      const content = await file.text();
      const result = await importVersion.run({ input: { ...values, content } });
      const created = result?.importFrameworkVersion;
      if (created) setImported({ id: created.id, name: created.name, version: created.version });
    },
    () => {
      setImported(null);
      importVersion.reset();
    },
  );

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      {role !== 'SECTOR_ADMIN' && <p className="muted">{t('frameworks.onlyAdmin')}</p>}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading || undefined} data-testid="import-form">
        {errors.summary}
        <div className="field">
          <label htmlFor={FIELDS.name}>{t('import.name')}</label>
          <input id={FIELDS.name} type="text" {...form.register('name')} {...errors.invalid('name')} />
          {errors.at('name')}
        </div>
        <div className="sector-form-row">
          <div className="field">
            <label htmlFor={FIELDS.version}>{t('import.version')}</label>
            <input id={FIELDS.version} type="text" {...form.register('version')} {...errors.invalid('version')} />
            {errors.at('version')}
          </div>
          <div className="field">
            <label htmlFor={FIELDS.effectiveDate}>{t('import.effectiveDate')}</label>
            <input id={FIELDS.effectiveDate} type="date" {...form.register('effectiveDate')} {...errors.invalid('effectiveDate')} />
            {errors.at('effectiveDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={FIELDS.content}>{t('import.file')}</label>
          <p id="import-file-hint" className="field__hint">
            {t('import.fileHint')}
          </p>
          <input
            id={FIELDS.content}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
            data-testid="import-file"
            {...errors.invalid('content', 'import-file-hint')}
          />
          {fileProblems ? <ImportProblems id="import-content-error" error={fileProblems} /> : errors.at('content')}
        </div>
        <div className="field field--short">
          <label htmlFor={FIELDS.format}>{t('import.format')}</label>
          <select id={FIELDS.format} {...form.register('format')} {...errors.invalid('format')}>
            <option value="JSON">JSON</option>
            <option value="CSV">CSV</option>
          </select>
          {errors.at('format')}
        </div>
        <label className="choice__option">
          <input type="checkbox" {...form.register('illustrative')} />
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
