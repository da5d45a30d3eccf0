/* A helper of the integration tests (not itself a test): it uses jest's expect, which the server build leaves out of test/support. */
import type { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';

export interface WantedRefusal {
  code: string;
  field?: string;
  message?: RegExp;
}

/**
 * `expectRefused(who, mutation, input, want)`: the mutation, sent with a new clientMutationId, is refused with
 * exactly one error of that code and field (and message), and `snapshot` of the rows it could touch is the
 * same after as before.
 */
export function refusalCheck(snapshot: () => Promise<unknown>) {
  return async (who: GqlSession, query: string, i: Record<string, unknown>, want: WantedRefusal): Promise<void> => {
    const before = await snapshot();
    const r = await who.request(query, { i: { clientMutationId: mutationId(), ...i } });
    expect(r.errors).toHaveLength(1);
    expect({ code: r.errors![0].extensions.code, field: r.errors![0].extensions.field }).toEqual({ code: want.code, field: want.field });
    if (want.message) expect(r.errors![0].message).toMatch(want.message);
    expect(await snapshot()).toEqual(before);
  };
}
