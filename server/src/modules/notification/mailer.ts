import nodemailer from 'nodemailer';
import type { Config } from '../../config';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  /** Plain text only: no HTML to sanitise, and it reads the same in every mail client. */
  text: string;
}

export interface Mailer {
  /** Where a recipient opens LabelCycle; mails end with it. */
  readonly appUrl: string;
  /** Resolves once the SMTP server accepted the mail; rejects when it refused or did not answer. */
  send(mail: OutgoingMail): Promise<void>;
}

export type MailerConfig = Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'HOST' | 'PORT'>;

/**
 * The notify activity must finish within its 10 s start-to-close timeout, so a server that does not answer
 * is given up on after seconds rather than nodemailer's defaults of minutes.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 5_000 };

/** The address printed by `npm start`, so a mail links where people already go. */
export function appUrlOf(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
}

/** An SMTP mailer when SMTP_URL is set; null otherwise (notifications then stay in-app only). */
export function createMailer(config: MailerConfig): Mailer | null {
  if (!config.SMTP_URL) return null;
  // One connection per mail, none kept open: notifications are few, and nothing needs closing at shutdown.
  const transport = nodemailer.createTransport({ url: config.SMTP_URL, ...SMTP_TIMEOUTS });
  return {
    appUrl: appUrlOf(config),
    async send(mail: OutgoingMail): Promise<void> {
      await transport.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
