import { renderAccountText } from './account-messages';

describe('account e-mails', () => {
  const request = {
    organisationName: 'Maison de la famille',
    title: 'Bilan annuel',
    from: '2027-03-01',
    to: '2027-03-05',
    minutes: 450,
  };

  it('write the requested hours as every screen does: « 7 h 30 » in French, "7 h 30 min" in English', () => {
    expect(renderAccountText('hours.requested', request, 'fr').subject).toBe(
      'Demande d’heures : 7 h 30 pour Maison de la famille',
    );
    expect(renderAccountText('hours.requested', request, 'en').subject).toBe(
      'Hours requested: 7 h 30 min for Maison de la famille',
    );
  });

  it('write less than an hour in minutes', () => {
    expect(renderAccountText('hours.requested', { ...request, minutes: 45 }, 'fr').subject).toContain(' 45 min pour ');
  });
});
