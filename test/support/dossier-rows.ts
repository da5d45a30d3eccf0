import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentKey } from '../../server/src/modules/evidence/storage/evidence-storage';
import type { Services } from '../../server/src/services';
import type { SqlConnection } from './read-model-rows';

/** A stored evidence file as the tests know it. */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  sha256: string;
}

/**
 * Writes an evidence file straight into the evidence storage (spool file, then the storage's own commit, as
 * an upload ends) and its row, without the HTTP upload: for dossiers of hundreds of megabytes. The bytes are
 * hashed as they are written; nothing is held in memory but one chunk.
 */
export async function storeEvidence(
  services: Services,
  conn: SqlConnection,
  file: { organisationId: string; uploadedById: string; name: string; type: string; content: Iterable<Buffer> },
): Promise<StoredFile> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lc-spool-'));
  const spool = path.join(dir, 'file');
  const out = createWriteStream(spool);
  const hash = createHash('sha256');
  let size = 0;
  for (const chunk of file.content) {
    hash.update(chunk);
    size += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const sha256 = hash.digest('hex');
  const key = contentKey(file.organisationId, sha256);
  await services.evidence.storage.commit(spool, key, { size, sha256, type: file.type });
  rmSync(dir, { recursive: true, force: true });
  const id = randomUUID();
  await conn.execute(
    `insert into evidence (id, organisation_id, uploaded_by_id, name, original_name, type, size, sha256, storage_key, document_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, file.organisationId, file.uploadedById, file.name, file.name, file.type, size, sha256, key, id],
  );
  return { id, name: file.name, size, sha256 };
}

/** Links evidence in a cycle to exactly one target (as linkEvidence does), in the given phase. */
export async function linkEvidenceRow(
  conn: SqlConnection,
  link: { evidenceId: string; cycleId: string; linkedById: string; phase: string; target: 'norm_id' | 'self_evaluation_answer_id'; targetId: string },
): Promise<void> {
  await conn.execute(
    `insert into evidence_link (id, evidence_id, cycle_id, ${link.target}, linked_in_phase, linked_by_id) values (?, ?, ?, ?, ?, ?)`,
    [randomUUID(), link.evidenceId, link.cycleId, link.targetId, link.phase, link.linkedById],
  );
}

/** The names in a zip file, as Info-ZIP's unzip lists them (it fails on a zip without its central directory). */
export function zipNames(zipPath: string): string[] {
  return execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** One member's bytes; the name is matched literally, not as a pattern. */
export function zipMember(zipPath: string, name: string): Buffer {
  const literal = name.replace(/[[\]*?\\]/g, (c) => `[${c}]`);
  return execFileSync('unzip', ['-p', zipPath, literal], { maxBuffer: 256 * 1024 * 1024 });
}

export const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** GET /cycles/:cycleId/dossier.zip with a session cookie (or none); the body whole (the dossiers of these tests are small). */
export async function downloadDossier(baseUrl: string, cycleId: string, cookie: string | null) {
  const res = await fetch(`${baseUrl}/cycles/${cycleId}/dossier.zip`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, contentType: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}
