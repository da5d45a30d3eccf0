import { Field } from '../../../components/ui/field';
import type { LearningDashboardFieldsFragment } from '../../../gql/graphql';
import { useLearningDashboardTexts } from './learning-dashboard-texts';
import { ReportTeamsTable, ScanRoundTable } from './learning-report-tables';
import './learning.css';

type Dashboard = LearningDashboardFieldsFragment;

/** The years an auditor can choose: this year and the two before it, the time one audit cycle looks back on. */
export const dashboardYears = (now = new Date()) => [0, 1, 2].map((back) => now.getFullYear() - back);

/** The year choice above the dashboard. */
export function DashboardYear({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { d } = useLearningDashboardTexts();
  return (
    <Field id="learning-dashboard-year" label={d('year')} className="field--short">
      <select value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {dashboardYears().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * An audited organisation's learning, read by its auditors: team figures above the threshold only, scan
 * averages per team, the year report. The same words of appreciation as the organisation's own screens.
 */
export function LearningDashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { d, locale } = useLearningDashboardTexts();
  const hours = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 }));
  const min = dashboard.minContributors;
  return (
    <div className="stack" data-testid="learning-dashboard">
      <p className="muted">{d('intro', { name: dashboard.organisationName, min })}</p>
      <h3>{d('teamsHeading')}</h3>
      {dashboard.teams.length === 0 && <p>{d('noTeams')}</p>}
      {dashboard.teams.map((team) => {
        const shown = team.months.filter((m) => m.shown);
        const sum = (pick: (m: (typeof shown)[number]) => number | null | undefined) => shown.reduce((s, m) => s + (pick(m) ?? 0), 0);
        const caption = d('caption', { team: team.teamName, year: dashboard.year });
        return (
          <details key={team.teamId} data-testid="learning-dashboard-team">
            <summary>{d('teamSummary', { team: team.teamName, used: hours(sum((m) => m.usedHours)), offered: hours(sum((m) => m.offeredHours)), norm: team.normPercent.toLocaleString(locale) })}</summary>
            <MonthsTable months={team.months} caption={caption} />
          </details>
        );
      })}
      {dashboard.teamsNotShown > 0 && (
        <p className="muted" data-testid="learning-dashboard-not-shown">
          {d('notShown', { count: dashboard.teamsNotShown, min })}
        </p>
      )}
      <ScanRounds dashboard={dashboard} />
      <YearReport dashboard={dashboard} />
    </div>
  );
}

interface Month {
  month: string;
  shown: boolean;
  offeredHours?: number | null;
  usedHours?: number | null;
  contributors?: number | null;
  note?: string | null;
}

/** A team's months as a table, a month under the threshold without figures; with the team lead's notes where they may be read. */
export function MonthsTable({ months, caption, notes = false, testId }: { months: readonly Month[]; caption: string; notes?: boolean; testId?: string }) {
  const { d, locale } = useLearningDashboardTexts();
  const hours = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 }));
  const monthName = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locale, { month: 'long' });
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{d('month')}</th>
            <th scope="col">{d('offered')}</th>
            <th scope="col">{d('used')}</th>
            <th scope="col">{d('contributors')}</th>
            {notes && <th scope="col">{d('note')}</th>}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month)}</th>
              {m.shown ? (
                <>
                  <td>{hours(m.offeredHours)}</td>
                  <td>{hours(m.usedHours)}</td>
                  <td>{m.contributors}</td>
                </>
              ) : (
                <td colSpan={3} className="muted">
                  {d('hidden')}
                </td>
              )}
              {notes && <td>{m.note ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScanRounds({ dashboard }: { dashboard: Dashboard }) {
  const { d } = useLearningDashboardTexts();
  return (
    <>
      <h3>{d('scanHeading')}</h3>
      {dashboard.climateScans.length === 0 && <p>{d('noScans')}</p>}
      {dashboard.climateScans.map((round) => (
        <ScanRoundTable key={round.roundId} round={round} caption={d('scanCaption', { period: round.period })} testId="learning-dashboard-scan" />
      ))}
    </>
  );
}

function YearReport({ dashboard }: { dashboard: Dashboard }) {
  const { d } = useLearningDashboardTexts();
  const report = dashboard.yearReport;
  return (
    <>
      <h3>{d('reportHeading', { year: dashboard.year })}</h3>
      {!report ? (
        <p>{d('noReport', { year: dashboard.year })}</p>
      ) : (
        <>
          <ReportTeamsTable teams={report.teams} caption={d('reportCaption')} testId="learning-dashboard-report" />
          {report.themes.length > 0 && (
            <>
              <h4>{d('themes')}</h4>
              <ul>
                {report.themes.map((t) => (
                  <li key={t.title}>{d('theme', { title: t.title, count: t.interestCount })}</li>
                ))}
              </ul>
            </>
          )}
          <p>{d('sessions', { count: report.sessions })}</p>
        </>
      )}
    </>
  );
}
