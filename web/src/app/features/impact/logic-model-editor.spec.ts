import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ImpactIndicatorView } from '@mutualis/contracts';
import { of } from 'rxjs';
import impactEn from '../../../../public/i18n/impact/en.json';
import impactFr from '../../../../public/i18n/impact/fr.json';
import { LogicModelEditor, readNumber } from './logic-model-editor';
import { translocoTesting } from '../../../testing/transloco-testing';

const ENTERED: ImpactIndicatorView = {
  id: 'i-1',
  stage: 'effect',
  nameFr: 'Nouvelles collaborations',
  nameEn: 'New collaborations',
  metric: 'entered',
  target: 2,
  targetBasis: 'prorated',
  targetSources: [{ from: '2026-04-01', to: '2027-04-01', target: 24 }],
  defaultTarget: null,
  position: 0,
  value: null,
  valueBasis: null,
  progress: null,
};

/** Set for October itself, with its value entered and a default target for other periods. */
const SET_FOR_OCTOBER: ImpactIndicatorView = {
  ...ENTERED,
  target: 5,
  targetBasis: 'period',
  targetSources: [{ from: '2026-10-01', to: '2026-11-01', target: 5 }],
  defaultTarget: 3,
  value: 2,
  valueBasis: 'period',
  progress: 0.4,
};

async function render(confirm = true, indicators: ImpactIndicatorView[] = [ENTERED]) {
  TestBed.configureTestingModule({
    imports: [LogicModelEditor, translocoTesting({ impact: { fr: impactFr, en: impactEn } })],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(confirm) }) } },
    ],
  });
  const fixture = TestBed.createComponent(LogicModelEditor);
  fixture.componentRef.setInput('networkId', 'n-1');
  fixture.componentRef.setInput('indicators', indicators);
  fixture.componentRef.setInput('period', { from: '2026-10-01', to: '2026-11-01', label: 'octobre 2026' });
  fixture.componentRef.setInput('lang', 'fr');
  let changed = 0;
  fixture.componentInstance.changed.subscribe(() => (changed += 1));
  fixture.detectChanges();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  return { fixture, root, type, settle, http: TestBed.inject(HttpTestingController), changed: () => changed };
}

describe('LogicModelEditor', () => {
  it('reads numbers typed the French or the English way', () => {
    expect([readNumber('2,5'), readNumber('2.5'), readNumber(' 1 000 '), readNumber(''), readNumber('deux')]).toEqual([
      2.5,
      2.5,
      1000,
      null,
      Number.NaN,
    ]);
  });

  it("says which target applies to the period, then sets the period's own target and value and tells the page", async () => {
    const page = await render();
    const row = page.root.querySelector('.row') as HTMLElement;
    expect(row.textContent).toContain('Cible pour octobre 2026');
    expect(row.textContent).toContain('Sans cible propre\u00a0: 2 (au prorata de la cible de 2026-2027)');
    expect(row.textContent).toContain('Valeur pour octobre 2026');
    const [periodTarget, , value] = Array.from(row.querySelectorAll<HTMLInputElement>('input'));
    expect(periodTarget.value).toBe('');
    page.type(periodTarget, '3');
    page.type(value, '3');
    (row.querySelector('.actions button') as HTMLButtonElement).click();
    await page.settle();
    const target = page.http.expectOne({ method: 'PUT', url: '/api/impact/indicators/i-1/targets' });
    expect(target.request.body).toEqual({ from: '2026-10-01', to: '2026-11-01', target: 3 });
    target.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    const put = page.http.expectOne({ method: 'PUT', url: '/api/impact/indicators/i-1/values' });
    expect(put.request.body).toEqual({ from: '2026-10-01', to: '2026-11-01', value: 3 });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    page.http.verify();
    expect(page.changed()).toBe(1);
  });

  it("changes the default target, and removes the period's target and value when their fields are emptied", async () => {
    const page = await render(true, [SET_FOR_OCTOBER]);
    const row = page.root.querySelector('.row') as HTMLElement;
    expect(row.textContent).not.toContain('Sans cible propre');
    const [periodTarget, defaultTarget, value] = Array.from(row.querySelectorAll<HTMLInputElement>('input'));
    expect([periodTarget.value, defaultTarget.value, value.value]).toEqual(['5', '3', '2']);
    page.type(periodTarget, '');
    page.type(defaultTarget, '4,5');
    page.type(value, ' ');
    (row.querySelector('.actions button') as HTMLButtonElement).click();
    await page.settle();
    const patch = page.http.expectOne({ method: 'PATCH', url: '/api/impact/indicators/i-1' });
    expect(patch.request.body).toEqual({ target: 4.5 });
    patch.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    const target = page.http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/impact/indicators/i-1/targets');
    expect([target.request.params.get('from'), target.request.params.get('to')]).toEqual(['2026-10-01', '2026-11-01']);
    target.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    const removed = page.http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/impact/indicators/i-1/values');
    expect(removed.request.params.get('from')).toBe('2026-10-01');
    removed.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    page.http.verify();
    expect(page.changed()).toBe(1);
  });

  it('shows and reads a savings target as an amount in dollars, kept in cents', async () => {
    const savings: ImpactIndicatorView = {
      ...SET_FOR_OCTOBER,
      metric: 'savings_cents',
      target: 250_000,
      targetSources: [{ from: '2026-10-01', to: '2026-11-01', target: 250_000 }],
      defaultTarget: 1_234_550,
      value: null,
      valueBasis: null,
    };
    const page = await render(true, [savings]);
    const row = page.root.querySelector('.row') as HTMLElement;
    const [periodTarget, defaultTarget] = Array.from(row.querySelectorAll<HTMLInputElement>('input'));
    expect([periodTarget.value, defaultTarget.value]).toEqual(['2500,00', '12345,50']);
    page.type(periodTarget, '1 234,56 $');
    (row.querySelector('.actions button') as HTMLButtonElement).click();
    await page.settle();
    const target = page.http.expectOne({ method: 'PUT', url: '/api/impact/indicators/i-1/targets' });
    expect(target.request.body).toEqual({ from: '2026-10-01', to: '2026-11-01', target: 123_456 });
  });

  it('shows a sum of shorter periods’ values as text, not as a value to overwrite', async () => {
    const page = await render(true, [
      { ...ENTERED, value: 5, valueBasis: 'sum', targetBasis: null, target: null, targetSources: [] },
    ]);
    const row = page.root.querySelector('.row') as HTMLElement;
    expect(row.querySelectorAll('input')).toHaveLength(2);
    expect(row.textContent).toContain('5\u00a0: somme des valeurs saisies pour des périodes plus courtes');
    expect(row.textContent).toContain('Aucune cible ne s’applique à cette période.');
    (row.querySelector('.actions button') as HTMLButtonElement).click();
    await page.settle();
    page.http.verify();
    expect(page.changed()).toBe(1);
  });

  it('explains an overlapping period next to the button, and refuses what is not a number', async () => {
    const page = await render();
    const inputs = page.root.querySelectorAll<HTMLInputElement>('.row input');
    page.type(inputs[2], 'beaucoup');
    (page.root.querySelector('.row .actions button') as HTMLButtonElement).click();
    await page.settle();
    expect(page.root.querySelector('.row [role="alert"]')?.textContent).toContain('Entrez un nombre positif');

    page.type(inputs[2], '2');
    (page.root.querySelector('.row .actions button') as HTMLButtonElement).click();
    await page.settle();
    page.http
      .expectOne({ method: 'PUT', url: '/api/impact/indicators/i-1/values' })
      .flush({ code: 'CONFLICT', message: 'overlap' }, { status: 409, statusText: 'Conflict' });
    await page.settle();
    expect(page.root.querySelector('.row [role="alert"]')?.textContent).toContain('chevauche');
    expect(page.changed()).toBe(0);
  });

  it('removes an indicator once confirmed, and adds one with its names in both languages', async () => {
    const page = await render();
    const remove = Array.from(page.root.querySelectorAll<HTMLButtonElement>('.row .actions button'))[1];
    expect(remove.textContent).toContain('Retirer');
    remove.click();
    await page.settle();
    page.http
      .expectOne({ method: 'DELETE', url: '/api/impact/indicators/i-1' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();

    const add = page.root.querySelector('form.add') as HTMLFormElement;
    add.dispatchEvent(new Event('submit'));
    await page.settle();
    expect(add.querySelector('[role="alert"]')?.textContent).toContain('Donnez un nom en français et en anglais.');
    page.type(add.querySelector('input[name="nameFr"]') as HTMLInputElement, 'Satisfaction des organismes');
    page.type(add.querySelector('input[name="nameEn"]') as HTMLInputElement, 'Member satisfaction');
    page.type(add.querySelector('input[name="target"]') as HTMLInputElement, '85');
    add.dispatchEvent(new Event('submit'));
    await page.settle();
    const post = page.http.expectOne({ method: 'POST', url: '/api/impact/indicators' });
    expect(post.request.body).toEqual({
      networkId: 'n-1',
      stage: 'output',
      nameFr: 'Satisfaction des organismes',
      nameEn: 'Member satisfaction',
      metric: 'entered',
      target: 85,
      position: 1,
    });
    post.flush({ id: 'i-2' });
    await page.settle();
    expect(page.changed()).toBe(2);
  });
});
