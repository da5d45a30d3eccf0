import { formatBytes } from '../../lib/format';
import { useInstitutionTexts } from './institution-texts';

export interface EvidenceFile {
  id: string;
  name: string;
  size: number;
  downloadUrl: string;
}

interface EvidenceFilesProps {
  files: EvidenceFile[];
  /** What to say when there are none. */
  none: string;
  labelledBy?: string;
  testId?: string;
}

/** The organisation's files an auditor reads beside a norm or an action, each downloadable. */
export function EvidenceFiles({ files, none, labelledBy, testId }: EvidenceFilesProps) {
  const { i, locale } = useInstitutionTexts();
  if (files.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className="inst-evidence" aria-labelledby={labelledBy} data-testid={testId}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.downloadUrl} download={file.name} aria-label={i('findings.download', { name: file.name })}>
            {file.name}
          </a>{' '}
          <span className="muted">({formatBytes(file.size, locale)})</span>
        </li>
      ))}
    </ul>
  );
}
