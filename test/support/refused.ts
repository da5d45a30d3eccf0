/// <reference types="jest" />
// The support files are also compiled with the server build, which leaves out the test globals.
import type { GqlSession } from './gql';
import { mutationId } from './operations';

export interface Refusal {
  code: string;
  field?: string;
  message?: RegExp;
}

/**
 * `expectRefused(who, mutation, input, want)`: the mutation, sent as `$i` with a fresh clientMutationId, is
 * refused with exactly this code and field, and `snapshot` (a digest of the rows it could touch) is unchanged.
 */
export function refusalCheck(snapshot: () => Promise<unknown>) {
  return async (who: GqlSession, query: string, i: Record<string, unknown>, want: Refusal): Promise<void> => {
    const before = await snapshot();
    const r = await who.request(query, { i: { clientMutationId: mutationId(), ...i } });
    expect(r.errors).toHaveLength(1);
    expect({ code: r.errors![0].extensions.code, field: r.errors![0].extensions.field }).toEqual({ code: want.code, field: want.field });
    if (want.message) expect(r.errors![0].message).toMatch(want.message);
    expect(await snapshot()).toEqual(before);
  };
}
