import { wrap } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { entityById } from '../../server/src/common/entity-by-id';
import { Organisation } from '../../server/src/modules/organisation/organisation.entity';
import { createOrganisation, type OrgFixture } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The short read by ID answers as `em.findOne` by ID does: the entity the unit of work holds with its data,
 * unless refreshed; a reference it holds without data is read and filled in place; the row as stored
 * otherwise; null for an ID of nothing.
 */

let stack: Stack;
let org: OrgFixture;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  org = await createOrganisation(stack.orm.em.fork(), 'Kortweg');
}, 60_000);

afterAll(() => stack?.stop());

it('reads the row as stored, as a managed entity', async () => {
  const em = stack.orm.em.fork();
  const found = await entityById(em, Organisation, org.organisation.id);
  expect(found).toMatchObject({ id: org.organisation.id, name: org.organisation.name, place: org.organisation.place });
  expect(found!.createdAt).toBeInstanceOf(Date);
  expect(em.getUnitOfWork().getById(Organisation.name, org.organisation.id)).toBe(found);
});

it('fills a reference the unit of work holds without its data', async () => {
  const em = stack.orm.em.fork();
  const reference = em.getReference(Organisation, org.organisation.id);
  expect(wrap(reference).isInitialized()).toBe(false);
  const found = await entityById(em, Organisation, org.organisation.id);
  expect(found).toBe(reference);
  expect(found!.name).toBe(org.organisation.name);
});

it('keeps what the unit of work holds unless told to refresh, like findOne', async () => {
  const em = stack.orm.em.fork();
  const held = (await entityById(em, Organisation, org.organisation.id))!;
  held.name = 'Nog niet bewaard';
  expect((await entityById(em, Organisation, org.organisation.id))!.name).toBe('Nog niet bewaard');
  expect((await entityById(em, Organisation, org.organisation.id, { refresh: true }))!.name).toBe(org.organisation.name);
});

it('answers null for an ID of nothing', async () => {
  expect(await entityById(stack.orm.em.fork(), Organisation, randomUUID())).toBeNull();
});
