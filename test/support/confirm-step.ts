import type { Locator, Page } from 'playwright-core';

const CONFIRM = /^(Bevestigen|Confirm)$/;

/**
 * Clicks a button whose step cannot be undone, then confirms it in the "check and confirm" step that
 * opens in its place. `scope` is where the button is (a page or a part of one).
 */
export async function clickAndConfirm(scope: Page | Locator, name: string | RegExp): Promise<Locator> {
  await scope.getByRole('button', { name }).click();
  const step = scope.getByTestId('confirm-step');
  await step.getByRole('button', { name: CONFIRM }).click();
  return step;
}
