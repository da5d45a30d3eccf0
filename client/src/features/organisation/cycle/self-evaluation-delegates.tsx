import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { MemberSelect } from '../member-select';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';
import { useCommand } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';

const nl = {
  title: 'Wie schrijft mee aan het antwoord',
  hint: 'De kwaliteitsfunctionaris schrijft het geconsolideerde antwoord, of wie hij of zij daarvoor aanwijst. Een aangewezen lid kan antwoorden opslaan, maar niet indienen.',
  none: 'Nog niemand aangewezen.',
  member: 'Lid van de organisatie',
  choose: 'Kies een lid…',
  delegate: 'Aanwijzen',
  delegating: 'Bezig met aanwijzen…',
  withdraw: 'Intrekken',
  withdrawFor: 'Intrekken voor {{name}}',
};
const en: Dictionary<typeof nl> = {
  title: 'Who writes the answer with you',
  hint: 'The quality officer writes the consolidated answer, or whoever they delegate. A delegate can save answers, not submit them.',
  none: 'Nobody delegated yet.',
  member: 'Member of the organisation',
  choose: 'Choose a member…',
  delegate: 'Delegate',
  delegating: 'Delegating…',
  withdraw: 'Withdraw',
  withdrawFor: 'Withdraw for {{name}}',
};
declare module 'i18next' {
  interface ResourceNamespaceMap {
    selfEvaluationDelegates: typeof nl;
  }
}

registerTexts('selfEvaluationDelegates', { nl, en });

const SelfEvaluationDelegatesQuery = graphql(`
  query SelfEvaluationDelegates($organisationId: ID!, $cycleId: ID!) {
    organisation(id: $organisationId) {
      id
      members {
        id
        name
        role
      }
    }
    cycle(id: $cycleId) {
      id
      selfEvaluationDelegates {
        id
        name
        role
      }
    }
  }
`);

const DelegateSelfEvaluationMutation = graphql(`
  mutation DelegateSelfEvaluation($input: SelfEvaluationDelegationInput!) {
    delegateSelfEvaluation(input: $input) {
      id
      selfEvaluationDelegates {
        id
        name
        role
      }
    }
  }
`);

const WithdrawSelfEvaluationDelegationMutation = graphql(`
  mutation WithdrawSelfEvaluationDelegation($input: SelfEvaluationDelegationInput!) {
    withdrawSelfEvaluationDelegation(input: $input) {
      id
      selfEvaluationDelegates {
        id
        name
        role
      }
    }
  }
`);

/** Writers of the answers already: naming them is refused, so they are not offered. */
const WRITING_ROLES = ['ORG_QUALITY_OFFICER', 'ORG_INTERNAL_AUDITOR'];

/**
 * The quality officer's list of members who write the consolidated answers with them, with a way to name
 * one more and to withdraw one. The returned cycle carries the new list, so the cache shows it at once.
 */
export function SelfEvaluationDelegates({ cycleId }: { cycleId: string }) {
  const me = useOrgUser();
  if (!me.manage) return null;
  return <DelegatesCard cycleId={cycleId} organisationId={me.organisationId} />;
}

function DelegatesCard({ cycleId, organisationId }: { cycleId: string; organisationId: string }) {
  const { t } = useTranslation('selfEvaluationDelegates');
  const [chosen, setChosen] = useState('');
  const query = useQuery(SelfEvaluationDelegatesQuery, { variables: { organisationId, cycleId } });
  const delegate = useCommand(DelegateSelfEvaluationMutation);
  const withdraw = useCommand(WithdrawSelfEvaluationDelegationMutation);
  const delegates = query.data?.cycle.selfEvaluationDelegates ?? [];
  const named = new Set(delegates.map((d) => d.id));
  const candidates = (query.data?.organisation.members ?? []).filter((m) => !WRITING_ROLES.includes(m.role) && !named.has(m.id));

  async function onDelegate() {
    withdraw.reset();
    if ((await delegate.run({ input: { cycleId, userId: chosen } })) !== null) setChosen('');
  }

  return (
    <section className="card" aria-labelledby="delegates-title" data-testid="self-evaluation-delegates">
      <h2 id="delegates-title">{t('title')}</h2>
      <p className="muted">{t('hint')}</p>
      {delegates.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul>
          {delegates.map((d) => (
            <li key={d.id} data-testid="delegate">
              {d.name}{' '}
              <Button
                variant="secondary"
                aria-label={t('withdrawFor', { name: d.name })}
                busy={withdraw.pending}
                onClick={() => {
                  delegate.reset();
                  void withdraw.run({ input: { cycleId, userId: d.id } });
                }}
              >
                {t('withdraw')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="actions">
          <MemberSelect id="delegate-member" label={t('member')} placeholder={t('choose')} members={candidates} value={chosen} onChange={setChosen} />
          <Button disabled={!chosen} busy={delegate.pending} busyLabel={t('delegating')} onClick={() => void onDelegate()}>
            {t('delegate')}
          </Button>
        </div>
      )}
      {delegate.refusal && <Refusal refusal={delegate.refusal} />}
      {withdraw.refusal && <Refusal refusal={withdraw.refusal} />}
    </section>
  );
}
