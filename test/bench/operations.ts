/** The GraphQL operations the bench sends. */

/** The first page of organisations with the organisation's own columns: what the baseline also serves. */
export const ORGANISATIONS_PAGE = `query Organisations($first: Int!) {
  organisations(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id name place fte createdAt } }
}`;

/** The same page with the per-row fields that go through the request's batch loaders. */
export const ORGANISATIONS_WITH_CURRENT = `query OrganisationsWithCurrent($first: Int!) {
  organisations(first: $first) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id name place fte createdAt currentCycle { id phase step overdue } certificate { id number status validUntil } }
  }
}`;

export const PROPOSE_AUDIT_DATES = `mutation ProposeAuditDates($i: ProposeAuditDatesInput!) { proposeAuditDates(input: $i) { id phase step } }`;

export const ACCEPT_ENGAGEMENT = `mutation AcceptEngagement($i: AcceptEngagementInput!) { acceptEngagement(input: $i) { id phase step } }`;

export const LOGIN = `mutation Login($i: LoginInput!) { login(input: $i) { id } }`;

export const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
