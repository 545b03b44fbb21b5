import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  POOLED_RESOURCE_TYPES,
  type BlackoutView,
  type BookingHoldingUnits,
  type CreateBlackoutRequest,
  type CreateResourceRequest,
  type CreateSpaceRequest,
  type ResourceView,
  type SiteView,
  type UpdateResourceRequest,
  type UpdateSiteRequest,
  type UpdateSpaceRequest,
  type WeeklyHours,
} from '@mutualis/contracts';
import { formatInstant, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { PremisesRepository } from './premises.repository';

const DEFAULT_TIME_ZONE = 'America/Toronto';

/** Sites, rooms and their booking rules, blackouts. Coordinators of the network change them; its members read them. */
@Injectable()
export class PremisesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly premises: PremisesRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  listSites(user: AuthenticatedUser): Promise<SiteView[]> {
    return this.premises.sites(visibleNetworks(user));
  }

  async createSite(
    actor: Actor,
    input: { networkId: string; name: string; address?: string; timeZone?: string; openingHours?: WeeklyHours[] },
  ): Promise<SiteView> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    const timeZone = assertTimeZone(input.timeZone ?? DEFAULT_TIME_ZONE);
    assertHours(input.openingHours ?? []);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.premises.insertSite(manager, {
        networkId: input.networkId,
        name: input.name,
        address: input.address ?? '',
        timeZone,
      });
      await this.premises.replaceOpeningHours(manager, id, input.openingHours ?? []);
      const site = (await this.premises.site(manager, id)) as SiteView;
      await this.audit.record(manager, actor, {
        entity: 'site',
        entityId: id,
        action: 'create',
        networkId: input.networkId,
        after: site,
      });
      return site;
    });
  }

  async updateSite(actor: Actor, siteId: string, changes: UpdateSiteRequest): Promise<SiteView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.siteForChange(manager, actor.user, siteId);
      if (changes.timeZone) assertTimeZone(changes.timeZone);
      await this.premises.updateSite(manager, siteId, changes);
      if (changes.openingHours) {
        assertHours(changes.openingHours);
        await this.premises.replaceOpeningHours(manager, siteId, changes.openingHours);
      }
      const after = (await this.premises.site(manager, siteId)) as SiteView;
      await this.audit.record(manager, actor, {
        entity: 'site',
        entityId: siteId,
        action: 'update',
        networkId: before.networkId,
        before,
        after,
      });
      return after;
    });
  }

  listResources(user: AuthenticatedUser, filter: { type?: string; siteId?: string }): Promise<ResourceView[]> {
    return this.premises.resources(visibleNetworks(user), filter);
  }

  async getResource(user: AuthenticatedUser, id: string): Promise<ResourceView> {
    const resource = await this.premises.resource(this.dataSource.manager, id);
    if (!resource || !AccessPolicy.canSeeNetwork(user, resource.networkId)) throw notFound('resource', id);
    return resource;
  }

  async createSpace(actor: Actor, input: CreateSpaceRequest): Promise<ResourceView> {
    return this.dataSource.transaction(async (manager) => {
      const site = await this.siteForChange(manager, actor.user, input.siteId);
      // Before the insert, which writes the carrier: an unknown id would otherwise fail in SQL.
      await this.assertOrganisationsInNetwork(manager, site.networkId, input);
      const id = await this.premises.insertSpace(manager, { ...input, networkId: site.networkId, timeZone: site.timeZone });
      await this.applySpaceChanges(manager, id, site.networkId, input);
      const created = (await this.premises.resource(manager, id)) as ResourceView;
      await this.audit.record(manager, actor, {
        entity: 'resource',
        entityId: id,
        action: 'create',
        networkId: site.networkId,
        after: created,
      });
      return created;
    });
  }

  /** Equipment, a vehicle or storage units (issue #16): like a room, but placed by `resource.site_id` and counted. */
  async createResource(actor: Actor, input: CreateResourceRequest): Promise<ResourceView> {
    return this.dataSource.transaction(async (manager) => {
      const site = await this.siteForChange(manager, actor.user, input.siteId);
      await this.assertOrganisationsInNetwork(manager, site.networkId, input);
      const id = await this.premises.insertPooledResource(manager, {
        ...input,
        networkId: site.networkId,
        timeZone: site.timeZone,
        quantity: input.quantity ?? 1,
        unitLabel: input.unitLabel ?? '',
        unitAreaM2: input.unitAreaM2 ?? null,
        maxDurationMinutes: (input.type === 'storage' ? 366 : 31) * 1440,
      });
      if (input.rules) await this.applySpaceChanges(manager, id, site.networkId, { rules: input.rules });
      const created = (await this.premises.resource(manager, id)) as ResourceView;
      await this.audit.record(manager, actor, {
        entity: 'resource',
        entityId: id,
        action: 'create',
        networkId: site.networkId,
        after: created,
      });
      return created;
    });
  }

  async updateSpace(actor: Actor, resourceId: string, changes: UpdateSpaceRequest): Promise<ResourceView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.premises.resource(manager, resourceId);
      if (!before || !AccessPolicy.canSeeNetwork(actor.user, before.networkId)) throw notFound('resource', resourceId);
      AccessPolicy.assertCoordinatorOf(actor.user, before.networkId);
      await this.applySpaceChanges(manager, resourceId, before.networkId, changes);
      const after = (await this.premises.resource(manager, resourceId)) as ResourceView;
      await this.audit.record(manager, actor, {
        entity: 'resource',
        entityId: resourceId,
        action: 'update',
        networkId: before.networkId,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Equipment, a vehicle or storage units: name, units, rate, rules. A lower quantity must still hold every
   * booking ahead: the row is locked as the quantity guard locks it, then the bookings in use where more units
   * would be taken are counted; any → 409 `QUANTITY_BELOW_BOOKINGS` listing them.
   */
  async updateResource(actor: Actor, resourceId: string, changes: UpdateResourceRequest): Promise<ResourceView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.premises.resource(manager, resourceId);
      if (!before || !AccessPolicy.canSeeNetwork(actor.user, before.networkId)) throw notFound('resource', resourceId);
      AccessPolicy.assertCoordinatorOf(actor.user, before.networkId);
      if (!(POOLED_RESOURCE_TYPES as readonly string[]).includes(before.type)) {
        throw new DomainError('VALIDATION_FAILED', 'Rooms are changed with PATCH /api/spaces/:id.', {
          fields: [{ field: 'resourceId', messages: ['must be equipment, a vehicle or storage'] }],
        });
      }
      if (changes.quantity !== undefined && changes.quantity < (before.quantity ?? 1)) {
        await this.premises.lockForQuantityChange(manager, resourceId);
        await this.assertQuantityHoldsBookings(manager, before, changes.quantity);
      }
      const { quantity, unitLabel, unitAreaM2, ...common } = changes;
      await this.applySpaceChanges(manager, resourceId, before.networkId, common);
      await this.premises.updateUnits(manager, resourceId, { quantity, unitLabel, unitAreaM2 });
      const after = (await this.premises.resource(manager, resourceId)) as ResourceView;
      await this.audit.record(manager, actor, {
        entity: 'resource',
        entityId: resourceId,
        action: 'update',
        networkId: before.networkId,
        before,
        after,
      });
      return after;
    });
  }

  private async assertQuantityHoldsBookings(manager: EntityManager, resource: ResourceView, quantity: number): Promise<void> {
    const holding = await this.premises.bookingsAbove(manager, resource.id, quantity, this.clock.nowMs());
    if (holding.length === 0) return;
    const zone = resolveTimeZone(resource.timeZone) as IANAZone;
    const bookings: BookingHoldingUnits[] = holding.map((h) => ({
      seriesId: h.series_id,
      occurrenceId: h.id,
      start: formatInstant(h.starts_at.getTime(), zone),
      end: formatInstant(h.ends_at.getTime(), zone),
      quantity: h.quantity,
      organisationName: h.organisation_name,
      title: h.title,
    }));
    const booked = Math.max(...holding.map((h) => Number(h.peak)));
    throw new DomainError(
      'QUANTITY_BELOW_BOOKINGS',
      `${booked} units are booked at once ahead; cancel or move these bookings before lowering the quantity to ${quantity}.`,
      { quantity, booked, bookings },
    );
  }

  listBlackouts(
    user: AuthenticatedUser,
    filter: { siteId?: string; resourceId?: string; from?: string; to?: string },
  ): Promise<BlackoutView[]> {
    return this.premises.blackouts(visibleNetworks(user), filter);
  }

  async createBlackout(actor: Actor, input: CreateBlackoutRequest): Promise<BlackoutView> {
    if (Boolean(input.siteId) === Boolean(input.resourceId)) {
      throw new DomainError('VALIDATION_FAILED', 'A blackout closes either a site or a resource.', {
        fields: [{ field: 'siteId', messages: ['give exactly one of siteId and resourceId'] }],
      });
    }
    if (!(Date.parse(input.end) > Date.parse(input.start))) {
      throw new DomainError('VALIDATION_FAILED', 'A blackout ends after it starts.', {
        fields: [{ field: 'end', messages: ['end must be after start'] }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const networkId = input.siteId
        ? (await this.siteForChange(manager, actor.user, input.siteId)).networkId
        : await this.resourceNetworkForChange(manager, actor.user, input.resourceId as string);
      const blackout = await this.premises.insertBlackout(manager, input);
      await this.audit.record(manager, actor, {
        entity: 'blackout',
        entityId: blackout.id,
        action: 'create',
        networkId,
        after: blackout,
      });
      return blackout;
    });
  }

  async deleteBlackout(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.premises.blackoutNetwork(manager, id);
      if (!found || !AccessPolicy.canSeeNetwork(actor.user, found.networkId)) throw notFound('blackout', id);
      AccessPolicy.assertCoordinatorOf(actor.user, found.networkId);
      await this.premises.deleteBlackout(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'blackout',
        entityId: id,
        action: 'delete',
        networkId: found.networkId,
        before: found.row,
      });
    });
  }

  private async applySpaceChanges(
    manager: EntityManager,
    id: string,
    networkId: string,
    changes: UpdateSpaceRequest,
  ): Promise<void> {
    const rules = changes.rules;
    if (
      rules?.minDurationMinutes !== undefined &&
      rules.maxDurationMinutes !== undefined &&
      rules.minDurationMinutes > rules.maxDurationMinutes
    ) {
      throw new DomainError('VALIDATION_FAILED', 'The minimum duration cannot exceed the maximum.', {
        fields: [{ field: 'rules.minDurationMinutes', messages: ['must not exceed rules.maxDurationMinutes'] }],
      });
    }
    await this.assertOrganisationsInNetwork(manager, networkId, changes);
    await this.premises.updateResource(manager, id, changes);
    await this.premises.updateSpace(manager, id, changes);
  }

  private async assertOrganisationsInNetwork(
    manager: EntityManager,
    networkId: string,
    changes: UpdateSpaceRequest,
  ): Promise<void> {
    const organisationIds = [
      ...(changes.rules?.bookableOrganisationIds ?? []),
      ...(changes.carrierOrganisationId ? [changes.carrierOrganisationId] : []),
      ...(changes.dedicatedOrganisationId ? [changes.dedicatedOrganisationId] : []),
    ];
    const inNetwork = await this.premises.organisationsInNetwork(manager, networkId, organisationIds);
    const outsider = organisationIds.find((o) => !inNetwork.includes(o));
    if (outsider) {
      const field =
        outsider === changes.carrierOrganisationId
          ? 'carrierOrganisationId'
          : outsider === changes.dedicatedOrganisationId
            ? 'dedicatedOrganisationId'
            : 'rules.bookableOrganisationIds';
      throw new DomainError('VALIDATION_FAILED', 'Every organisation named must belong to the network.', {
        organisationId: outsider,
        fields: [{ field, messages: [`${field} must name organisations of the network`] }],
      });
    }
  }

  private async siteForChange(manager: EntityManager, user: AuthenticatedUser, siteId: string): Promise<SiteView> {
    const site = await this.premises.site(manager, siteId);
    if (!site || !AccessPolicy.canSeeNetwork(user, site.networkId)) throw notFound('site', siteId);
    AccessPolicy.assertCoordinatorOf(user, site.networkId);
    return site;
  }

  private async resourceNetworkForChange(manager: EntityManager, user: AuthenticatedUser, resourceId: string): Promise<string> {
    const resource = await this.premises.resource(manager, resourceId);
    if (!resource || !AccessPolicy.canSeeNetwork(user, resource.networkId)) throw notFound('resource', resourceId);
    AccessPolicy.assertCoordinatorOf(user, resource.networkId);
    return resource.networkId;
  }
}

function visibleNetworks(user: AuthenticatedUser): string[] {
  return [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
}

function assertTimeZone(timeZone: string): string {
  if (!resolveTimeZone(timeZone)) throw new DomainError('INVALID_TIME_ZONE', `Unknown time zone '${timeZone}'.`, { timeZone });
  return timeZone;
}

function assertHours(hours: WeeklyHours[]): void {
  const bad = hours.find((h) => h.opens >= h.closes);
  if (bad) {
    throw new DomainError('VALIDATION_FAILED', 'Opening hours close after they open.', {
      fields: [{ field: 'openingHours', messages: [`${bad.opens}–${bad.closes} on day ${bad.weekday} closes before it opens`] }],
    });
  }
}
