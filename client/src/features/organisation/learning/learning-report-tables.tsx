import type { LearningCondition } from '../../../gql/graphql';
import { useClimateTexts } from './climate-scan-texts';
import { useLearningDashboardTexts } from './learning-dashboard-texts';
import { LearningTable } from './learning-table';

interface ScanRound {
  period: string;
  teams: readonly { teamName: string; shown: boolean; averages: readonly { condition: LearningCondition; average?: number | null }[] }[];
}

interface ReportTeam {
  teamId: string;
  teamName: string;
  shown: boolean;
  offeredHours?: number | null;
  usedHours?: number | null;
  metNorm?: boolean | null;
}

/**
 * The tables of a learning year's figures, the same for the organisation reading its own year report and for
 * its auditors: per team, nothing but "too few" where too few people contributed.
 */
function useFigures() {
  const { d, locale } = useLearningDashboardTexts();
  const number = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 }));
  return { d, number };
}

/** One closed scan round: the average per condition, a column each, per team. */
export function ScanRoundTable({ round, caption, testId }: { round: ScanRound; caption: string; testId?: string }) {
  const { d, number } = useFigures();
  const { c } = useClimateTexts();
  const conditions = round.teams[0]?.averages.map((a) => a.condition) ?? [];
  return (
    <LearningTable caption={caption} testId={testId} head={[d('team'), ...conditions.map((condition) => c(`condition.${condition}`))]}>
      {round.teams.map((team) => (
        <tr key={team.teamName}>
          <th scope="row">{team.teamName}</th>
          {team.shown ? (
            team.averages.map((a) => <td key={a.condition}>{number(a.average)}</td>)
          ) : (
            <td colSpan={Math.max(1, conditions.length)} className="muted">
              {d('scanHidden')}
            </td>
          )}
        </tr>
      ))}
    </LearningTable>
  );
}

/** A year report's teams: hours offered and used over the year, and whether the team met the norm. */
export function ReportTeamsTable({ teams, caption, testId }: { teams: readonly ReportTeam[]; caption: string; testId?: string }) {
  const { d, number } = useFigures();
  return (
    <LearningTable caption={caption} testId={testId} head={[d('team'), d('offered'), d('used'), d('metNorm')]}>
      {teams.map((t) => (
        <tr key={t.teamId}>
          <th scope="row">{t.teamName}</th>
          {t.shown ? (
            <>
              <td>{number(t.offeredHours)}</td>
              <td>{number(t.usedHours)}</td>
              <td>{t.metNorm ? d('yes') : d('notYet')}</td>
            </>
          ) : (
            <td colSpan={3} className="muted">
              {d('hidden')}
            </td>
          )}
        </tr>
      ))}
    </LearningTable>
  );
}
