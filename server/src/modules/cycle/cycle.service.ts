import type { Change } from '../../common/mutation-id';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../common/errors';
import { decodeCursor, pageFrom, type Page } from '../../common/pagination';
import type { CycleCommands } from '../../temporal/cycle-commands';
import type { AccessPolicy } from '../access/access-policy';
import { seen } from '../access/references';
import { FrameworkStatus, FrameworkVersion } from '../framework/framework-version.entity';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';
import { CycleTransition } from './cycle-transition.entity';
import { Cycle } from './cycle.entity';
import { scopeUnitsOf } from './scope';
import { durationsFrom } from './cycle-durations';
import type { StartCycleInput } from './dto/start-cycle.input';

/** Starting cycles, sending their commands to the workflow, and reading their projection. */
export class CycleService {
  constructor(
    private readonly commands: CycleCommands,
    private readonly policy: AccessPolicy,
    /** TEST_SECONDS_DURATIONS: see durationsFrom. */
    private readonly testSecondsDurations = false,
  ) {}

  async start(em: EntityManager, user: User, input: Change<StartCycleInput>): Promise<Cycle> {
    const organisationId = user.organisation?.id;
    if (!organisationId || user.role !== Role.ORG_QUALITY_OFFICER) {
      throw new DomainError('NOT_ALLOWED', "Only an organisation's quality officer can start a cycle.");
    }
    const scopeUnits = scopeUnitsOf(input.wholeOrganisation, input.scopeUnits, 'scopeUnits');
    // A draft is the sector body's: to an organisation it is not found. A retired one it may see, but not start on.
    const version = seen(
      await em.findOne(FrameworkVersion, { id: input.frameworkVersionId }),
      (v) => this.policy.canSeeFrameworkVersion(user, v),
      'Framework version',
      'frameworkVersionId',
    );
    if (version.status !== FrameworkStatus.PUBLISHED) throw badInput('frameworkVersionId', 'Choose a published framework version.', 'frameworkNotPublished');

    let cycle = await this.openCycle(em, organisationId);
    if (!cycle) {
      cycle = em.create(Cycle, {
        organisation: organisationId,
        frameworkVersion: version.id,
        startedBy: user.id,
        variant: input.variant,
        wholeOrganisation: input.wholeOrganisation,
        scopeUnits,
        fte: input.fte,
      });
      try {
        await em.flush();
      } catch (err) {
        // Two starts raced; the partial unique index let one through. Return that one.
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        em.clear();
        cycle = await this.openCycle(em, organisationId);
        if (!cycle) throw err;
      }
    }
    await this.ensureWorkflow(cycle);
    if (cycle.seq === 0) {
      await this.commands.awaitStarted(cycle.id);
      return em.findOneOrFail(Cycle, { id: cycle.id }, { refresh: true });
    }
    return cycle;
  }

  /**
   * Starts the cycle's workflow with the durations of its pinned framework version. Also after a crash
   * between the insert and the start: starting again attaches to the same workflow.
   */
  async ensureWorkflow(cycle: Cycle): Promise<void> {
    const version = await cycle.frameworkVersion.loadOrFail();
    await this.commands.ensureStarted({
      cycleId: cycle.id,
      organisationId: cycle.organisation.id,
      startedBy: cycle.startedBy.id,
      durations: durationsFrom(version.rules, this.testSecondsDurations),
      previousCycleId: cycle.previousCycle?.id ?? null,
    });
  }

  async get(em: EntityManager, user: User, cycleId: string): Promise<Cycle> {
    const cycle = await em.findOne(Cycle, { $and: [{ id: cycleId }, this.policy.cycleFilter(user)] });
    if (!cycle) throw notFound('Cycle');
    return cycle;
  }

  async list(em: EntityManager, user: User, first: number, after?: string | null): Promise<Page<Cycle>> {
    const scope = this.policy.cycleFilter(user);
    const cursor = after ? decodeCursor(after) : null;
    const keyset = cursor
      ? { $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] }
      : {};
    const [rows, total] = await Promise.all([
      em.find(Cycle, { $and: [scope, keyset] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      em.count(Cycle, scope),
    ]);
    return pageFrom(rows, first, total);
  }

  async events(em: EntityManager, user: User, cycleId: string): Promise<CycleTransition[]> {
    const cycle = await this.get(em, user, cycleId);
    return em.find(CycleTransition, { cycle: cycle.id }, { orderBy: { seq: 'asc' } });
  }

  private openCycle(em: EntityManager, organisationId: string): Promise<Cycle | null> {
    return em.findOne(Cycle, { organisation: organisationId, closedAt: null });
  }
}
