import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationView, ResourceView, SiteView } from '@mutualis/contracts';
import { firstValueFrom, map } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { AppLanguage } from '../../core/i18n/app-language';
import type { InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { BlackoutsPanel } from './blackouts-panel';
import { PremisesAdminApi, type BlackoutTarget } from './premises-admin-api';
import { premisesErrorOf } from './premises-errors';
import { createSpaceRequestOf, spaceFormOf, spaceFormValueOf, updateSpaceRequestOf } from './space-form';

/** The number fields of the rules, with their bounds (shown in their error). */
export const RULE_FIELDS = [
  { name: 'minDurationMinutes', labelKey: 'premises.room.minDuration', min: 1, max: 1440 },
  { name: 'maxDurationMinutes', labelKey: 'premises.room.maxDuration', min: 1, max: 1440 },
  { name: 'granularityMinutes', labelKey: 'premises.room.granularity', min: 1, max: 1440 },
  { name: 'minLeadMinutes', labelKey: 'premises.room.minLead', min: 0, max: 525600 },
  { name: 'maxAdvanceDays', labelKey: 'premises.room.maxAdvance', min: 1, max: 1830 },
  { name: 'bufferBeforeMinutes', labelKey: 'premises.room.bufferBefore', min: 0, max: 240 },
  { name: 'bufferAfterMinutes', labelKey: 'premises.room.bufferAfter', min: 0, max: 240 },
] as const;

/**
 * Creates or edits a space (« salle ») of a site (`:siteId/rooms/new`, `:siteId/rooms/:spaceId`): what it is
 * (capacity, area, equipment, accessibility, hourly rate in dollars stored as cents), its booking
 * rules and who may book it; an existing space also has its closures.
 */
@Component({
  selector: 'app-space-page',
  imports: [
    BlackoutsPanel,
    InlineErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('premises')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './space-page.html',
  styleUrl: './premises-page.scss',
})
export class SpacePage {
  private readonly api = inject(PremisesAdminApi);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly lang = inject(AppLanguage).lang;

  /** From the route; no space id for a new space. */
  readonly siteId = input.required<string>();
  readonly spaceId = input<string | undefined>(undefined);

  protected readonly separators = [ENTER, COMMA];
  protected readonly ruleFields = RULE_FIELDS;
  protected readonly form = spaceFormOf(inject(NonNullableFormBuilder));
  private readonly bookableBy = toSignal(
    this.form.controls.rules.controls.bookableBy.valueChanges.pipe(map(() => this.form.getRawValue().rules.bookableBy)),
    {
      initialValue: this.form.getRawValue().rules.bookableBy,
    },
  );
  protected readonly byList = computed(() => this.bookableBy() === 'list');

  protected readonly space = signal<ResourceView | null>(null);
  protected readonly site = signal<SiteView | null>(null);
  private readonly organisations = signal<OrganisationView[]>([]);
  protected readonly networkOrganisations = computed(() => {
    const networkId = this.site()?.networkId;
    return this.organisations().filter((organisation) => !networkId || organisation.networkIds.includes(networkId));
  });
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly missing = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly blackoutTarget = computed<BlackoutTarget | null>(() => {
    const space = this.space();
    return space ? { resourceId: space.id } : null;
  });

  constructor() {
    effect(() => {
      const siteId = this.siteId();
      const spaceId = this.spaceId();
      untracked(() => void this.load(siteId, spaceId));
    });
  }

  protected addEquipment(event: MatChipInputEvent): void {
    const name = event.value.trim();
    const equipment = this.form.controls.equipment;
    if (name && !equipment.value.includes(name)) equipment.setValue([...equipment.value, name]);
    event.chipInput.clear();
  }

  protected removeEquipment(name: string): void {
    const equipment = this.form.controls.equipment;
    equipment.setValue(equipment.value.filter((each) => each !== name));
  }

  protected minAboveMax(): boolean {
    const { minDurationMinutes, maxDurationMinutes } = this.form.getRawValue().rules;
    return Number(minDurationMinutes) > Number(maxDurationMinutes);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.minAboveMax()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.space();
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = existing
        ? await firstValueFrom(this.api.updateSpace(existing.id, updateSpaceRequestOf(value)))
        : await firstValueFrom(this.api.createSpace(createSpaceRequestOf(this.siteId(), value)));
      this.notice.show(existing ? 'premises.room.saved' : 'premises.room.created', { name: saved.name });
      // From ':siteId/rooms/new' or ':siteId/rooms/:spaceId', two segments up is the site.
      await this.router.navigate(['../..'], { relativeTo: this.route });
    } catch (error) {
      this.error.set(premisesErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(siteId: string, spaceId: string | undefined): Promise<void> {
    this.loading.set(true);
    this.missing.set(false);
    try {
      const [sites, organisations, space] = await Promise.all([
        firstValueFrom(this.api.sites()),
        firstValueFrom(this.api.organisations()),
        spaceId ? firstValueFrom(this.api.space(spaceId)) : Promise.resolve(null),
      ]);
      this.site.set(sites.find((site) => site.id === siteId) ?? null);
      this.organisations.set(organisations);
      this.space.set(space);
      this.form.reset(spaceFormValueOf(space, this.lang()));
    } catch {
      this.missing.set(Boolean(spaceId));
    } finally {
      this.loading.set(false);
    }
  }
}
