import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { ClimateScanQuery as ClimateScanData } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import {
  AnswerClimateScanMutation,
  ClimateScanQuery,
  ClimateScanResultsQuery,
  ClimateScanRoundsQuery,
  CloseClimateScanRoundMutation,
  OpenClimateScanRoundMutation,
  RecordTeamClimateAgreementMutation,
} from './climate-scan-operations';
import { ClimateQuestionsEditor } from './climate-questions-editor';
import { useClimateTexts } from './climate-scan-texts';
import { LearningTeamsQuery } from './learning-operations';
import './learning.css';

type Scan = NonNullable<ClimateScanData['climateScan']>;
const MANAGERS: string[] = ['ORG_QUALITY_OFFICER', 'ORG_LEARNING_COORDINATOR'];
const SCALE = [1, 2, 3, 4, 5];

/** The learning-climate scan: answering it (made for a phone), the rounds for the coordinator, and the results per team. */
export function ClimateScanPage() {
  const { c } = useClimateTexts();
  const me = useOrgUser();
  const scan = useQuery(ClimateScanQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <OrgPage title={c('title')} lead={c('lead')} testId="climate-scan-page">
      <section className="card stack" aria-labelledby="climate-answer">
        <h2 id="climate-answer">{c('answer')}</h2>
        {!scan.data ? (
          <PendingQuery error={scan.error} loading={scan.loading} onRetry={() => void scan.refetch()} />
        ) : !scan.data.climateScan ? (
          <p className="muted">{c('none')}</p>
        ) : (
          scan.data.climateScan.teams.map((team) =>
            team.answered ? (
              <p key={team.teamId} role="status">
                {c('answered', { team: team.teamName })}
              </p>
            ) : (
              <AnswerForm key={team.teamId} scan={scan.data!.climateScan!} teamId={team.teamId} teamName={team.teamName} />
            ),
          )
        )}
      </section>
      {MANAGERS.includes(me.role) && <Rounds />}
      {MANAGERS.includes(me.role) && <ClimateQuestionsEditor />}
      <Results teamLead={me.role === 'ORG_TEAM_LEAD'} />
    </OrgPage>
  );
}

function AnswerForm({ scan, teamId, teamName }: { scan: Scan; teamId: string; teamName: string }) {
  const { c, english } = useClimateTexts();
  const answer = useCommand(AnswerClimateScanMutation, { refetchQueries: ['ClimateScan'] });
  const [scores, setScores] = useState<Record<string, number>>({});
  const [check, setCheck] = useState(false);
  const missing = scan.round.questions.some((q) => !scores[q.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCheck(missing);
    if (missing) return;
    await answer.run({ input: { roundId: scan.round.id, teamId, answers: scan.round.questions.map((q) => ({ questionId: q.id, score: scores[q.id] })) } });
  }

  return (
    <form className="stack climate-scan" onSubmit={(e) => void submit(e)} noValidate data-testid="climate-scan-form">
      <h3>{c('forTeam', { team: teamName })}</h3>
      {scan.round.illustrative && <p className="muted">{c('illustrative')}</p>}
      <p className="muted">{c('scale')}</p>
      {scan.round.questions.map((q, i) => (
        <fieldset key={q.id} className="climate-scan__question">
          <legend>
            <span className="muted">{c(`condition.${q.condition}`)}</span>
            <br />
            {english && q.textEn ? q.textEn : q.textNl}
          </legend>
          <div className="climate-scan__scale">
            {SCALE.map((score) => (
              <label key={score}>
                <input type="radio" name={`${teamId}-${q.id}`} value={score} checked={scores[q.id] === score} onChange={() => setScores({ ...scores, [q.id]: score })} />
                {score}
              </label>
            ))}
          </div>
          {check && !scores[q.id] && <p className="field__error">{c('incomplete')}</p>}
          {answer.refusal?.field === `answers.${i}.score` && <p className="field__error">{answer.refusal.message}</p>}
        </fieldset>
      ))}
      {answer.refusal && <Refusal refusal={answer.refusal} />}
      <div className="actions">
        <Button type="submit" busy={answer.pending} busyLabel={c('busy')}>
          {c('submit')}
        </Button>
      </div>
    </form>
  );
}

function Rounds() {
  const { c } = useClimateTexts();
  const teams = useQuery(LearningTeamsQuery);
  const rounds = useQuery(ClimateScanRoundsQuery, { fetchPolicy: 'cache-and-network' });
  const open = useCommand(OpenClimateScanRoundMutation, { refetchQueries: ['ClimateScanRounds', 'ClimateScan'] });
  const close = useCommand(CloseClimateScanRoundMutation, { refetchQueries: ['ClimateScanRounds', 'ClimateScanResults'] });
  const [period, setPeriod] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const fieldError = (field: string) => (open.refusal?.field === field ? open.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await open.run({ input: { period, teamIds: chosen } })) {
      setPeriod('');
      setChosen([]);
    }
  }

  return (
    <section className="card stack" aria-labelledby="climate-rounds">
      <h2 id="climate-rounds">{c('rounds')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="open-climate-round">
        <Field id="climate-period" label={c('period')} error={fieldError('period')}>
          <input type="text" value={period} onChange={(e) => setPeriod(e.target.value)} />
        </Field>
        <fieldset>
          <legend>{c('teams')}</legend>
          {(teams.data?.teams ?? []).map((team) => (
            <label key={team.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(team.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, team.id] : chosen.filter((id) => id !== team.id))}
              />
              {team.name}
            </label>
          ))}
          {fieldError('teamIds') && <p className="field__error">{fieldError('teamIds')}</p>}
        </fieldset>
        {open.refusal && open.refusal.field !== 'period' && open.refusal.field !== 'teamIds' && <Refusal refusal={open.refusal} />}
        <div className="actions">
          <Button type="submit" busy={open.pending} busyLabel={c('opening')}>
            {c('open')}
          </Button>
        </div>
      </form>
      <ul className="stack">
        {(rounds.data?.climateScanRounds.nodes ?? []).map((round) => (
          <li key={round.id} data-testid="climate-round">
            {round.period} · {round.open ? c('isOpen') : c('isClosed')} · {round.teams.map((t) => t.name).join(', ')}{' '}
            {round.open && (
              <Button variant="secondary" aria-label={c('closeLabel', { period: round.period })} onClick={() => void close.run({ input: { roundId: round.id } })}>
                {c('close')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {close.refusal && <Refusal refusal={close.refusal} />}
    </section>
  );
}

function Results({ teamLead }: { teamLead: boolean }) {
  const { c } = useClimateTexts();
  const rounds = useQuery(ClimateScanRoundsQuery, { fetchPolicy: 'cache-and-network' });
  const [picked, setPicked] = useState<string | null>(null);
  const roundId = picked ?? rounds.data?.climateScanRounds.nodes[0]?.id ?? null;
  const results = useQuery(ClimateScanResultsQuery, { variables: { roundId: roundId ?? '' }, skip: !roundId, fetchPolicy: 'cache-and-network' });
  const data = results.data?.climateScanResults;
  const conditions = ['POSITIVE_ENVIRONMENT', 'ROOM_AND_SUPPORT', 'SHARED_VISION'] as const;

  return (
    <section className="card stack" aria-labelledby="climate-results">
      <h2 id="climate-results">{c('results')}</h2>
      {rounds.data && rounds.data.climateScanRounds.nodes.length === 0 && <p className="muted">{c('noRounds')}</p>}
      {rounds.data && rounds.data.climateScanRounds.nodes.length > 0 && (
        <Field id="climate-round" label={c('round')}>
          <select value={roundId ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {rounds.data.climateScanRounds.nodes.map((r) => (
              <option key={r.id} value={r.id}>
                {r.period}
              </option>
            ))}
          </select>
        </Field>
      )}
      {data && (
        <>
          <p className="muted">{c('hiddenNote', { count: data.minRespondents })}</p>
          <div className="table-scroll">
            <table data-testid="climate-results">
              <caption>{c('caption', { period: data.round.period })}</caption>
              <thead>
                <tr>
                  <th scope="col">{c('team')}</th>
                  <th scope="col">{c('respondents')}</th>
                  {conditions.map((k) => (
                    <th key={k} scope="col">
                      {c(`condition.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.teams.map((team) => (
                  <tr key={team.teamId}>
                    <th scope="row">{team.teamName}</th>
                    {team.shown ? (
                      <>
                        <td>{team.respondents}</td>
                        {team.conditions.map((k) => (
                          <td key={k.condition}>{k.average?.toFixed(1)}</td>
                        ))}
                      </>
                    ) : (
                      <td colSpan={4}>{c('hidden')}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.teams.map((team) =>
            teamLead ? (
              <AgreementForm key={`${data.round.id}-${team.teamId}`} roundId={data.round.id} teamId={team.teamId} teamName={team.teamName} text={team.agreement?.text ?? ''} />
            ) : (
              team.agreement && (
                <div key={team.teamId} data-testid="climate-agreement">
                  <h3>{c('agreementFor', { team: team.teamName })}</h3>
                  <p>{team.agreement.text}</p>
                </div>
              )
            ),
          )}
        </>
      )}
    </section>
  );
}

function AgreementForm({ roundId, teamId, teamName, text }: { roundId: string; teamId: string; teamName: string; text: string }) {
  const { c } = useClimateTexts();
  const record = useCommand(RecordTeamClimateAgreementMutation, { refetchQueries: ['ClimateScanResults'] });
  const [value, setValue] = useState(text);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(Boolean(await record.run({ input: { roundId, teamId, text: value } })));
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="climate-agreement-form">
      <Field id={`agreement-${teamId}`} label={c('agreementFor', { team: teamName })} hint={c('agreement')} error={record.refusal?.field === 'text' ? record.refusal.message : null}>
        <textarea rows={3} value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      {record.refusal && record.refusal.field !== 'text' && <Refusal refusal={record.refusal} />}
      <div className="actions">
        <Button type="submit" busy={record.pending}>
          {c('agreementSave')}
        </Button>
      </div>
      <p role="status" className="muted">
        {saved ? c('agreementSaved') : ''}
      </p>
    </form>
  );
}
