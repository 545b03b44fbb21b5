import type { CaughtMail } from '../src/modules/notifications/mail-catcher/mail-catcher';

// Both parsers, as Outlook-like and Google-like readers would see an invitation (CommonJS builds).
const ICAL: typeof import('ical.js').default = require('ical.js');
const nodeIcal: typeof import('node-ical') = require('node-ical');

export interface ParsedInvitation {
  method: string;
  uid: string;
  sequence: number;
  summary: string;
  rrule: string | null;
  exdates: string[];
  recurrenceIds: string[];
  status: string;
  timezones: string[];
}

/** Parses an ICS text with ical.js and node-ical; both must accept it and agree on the main event. */
export function parseInvitation(content: string): ParsedInvitation {
  const component = new ICAL.Component(ICAL.parse(content));
  const events = component.getAllSubcomponents('vevent');
  const master = events.find((e) => !e.hasProperty('recurrence-id')) ?? events[0];
  const nodeParsed = nodeIcal.sync.parseICS(content);
  const nodeEvents = Object.values(nodeParsed).filter((c) => c?.type === 'VEVENT');
  if (nodeEvents.length === 0) throw new Error('node-ical found no VEVENT');
  const uid = String(master.getFirstPropertyValue('uid'));
  if (!nodeEvents.every((e) => (e as { uid: string }).uid === uid)) throw new Error('node-ical disagrees on the UID');
  return {
    method: String(component.getFirstPropertyValue('method') ?? ''),
    uid,
    sequence: Number(master.getFirstPropertyValue('sequence')),
    summary: String(master.getFirstPropertyValue('summary')),
    rrule: master.hasProperty('rrule') ? String(master.getFirstPropertyValue('rrule')) : null,
    exdates: master.getAllProperties('exdate').map((p) => String(p.getFirstValue())),
    recurrenceIds: events
      .filter((e) => e.hasProperty('recurrence-id'))
      .map((e) => String(e.getFirstPropertyValue('recurrence-id'))),
    status: String(master.getFirstPropertyValue('status')),
    timezones: component.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))),
  };
}

export function to(address: string): (m: CaughtMail) => boolean {
  return (m) => m.to.includes(address);
}

/** A feed as both parsers read it: each must find every event, with the same UIDs. */
export function parseFeedWithBothParsers(content: string): { uids: string[] } {
  const fromIcalJs = new ICAL.Component(ICAL.parse(content))
    .getAllSubcomponents('vevent')
    .map((e) => String(e.getFirstPropertyValue('uid')))
    .sort();
  const fromNodeIcal = Object.values(nodeIcal.sync.parseICS(content))
    .filter((c) => c?.type === 'VEVENT')
    .map((e) => (e as { uid: string }).uid)
    .sort();
  if (JSON.stringify(fromIcalJs) !== JSON.stringify(fromNodeIcal))
    throw new Error('ical.js and node-ical disagree on the events');
  return { uids: fromIcalJs };
}
