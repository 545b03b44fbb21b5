import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/test-app';
import { postgresErrorOf } from './postgres-error';

/** What PostgreSQL 15+ really throws through TypeORM, decoded: the reason and the constraint's name. */
describe('postgresErrorOf against PostgreSQL', () => {
  let t: TestApp;
  let networkId: string;
  let organisationId: string;
  let staffId: string;

  beforeAll(async () => {
    t = await createTestApp();
    networkId = (await t.factory.network()).id;
    organisationId = (await t.factory.organisation(networkId)).id;
    staffId = (await t.factory.staffMember(networkId)).id;
  });
  afterAll(() => t.close());

  const refusal = async (write: Promise<unknown>) => {
    const error = await write.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    return postgresErrorOf(error);
  };

  it('names a duplicate', async () => {
    const user = await t.factory.user({ password: null });
    expect(await refusal(t.factory.user({ email: user.email, password: null }))).toMatchObject({
      reason: 'unique-violation',
      code: '23505',
      constraint: expect.stringContaining('email'),
    });
  });

  it('names an overlap refused by an exclusion constraint', async () => {
    await t.factory.leave(staffId, '2027-01-04T14:00:00Z', '2027-01-08T22:00:00Z');
    expect(await refusal(t.factory.leave(staffId, '2027-01-06T14:00:00Z', '2027-01-07T22:00:00Z'))).toEqual({
      reason: 'exclusion-violation',
      code: '23P01',
      constraint: 'staff_leave_no_overlap',
      rule: null,
    });
  });

  it('names a missing referenced row, a failed check and a missing value', async () => {
    expect(await refusal(t.factory.membership(organisationId, randomUUID()))).toMatchObject({
      reason: 'foreign-key-violation',
      constraint: expect.any(String),
    });
    expect(
      await refusal(t.factory.agreement(organisationId, staffId, { startsOn: '2027-03-01', endsOn: '2027-02-01' })),
    ).toMatchObject({ reason: 'check-violation', code: '23514' });
    expect(await refusal(t.dataSource.query('INSERT INTO network (name) VALUES (NULL)'))).toMatchObject({
      reason: 'not-null-violation',
      code: '23502',
    });
  });

  it("reads a trigger's HINT as the rule it enforces", async () => {
    const site = await t.factory.site(networkId);
    const room = await t.factory.space(networkId, site.id);
    await t.factory.closedPeriod(networkId, '2027-05-01', '2027-06-01');
    expect(await refusal(t.factory.booking(room.id, organisationId, '2027-05-12T14:00:00Z', 60))).toMatchObject({
      reason: 'rule',
      rule: 'PERIOD_CLOSED',
    });
  });
});
