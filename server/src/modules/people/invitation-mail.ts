import type { OutgoingMail } from '../notification/mailer';

/**
 * The invitation mail, in Dutch with the English beside it: the person has no account yet, so no language
 * of theirs is known.
 */
export function invitationMail(to: { name: string; address: string }, organisation: string, link: string, expiresAt: Date): OutgoingMail {
  const until = expiresAt.toISOString().slice(0, 10);
  return {
    to,
    subject: `Uitnodiging voor LabelCycle van ${organisation} / Invitation to LabelCycle`,
    text:
      `${organisation} nodigt u uit voor LabelCycle. Kies uw wachtwoord via deze link (te gebruiken tot ${until}, één keer):\n\n${link}\n\n` +
      `${organisation} invites you to LabelCycle. Choose your password through this link (usable once, until ${until}).\n`,
  };
}
