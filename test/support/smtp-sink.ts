import net from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  body: string;
}

/**
 * How the sink behaves: `accept` takes every mail; `refuse` answers the greeting with 554;
 * `reject-recipients` refuses every RCPT; `silent` accepts the connection and never says anything;
 * `hold` takes every mail but answers its end only once `release()` is called, so a sender stays busy.
 */
export type SinkMode = 'accept' | 'refuse' | 'reject-recipients' | 'silent' | 'hold';

export interface SmtpSink {
  port: number;
  url: string;
  mails: ReceivedMail[];
  /** Resolves when a mail has arrived whole and waits for its answer (`hold`). */
  held: Promise<void>;
  /** Answers the held mails, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 speaking just enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA, RSET,
 * NOOP, QUIT) for nodemailer to deliver to it, so the mail path is tested over a socket, not a mock.
 */
export async function startSmtpSink(mode: SinkMode = 'accept'): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  let holding = mode === 'hold';
  let heldArrived: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (heldArrived = resolve));
  const waiting: (() => void)[] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    if (mode === 'silent') return;
    if (mode === 'refuse') {
      socket.end('554 5.3.2 No mail accepted here\r\n');
      return;
    }
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');

    let buffer = '';
    let envelope: { from: string; to: string[] } = { from: '', to: [] };
    let data: string[] | null = null;

    const onLine = (line: string) => {
      if (data) {
        if (line === '.') {
          // The CRLF before the terminating dot ends the message's last line (RFC 5321 §4.1.1.4).
          mails.push({ ...envelope, ...parseMessage(`${data.join('\r\n')}\r\n`) });
          envelope = { from: '', to: [] };
          data = null;
          if (holding) {
            waiting.push(() => reply('250 2.0.0 Queued'));
            heldArrived();
          } else reply('250 2.0.0 Queued');
        } else {
          // Dot-stuffing (RFC 5321 §4.5.2): a leading dot was doubled by the sender.
          data.push(line.startsWith('.') ? line.slice(1) : line);
        }
        return;
      }
      const verb = line.slice(0, 4).toUpperCase();
      const arg = /<([^>]*)>/.exec(line)?.[1] ?? '';
      if (verb === 'EHLO') socket.write('250-sink.test\r\n250 8BITMIME\r\n');
      else if (verb === 'HELO') reply('250 sink.test');
      else if (verb === 'MAIL') {
        envelope = { from: arg, to: [] };
        reply('250 2.1.0 OK');
      } else if (verb === 'RCPT') {
        if (mode === 'reject-recipients') reply('550 5.1.1 No such user');
        else {
          envelope.to.push(arg);
          reply('250 2.1.5 OK');
        }
      } else if (verb === 'DATA') {
        data = [];
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'RSET') {
        envelope = { from: '', to: [] };
        reply('250 2.0.0 OK');
      } else if (verb === 'NOOP') reply('250 2.0.0 OK');
      else if (verb === 'QUIT') socket.end('221 2.0.0 Bye\r\n');
      else reply('502 5.5.2 Command not implemented');
    };

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        onLine(line);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    held,
    release: () => {
      holding = false;
      for (const answer of waiting.splice(0)) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Headers (unfolded, names lower-cased) and the body, decoded if quoted-printable. */
function parseMessage(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  let body = split >= 0 ? raw.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? '')) {
    body = Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (/base64/i.test(headers['content-transfer-encoding'] ?? '')) {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { headers, body: body.replace(/\r\n/g, '\n') };
}
