import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import reportsEn from '../../../../public/i18n/reports/en.json';
import reportsFr from '../../../../public/i18n/reports/fr.json';
import { buttonNamed, inputLabelled, settle as settleFixture, textOf, typeInto } from '../../../testing/dom-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { DECLINE_REASON } from './decline-reason';
import { askReason, type ReasonDialogData } from './reason-dialog';

const DECLINE: ReasonDialogData = {
  ...DECLINE_REASON,
  titleParams: { title: 'Assemblée générale', organisationName: 'Centre des femmes' },
};

describe('ReasonDialog', () => {
  let closedWith: string | undefined | 'open';
  const app = { whenStable: () => TestBed.inject(ApplicationRef).whenStable() };
  const settle = () => settleFixture(app);

  beforeEach(() => {
    TestBed.configureTestingModule({
      // A feature's scope, loaded as the feature loads it before opening the dialog.
      imports: [translocoTesting({ reports: { fr: reportsFr, en: reportsEn } })],
    });
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open(data: ReasonDialogData): Promise<HTMLElement> {
    closedWith = 'open';
    void askReason(TestBed.inject(MatDialog), data).then((reason) => (closedWith = reason));
    await settle();
    return document.querySelector<HTMLElement>('mat-dialog-container')!;
  }

  it('shows the caller’s wording, with the title’s parameters', async () => {
    const dialog = await open(DECLINE);

    expect(textOf(dialog.querySelector('h2'))).toBe('Refuser « Assemblée générale » de Centre des femmes');
    expect(inputLabelled(dialog, 'Raison du refus')).toBeTruthy();
    expect(buttonNamed(dialog, 'Refuser')).toBeTruthy();
    expect(dialog.querySelector('mat-dialog-content p')).toBeNull();
  });

  it('stays open until a reason is given, blank ones included', async () => {
    const dialog = await open(DECLINE);

    buttonNamed(dialog, 'Refuser').click();
    await settle();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Expliquez la raison du refus à l’organisme.');

    typeInto(inputLabelled(dialog, 'Raison du refus'), '   ');
    buttonNamed(dialog, 'Refuser').click();
    await settle();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Expliquez la raison du refus à l’organisme.');
    expect(closedWith).toBe('open');
  });

  it('resolves the reason without the spaces around it', async () => {
    const dialog = await open(DECLINE);

    typeInto(inputLabelled(dialog, 'Raison du refus'), '  La salle est en travaux ce soir-là.  ');
    buttonNamed(dialog, 'Refuser').click();
    await settle();

    expect(closedWith).toBe('La salle est en travaux ce soir-là.');
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('resolves nothing when the person cancels', async () => {
    const dialog = await open(DECLINE);

    typeInto(inputLabelled(dialog, 'Raison du refus'), 'Finalement non');
    buttonNamed(dialog, 'Annuler').click();
    await settle();

    expect(closedWith).toBeUndefined();
  });

  it('limits the reason to 1000 characters unless told otherwise', async () => {
    const dialog = await open(DECLINE);
    expect(inputLabelled(dialog, 'Raison du refus').getAttribute('maxlength')).toBe('1000');
    TestBed.inject(MatDialog).closeAll();
    await settle();

    const longer = await open({ ...DECLINE, maxLength: 2000 });
    expect(inputLabelled(longer, 'Raison du refus').getAttribute('maxlength')).toBe('2000');
  });

  it('translates the scoped keys of the feature that opens it, with its message', async () => {
    const dialog = await open({
      titleKey: 'reports.reopen.title',
      titleParams: { period: 'Novembre 2026' },
      messageKey: 'reports.reopen.message',
      labelKey: 'reports.reopen.reason',
      requiredKey: 'reports.reopen.reasonRequired',
      submitKey: 'reports.reopen.confirm',
    });

    expect(textOf(dialog.querySelector('h2'))).toBe('Rouvrir la période Novembre 2026 ?');
    expect(textOf(dialog.querySelector('mat-dialog-content p'))).toBe(
      'Les montants seront de nouveau calculés à partir des réservations et des feuilles de temps. La raison est conservée avec la période.',
    );
    typeInto(inputLabelled(dialog, 'Raison de la réouverture'), ' Feuilles de temps corrigées ');
    buttonNamed(dialog, 'Rouvrir').click();
    await settle();

    expect(closedWith).toBe('Feuilles de temps corrigées');
  });
});
