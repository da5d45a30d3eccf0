import { badInput } from '../../common/errors';

export const MAX_CERTIFICATE_NUMBER_LENGTH = 64;

/**
 * Letters, digits and the separators certificate numbers use (KSSW-2026-00042; older schemes also use
 * dots and slashes). Anything else cannot be a number, so it is refused rather than looked up.
 */
const NUMBER_SHAPE = /^[A-Za-z0-9][A-Za-z0-9./-]*$/;

/** The number as typed or pasted, trimmed; refused with a reason when it cannot be a certificate number. */
export function normaliseCertificateNumber(input: string): string {
  const number = input.trim();
  if (number.length === 0) throw badInput('number', 'Enter a certificate number, e.g. KSSW-2026-00042.', 'certificateNumberEmpty');
  if (number.length > MAX_CERTIFICATE_NUMBER_LENGTH) {
    throw badInput('number', `A certificate number has at most ${MAX_CERTIFICATE_NUMBER_LENGTH} characters.`, 'certificateNumberLength', { limit: MAX_CERTIFICATE_NUMBER_LENGTH });
  }
  if (!NUMBER_SHAPE.test(number)) {
    throw badInput('number', 'A certificate number has only letters, digits, dashes, dots and slashes, e.g. KSSW-2026-00042.', 'certificateNumberCharacters');
  }
  return number;
}
