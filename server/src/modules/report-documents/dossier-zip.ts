import archiver from 'archiver';
import { createHash } from 'node:crypto';
import { on } from 'node:events';
import { pipeline, Transform, type Readable, type Writable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import type { Dossier, DossierEvidence } from './dossier.service';
import { DOSSIER_TEXTS } from './dossier-texts';

/** The manifest's format, so a program reading it knows which fields to expect. */
export const DOSSIER_FORMAT = 'labelcycle-dossier/1';

/** Evidence bytes that differ from what was stored for them; the archive is broken off rather than finished. */
export class EvidenceIntegrityError extends Error {
  constructor(file: DossierEvidence, got: { size: number; sha256: string }) {
    super(`evidence ${file.evidenceId} (${file.storageKey}) has ${got.size} bytes with SHA-256 ${got.sha256}; stored: ${file.size} bytes, ${file.sha256}`);
  }
}

/** Passes the bytes on while hashing them, and fails at the end when they are not the stored ones. */
function checked(file: DossierEvidence): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const sha256 = hash.digest('hex');
      done(sha256 === file.sha256 && size === file.size ? null : new EvidenceIntegrityError(file, { size, sha256 }));
    },
  });
}

/** manifest.json: what each file in the zip is, where, how large, and its SHA-256. */
export function dossierManifest(dossier: Dossier): Record<string, unknown> {
  const titles = DOSSIER_TEXTS[dossier.locale].titles;
  return {
    format: DOSSIER_FORMAT,
    cycleId: dossier.cycleId,
    organisation: dossier.organisationName,
    language: dossier.locale,
    madeAt: dossier.madeAt.toISOString(),
    integrity:
      'Every evidence file was hashed while it was written into this archive and matched the size and SHA-256 stored at its upload; ' +
      'had one not, the download would have been broken off before this manifest.',
    files: [
      ...dossier.documents.map((d) => ({
        path: d.path,
        kind: d.kind,
        title: titles[d.kind],
        mediaType: d.mediaType,
        size: d.body.length,
        sha256: createHash('sha256').update(d.body).digest('hex'),
      })),
      ...dossier.evidence.map((e) => ({
        path: e.path,
        kind: 'EVIDENCE',
        title: titles.EVIDENCE,
        mediaType: e.mediaType,
        size: e.size,
        sha256: e.sha256,
        evidenceId: e.evidenceId,
        documentId: e.documentId,
        name: e.name,
        originalName: e.originalName,
        uploadedAt: e.uploadedAt.toISOString(),
        links: e.uses.map((u) => ({ ...u, linkedAt: u.linkedAt.toISOString() })),
      })),
    ],
  };
}

/**
 * Writes the dossier as a zip into `out`, one file at a time, so memory holds the made documents and one
 * buffer of evidence, however large the dossier: each evidence file is opened only when the one before it is
 * in the archive, stored as it is (evidence is mostly compressed already; deflating it would only cost
 * time), and hashed on its way in. manifest.json comes last, once every file has passed that check. Rejects
 * when a file differs from what was stored, when the storage fails, or when `out` is closed early (the
 * reader went away); `out` is then destroyed, so an incomplete zip never looks complete.
 */
export async function writeDossierZip(dossier: Dossier, out: Writable, open: (storageKey: string) => Promise<Readable>): Promise<void> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const written = pipelineAsync(archive, out);
  // Awaited below; this only keeps an early failure from counting as unhandled meanwhile.
  written.catch(() => undefined);
  // Kept from the start, so no entry is missed between two waits.
  const entries = on(archive, 'entry') as AsyncIterableIterator<[archiver.EntryData]>;
  const appended = async (name: string) => {
    for (;;) {
      const next = await entries.next();
      if (next.done || next.value[0].name === name) return;
    }
  };
  let current: Transform | null = null;
  try {
    for (const document of dossier.documents) archive.append(document.body, { name: document.path, date: dossier.madeAt });
    for (const file of dossier.evidence) {
      const source = await open(file.storageKey);
      const bytes = checked(file);
      current = bytes;
      // archiver reads a stream through a pipe of its own, which does not carry errors: they are caught here.
      const failed = new Promise<never>((_resolve, reject) => pipeline(source, bytes, (err) => err && reject(err)));
      archive.append(bytes, { name: file.path, date: file.uploadedAt, store: true });
      await Promise.race([appended(file.path), written, failed]);
      current = null;
    }
    archive.append(`${JSON.stringify(dossierManifest(dossier), null, 2)}\n`, { name: 'manifest.json', date: dossier.madeAt });
    // A reader gone meanwhile ends `written` (and the archive with it) before the archive could finish.
    await Promise.race([archive.finalize(), written]);
    await written;
  } catch (err) {
    current?.destroy();
    out.destroy(err as Error);
    throw err;
  } finally {
    await entries.return?.();
  }
}
