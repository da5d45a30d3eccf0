// Takes your organisation's certification cycle one step through the LabelCycle API: signs in, finds the
// open cycle (or starts one on the newest published framework version) and completes its preparation.
// Node 20 or later, nothing to install:
//
//   LABELCYCLE_URL=http://127.0.0.1:4000 LABELCYCLE_EMAIL=kwaliteit@voorbeeldstad.demo \
//   LABELCYCLE_PASSWORD=demo-wachtwoord node docs/examples/take-a-step.mjs
//
// Exit code 0 when the step was taken, 1 when the api refused something (its code and message are
// printed). docs/api.md explains what this relies on.
import { randomUUID } from 'node:crypto';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

const endpoint = new URL('/graphql', process.env.LABELCYCLE_URL ?? 'http://127.0.0.1:4000');
// The cookies login sets, for this run only; an integration that signs in often also keeps lc_device between runs.
const cookies = new Map();

/** A refusal from the api (extensions.code says what kind, the message what to do), or one of this script's own. */
class Refusal extends Error {
  constructor(error) {
    super(error.message);
    this.code = error.extensions?.code;
  }
}

/**
 * One GraphQL request, with the cookies login set (as a browser keeps them). When the outcome is unknown
 * (no answer, or an internal error) or the api asks to wait briefly, the same request goes again: a
 * mutation sent again with the same clientMutationId is applied once.
 */
async function graphql(query, variables = {}) {
  for (let attempt = 1; ; attempt += 1) {
    let res;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        // JSON is also what the api's CSRF prevention asks of a request: no further header is needed.
        headers: { 'content-type': 'application/json', cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
        body: JSON.stringify({ query, variables }),
      });
    } catch (err) {
      if (attempt >= 3) throw err;
      await sleep(1000 * attempt);
      continue;
    }
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const body = await res.json();
    const error = body.errors?.[0];
    const code = error?.extensions?.code;
    const wait = Number(res.headers.get('retry-after') ?? 0);
    if (attempt < 3 && (code === 'INTERNAL_SERVER_ERROR' || (code === 'RATE_LIMITED' && wait <= 60))) {
      await sleep(wait * 1000);
      continue;
    }
    if (error) throw new Refusal(error);
    return body.data;
  }
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { name } }`;
const ME = `{ me { name role organisation { name fte currentCycle { id phase step } } } }`;
const VERSIONS = `{ frameworkVersions { id name version } }`;
const START = `mutation($input: StartCycleInput!) { startCycle(input: $input) { id phase step } }`;
const COMPLETE_PREPARATION = `mutation($input: CompletePreparationInput!) { completePreparation(input: $input) { id phase step } }`;

try {
  await graphql(LOGIN, { input: { email: process.env.LABELCYCLE_EMAIL, password: process.env.LABELCYCLE_PASSWORD } });
  const { me } = await graphql(ME);
  if (!me.organisation) throw new Refusal({ message: 'This example takes the cycle of an organisation; sign in as its quality officer.' });
  console.log(`Signed in as ${me.name} (${me.role}) of ${me.organisation.name}.`);

  let cycle = me.organisation.currentCycle;
  if (cycle) {
    console.log(`Open cycle ${cycle.id}, in ${cycle.phase}.`);
  } else {
    // Published versions come newest first.
    const [version] = (await graphql(VERSIONS)).frameworkVersions;
    if (!version) throw new Refusal({ message: 'No framework version is published yet.' });
    const input = { clientMutationId: randomUUID(), frameworkVersionId: version.id, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, fte: me.organisation.fte };
    cycle = (await graphql(START, { input })).startCycle;
    console.log(`Started cycle ${cycle.id} on ${version.name} ${version.version}.`);
  }

  // One clientMutationId per action, made once: every retry of this step repeats it.
  const step = await graphql(COMPLETE_PREPARATION, { input: { cycleId: cycle.id, clientMutationId: randomUUID() } });
  console.log(`completePreparation: the cycle is now in ${step.completePreparation.phase}.`);
} catch (err) {
  if (!(err instanceof Refusal)) throw err;
  console.log(err.code ? `Refused (${err.code}): ${err.message}` : err.message);
  process.exitCode = 1;
}

// Ends the session; the sessions of a script that forgets this end by themselves after SESSION_TTL_HOURS.
if (cookies.has('lc_session')) await graphql(`mutation { logout }`).catch(() => undefined);
