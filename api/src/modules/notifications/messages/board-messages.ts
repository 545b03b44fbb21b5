import type { RenderedText } from './booking-messages';
import type { Locale } from '@mutualis/contracts';

/** « Babillard »: a new post in a followed category, an answer, a reply, a match, a report. */
export const BOARD_KINDS = ['board.new-post', 'board.interest', 'board.reply', 'board.matched', 'board.reported'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

interface Payload {
  title: string;
  organisationName: string;
  kind: 'offer' | 'need';
}

const FR: Record<BoardKind, (p: Payload) => RenderedText> = {
  'board.new-post': (p) => ({
    subject: `${p.kind === 'offer' ? 'Nouvelle offre' : 'Nouveau besoin'} au babillard : ${p.title}`,
    heading: p.kind === 'offer' ? 'Une offre dans une catégorie que vous suivez' : 'Un besoin dans une catégorie que vous suivez',
    paragraphs: [`${p.organisationName} a publié « ${p.title} ».`],
    action: 'Voir l’annonce',
  }),
  'board.interest': (p) => ({
    subject: `Votre annonce intéresse ${p.organisationName} : ${p.title}`,
    heading: 'Quelqu’un s’intéresse à votre annonce',
    paragraphs: [`${p.organisationName} s’intéresse à « ${p.title} ». Répondez dans la conversation.`],
    action: 'Ouvrir la conversation',
  }),
  'board.reply': (p) => ({
    subject: `Nouveau message : ${p.title}`,
    heading: 'Nouveau message au babillard',
    paragraphs: [`${p.organisationName} vous a écrit au sujet de « ${p.title} ».`],
    action: 'Ouvrir la conversation',
  }),
  'board.matched': (p) => ({
    subject: `Jumelage : ${p.title}`,
    heading: 'Une annonce a trouvé preneur',
    paragraphs: [`${p.organisationName} a jumelé « ${p.title} » avec votre organisme.`],
    action: 'Voir l’annonce',
  }),
  'board.reported': (p) => ({
    subject: `Annonce signalée : ${p.title}`,
    heading: 'Une annonce a été signalée',
    paragraphs: [`L’annonce « ${p.title} » de ${p.organisationName} a été signalée. Vous pouvez la masquer avec une raison.`],
    action: 'Voir les annonces signalées',
  }),
};

const EN: Record<BoardKind, (p: Payload) => RenderedText> = {
  'board.new-post': (p) => ({
    subject: `New ${p.kind === 'offer' ? 'offer' : 'need'} on the board: ${p.title}`,
    heading: p.kind === 'offer' ? 'An offer in a category you follow' : 'A need in a category you follow',
    paragraphs: [`${p.organisationName} posted “${p.title}”.`],
    action: 'See the post',
  }),
  'board.interest': (p) => ({
    subject: `${p.organisationName} is interested in your post: ${p.title}`,
    heading: 'Someone is interested in your post',
    paragraphs: [`${p.organisationName} is interested in “${p.title}”. Answer in the conversation.`],
    action: 'Open the conversation',
  }),
  'board.reply': (p) => ({
    subject: `New message: ${p.title}`,
    heading: 'New message on the board',
    paragraphs: [`${p.organisationName} wrote to you about “${p.title}”.`],
    action: 'Open the conversation',
  }),
  'board.matched': (p) => ({
    subject: `Match: ${p.title}`,
    heading: 'A post found its match',
    paragraphs: [`${p.organisationName} matched “${p.title}” with your organisation.`],
    action: 'See the post',
  }),
  'board.reported': (p) => ({
    subject: `Post reported: ${p.title}`,
    heading: 'A post was reported',
    paragraphs: [`The post “${p.title}” by ${p.organisationName} was reported. You may hide it with a reason.`],
    action: 'See reported posts',
  }),
};

export function renderBoardText(kind: BoardKind, payload: Record<string, unknown>, locale: Locale): RenderedText {
  return (locale === 'fr' ? FR : EN)[kind](payload as unknown as Payload);
}
