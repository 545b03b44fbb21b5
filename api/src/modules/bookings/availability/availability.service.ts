import { Injectable } from '@nestjs/common';
import type { ItemAvailability, StoragePlanView } from '@mutualis/contracts';
import { formatInstant, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import { DomainError } from '../../../errors/domain-error';
import { notFound } from '../../access/access-policy';
import type { AuthenticatedUser } from '../../access/authenticated-user';
import { AvailabilityRepository } from './availability.repository';

/** A storage allocation runs up to a year: its window may too. */
const MAX_WINDOW_DAYS = 400;
const DAY_MS = 86_400_000;

/** Free units of each item of the catalogue over a chosen day or period, and the storage plan of a site. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly availability: AvailabilityRepository) {}

  items(
    user: AuthenticatedUser,
    query: { from: string; to: string; siteId?: string; resourceId?: string; type?: string },
  ): Promise<ItemAvailability[]> {
    const { fromMs, toMs } = windowOf(query);
    return this.availability.items({
      networkIds: networksOf(user),
      fromMs,
      toMs,
      siteId: query.siteId ?? null,
      resourceId: query.resourceId ?? null,
      type: query.type ?? null,
    });
  }

  /**
   * « Plan d'entreposage »: each kind of storage unit of a site with its area, how many units are free over the
   * window, and which organisation holds how many (and how many m²). Names follow the network's privacy setting.
   */
  async storagePlan(user: AuthenticatedUser, query: { siteId: string; from: string; to: string }): Promise<StoragePlanView> {
    const { fromMs, toMs } = windowOf(query);
    const networkIds = networksOf(user);
    const site = await this.availability.site(query.siteId, networkIds);
    if (!site) throw notFound('site', query.siteId);
    const [{ spaces, holders }, free] = await Promise.all([
      this.availability.storage(query.siteId, fromMs, toMs),
      this.availability.items({ networkIds, fromMs, toMs, siteId: query.siteId, resourceId: null, type: 'storage' }),
    ]);
    const zone = resolveTimeZone(site.timeZone) as IANAZone;
    const coordinates = user.coordinatorOf.has(site.networkId);
    return {
      siteId: query.siteId,
      from: formatInstant(fromMs, zone),
      to: formatInstant(toMs, zone),
      spaces: spaces.map((space) => {
        const unitArea = space.unit_area_m2 === null ? null : Number(space.unit_area_m2);
        const count = free.find((f) => f.resourceId === space.id);
        return {
          resourceId: space.id,
          name: space.name,
          quantity: space.quantity,
          unitLabel: space.unit_label,
          unitAreaM2: unitArea,
          inUse: count?.inUse ?? 0,
          available: count?.available ?? space.quantity,
          holders: holders
            .filter((h) => h.resource_id === space.id)
            .map((h) => {
              const isMine = user.memberships.has(h.organisation_id);
              return {
                seriesId: h.series_id,
                organisationName: isMine || coordinates || site.showOrganisationNames ? h.organisation_name : null,
                isMine,
                units: h.quantity,
                areaM2: unitArea === null ? null : Math.round(unitArea * h.quantity * 100) / 100,
                start: formatInstant(h.starts_at.getTime(), zone),
                end: formatInstant(h.ends_at.getTime(), zone),
              };
            }),
        };
      }),
    };
  }
}

function windowOf(query: { from: string; to: string }): { fromMs: number; toMs: number } {
  const fromMs = Date.parse(query.from);
  const toMs = Date.parse(query.to);
  if (!(toMs > fromMs)) throw new DomainError('INVALID_QUERY', '`to` must be after `from`.', { from: query.from, to: query.to });
  if (toMs - fromMs > MAX_WINDOW_DAYS * DAY_MS) {
    throw new DomainError('INVALID_QUERY', `The window is at most ${MAX_WINDOW_DAYS} days.`, { maxDays: MAX_WINDOW_DAYS });
  }
  return { fromMs, toMs };
}

/** Anyone of a network sees how many units are free there. */
function networksOf(user: AuthenticatedUser): string[] {
  return [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
}
