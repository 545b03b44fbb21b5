import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { NotificationInbox } from '@mutualis/contracts';
import { accessibleName, buttonNamed, queryButtonNamed, settle, textOf } from '../../../testing/dom-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { provideAppIcons } from '../../core/shell/app-icons';
import { NotificationBell } from '../../core/notifications/notification-bell';
import { UnreadNotifications } from '../../core/notifications/unread-notifications';
import { FailedDeliveries } from './failed-deliveries';
import { NotificationsPage } from './notifications-page';

@Component({ template: '<h1>Réservations</h1>' })
class StubPage {}

const INBOX: NotificationInbox = {
  unreadCount: 1,
  items: [
    {
      id: 'n-1',
      kind: 'booking.approved',
      createdAt: '2026-11-16T14:00:00Z',
      readAt: null,
      title: 'Demande approuvée : Conseil (Salle Bouleau)',
      link: '/bookings',
    },
    {
      id: 'n-2',
      kind: 'booking.changed',
      createdAt: '2026-11-15T14:00:00Z',
      readAt: '2026-11-15T15:00:00Z',
      title: 'Réservation modifiée : Yoga (Salle Érable)',
      link: '/bookings',
    },
  ],
};

describe('notifications', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'bookings', component: StubPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideAppIcons(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  describe('NotificationsPage', () => {
    let fixture: ComponentFixture<NotificationsPage>;
    let page: HTMLElement;

    beforeEach(async () => {
      fixture = TestBed.createComponent(NotificationsPage);
      page = fixture.nativeElement as HTMLElement;
      backend.expectOne({ method: 'GET', url: '/api/notifications' }).flush(INBOX);
      await settle(fixture);
    });

    it('lists the notifications, newest first, the unread one announced as such', () => {
      const items = Array.from(page.querySelectorAll('li')).map((li) => textOf(li.querySelector('.title')));
      expect(items).toEqual([
        'Non lue : Demande approuvée : Conseil (Salle Bouleau)',
        'Réservation modifiée : Yoga (Salle Érable)',
      ]);
      expect(TestBed.inject(UnreadNotifications).count()).toBe(1);
    });

    it('marks one read, updates the bell, and opens what it is about', async () => {
      (page.querySelector('li.unread button.open') as HTMLButtonElement).click();
      const request = backend.expectOne({ method: 'POST', url: '/api/notifications/read' });
      expect(request.request.body).toEqual({ ids: ['n-1'] });
      request.flush({ unreadCount: 0 });
      await settle(fixture);
      expect(TestBed.inject(UnreadNotifications).count()).toBe(0);
      expect(TestBed.inject(Router).url).toBe('/bookings');
    });

    it('marks everything read at once', async () => {
      buttonNamed(page, 'Tout marquer comme lu').click();
      const request = backend.expectOne({ method: 'POST', url: '/api/notifications/read' });
      expect(request.request.body).toEqual({ all: true });
      request.flush({ unreadCount: 0 });
      await settle(fixture);
      expect(queryButtonNamed(page, 'Tout marquer comme lu')).toBeNull();
      expect(queryButtonNamed(page, 'Marquer comme lu')).toBeNull();
    });
  });

  describe('NotificationBell', () => {
    it('shows the unread count without a reload, and names it for screen readers', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      try {
        const fixture = TestBed.createComponent(NotificationBell);
        fixture.detectChanges();
        backend.expectOne('/api/notifications?unread=true').flush({ unreadCount: 0, items: [] });
        await Promise.resolve();
        fixture.detectChanges();
        const link = (fixture.nativeElement as HTMLElement).querySelector('a')!;
        expect(accessibleName(link)).toBe('Notifications, aucune non lue');

        jest.advanceTimersByTime(30_000);
        backend.expectOne('/api/notifications?unread=true').flush({ unreadCount: 3, items: [] });
        await Promise.resolve();
        await Promise.resolve();
        fixture.detectChanges();
        expect(accessibleName(link)).toBe('Notifications, 3 non lues');
        expect(textOf((fixture.nativeElement as HTMLElement).querySelector('.mat-badge-content'))).toBe('3');
        fixture.destroy();
      } finally {
        jest.useRealTimers();
      }
    });
  });
});

describe('FailedDeliveries', () => {
  it('lists the failed messages and sends one again with « Réessayer »', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FailedDeliveries);
    const root = fixture.nativeElement as HTMLElement;
    backend.expectOne('/api/notifications/failed').flush([
      {
        id: 'f-1',
        kind: 'booking.approved',
        title: 'Demande approuvée : Conseil',
        createdAt: '2026-11-16T14:00:00Z',
        attempts: 9,
        lastError: '451 mailbox unavailable',
        recipientName: 'Léa',
        recipientEmail: 'lea@example.test',
      },
    ]);
    await settle(fixture);
    expect(textOf(root.querySelector('h2'))).toBe('Envois en échec');
    expect(textOf(root.querySelector('li'))).toContain('451 mailbox unavailable');
    buttonNamed(root, 'Réessayer').click();
    backend
      .expectOne({ method: 'POST', url: '/api/notifications/failed/f-1/retry' })
      .flush(null, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    expect(root.querySelector('li')).toBeNull();
    backend.verify();
  });
});
