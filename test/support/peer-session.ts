import { PASSWORD, type OrgFixture } from './fixtures';
import { GqlSession } from './gql';
import { mutationId } from './operations';

/** A session signed in on the stack at `url` (a fixture's password unless told). */
export async function signedIn(url: string, email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(url);
  await s.login(email, password);
  return s;
}

/** Runs a mutation that answers an object with an ID, with a fresh clientMutationId, and gives that ID. */
export async function runForId(who: GqlSession, name: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  return (await who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: { clientMutationId: mutationId(), ...input } }))[name].id;
}

/** One organisation of a peer group as the peer-path tests drive it: its people, its peer auditor, cycle, sign-up and visit. */
export interface PeerMember {
  fixture: OrgFixture;
  officer: GqlSession;
  auditor: GqlSession;
  auditorId: string;
  cycleId: string;
  signUpId: string;
  visitId: string;
}
