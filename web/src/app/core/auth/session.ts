import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import type { MembershipView, MeResponse } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { AppLanguage, type AppLang } from '../i18n/app-language';
import { AuthApi } from './auth-api';

export const ACTIVE_ORGANISATION_STORAGE_KEY = 'mutualis.activeOrganisation';

/**
 * Who is signed in, learnt from `GET /api/auth/me` (the session cookie is httpOnly), what they
 * may do, and which of their organisations they are acting for.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly api = inject(AuthApi);
  private readonly language = inject(AppLanguage);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly current = signal<MeResponse | null>(null);
  private readonly chosenOrganisationId = signal<string | null>(this.readChosenOrganisation());

  /** The signed-in user, or null when signed out. */
  readonly me = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly memberships = computed<readonly MembershipView[]>(() => this.current()?.memberships ?? []);
  readonly isCoordinator = computed(() => (this.current()?.coordinatorOf.length ?? 0) > 0);
  readonly isAdminOfAny = computed(() => this.memberships().some((membership) => membership.role === 'admin'));
  /** Coordinators and organisation admins have an administration section. */
  readonly canAdminister = computed(() => this.isCoordinator() || this.isAdminOfAny());
  /** The organisation the user acts for: the one they chose on this device, else their first. */
  readonly activeOrganisation = computed<MembershipView | null>(() => {
    const memberships = this.memberships();
    const chosen = this.chosenOrganisationId();
    return memberships.find((membership) => membership.organisationId === chosen) ?? memberships[0] ?? null;
  });

  adminOf(organisationId: string): boolean {
    return this.memberships().some((membership) => membership.organisationId === organisationId && membership.role === 'admin');
  }

  coordinates(networkId: string): boolean {
    return this.current()?.coordinatorOf.some((network) => network.networkId === networkId) ?? false;
  }

  /** Asks the API who is signed in; run once at start-up. Any failure leaves the user signed out. */
  async load(): Promise<void> {
    try {
      await this.signIn(await firstValueFrom(this.api.me()));
    } catch {
      this.current.set(null);
    }
  }

  /** Reloads the account after a change that alters the user's roles (a network created). */
  async refresh(): Promise<void> {
    try {
      this.current.set(await firstValueFrom(this.api.me()));
    } catch {
      // Keep what we knew; an ended session is handled by the session-expired interceptor.
    }
  }

  /** Rejects with the HttpErrorResponse, which the login page explains inline. */
  async login(email: string, password: string): Promise<MeResponse> {
    const me = await firstValueFrom(this.api.login({ email, password }));
    await this.signIn(me);
    return me;
  }

  /** Signs out on the server if it still knows the session; locally in any case. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // An expired session is signed out already.
    } finally {
      this.clear();
    }
  }

  /** Forgets the user without asking the server (the session expired). */
  clear(): void {
    this.current.set(null);
  }

  /** Starts a session with the account the API returned (after login or accepting an invitation). */
  async signIn(me: MeResponse): Promise<void> {
    this.current.set(me);
    // The account's language follows the person from device to device.
    if (me.locale !== this.language.lang()) await this.language.use(me.locale);
  }

  /** Replaces the account after the user changed it (profile, password). */
  setMe(me: MeResponse): void {
    this.current.set(me);
  }

  selectOrganisation(organisationId: string): void {
    this.chosenOrganisationId.set(organisationId);
    try {
      this.window?.localStorage.setItem(ACTIVE_ORGANISATION_STORAGE_KEY, organisationId);
    } catch {
      // Not remembered on this device; the choice still applies to this visit.
    }
  }

  /** Switches the UI language and, when signed in, saves it as the account's language. */
  async useLanguage(lang: AppLang): Promise<void> {
    await this.language.use(lang);
    const me = this.current();
    if (!me || me.locale === lang) return;
    try {
      this.current.set(await firstValueFrom(this.api.updateMe({ locale: lang })));
    } catch {
      // The snack bar said it failed; the UI keeps the language chosen on this device.
    }
  }

  private readChosenOrganisation(): string | null {
    try {
      return this.window?.localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY) ?? null;
    } catch {
      return null; // storage can be disabled (privacy settings)
    }
  }
}
