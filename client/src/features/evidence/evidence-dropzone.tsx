import { useRef, useState, type DragEvent } from 'react';
import { Button } from '../../components/ui/button';
import { ProgressMeter } from '../../components/ui/progress-meter';
import { formatBytes } from '../../lib/format';
import { useEvidenceTexts } from './evidence-texts';
import type { UploadedEvidence } from './upload-evidence';
import { useEvidenceUploads, type UploadItem } from './use-evidence-uploads';

/** What the file picker offers; the server decides by content, this only narrows the dialog. */
const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.doc,.xls,.ppt,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv';

interface EvidenceDropzoneProps {
  cycleId?: string;
  maxBytes: number;
  onStored?: (evidence: UploadedEvidence) => void | Promise<void>;
  /** A smaller zone, as inside a norm of the self-evaluation. */
  compact?: boolean;
  testId?: string;
}

/**
 * Drag-and-drop upload with a progress bar per file. The button opens the file dialog, so it works with a
 * keyboard and on a tablet as well; dropping is the shortcut, not the only way.
 */
export function EvidenceDropzone({ cycleId, maxBytes, onStored, compact = false, testId = 'evidence-dropzone' }: EvidenceDropzoneProps) {
  const { e, locale } = useEvidenceTexts();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { items, start } = useEvidenceUploads({ cycleId, maxBytes, onStored });

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    start(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={['dropzone', compact && 'dropzone--compact', over && 'dropzone--over'].filter(Boolean).join(' ')}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      {!compact && <p className="dropzone__title">{e('dropTitle')}</p>}
      <p className="dropzone__hint muted">{e('dropHint', { max: formatBytes(maxBytes, locale) })}</p>
      <Button variant="secondary" onClick={() => input.current?.click()}>
        {e('choose')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          start(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      {items.length > 0 && (
        <ul className="uploads">
          {items.map((item) => (
            <UploadLine key={item.key} item={item} maxBytes={maxBytes} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadLine({ item, maxBytes }: { item: UploadItem; maxBytes: number }) {
  const { e, locale, errorText } = useEvidenceTexts();
  if (item.state === 'failed') {
    const reason = item.error?.code === 'TOO_LARGE_LOCAL' ? e('tooLargeBeforeUpload', { name: item.name, max: formatBytes(maxBytes, locale) }) : e('failed', { name: item.name, reason: errorText(item.error!) });
    return (
      <li className="uploads__item">
        <p role="alert" className="alert alert--error">
          {reason}
        </p>
      </li>
    );
  }
  if (item.state === 'stored' || item.state === 'existing') {
    return (
      <li className="uploads__item">
        <p role="status" className="alert alert--success">
          {item.state === 'existing'
            ? e('alreadyStored', { name: item.name })
            : item.storedAs && item.storedAs !== item.name
              ? e('storedAs', { name: item.name, safe: item.storedAs })
              : e('stored', { name: item.name })}
        </p>
      </li>
    );
  }
  const percent = item.total > 0 ? Math.round((item.loaded / item.total) * 100) : 0;
  return (
    <li className="uploads__item">
      <ProgressMeter value={item.loaded} max={item.total} label={e('uploading', { name: item.name })} text={e('progress', { percent, name: item.name })} testId="upload-progress" />
    </li>
  );
}
