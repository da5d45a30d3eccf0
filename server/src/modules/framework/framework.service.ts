import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, notFound } from '../../common/errors';
import { assertRevision } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import { Competency } from './competency.entity';
import type { FrameworkVersionCommandInput } from './dto/framework-version-command.input';
import type { ImportFrameworkVersionInput } from './dto/import-framework-version.input';
import type { UpdateSchemeRulesInput } from './dto/update-scheme-rules.input';
import type { UpdateVariantGuideInput } from './dto/update-variant-guide.input';
import { guideProblems } from '../../../../workflows/src/rules';
import { FrameworkCategory } from './framework-category.entity';
import { PLACEHOLDER_GUIDE, type VariantGuide } from './variant-guide.types';
import { PLACEHOLDER_RULES } from './framework-rules';
import { FrameworkStatus, FrameworkVersion } from './framework-version.entity';
import type { ImportError, ImportedFramework } from './import/framework-import.types';
import { describeImportError } from './import/import-errors';
import { parseFramework } from './import/parse-framework';
import { Norm } from './norm.entity';
import { toStoredRules, validateSchemeRules } from './scheme-rules-validation';

const SCHEME_EDITORS = [Role.SECTOR_ADMIN] as const;

/**
 * The sector body's scheme versions: import as a draft, set the rules, publish, retire. A published
 * version is pinned by the cycles that use it, so its content and rules never change; a retired one is
 * no longer offered for new cycles, and the cycles that pinned it keep it.
 */
export class FrameworkService {
  constructor(private readonly policy: AccessPolicy) {}

  /** A new draft version from a JSON or CSV file, written in one transaction: all of it or, on any problem, nothing. */
  async importVersion(em: EntityManager, user: User, input: ImportFrameworkVersionInput): Promise<FrameworkVersion> {
    this.policy.assertSectorRole(user, SCHEME_EDITORS);
    const parsed = parseFramework(input.format, input.content);
    if (!parsed.ok) throw importRefusal(parsed.errors, parsed.errorCount);

    const name = input.name.trim();
    const version = input.version.trim();
    // Checked before the write for a clear answer; the unique index still decides when two imports race.
    if ((await em.count(FrameworkVersion, { name, version })) > 0) throw duplicateVersion(name, version);
    try {
      return await em.transactional(async (tx) => {
        const created = tx.create(FrameworkVersion, {
          name,
          version,
          effectiveDate: input.effectiveDate,
          status: FrameworkStatus.DRAFT,
          illustrative: input.illustrative ?? false,
          rules: PLACEHOLDER_RULES,
          variantGuide: PLACEHOLDER_GUIDE,
        });
        writeContent(tx, created, parsed.framework);
        await tx.flush();
        return created;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicateVersion(name, version);
      throw err;
    }
  }

  async publish(em: EntityManager, user: User, input: FrameworkVersionCommandInput): Promise<FrameworkVersion> {
    this.policy.assertSectorRole(user, SCHEME_EDITORS);
    return em.transactional(async (tx) => {
      const version = await this.lockedVersion(tx, input.frameworkVersionId);
      if (version.status !== FrameworkStatus.DRAFT) {
        throw new DomainError(
          'WRONG_PHASE',
          `Only a draft version can be published; this version is ${version.status}. To change a published framework, import it as a new version.`,
        );
      }
      if ((await tx.count(Norm, { frameworkVersion: version.id })) === 0) {
        throw new DomainError('INCOMPLETE', 'This version has no norms, so no cycle could be assessed against it; import a file with its norms first.');
      }
      version.status = FrameworkStatus.PUBLISHED;
      return version;
    });
  }

  async retire(em: EntityManager, user: User, input: FrameworkVersionCommandInput): Promise<FrameworkVersion> {
    this.policy.assertSectorRole(user, SCHEME_EDITORS);
    return em.transactional(async (tx) => {
      const version = await this.lockedVersion(tx, input.frameworkVersionId);
      if (version.status !== FrameworkStatus.PUBLISHED) {
        throw new DomainError('WRONG_PHASE', `Only a published version can be retired; this version is ${version.status}.`);
      }
      version.status = FrameworkStatus.RETIRED;
      return version;
    });
  }

  async updateRules(em: EntityManager, user: User, input: UpdateSchemeRulesInput): Promise<FrameworkVersion> {
    this.policy.assertSectorRole(user, SCHEME_EDITORS);
    const problems = validateSchemeRules(input.rules);
    if (problems.length > 0) {
      const [first] = problems;
      throw new DomainError('BAD_USER_INPUT', `${first.field}: ${first.message}`, first.field, { fieldErrors: problems, ...(first.rule ? { rule: first.rule, ...first.params } : {}) });
    }
    return em.transactional(async (tx) => {
      const version = await this.lockedVersion(tx, input.frameworkVersionId);
      if (version.status !== FrameworkStatus.DRAFT) {
        throw new DomainError(
          'WRONG_PHASE',
          `The rules of a ${version.status} version cannot change: cycles rely on them. Import a new version and set its rules before publishing it.`,
        );
      }
      // Under the version's row lock, which every save of the rules takes: of two saves from one revision, one wins.
      await assertRevision(input.expectedRevision, {
        revision: version.rulesRevision,
        value: { rules: version.rules },
        by: version.rulesUpdatedBy,
        at: version.rulesUpdatedAt ?? version.createdAt,
      });
      version.rules = toStoredRules(input.rules);
      version.rulesRevision += 1;
      version.rulesUpdatedBy = tx.getReference(User, user.id, { wrapped: true });
      version.rulesUpdatedAt = new Date();
      return version;
    });
  }

  /**
   * Loads the sector body's decision tree. Unlike the rules it may change on a published version: a cycle
   * stores the answers in the words it was shown, so no cycle relies on the tree after its preparation.
   * A retired version is offered to nobody, so its tree no longer matters.
   */
  async updateVariantGuide(em: EntityManager, user: User, input: UpdateVariantGuideInput): Promise<FrameworkVersion> {
    this.policy.assertSectorRole(user, SCHEME_EDITORS);
    const guide = { placeholder: false, start: input.guide.start, questions: input.guide.questions };
    const problems = guideProblems(guide);
    if (problems.length > 0) {
      const [first] = problems;
      throw new DomainError('BAD_USER_INPUT', `${first.field}: ${first.message}`, first.field, { fieldErrors: problems });
    }
    return em.transactional(async (tx) => {
      const version = await this.lockedVersion(tx, input.frameworkVersionId);
      if (version.status === FrameworkStatus.RETIRED) {
        throw new DomainError('WRONG_PHASE', 'A retired version is offered to no organisation; load the tree into a draft or published version.');
      }
      // Under the version's row lock, as for the rules: of two saves of the tree from one revision, one wins.
      await assertRevision(input.expectedRevision, {
        revision: version.variantGuideRevision,
        value: { guide: version.variantGuide },
        by: version.variantGuideUpdatedBy,
        at: version.variantGuideUpdatedAt ?? version.createdAt,
      });
      version.variantGuide = storedGuide(guide);
      version.variantGuideRevision += 1;
      version.variantGuideUpdatedBy = tx.getReference(User, user.id, { wrapped: true });
      version.variantGuideUpdatedAt = new Date();
      return version;
    });
  }

  /** Row lock: publish, retire and rule changes on one version cannot interleave. */
  private async lockedVersion(tx: EntityManager, id: string): Promise<FrameworkVersion> {
    const version = await tx.findOne(FrameworkVersion, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!version) throw notFound('Framework version');
    return version;
  }
}

function writeContent(tx: EntityManager, version: FrameworkVersion, framework: ImportedFramework): void {
  const competencies = new Map<string, Competency>();
  framework.competencies.forEach((c, i) => {
    competencies.set(c.code, tx.create(Competency, { frameworkVersion: version, code: c.code, title: c.title, position: i + 1 }));
  });
  framework.categories.forEach((c, ci) => {
    const category = tx.create(FrameworkCategory, { frameworkVersion: version, code: c.code, title: c.title, position: ci + 1 });
    c.norms.forEach((n, ni) => {
      const norm = tx.create(Norm, {
        frameworkVersion: version,
        category,
        code: n.code,
        title: n.title,
        description: n.description,
        guidance: n.guidance,
        exampleEvidence: n.exampleEvidence,
        position: ni + 1,
      });
      norm.competencies.set(n.competencyCodes.map((code) => competencies.get(code)!));
    });
  });
}

function importRefusal(errors: ImportError[], errorCount: number): DomainError {
  const more = errorCount > 1 ? ` (and ${errorCount - 1} more ${errorCount === 2 ? 'problem' : 'problems'})` : '';
  return new DomainError('BAD_USER_INPUT', `${describeImportError(errors[0])}${more}. Nothing was imported.`, 'content', {
    importErrors: errors,
    importErrorCount: errorCount,
  });
}

function duplicateVersion(name: string, version: string): DomainError {
  return new DomainError('CONFLICT', `Version ${version} of "${name}" already exists; give the new import another version.`, 'version');
}

/** Only the fields of the tree, with optional ones left out when empty, whatever else the input object carries. */
function storedGuide(guide: VariantGuide): VariantGuide {
  return {
    placeholder: guide.placeholder,
    start: guide.start,
    questions: guide.questions.map((q) => ({
      key: q.key,
      text: q.text.trim(),
      ...(q.help?.trim() && { help: q.help.trim() }),
      options: q.options.map((o) => ({
        key: o.key,
        label: o.label.trim(),
        ...(o.next && { next: o.next }),
        ...(o.variant && { variant: o.variant }),
        ...(o.wholeOrganisation != null && { wholeOrganisation: o.wholeOrganisation }),
      })),
    })),
  };
}
