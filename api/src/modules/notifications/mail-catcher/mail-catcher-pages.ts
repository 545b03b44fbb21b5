import { escapeHtml } from '../messages/message-format';
import type { CaughtMail } from './mail-catcher';

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;color:#1d2731}header{background:#1f5f8b;color:#fff;padding:12px 16px}' +
  'main{padding:16px;max-width:960px}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #dde}' +
  'a{color:#1f5f8b}iframe{width:100%;height:60vh;border:1px solid #dde}pre{white-space:pre-wrap;background:#f5f7f9;padding:8px}';

/** The list of caught messages, newest first; it refreshes itself every few seconds. */
export function renderInbox(messages: CaughtMail[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${m.receivedAt.toLocaleTimeString('fr-CA')}</td><td>${escapeHtml(m.to.join(', '))}</td>` +
        `<td><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a></td><td>${m.calendar ? `📅 ${escapeHtml(m.calendar.method)}` : ''}</td></tr>`,
    )
    .join('');
  return page(
    'Courriels reçus / Caught e-mails',
    `<p>Every e-mail Mutualis sent since it started (kept in memory). / Tous les courriels envoyés par Mutualis depuis son démarrage.</p>` +
      `<table><thead><tr><th>Heure</th><th>À / To</th><th>Objet / Subject</th><th>Invitation</th></tr></thead><tbody>${rows || '<tr><td colspan="4">Aucun courriel pour l’instant. / No e-mail yet.</td></tr>'}</tbody></table>`,
    '<meta http-equiv="refresh" content="5">',
  );
}

export function renderMessage(m: CaughtMail): string {
  const links = [`<a href="/">← Tous / All</a>`, `<a href="/messages/${m.id}.eml">.eml</a>`];
  if (m.calendar) links.push(`<a href="/messages/${m.id}.ics">invitation.ics (${escapeHtml(m.calendar.method)})</a>`);
  return page(
    escapeHtml(m.subject),
    `<p>${links.join(' · ')}</p><p><strong>De / From:</strong> ${escapeHtml(m.from)}<br><strong>À / To:</strong> ${escapeHtml(m.to.join(', '))}</p>` +
      `<iframe sandbox title="HTML" src="/messages/${m.id}.html"></iframe><h2>Texte / Text</h2><pre>${escapeHtml(m.text)}</pre>` +
      (m.calendar ? `<h2>iCalendar</h2><pre>${escapeHtml(m.calendar.content)}</pre>` : ''),
  );
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title} — Mutualis</title>${head}<style>${STYLE}</style></head><body><header><strong>Mutualis — boîte de test / mail catcher</strong></header><main><h1>${title}</h1>${body}</main></body></html>`;
}
