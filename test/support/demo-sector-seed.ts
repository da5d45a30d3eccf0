import { seedDemoSector, type SectorSeedResult } from '../../server/src/db/seeders/demo-sector';
import type { Stack } from './stack';

/** The reduced sector of the tests: the first fourteen profiles, which between them reach every phase, variant and certificate state. */
export const REDUCED_SECTOR_SIZE = 14;

/**
 * Seeds the reduced sector on the test stack (which counts the history version's amounts as seconds): an expired
 * and a renewed certificate within a minute. Both of its tests seed it the same way, so whichever runs first
 * seeds it for the other.
 */
export function seedReducedSector(stack: Stack): Promise<SectorSeedResult> {
  return seedDemoSector(() => stack.orm.em.fork(), stack.services, stack.demo.framework, {
    size: REDUCED_SECTOR_SIZE,
    concurrency: 3,
    history: { validitySeconds: 45, reminderSeconds: 37 },
  });
}
